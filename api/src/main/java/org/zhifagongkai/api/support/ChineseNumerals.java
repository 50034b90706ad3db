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

  /**
   * Reads a whole number written in Chinese numerals or digits (一百二十四, 十, 两千, 124); -1 when the
   * text is not a number.
   */
  public static long parse(String text) {
    if (text.isEmpty()) {
      return -1;
    }
    if (text.chars().allMatch(Character::isDigit)) {
      return Long.parseLong(text);
    }
    long total = 0;
    long section = 0;
    long digit = -1;
    for (char c : text.toCharArray()) {
      int value = "零〇一二三四五六七八九".indexOf(c);
      if (c == '两') {
        value = 3;
      }
      if (value >= 0) {
        digit = value <= 1 ? 0 : value - 1;
        continue;
      }
      long unit =
          switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10_000;
            case '亿' -> 100_000_000;
            default -> -1;
          };
      if (unit < 0) {
        return -1;
      }
      if (unit >= 10_000) {
        total = (total + section + Math.max(digit, 0)) * unit;
        section = 0;
      } else {
        section += (digit < 0 ? 1 : digit) * unit;
      }
      digit = -1;
    }
    return total + section + Math.max(digit, 0);
  }
}
