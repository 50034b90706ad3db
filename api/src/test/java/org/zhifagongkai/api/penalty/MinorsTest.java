package org.zhifagongkai.api.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which natural persons' decisions are penalties on minors, never published. */
class MinorsTest {

  private static final LocalDate DECIDED = LocalDate.of(2026, 11, 27);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "当事人王*明（2010年3月5日出生，系东湖市第一中学初二学生）在河道旁焚烧垃圾。|true",
        "当事人王*明，男，16周岁，在河道旁焚烧垃圾。|true",
        "当事人王*明，男，十六岁，在河道旁焚烧垃圾。|true",
        "当事人现年十五周岁，在河道旁焚烧垃圾。|true",
        "当事人年满十六周岁不满十八周岁，以自己的劳动收入为主要生活来源。|true",
        "当事人出生日期：2009-12-01，在河道旁焚烧垃圾。|true",
        "当事人系某小学五年级学生。|true",
        "当事人张三（１６岁）焚烧垃圾。|true",
        "当事人2012年出生，焚烧垃圾。|true",
        "当事人1990年出生，焚烧垃圾。|false",
        "当事人王*明，男，45岁，在河道旁焚烧垃圾。|false",
        "当事人（1990年3月5日出生）在河道旁焚烧垃圾。|false",
        "当事人2008年11月27日出生，在河道旁焚烧垃圾。|false",
        "当事人销售标示适用于3岁以下婴幼儿的食品。|false",
        "当事人招用15岁的学徒从事危险作业。|false",
        "当事人经营的店铺开业已有3年。|false",
        "当事人销售2017年6月1日生产的淋浴器。|false",
        "当事人（2009年1月5日生，系某中学学生）在河道旁焚烧垃圾。|true",
        "当事人王*明，男，二〇一〇年三月五日出生，在河道旁焚烧垃圾。|true",
        "当事人生日为二〇〇九年十二月，在河道旁焚烧垃圾。|true",
        "当事人王*明，男，一九九〇年三月五日出生，在河道旁焚烧垃圾。|false"
      })
  void aPenaltyOnAMinorIsRecognisedFromTheFacts(String facts, boolean minor) {
    assertThat(Minors.isMinorParty(PartyKind.NATURAL_PERSON, "王小明", facts, DECIDED))
        .isEqualTo(minor);
  }
}
