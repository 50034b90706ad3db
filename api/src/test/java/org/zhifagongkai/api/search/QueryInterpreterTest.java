package org.zhifagongkai.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a query names, as people type numbers and names. */
class QueryInterpreterTest {

  @Test
  void aNumberWithoutBracketsIsReadWhenItsYearStandsApart() {
    assertThat(QueryInterpreter.interpret("南环罚字2016年15号").keys()).contains("南环罚字〔2016〕15号");
    assertThat(QueryInterpreter.interpret("林工商处字 2018 1号").keys()).contains("林工商处字〔2018〕1号");
    assertThat(QueryInterpreter.interpret("林工商处字 2018 第1号").keys()).contains("林工商处字〔2018〕1号");
    assertThat(QueryInterpreter.interpret("林工商处字 2018 1号").besideKeys()).isNull();
    // A date is no number: no 号 follows its day.
    assertThat(QueryInterpreter.interpret("2018年3月5日 违规停车").keys()).isEmpty();
  }

  @Test
  void aPrefixAndSerialWithoutTheYearNameEveryYearsNumber() {
    assertThat(QueryInterpreter.interpret("林工商处字1号").keys()).contains("林工商处字〔〕1号", "工商处字〔〕1号");
    assertThat(QueryInterpreter.interpret("林工商处字第001号").keys()).contains("林工商处字〔〕1号");
    assertThat(QueryInterpreter.interpret("林工商处字1号").besideKeys()).isNull();
  }

  @Test
  void aTypedRangeHoldsTheNumbersWithinIt() {
    QueryInterpreter.Interpretation range = QueryInterpreter.interpret("南环罚字〔2016〕12-18号");
    assertThat(range.keys()).contains("南环罚字〔2016〕12-18号").doesNotContain("南环罚字〔2016〕15号");
    assertThat(range.withinRanges())
        .contains("南环罚字〔2016〕12号", "南环罚字〔2016〕15号", "南环罚字〔2016〕18号")
        .doesNotContain("南环罚字〔2016〕19号", "罚字〔2016〕15号");
    assertThat(QueryInterpreter.interpret("粤市监处罚〔2026〕1-5000号").withinRanges()).isEmpty();
    assertThat(QueryInterpreter.interpret("南环罚字〔2016〕15号").withinRanges()).isEmpty();
  }

  @Test
  void aNameAsPublishedOrMaskedWith某IsTheMaskedName() {
    assertThat(QueryInterpreter.interpret("杨*丽").keys()).containsExactly("杨*丽");
    assertThat(QueryInterpreter.interpret("杨某丽").keys()).containsExactly("杨*丽");
    assertThat(QueryInterpreter.interpret("王某").keys()).containsExactly("王*");
    // Sources mask the given name whole (张**, 张*某): typed so, the surname alone is asked too.
    assertThat(QueryInterpreter.interpret("张某某").keys()).containsExactly("张**", "张*某", "张*");
    assertThat(QueryInterpreter.interpret("马***").keys()).containsExactly("马***", "马*");
    assertThat(MaskedNames.ofPublished("韦*、黄*友、马***")).containsExactly("韦*", "黄*友", "马***", "马*");
    assertThat(QueryInterpreter.interpret("杨*丽").besideKeys()).isNull();
    // A real name is no identifier: it must not find the decision that masks it.
    assertThat(QueryInterpreter.interpret("杨红丽").keys()).isEmpty();
  }

  @Test
  void aCompanyFormMisreadByScanningIsReadAsTheForm() {
    assertThat(Misreadings.corrected("泰康人寿保险股份有眼公司重庆分公司")).isEqualTo("泰康人寿保险股份有限公司重庆分公司");
    assertThat(Misreadings.corrected("甘肃某某商贸有娘公司")).isEqualTo("甘肃某某商贸有限公司");
    assertThat(Misreadings.corrected("有眼无珠")).isEqualTo("有眼无珠");
    assertThat(Misreadings.corrected("广西建工集团第三建筑工程有眼责任公司")).isEqualTo("广西建工集团第三建筑工程有限责任公司");
  }

  @Test
  void anOrganisationsWholeNameIsAKeyBesideItsWords() {
    var company = QueryInterpreter.interpret("广西建工集团 第三建筑工程有限责任公司");
    assertThat(company.keys()).containsExactly("广西建工集团第三建筑工程有限责任公司");
    assertThat(company.besideKeys()).isEqualTo("广西建工集团第三建筑工程有限责任公司");
    assertThat(QueryInterpreter.interpret("合江县殡仪馆").keys()).containsExactly("合江县殡仪馆");
    // Words that are no organisation's whole name, a name too short, a person's: none.
    assertThat(QueryInterpreter.interpret("违规停车").keys()).isEmpty();
    assertThat(QueryInterpreter.interpret("东湖局").keys()).isEmpty();
    assertThat(QueryInterpreter.interpret("杨红丽").keys()).isEmpty();
    assertThat(PartyNames.key("张*丰便利店")).isNull();
  }
}
