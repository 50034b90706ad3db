package org.zhifagongkai.api.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.zhifagongkai.api.ApiTest;
import org.zhifagongkai.api.identifier.CreditCode;

/**
 * The sample's accounts, with the tokens the README gives, let a newcomer try every side of a
 * complaint on the sample: each party sees the order routed to it and nobody else does.
 */
class SampleAccountsTest extends ApiTest {

  private static final String READ =
      "query($id: ID!) { workOrder(id: $id) { status enterprise { name } } }";

  @Test
  void aSampleComplaintReachesTheSampleAccountsItIsRoutedTo() {
    String first17 = "91990102MA0YBHQ01";
    GraphQlTester.Response filed =
        graphQl
            .document(
                """
                mutation($input: FileComplaintInput!) { fileComplaint(input: $input) {
                  complaint { id handler { kind id name } supervisionBody { id name } } } }
                """)
            .variable(
                "input",
                Map.of(
                    "enterpriseName", "湖滨区示例化工有限公司",
                    "creditCode", first17 + CreditCode.checkCharacterFor(first17),
                    "contactName", "陈经理",
                    "contactPhone", "13800138000",
                    "agencyId", "3",
                    "category", "REPEATED_INSPECTION",
                    "description", "同一排污事项一个月内被东湖市生态环境局检查五次，每次检查内容相同。"))
            .execute();
    filed
        .path("fileComplaint.complaint.handler.name")
        .entity(String.class)
        .isEqualTo("湖滨区经济开发区管理委员会行政执法监督联系点");
    filed
        .path("fileComplaint.complaint.supervisionBody.name")
        .entity(String.class)
        .isEqualTo("东湖市司法局");
    String handler = filed.path("fileComplaint.complaint.handler.id").entity(String.class).get();
    String supervisor =
        filed.path("fileComplaint.complaint.supervisionBody.id").entity(String.class).get();
    String id = filed.path("fileComplaint.complaint.id").entity(String.class).get();

    for (String token :
        new String[] {
          "sample-contact-point-" + handler, "sample-supervisor-" + supervisor, "sample-hotline"
        }) {
      as(token)
          .document(READ)
          .variable("id", id)
          .execute()
          .path("workOrder.enterprise.name")
          .entity(String.class)
          .isEqualTo("湖滨区示例化工有限公司");
    }
    // The body complained about sees the order, not who filed it.
    as("sample-agency-3")
        .document(READ)
        .variable("id", id)
        .execute()
        .path("workOrder.enterprise")
        .valueIsNull();
    as("sample-contact-point-" + handler)
        .document("mutation($id: ID!) { acceptWorkOrder(id: $id) { status } }")
        .variable("id", id)
        .execute()
        .path("acceptWorkOrder.status")
        .entity(String.class)
        .isEqualTo("ACCEPTED");

    long otherCity =
        database
            .sql("select id from agency where name = '西岭市司法局'")
            .map(row -> row.get("id", Long.class))
            .one()
            .block();
    for (String outsider :
        new String[] {
          "sample-contact-point-1",
          "sample-agency-4",
          "sample-admin",
          "sample-supervisor-" + otherCity
        }) {
      assertThat(errorCode(as(outsider).document(READ).variable("id", id).execute()))
          .as(outsider)
          .isEqualTo("FORBIDDEN");
    }
  }

  @Test
  void theSampleAdministratorKeepsTheDispatchCatalogue() {
    GraphQlTester.Response added =
        as("sample-admin")
            .document(
                """
                mutation { addRoutingRule(input: { regionPrefix: "9903", category: CONDUCT,
                  handler: SUPERVISION, toHotline: true, effectiveFrom: "2030-01-01",
                  description: "示例：南川市执法态度投诉直送司法局" }) {
                  regionPrefix effectiveFrom } }
                """)
            .execute();
    added.path("addRoutingRule.regionPrefix").entity(String.class).isEqualTo("9903");
    assertThat(
            errorCode(
                as("sample-agency-3")
                    .document(
                        "mutation { addRoutingRule(input: { regionPrefix: \"9903\","
                            + " handler: SUPERVISION, toHotline: true, effectiveFrom: \"2030-01-01\","
                            + " description: \"x\" }) { id } }")
                    .execute()))
        .isEqualTo("FORBIDDEN");
  }

  private HttpGraphQlTester as(String token) {
    return graphQl.mutate().header("Authorization", "Bearer " + token).build();
  }
}
