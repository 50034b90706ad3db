package org.zhifagongkai.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;

/** A complaint's contact phone: a mobile, or a fixed line with a real area code. */
class ComplaintPhoneTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "13812345678|13812345678",
        "138 1234 5678|13812345678",
        "010-62345678|01062345678",
        "021 52345678|02152345678",
        "0571-87654321|057187654321",
        "0970-8234567|09708234567",
        "（0755）82345678|075582345678",
        "１３８１２３４５６７８|13812345678",
        "０５７１－８７６５４３２１|057187654321"
      })
  void mobilesAndFixedLinesAreKeptAsDigits(String given, String kept) {
    assertThat(ComplaintText.phone(given)).isEqualTo(kept);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "00000000000",
        "0000-0000000",
        "12345678901",
        "010-02345678",
        "0571-1234567",
        "0970-1234567",
        "0571-876543210",
        "0211-2345678",
        "12345",
        "1381234567"
      })
  void aNumberNoPhoneCouldHaveIsRefused(String given) {
    assertThatThrownBy(() -> ComplaintText.phone(given))
        .isInstanceOfSatisfying(
            PortalException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PHONE));
  }
}
