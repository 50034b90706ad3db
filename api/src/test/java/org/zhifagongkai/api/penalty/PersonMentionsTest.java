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
