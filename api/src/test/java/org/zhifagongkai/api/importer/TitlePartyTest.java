package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A title's first three characters are the party only where the text names them apart. */
class TitlePartyTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "鲁桂成河道范围内违法采砂案|经查，鲁桂成在河道范围内采砂，鲁桂成对事实无异议。|鲁桂成",
        "杭州科技专修学校擅自发放招生广告案|经查，杭州科技专修学校于2017年3月擅自发放招生广告。|",
        "施工单位未采取有效防尘降尘措施案|经查，施工单位未采取有效防尘降尘措施。|",
        "周巷中国食品城降低安全生产条件案|经查，周巷中国食品城降低安全生产条件。|",
        "章国平擅自占用道路案|章国平擅自占用道路。|章国平"
      })
  void aTitlesOpeningIsThePartyOnlyWhereTheTextNamesItApart(
      String title, String text, String party) {
    assertThat(DecisionTextExtractor.party(title, text)).isEqualTo(party);
  }
}
