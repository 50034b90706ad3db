package org.zhifagongkai.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * The destination preview: where a complaint would go, by the same routing as filing, with nothing
 * stored.
 */
class ComplaintDestinationTest extends ComplaintApiTest {

  private static final String DESTINATION =
      """
      query($input: ComplaintDestinationInput!) { complaintDestination(input: $input) {
        handler { kind id name phone } supervisionBody { kind id name phone }
        routingRule { id } toHotline regionCode fieldCode
        acceptanceLimit { amount unit } acceptanceDue conclusionLimit { amount unit } } }
      """;

  private static Map<String, Object> facts(String creditCode, String category) {
    Map<String, Object> facts = new HashMap<>();
    facts.put("creditCode", creditCode);
    facts.put("agencyId", "970001");
    facts.put("field", "MARKET_REGULATION");
    facts.put("category", category);
    return facts;
  }

  private GraphQlTester.Response destination(Map<String, Object> facts) {
    return graphQl.document(DESTINATION).variable("input", facts).execute();
  }

  private long complaints() {
    return database
        .sql("select count(*) from complaint")
        .map(row -> row.get(0, Long.class))
        .one()
        .block();
  }

  @Test
  void theDefaultRuleSendsToTheNearestContactPointWithTheTimeLimits() {
    long before = complaints();
    GraphQlTester.Response response = destination(facts(newCreditCode(), "REPEATED_INSPECTION"));
    response.errors().verify();
    response
        .path("complaintDestination.handler")
        .entity(Map.class)
        .isEqualTo(
            Map.of(
                "kind", "CONTACT_POINT",
                "id", "970002",
                "name", "投诉测试省乙区经济开发区行政执法监督联系点",
                "phone", "0970-2000002"));
    response
        .path("complaintDestination.supervisionBody")
        .entity(Map.class)
        .isEqualTo(
            Map.of(
                "kind", "SUPERVISION_BODY",
                "id", "970003",
                "name", "甲市司法局",
                "phone", "0970-1000003"));
    response
        .path("complaintDestination.routingRule.id")
        .entity(String.class)
        .isEqualTo(Long.toString(defaultRule));
    response.path("complaintDestination.toHotline").entity(Boolean.class).isEqualTo(true);
    response.path("complaintDestination.regionCode").entity(String.class).isEqualTo("970102");
    response
        .path("complaintDestination.fieldCode")
        .entity(String.class)
        .isEqualTo("MARKET_REGULATION");
    response
        .path("complaintDestination.acceptanceLimit")
        .entity(Map.class)
        .isEqualTo(Map.of("amount", 5, "unit", "WORKING_DAYS"));
    // Five working days after Friday 2026-11-20, as filing gives.
    response
        .path("complaintDestination.acceptanceDue")
        .entity(String.class)
        .isEqualTo("2026-11-27");
    response
        .path("complaintDestination.conclusionLimit")
        .entity(Map.class)
        .isEqualTo(Map.of("amount", 30, "unit", "CALENDAR_DAYS"));
    assertThat(complaints()).isEqualTo(before);
  }

  @Test
  void thePreviewNamesWhatFilingThenRoutesTo() {
    for (String category : new String[] {"CONDUCT", "INACTION", "PUBLICATION_FAILURE"}) {
      String code = newCreditCode();
      GraphQlTester.Response preview = destination(facts(code, category));
      preview.errors().verify();
      Filed filed = fileOk(input(code, category, "执法人员在检查中存在问题，具体情况如下：" + category + "，请予核查处理。"));
      GraphQlTester.Response complaint =
          graphQl
              .document(
                  """
                  query($n: String!, $c: String!) { complaint(trackingNumber: $n, accessCode: $c) {
                    handler { kind id } supervisionBody { id } routingRule { id } toHotline
                    acceptanceDue } }
                  """)
              .variable("n", filed.trackingNumber())
              .variable("c", filed.accessCode())
              .execute();
      for (String path :
          new String[] {
            "handler.kind",
            "handler.id",
            "supervisionBody.id",
            "routingRule.id",
            "toHotline",
            "acceptanceDue"
          }) {
        assertThat(complaint.path("complaint." + path).entity(Object.class).get())
            .as(category + " " + path)
            .isEqualTo(preview.path("complaintDestination." + path).entity(Object.class).get());
      }
    }
  }

  @Test
  void proceduralComplaintsGoToTheSupervisionBodyWithoutAContactPoint() {
    GraphQlTester.Response response = destination(facts(newCreditCode(), "PROCEDURAL_VIOLATION"));
    response.errors().verify();
    response
        .path("complaintDestination.handler.kind")
        .entity(String.class)
        .isEqualTo("SUPERVISION_BODY");
    response.path("complaintDestination.handler.id").entity(String.class).isEqualTo("970003");
    response.path("complaintDestination.toHotline").entity(Boolean.class).isEqualTo(true);
  }

