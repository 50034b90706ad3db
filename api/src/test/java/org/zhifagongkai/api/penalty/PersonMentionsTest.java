package org.zhifagongkai.api.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Persons a decision names by office, honorific, birth or former name are masked everywhere. */
class PersonMentionsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // Officers, penalised beside their company or named as its staff; one name or a list.
        "时任董事长许宗林、时任董事兼总经理高芳是直接负责的主管人员。|时任董事长许*林、时任董事兼总经理高*是直接负责的主管人员。",
        "在决议上签字的董事吴钢、衡保华、罗文化；|在决议上签字的董事吴*、衡*华、罗*化；",
        "其董事长杨志为公司派出；杨志对协议知情。|其董事长杨*为公司派出；杨*对协议知情。",
        "物资采购部经理张熙文是直接责任人员|物资采购部经理张*文是直接责任人员",
        "时任财务总监陈剑，副总经理王强是其他直接责任人员。当事人陈剑提出陈述。据此，陈剑请求免除处罚。"
            + "|时任财务总监陈*，副总经理王*是其他直接责任人员。当事人陈*提出陈述。据此，陈*请求免除处罚。",
        "总经理：龚安国  当事人：闫玉梅|总经理：龚*国  当事人：闫玉梅",
        "执行董事兼总经理金辉对上述行为负有责任|执行董事兼总经理金*对上述行为负有责任",
        // An honorific, a birth, a former name.
        "《关于聘任陈剑先生为公司财务总监的议案》|《关于聘任陈*先生为公司财务总监的议案》",
        "关于聘任李杰等同志职务的通知|关于聘任李*等同志职务的通知",
        "《关于田庄同志离职的情况说明》|《关于田*同志离职的情况说明》",
        "经查，任龙出生于2000年7月，任龙应聘进入你单位，证明任龙的身份，对任龙及你单位询问|"
            + "经查，任*出生于2000年7月，任*应聘进入你单位，证明任*的身份，对任*及你单位询问",
        "关于朱泓霏（曾用名朱颖）同志的处理意见|关于朱泓霏（曾用名朱*）同志的处理意见",
        // A person whose ID card is cited, one of several parties, the doer a title names.
        "提供的营业执照复印件、李源潮身份证复印件各1份，证明李源潮为负责人|提供的营业执照复印件、李*潮身份证复印件各1份，证明李*潮为负责人",
        "被询问人梁辉先身份证复印件一份|被询问人梁*先身份证复印件一份",
        "王中刚（身份证号码: ［身份证号码已隐去］）：|王*刚（身份证号码: ［身份证号码已隐去］）：",
        "当事人：黄翠玲，时任新华人寿保险股份有限公司|当事人：黄*玲，时任新华人寿保险股份有限公司",
        "当事人：葛建 单位：上海宝通汎球电子有限公司|当事人：葛* 单位：上海宝通汎球电子有限公司",
        "廊出决[2018]059 蔡建朝未取得巡游出租汽车经营许可擅自从事经营活动|廊出决[2018]059 蔡*朝未取得巡游出租汽车经营许可擅自从事经营活动",
        "永清县张立国经营假农药案 张立国 张立国|永清县张*国经营假农药案 张*国 张*国",
        "关于房天平销售不符合国家标准的家用燃气灶具案|关于房*平销售不符合国家标准的家用燃气灶具案",
        "据当事人缪万甫陈述，是温州|据当事人缪*甫陈述，是温州",
        "2019年1月17日，李冰天驾驶冀R6W9R1比亚迪汽车|2019年1月17日，李*天驾驶冀R6W9R1比亚迪汽车",
        "琼A15S06车辆驾驶员郭丽萍未取得巡游出租汽车驾驶员证|琼A15S06车辆驾驶员郭*萍未取得巡游出租汽车驾驶员证",
        "当事人叶丛雨于2014年8月17日|当事人叶*雨于2014年8月17日",
        "被处罚人吴乃信在法定期限内未进行陈述|被处罚人吴*信在法定期限内未进行陈述",
        "焊工白恒果，身份证号（［身份证号码已隐去］）|焊工白*果，身份证号（［身份证号码已隐去］）",
        "当事人:闫玉梅  身份证号码：［身份证号码已隐去］|当事人:闫*梅  身份证号码：［身份证号码已隐去］",
        "处罚名称：马福、王*雄-非法探矿及非法采金|处罚名称：马*、王*雄-非法探矿及非法采金",
        "处罚名称：班*、石曲、拉庆、拉穷-非法探矿|处罚名称：班*、石*、拉庆、拉穷-非法探矿",
        "与郭*军、杜晓芳、北京科桥嘉永创业投资中心|与郭*军、杜*芳、北京科桥嘉永创业投资中心",
        "对郭*、某某公司、李*处罚|对郭*、某某公司、李*处罚",
        "廊坊市果桑技术咨询服务部经营劣质农药案|廊坊市果桑技术咨询服务部经营劣质农药案",
        "营业执照复印件、法人身份证复印件各1份|营业执照复印件、法人身份证复印件各1份",
        "中华人民共和国居民身份证复印件|中华人民共和国居民身份证复印件",
        // No names: what an office does, anonymised names, a word after an honorific.
        "监事应当对公司董事、高级管理人员执行职务的行为进行监督|监事应当对公司董事、高级管理人员执行职务的行为进行监督",
        "任副主任主管计划、信贷工作|任副主任主管计划、信贷工作",
        "董事会决议上签字的董事吴某某、李某|董事会决议上签字的董事吴某某、李某",
        "两位同志到场|两位同志到场",
        "应当由总经理办公会议决定|应当由总经理办公会议决定"
      })
  void personsNamedByOfficeHonorificBirthOrFormerNameAreMasked(String text, String published) {
    assertThat(PersonText.maskPersons(text, PersonMentions.in(text))).isEqualTo(published);
  }

  @Test
  void anOrganisationsRepresentativeNamedByOfficeIsPublishedAsTheRepresentativeFieldIs() {
    PenaltyDecision.Party company =
        new PenaltyDecision.Party(PartyKind.LEGAL_PERSON, "东湖示例有限公司", null, "温岳斌");
    String text = "法定代表人：温岳斌。总经理温岳斌、副总经理刘宏伟签字确认。";

    assertThat(Publishable.named(company, text)).containsExactly("刘宏伟");
    assertThat(
            Publishable.named(
                new PenaltyDecision.Party(PartyKind.NATURAL_PERSON, "温岳斌", null, null), text))
        .containsExactly("温岳斌", "刘宏伟");
  }
}
