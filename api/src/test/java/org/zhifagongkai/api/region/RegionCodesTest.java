package org.zhifagongkai.api.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionCodesTest {

  @ParameterizedTest
  @CsvSource({
    "330000, 33",
    "330100, 3301",
    "330106, 330106",
    "330106001, 330106001",
    "110101, 110101",
    "990000, 99"
  })
  void descendantsShareTheSignificantDigits(String code, String prefix) {
    assertThat(RegionCodes.descendantPrefix(code)).isEqualTo(prefix);
  }
}