  @Test
  void whereNoContactPointTakesTheFieldTheSupervisionBodyHandlesIt() {
    // 丁市 (970200) has no contact point, and 甲市's takes nothing of urban management.
    Map<String, Object> facts = facts(newCreditCode(), "REPEATED_INSPECTION");
    facts.put("regionCode", "970200");
    facts.put("field", "URBAN_MANAGEMENT");
    GraphQlTester.Response response = destination(facts);
    response.errors().verify();
    response
        .path("complaintDestination.handler.kind")
        .entity(String.class)
        .isEqualTo("SUPERVISION_BODY");
    response.path("complaintDestination.handler.id").entity(String.class).isEqualTo("970003");
    response.path("complaintDestination.regionCode").entity(String.class).isEqualTo("970200");

    // In 丙街道 its own 司法所 contact point takes it.
    facts.put("regionCode", "970102001");
    GraphQlTester.Response street = destination(facts);
    street.errors().verify();
    street.path("complaintDestination.handler.id").entity(String.class).isEqualTo("970003");
    street
        .path("complaintDestination.handler.kind")
        .entity(String.class)
        .isEqualTo("CONTACT_POINT");
  }

  @Test
  void aBodyWithNoSupervisionBodyAboveItIsNotRoutable() {
    // 甲市生态环境局 of the publication tests: no 司法行政 body in 980100 or 980000.
    Map<String, Object> facts = facts(newCreditCode(), "REPEATED_INSPECTION");
    facts.put("agencyId", "900001");
    facts.remove("field");
    assertThat(errorCode(destination(facts))).isEqualTo("NOT_ROUTABLE");
  }

  @Test
  void badFactsAreRefusedWithTheirCodes() {
    String valid = newCreditCode();
    char wrong = valid.charAt(17) == 'A' ? 'B' : 'A';
    assertThat(errorCode(destination(facts(valid.substring(0, 17) + wrong, "REPEATED_INSPECTION"))))
        .isEqualTo("INVALID_CREDIT_CODE");
    assertThat(errorCode(destination(facts("91970102MA00001", "REPEATED_INSPECTION"))))
        .isEqualTo("INVALID_CREDIT_CODE");

    Map<String, Object> facts = facts(valid, "REPEATED_INSPECTION");
    facts.put("regionCode", "979999");
    assertThat(errorCode(destination(facts))).isEqualTo("INVALID_REGION_CODE");
    facts.remove("regionCode");
    facts.put("field", "NO_SUCH_FIELD");
    assertThat(errorCode(destination(facts))).isEqualTo("INVALID_FIELD");
    facts.put("field", "MARKET_REGULATION");
    facts.put("agencyId", "979999");
    assertThat(errorCode(destination(facts))).isEqualTo("NOT_FOUND");
    // Decision 900001 is 甲市生态环境局's, not 甲市市场监督管理局's.
    facts.put("agencyId", "970001");
    facts.put("penaltyDecisionId", "900001");
    assertThat(errorCode(destination(facts))).isEqualTo("INVALID_REQUEST");
    facts.remove("penaltyDecisionId");
    facts.put("agencyId", "abc");
    assertThat(errorCode(destination(facts))).isEqualTo("NOT_FOUND");
  }

  @Test
  void aDecisionOffPublicViewIsUnknownWhicheverBodyIsNamed() {
    Map<String, Object> hidden =
        database
            .sql(
                "select id, agency_id from penalty_decision"
                    + " where status not in ('PUBLISHED', 'WITHDRAWN') order by id limit 1")
            .map(row -> Map.<String, Object>of("id", row.get("id"), "agency", row.get("agency_id")))
            .one()
            .block();
    assertThat(hidden).isNotNull();
    Map<String, Object> facts = facts(newCreditCode(), "OTHER");
    facts.remove("field");
    facts.put("penaltyDecisionId", String.valueOf(hidden.get("id")));
    for (Object agency : List.of(hidden.get("agency"), 970001L)) {
      facts.put("agencyId", String.valueOf(agency));
      GraphQlTester.Response answer = destination(facts);
      assertThat(errorCode(answer)).as("body %s", agency).isEqualTo("NOT_FOUND");
    }
    facts.put("penaltyDecisionId", "99999999");
    assertThat(errorCode(destination(facts))).isEqualTo("NOT_FOUND");
  }
}
