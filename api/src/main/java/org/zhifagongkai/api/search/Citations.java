package org.zhifagongkai.api.search;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhifagongkai.api.support.ChineseNumerals;

/**
 * Citations as search keys: the law's title without book-title marks and without the 中华人民共和国 that
 * people leave out, then the article: 《中华人民共和国食品安全法》第一百二十四条 → {@code 食品安全法#124}.
 */
final class Citations {

  private static final Pattern CITATION =
      Pattern.compile(
          "《?([\\p{IsHan}（）()]{2,40}?(?:法|条例|规定|办法|细则|规则|决定))》?\\s*第([零〇一二两三四五六七八九十百千0-9]+)条");

  private Citations() {}

  static String key(String lawTitle, int article) {
    return normalizeTitle(lawTitle) + "#" + article;
  }

  /** Every citation the text makes. */
  static Set<String> in(String text) {
    Set<String> keys = new LinkedHashSet<>();
    Matcher matcher = CITATION.matcher(text);
    while (matcher.find()) {
      long article = ChineseNumerals.parse(matcher.group(2));
      if (article > 0 && article < 10_000) {
        keys.add(key(matcher.group(1), (int) article));
      }
    }
    return keys;
  }

  private static String normalizeTitle(String title) {
    String plain = title.replace("《", "").replace("》", "").strip();
    return plain.startsWith("中华人民共和国") ? plain.substring("中华人民共和国".length()) : plain;
  }
}
