package org.zhifagongkai.api.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A natural person's name as published, as an index key: the portal masks 张三丰 as 张*丰 and 张三 as 张*;
 * sources publish 张**, 张*某 or 张某某, which name the surname alone. Each masked name is a key as
 * written and as its surname with the last character where one is shown (张*丰) or alone (张*), so
 * that typed either way, or with 某 for the mask, it finds the decision first where it is written
 * alike. A real name is no key: it must not find the decision that masks it.
 */
final class MaskedNames {

  /** A surname, one mask or more (* or 某 after the first), and perhaps the last character. */
  private static final Pattern TYPED = Pattern.compile("\\p{IsHan}[*某]{1,3}\\p{IsHan}?");

  private static final Pattern PUBLISHED = Pattern.compile("\\p{IsHan}\\*[*某]{0,2}\\p{IsHan}?");

  private static final Pattern SEPARATORS = Pattern.compile("[、，,;；\\s]+");

  private MaskedNames() {}

  /** The keys of a natural person's published name: of each masked name it lists (韦*、黄*友). */
  static Set<String> ofPublished(String published) {
    Set<String> keys = new LinkedHashSet<>();
    for (String name : SEPARATORS.split(published.strip())) {
      if (PUBLISHED.matcher(name).matches()) {
        keys.add(name);
        keys.add(shortest(name));
      }
    }
    return keys;
  }

  /** The keys a query typed as a masked name asks for; none when it is not one. */
  static Set<String> ofTyped(String folded) {
    Set<String> keys = new LinkedHashSet<>();
    if (TYPED.matcher(folded).matches()) {
      int second = folded.offsetByCodePoints(0, 1);
      String surname = folded.substring(0, second);
      String rest = folded.substring(second);
      keys.add(surname + rest.replace('某', '*')); // 张某某 as 张**
      keys.add(surname + "*" + rest.substring(1)); // 张某某 as 张*某
      keys.add(shortest(folded));
    }
    return keys;
  }

  /** The surname, a star, and the last character when it is shown: 张*丰, 张*. */
  private static String shortest(String name) {
    int second = name.offsetByCodePoints(0, 1);
    int last = name.offsetByCodePoints(name.length(), -1);
    String end = name.substring(last);
    boolean shown = last >= second + 1 && !end.equals("*") && !end.equals("某");
    return name.substring(0, second) + "*" + (shown ? end : "");
  }
}
