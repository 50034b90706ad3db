package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A number a decision cites in brackets after another document's name is not the decision's own.
 */
class CitedNumbersTest {

  @Test
  void aReportsNumberInBracketsIsTheReports() {
    // hebei_multi_1.html: the page gives no number of its own
    assertThat(
            DocumentNumbers.inText(
                "河北省财政厅关于邯郸恒信会计师事务所有限责任公司的行政处罚决定书\n"
                    + "如永年科昌工程建设监理有限公司2014年审计报告[邯恒会所审字(2014)第4号]、"
                    + "邯郸市天骏房地产开发有限公司2015年审计报告[邯恒审字(2015)第3号]存在问题。"))
        .isNull();
  }

  @Test
  void anEarlierDecisionCitedAfterAMeasureIsNotThisOne() {
    assertThat(
            DocumentNumbers.inText(
                "中国证监会市场禁入决定书(温京辉、王伟)\n〔2015〕10号 当事人：温京辉。鉴于温京辉已被我会采取10年证券市场禁入措施"
                    + "(中国证监会 市场禁入决定书〔2014〕6号)，待该证券市场禁入期满后"))
        .isNotEqualTo("市场禁入决定书〔2014〕6号");
  }

  @Test
  void aTitlesOwnNumberInBracketsStaysTheDecisions() {
    assertThat(DocumentNumbers.inText("南宁市环境保护局行政处罚决定书(南环罚字〔2016〕4号)\n")).isEqualTo("南环罚字〔2016〕4号");
    // corpus line 1040: a decision titled 行政处罚通知书
    assertThat(DocumentNumbers.inText("深圳市盐田区财政局行政处罚通知书(深盐财采书[2015]3号)\n当事人:深圳市某公司"))
        .isEqualTo("深盐财采书〔2015〕3号");
  }
}
