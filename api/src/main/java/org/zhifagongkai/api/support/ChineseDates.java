package org.zhifagongkai.api.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in Chinese numerals (一九九〇年五月十二日), as a decision may write a person's birth date.
 * Thread-safe.
 */
public final class ChineseDates {

  private static final String YEAR = "[〇零○Ｏ一二三四五六七八九]{4}";
  private static final String MONTH = "十[一二]?|[一二三四五六七八九]";
  private static final String DAY = "三十一?|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九]";

  /** A year and month, the day if written: 一九九〇年五月, 二〇一〇年三月五日. */
  public static final String YEAR_MONTH =
      YEAR + "\\s*年\\s*(?:" + MONTH + ")\\s*月(?:\\s*(?:" + DAY + ")\\s*日)?";

  private static final Pattern DATE =
      Pattern.compile(
          "(" + YEAR + ")\\s*年(?:\\s*(" + MONTH + ")\\s*月(?:\\s*(" + DAY + ")\\s*日)?)?");

  private ChineseDates() {}

  /** {@code text} with every such date in digits: 二〇一〇年三月五日 reads 2010年3月5日. */
  public static String inDigits(String text) {
    return DATE.matcher(text)
        .replaceAll(
            date ->
                Matcher.quoteReplacement(
                    year(date.group(1))
                        + "年"
                        + (date.group(2) == null ? "" : ChineseNumerals.parse(date.group(2)) + "月")
                        + (date.group(3) == null
                            ? ""
                            : ChineseNumerals.parse(date.group(3)) + "日")));
  }

  /** A year written digit by digit: 一九九〇 is 1990. */
  private static String year(String digits) {
    StringBuilder year = new StringBuilder(4);
    digits.chars().forEach(c -> year.append(Math.max(0, "〇一二三四五六七八九".indexOf(c))));
    return year.toString();
  }
}
