package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhifagongkai.api.penalty.PartyKind;

/** Parties' kinds read from their registration codes, on real records' codes and labels. */
class RegisteredPartyTest {

  @Test
  void anIndividualBusinessIsKnownByItsCreditCodeOrRegistrationNumber() {
    assertThat(RegisteredParty.isIndividualBusiness("92540328MA6TB50675")).isTrue();
    assertThat(RegisteredParty.isIndividualBusiness("120111600435901")).isTrue();
    assertThat(RegisteredParty.isIndividualBusiness("542621600141030")).isTrue();
    assertThat(RegisteredParty.isIndividualBusiness("91330100067875637T")).isFalse();
    assertThat(RegisteredParty.isIndividualBusiness("640423200000173")).isFalse();
  }

  @Test
  void theCodeIsReadAfterItsLabel() {
    assertThat(
            RegisteredParty.labelledCode(
                "行政相对人名称：芒康县聚福超市\n行政相对人代码——1（统一社会信用代码）：92540328MA6TB50675\n"))
        .isEqualTo("92540328MA6TB50675");
    assertThat(RegisteredParty.labelledCode("主体资格证件名称及号码:营业执照120111600435901\n住所"))
        .isEqualTo("120111600435901");
    assertThat(RegisteredParty.labelledCode("统一社会信用代码（注册号）：**************")).isNull();
  }

  @Test
  void aShopRegisteredAsAnIndividualBusinessIsOneAndAPersonStaysAPerson() {
    String text = "行政相对人代码——1（统一社会信用代码）：92540328MA6TB50675";
    assertThat(RegisteredParty.kind(PartyKind.OTHER_ORGANISATION, "芒康县聚福超市", "", text))
        .isEqualTo(PartyKind.INDIVIDUAL_BUSINESS);
    // 隆德 names the operator as the party: still a person, masked as one.
    assertThat(RegisteredParty.kind(PartyKind.NATURAL_PERSON, "赵义", "92640423MA7673GJ9B", ""))
        .isEqualTo(PartyKind.NATURAL_PERSON);
    assertThat(RegisteredParty.kind(PartyKind.LEGAL_PERSON, "某某有限公司", "92640423MA7673GJ9B", ""))
        .isEqualTo(PartyKind.LEGAL_PERSON);
    assertThat(
            RegisteredParty.kind(
                PartyKind.OTHER_ORGANISATION, "措勤县水利局", "", "统一社会信用代码：11542527MB0A12345X"))
        .isEqualTo(PartyKind.OTHER_ORGANISATION);
  }
}
