package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A text cut short (the recent market-regulation records give an excerpt) may end just after a date
 * of the case; only a date nothing but a signature follows is the decision's.
 */
class CutShortDatesTest {

  @Test
  void aDateTheSentenceGoesOnFromIsNoSignature() {
    // 粤市监广办罚〔2024〕001号, 云昆市监撤〔2026〕9-001号, 云市监昆处罚〔2025〕1144号
    for (String text :
        new String[] {
          "现场检查，发现当事人涉嫌倾销。2024年4月1日，经批准，我局对当事人上",
          "经查，1、本局于2026年2月13日通过系统、2026年2月12日通过“昆明市市场监督管理局门户网站政府信息公开栏目”公示“关于昆明久",
          "法定代表人：潘晓 2025年8月8日，昆明市财政局…，2025年8月11日，我局执法人员通过“云南省市场监"
        }) {
      DecisionTextExtractor.TextDate date = DecisionTextExtractor.textDate(text);
      assertThat(date).isNotNull();
      assertThat(date.signed()).as(text).isFalse();
    }
  }

  @Test
  void aSignaturesDateIsStillSigned() {
    DecisionTextExtractor.TextDate date =
        DecisionTextExtractor.textDate("如不服本处罚决定，可申请复议。 南宁市环境保护局 2015年12月28日 抄送：市城乡建设委");
    assertThat(date).isNotNull();
    assertThat(date.signed()).isTrue();
    assertThat(date.day()).isEqualTo(LocalDate.of(2015, 12, 28));
  }

  @Test
  void anAddressGivesItsDayInEitherForm() {
    assertThat(
            DecisionDates.addressDay("https://scjgj.wuxi.gov.cn/doc/2026/07/01/4802148.shtml#c1"))
        .isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(DecisionDates.addressDay("https://scjgj.km.gov.cn/c/2026-07-09/5095673.shtml"))
        .isEqualTo(LocalDate.of(2026, 7, 9));
    assertThat(DecisionDates.addressDay("http://www.x.gov.cn/201707/t20170718_84152.html"))
        .isEqualTo(LocalDate.of(2017, 7, 18));
  }
}
