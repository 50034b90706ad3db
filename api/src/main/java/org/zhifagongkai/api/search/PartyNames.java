package org.zhifagongkai.api.search;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's published name as an index key: typed whole, it names that party's decisions,
 * which then come before the records that only mention it (its branch, a contractor's decision).
 * Natural persons' names are no key here: they are published masked, as {@link MaskedNames} reads.
 */
final class PartyNames {

  private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  /** Shorter names (东湖局) are words of ordinary queries as often as they are a party's name. */
  private static final int SHORTEST = 4;

  /** How an organisation's name ends: its form, or a bracketed note ((普通合伙), (分公司)). */
  private static final Pattern ORGANISATION =
      Pattern.compile("(?:公司|集团|厂|店|社|中心|所|部|行|场|站|馆|院|局|队|会|处|园|矿|校|室|[（(][^）)]*[）)])$");

  private PartyNames() {}

  /** The key of a published party's {@code name}; null for a name too short or masked. */
  static @Nullable String key(String name) {
    String folded = SPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
    if (folded.codePointCount(0, folded.length()) < SHORTEST
        || folded.contains("*")
        || !HAN.matcher(folded).find()) {
      return null;
    }
    return folded;
  }

  /** The key a query typed as an organisation's whole name asks for; null for any other query. */
  static @Nullable String typed(String folded) {
    String key = key(folded);
    return key != null && ORGANISATION.matcher(key).find() ? key : null;
  }
}
