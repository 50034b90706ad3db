package org.zhifagongkai.api.sample;

import java.math.BigDecimal;
import org.zhifagongkai.api.support.ChineseNumerals;

/** The published wording of sample fine ranges, as benchmarks write them (处一万元以上五万元以下罚款). */
final class SampleText {

  private SampleText() {}

  static String yuan(long amount) {
    return ChineseNumerals.of(amount) + "元";
  }

  static String fineWording(long min, long max) {
    return min == 0 ? "处" + yuan(max) + "以下罚款" : "处" + yuan(min) + "以上" + yuan(max) + "以下罚款";
  }

  static String multipleWording(String base, BigDecimal min, BigDecimal max) {
    return "处" + base + times(min) + "以上" + times(max) + "以下的罚款";
  }

  private static String times(BigDecimal multiple) {
    BigDecimal plain = multiple.stripTrailingZeros();
    String whole = ChineseNumerals.of(plain.longValue());
    if (plain.scale() <= 0) {
      return whole + "倍";
    }
    StringBuilder text = new StringBuilder(whole).append('点');
    for (char digit : plain.toPlainString().split("\\.")[1].toCharArray()) {
      text.append("零一二三四五六七八九".charAt(digit - '0'));
    }
    return text.append('倍').toString();
  }
}
