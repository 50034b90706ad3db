package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhifagongkai.api.penalty.PenaltyKind;

/**
 * The penalties a decision imposes, read from its penalty clause, in the wordings of real records.
 */
class PenaltyClauseTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // hebei_multi_1: the statute quoted allows four penalties; the decision imposes one
        "依据《注册会计师法》第三十九条“会计师事务所违反本法第二十条、第二十一条规定的，由省级以上人民政府财政部门给予警告，没收违法所得，可以并处违法所得一倍以上五倍以下的罚款；情节严重的，并可以由省级以上人民政府财政部门暂停其经营业务或者予以撤销。”的规定，我厅决定给予你所警告的行政处罚。|WARNING",
        // gansu_multi_3: 吊销营业执照 only in the quoted statute
        "根据《中华人民共和国产品质量法》第四十九条“…没收违法所得；情节严重的，吊销营业执照”之规定，决定处罚如下： 没收违法所得69元,罚款331元，罚没款合计：400元。|FINE,CONFISCATION_OF_ILLEGAL_GAINS",
        // a statute quoted in 【】 (廊工商处字〔2018〕005号)
        "依据《侵害消费者权益行为处罚办法》第十五条：【可以单处或者并处警告，违法所得三倍以下的罚款】的规定，决定对当事人作出以下的行政处罚：1、责令改正行为；2、没收违法所得10000元；3、罚款10000元，上缴国库。|FINE,CONFISCATION_OF_ILLEGAL_GAINS",
        // goods confiscated are 非法财物, not gains (corpus line 1995)
        "决定对当事人处罚如下: （一）没收用于违法生产经营的炒锅一个、铲子一把； （二）罚款人民币7000元；|FINE,CONFISCATION_OF_ILLEGAL_PROPERTY",
        // a fine waived imposes none (六盘水知罚〔2015〕5号)
        "拟对你单位作出如下行政处罚： 一、免除罚款处罚； 二、立即消除标注|OTHER",
        // the table layout of the banking regulators
        "行政处罚依据 《银监法》第47条 行政处罚决定 取消高管人员任职资格一年 作出处罚决定的机关名称 承德银监分局|PRACTICE_RESTRICTION",
        "行政处罚决定 罚款20万 作出处罚决定的机关名称 沧州银监分局|FINE",
        // 信用西藏: the categories and the 处罚状态 of a 双公示 record
        "处罚依据：根据《中华人民共和国治安管理处罚法》第四十三条 处罚类别1：行政拘留 处罚类别2：罚款500元 行政相对人名称：某 处罚状态：行政拘留十日 地方编码：542621|FINE,ADMINISTRATIVE_DETENTION",
        "处罚类别1：其他（见处罚类别2） 处罚类别2：罚款;没收违法所得和非法财物;法律、法规规定的其他行政处罚方式; 行政相对人名称：名优家电经营部|FINE,CONFISCATION_OF_ILLEGAL_GAINS,CONFISCATION_OF_ILLEGAL_PROPERTY",
        "处罚类别1：其他（见处罚类别2） 处罚类别2：简易处罚 行政相对人名称：某施工队 处罚状态：处理完毕 地方编码：540125|OTHER",
        "处罚类别1：罚款 处罚类别2：没收违法所得 行政相对人名称：某超市 处罚状态：1.没收标有“中国武警”防寒鞋10双 2.没收违法所得12.5元整 3.罚款人民币10012.5元整 地方编码：542600|FINE,CONFISCATION_OF_ILLEGAL_GAINS,CONFISCATION_OF_ILLEGAL_PROPERTY",
        // the rest of 行政处罚法 Art. 9
        "决定给予通报批评，并降低资质等级。|CIRCULATED_CRITICISM,QUALIFICATION_DOWNGRADE",
        "决定如下：暂扣许可证三个月，限制开展生产经营活动六个月。|LICENCE_SUSPENSION,BUSINESS_RESTRICTION",
        "作出如下处罚：责令停产停业，并处罚款五万元。|FINE,ORDER_TO_SUSPEND_BUSINESS",
        "决定：责令关闭。|ORDER_TO_CLOSE",
        // no clause: the text outside quotations (百色银监分局 公开表)
        "对田阳兴阳村镇银行罚款人民币50万元。对余真彦、李崔、农星展分别给予警告。|WARNING,FINE"
      })
  void theKindsAreThoseTheClauseImposes(String text, String kinds) {
    List<PenaltyKind> expected = Arrays.stream(kinds.split(",")).map(PenaltyKind::valueOf).toList();
    assertThat(DecisionTextExtractor.penaltyKinds(text))
        .containsExactlyInAnyOrderElementsOf(expected);
  }
}
