package org.zhifagongkai.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

  @ParameterizedTest
  @CsvSource({
    "0, 零",
    "1, 一",
    "10, 十",
    "12, 十二",
    "20, 二十",
    "99, 九十九",
    "100, 一百",
    "101, 一百零一",
    "110, 一百一十",
    "124, 一百二十四",
    "1000, 一千",
    "1005, 一千零五",
    "5000, 五千",
    "10000, 一万",
    "12000, 一万二千",
    "20000, 二万",
    "100000, 十万",
    "105000, 十万五千",
    "370000, 三十七万",
    "1000000, 一百万",
    "1000500, 一百万零五百",
    "100000000, 一亿"
  })
  void writesNumbersAsStatutesAndBenchmarksDo(long number, String written) {
    assertThat(ChineseNumerals.of(number)).isEqualTo(written);
  }
}
