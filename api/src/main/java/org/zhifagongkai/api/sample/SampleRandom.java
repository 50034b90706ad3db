package org.zhifagongkai.api.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.zhifagongkai.api.identifier.CreditCode;

/**
 * A seeded source of sample values: the same seed always yields the same dataset. Not thread-safe.
 */
final class SampleRandom {

  private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private final SplittableRandom random;

  SampleRandom(long seed) {
    this.random = new SplittableRandom(seed);
  }

  int between(int min, int maxInclusive) {
    return random.nextInt(min, maxInclusive + 1);
  }

  long between(long min, long maxInclusive) {
    return random.nextLong(min, maxInclusive + 1);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  char pick(String characters) {
    return characters.charAt(random.nextInt(characters.length()));
  }

  LocalDate dayBetween(LocalDate first, LocalDate last) {
    return first.plusDays(random.nextLong(last.toEpochDay() - first.toEpochDay() + 1));
  }

  /**
   * A credit code with a valid check character, registered in {@code regionCode}. Sample regions
   * use province code 99, which no real region has, so no sample code can be a real one.
   */
  String creditCode(String registrationPrefix, String regionCode) {
    StringBuilder code = new StringBuilder(registrationPrefix).append(regionCode);
    for (int i = 0; i < 8; i++) {
      code.append(pick("0123456789"));
    }
    code.append(pick(CODE_ALPHABET));
    return code.append(CreditCode.checkCharacterFor(code.toString())).toString();
  }
}
