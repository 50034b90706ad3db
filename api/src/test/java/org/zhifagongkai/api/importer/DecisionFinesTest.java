package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fines read from decisions' texts, in the wordings the real sources use. */
class DecisionFinesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // 隆德 template, Hebei banking regulators
        "一、没收违法所得250元；二、罚款1200元，上缴国库。|1200",
        "罚款人民币20万元，并责令农业银行廊坊分行对相关责任人员给予纪律处分|200000",
        // 信用西藏 处罚状态
        "处罚状态：罚款200.元|200",
        "处罚状态：1、依法没收侵权产品，予以销毁; 2、处以人民币10000元的罚款，上缴财政。|10000",
        "处罚状态：警告，处500元罚款|500",
        "处罚状态：责令立即停止执业，并处3000元（叁仟元）人民币罚款。|3000",
        "处罚状态：罚款 200 元|200",
        // local_amr_sample line 20: confiscation first, then the fine
        "对当事人作出警告，没收违法所得 132 元，并处罚款 50,000 元的行政处罚。|50000",
        // 信用西藏 处罚状态 giving the amount alone under the category 罚款
        "处罚类别1：罚款 处罚类别2： 行政相对人名称：某 处罚状态：200 地方编码：542400|200",
        "处罚类别1：罚款 处罚类别2： 处罚状态：154679.02元 地方编码：542133|154679.02",
        "处罚类别1：罚款 处罚类别2： 处罚状态：每人1000元 地方编码：542500|1000",
        "处罚类别1：其他（见处罚类别2） 处罚类别2：行政处罚 处罚状态：处罚79470元201827 地方编码：540124|79470",
        // amounts in the numerals of accounts, 万 without 元, a total after the word
        "1、处罚款人民币壹万元整（￥10000元）。|10000",
        "行政处罚的种类：罚款伍千肆佰捌拾元（5480元）。|5480",
        "处以树木价值1倍的罚款，计人民币叁仟陆佰伍拾圆整。|3650",
        "行政处罚决定 罚款20万 作出处罚决定的机关名称|200000",
        "处应扣未扣个人所得税款百分之五十罚款，计2676.60元。|2676.60",
        "2、按受侵害的劳动者每人350元标准计算处以罚款共计肆仟伍佰伍拾元整（￥4550）。|4550"
      })
  void theFineIsReadAsTheTextStatesIt(String text, String yuan) {
    assertThat(DecisionTextExtractor.fine(text)).isEqualByComparingTo(yuan);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // a statute's range, no fine imposed
        "可以处二千元以下的罚款；情节严重的，可以处二千元以上一万元以下的罚款",
        "处以违法经营总额20％以上50％以下的罚款。",
        // an amount alone under another category is not known to be a fine
        "处罚类别1：其他（见处罚类别2） 处罚类别2：没收并罚款 处罚状态：918 地方编码：540100"
      })
  void aRangeQuotedFromTheLawIsNoFine(String text) {
    assertThat(DecisionTextExtractor.fine(text)).isNull();
  }
}
