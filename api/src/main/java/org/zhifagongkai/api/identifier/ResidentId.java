package org.zhifagongkai.api.identifier;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * 公民身份号码 (GB 11643-1999): 6 digits of region, 8 of birth date, 3 of sequence and an ISO 7064 MOD
 * 11-2 check character (0–9 or X).
 */
public final class ResidentId {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECKS = "10X98765432";

  private ResidentId() {}

  /** The check character the first 17 digits call for. */
  public static char checkCharacterFor(CharSequence first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECKS.charAt(sum % 11);
  }

  /** Whether {@code id} is 17 digits and a check character, with a real birth date and check. */
  public static boolean isValid(CharSequence id) {
    if (id.length() != 18) {
      return false;
    }
    for (int i = 0; i < 17; i++) {
      if (!isDigit(id.charAt(i))) {
        return false;
      }
    }
    char last = Character.toUpperCase(id.charAt(17));
    return (isDigit(last) || last == 'X') && hasBirthDate(id) && checkCharacterFor(id) == last;
  }

  private static boolean hasBirthDate(CharSequence id) {
    int year = Integer.parseInt(id.subSequence(6, 10).toString());
    int month = Integer.parseInt(id.subSequence(10, 12).toString());
    int day = Integer.parseInt(id.subSequence(12, 14).toString());
    if (year < 1800) {
      return false;
    }
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException notADate) {
      return false;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
