package org.zhifagongkai.api.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentNumberTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          云保监罚〔2018〕3号             | 云保监罚〔2018〕3号        | 云保监罚     | 2018 | 3   | 3
          云保监罚[2018]3号              | 云保监罚〔2018〕3号        | 云保监罚     | 2018 | 3   | 3
          云保监罚(2018)第3号            | 云保监罚〔2018〕3号        | 云保监罚     | 2018 | 3   | 3
          云保监罚（２０１８）第００３号   | 云保监罚〔2018〕3号        | 云保监罚     | 2018 | 3   | 3
          杭综执罚决字〔2023〕第123号      | 杭综执罚决字〔2023〕123号   | 杭综执罚决字  | 2023 | 123 | 123
          京公(鼓)罚决字〔2024〕001号     | 京公(鼓)罚决字〔2024〕1号   | 京公(鼓)罚决字 | 2024 | 1   | 1
          京公（鼓）罚决字〔2024〕1号      | 京公(鼓)罚决字〔2024〕1号   | 京公(鼓)罚决字 | 2024 | 1   | 1
          银罚决字〔2026〕104-116号       | 银罚决字〔2026〕104-116号  | 银罚决字     | 2026 | 104 | 116
          苏银罚决字[2025]21号            | 苏银罚决字〔2025〕21号      | 苏银罚决字   | 2025 | 21  | 21
          沪金罚决字 〔 2026 〕 12 号      | 沪金罚决字〔2026〕12号      | 沪金罚决字   | 2026 | 12  | 12
          [2018]琼建质监罚决字第30号      | 琼建质监罚决字〔2018〕30号  | 琼建质监罚决字 | 2018 | 30 | 30
          〔2017〕琼质监罚决字第025号     | 琼质监罚决字〔2017〕25号    | 琼质监罚决字  | 2017 | 25  | 25
          """)
  void variantsNormaliseToOneKey(
      String raw, String key, String prefix, int year, int first, int last) {
    DocumentNumber number = DocumentNumber.parse(raw);
    assertThat(number.raw()).isEqualTo(raw);
    assertThat(number.key()).isEqualTo(key);
    assertThat(number.prefix()).isEqualTo(prefix);
    assertThat(number.year()).isEqualTo(year);
    assertThat(number.firstSeq()).isEqualTo(first);
    assertThat(number.lastSeq()).isEqualTo(last);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          闽工商处字2018第3号    | 闽工商处字2018第3号
          当场处罚 No.0012345   | 当场处罚No.0012345
          """)
  void numbersWithoutABracketedYearKeepTheirTextFolded(String raw, String key) {
    DocumentNumber number = DocumentNumber.parse(raw);
    assertThat(number.parsed()).isFalse();
    assertThat(number.key()).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          东环罚〔2026〕2147483648号               | 东环罚〔2026〕2147483648号
          东环罚[2026]第0020180315001号          | 东环罚〔2026〕20180315001号
          东环罚〔2026〕1-99999999999999999号      | 东环罚〔2026〕1-99999999999999999号
          """)
  void aSequenceLongerThanAnIntHasAKeyButNoFirstAndLastNumber(String raw, String key) {
    DocumentNumber number = DocumentNumber.parse(raw);
    assertThat(number.parsed()).isTrue();
    assertThat(number.key()).isEqualTo(key);
    assertThat(number.firstSeq()).isNull();
    assertThat(number.lastSeq()).isNull();
    assertThat(DocumentNumber.parse("东环罚〔2026〕1234567890123456789号").parsed()).isFalse();
  }
}
