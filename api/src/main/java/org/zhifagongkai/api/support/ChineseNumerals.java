package org.zhifagongkai.api.support;

/** Writes whole numbers in Chinese numerals, as statutes number their articles (一百二十四). */
public final class ChineseNumerals {

  private static final String DIGITS = "零一二三四五六七八九";
  private static final String[] SMALL_UNITS = {"", "十", "百", "千"};
  private static final String[] LARGE_UNITS = {"", "万", "亿"};

  private ChineseNumerals() {}

  /** {@code 10} → 十, {@code 124} → 一百二十四, {@code 20000} → 二万, {@code 105000} → 十万五千. */
  public static String of(long number) {
    if (number < 0) {
      throw new IllegalArgumentException("negative: " + number);
    }
    if (number == 0) {
      return "零";
    }
    StringBuilder text = new StringBuilder();
    int group = 0;
    boolean pendingZero = false;
    long rest = number;
    while (rest > 0) {
      int part = (int) (rest % 10_000);
      if (part > 0) {
        String written = belowTenThousand(part) + LARGE_UNITS[group];
        if (pendingZero) {
          written += "零";
        }
        text.insert(0, written);
        pendingZero = part < 1000;
      } else if (!text.isEmpty()) {
        pendingZero = true;
      }
      rest /= 10_000;
      group++;
    }
    String result = text.toString();
    if (result.startsWith("零")) {
      result = result.substring(1);
    }
    // Ten to nineteen lead with 十, not 一十.
    return result.startsWith("一十") ? result.substring(1) : result;
  }

  private static String belowTenThousand(int number) {
    StringBuilder text = new StringBuilder();
    boolean zero = false;
    for (int position = 3; position >= 0; position--) {
      int digit = (int) (number / Math.pow(10, position)) % 10;
      if (digit == 0) {
        zero = !text.isEmpty();
        continue;
      }
      if (zero) {
        text.append('零');
        zero = false;
      }
      text.append(DIGITS.charAt(digit)).append(SMALL_UNITS[position]);
    }
    return text.toString();
  }
}
