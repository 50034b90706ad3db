package org.zhifagongkai.api.importer;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.support.ChineseNumerals;

/**
 * Reads the fine a benchmark tier's wording sets, in yuan or in multiples of a base: {@code
 * 处一万元以上二万元以下罚款} → 10,000–20,000; {@code 处二万元罚款} → 20,000–20,000; {@code 处五千元以下罚款} → up to 5,000;
 * {@code 处建设项目总投资额百分之一以上百分之二以下的罚款} → 0.01–0.02 of the investment; {@code 处违法所得二倍以上五倍以下罚款} → 2–5
 * times. Only the first fine counts: a second one on the persons in charge (对个人处…) is not the
 * unit's.
 */
final class FineRanges {

  /** A fine in yuan ({@code base} null) or in multiples of {@code base}; either end may be open. */
  record FineRange(@Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable String base) {}

  private static final String AMOUNT = "([零〇一二两三四五六七八九十百千万亿0-9,，.]+?)元";
  private static final Pattern BETWEEN =
      Pattern.compile("处(?:以)?" + AMOUNT + "(?:以上|至)" + AMOUNT + "(?:以下)?(?:的)?罚款");
  private static final Pattern AT_MOST = Pattern.compile("处(?:以)?" + AMOUNT + "以下(?:的)?罚款");
  private static final Pattern EXACTLY = Pattern.compile("处(?:以)?" + AMOUNT + "(?:的)?罚款");
  private static final Pattern PERCENT =
      Pattern.compile("处(?:以)?([^，。；处]*?)百分之([零一二两三四五六七八九十百0-9.]+)以上百分之([零一二两三四五六七八九十百0-9.]+)以下");
  private static final Pattern TIMES =
      Pattern.compile("处(?:以)?([^，。；处]*?)([零一二两三四五六七八九十0-9.]+)倍以上([零一二两三四五六七八九十0-9.]+)倍以下");

  private FineRanges() {}

  /** The first fine {@code wording} sets; null when it sets none this reader knows. */
  static @Nullable FineRange parse(String wording) {
    String text = wording.replaceAll("\\s", "");
    FineRange first = null;
    int at = Integer.MAX_VALUE;
    for (Pattern pattern : new Pattern[] {BETWEEN, PERCENT, TIMES, AT_MOST, EXACTLY}) {
      Matcher m = pattern.matcher(text);
      if (m.find() && m.start() < at) {
        FineRange range = range(pattern, m);
        if (range != null) {
          first = range;
          at = m.start();
        }
      }
    }
    return first;
  }

  private static @Nullable FineRange range(Pattern pattern, Matcher m) {
    if (pattern == BETWEEN) {
      return of(yuan(m.group(1)), yuan(m.group(2)), null);
    }
    if (pattern == AT_MOST) {
      return of(null, yuan(m.group(1)), null);
    }
    if (pattern == EXACTLY) {
      BigDecimal amount = yuan(m.group(1));
      return of(amount, amount, null);
    }
    BigDecimal low = number(m.group(2));
    BigDecimal high = number(m.group(3));
    if (low == null || high == null) {
      return null;
    }
    String base = m.group(1).isEmpty() ? "违法所得" : m.group(1);
    return pattern == PERCENT
        ? of(low.movePointLeft(2), high.movePointLeft(2), base)
        : of(low, high, base);
  }

  private static @Nullable FineRange of(
      @Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable String base) {
    return max == null && min == null ? null : new FineRange(min, max, base);
  }

  /** An amount in yuan: 十五万, 1.5万, 50,000. */
  static @Nullable BigDecimal yuan(String amount) {
    String plain = amount.replace(",", "").replace("，", "");
    if (plain.matches("[0-9.]+万")) {
      return new BigDecimal(plain.substring(0, plain.length() - 1)).movePointRight(4);
    }
    return number(plain);
  }

  private static @Nullable BigDecimal number(String text) {
    if (text.matches("[0-9]+(\\.[0-9]+)?")) {
      return new BigDecimal(text);
    }
    long value = ChineseNumerals.parse(text);
    return value < 0 ? null : BigDecimal.valueOf(value);
  }
}
