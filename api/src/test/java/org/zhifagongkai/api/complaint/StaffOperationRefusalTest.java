package org.zhifagongkai.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Every staff operation tried by every account that may not take it, by a request without a token
 * and by a token no account has: each is refused with its code, and nothing changes.
 */
class StaffOperationRefusalTest extends ComplaintApiTest {

  /** Every account of test province 97, one of province 90's agency staff, and the anonymous. */
  private static final List<String> EVERYONE =
      List.of(
          "970001", "970002", "970003", "970004", "970005", "970006", "970007", "970008", "970009",
          "900001", "none", "unknown");

  /** An operation, the variables it is tried with, and the accounts that may take it. */
  private record Operation(
      String name, String document, Map<String, Object> variables, Set<String> allowed) {}

  @TestFactory
  Stream<DynamicTest> everyOperationRefusesEveryoneElse() {
    Filed order = fileOk(input(newCreditCode(), "REPEATED_INSPECTION", REPEATED));
    String hotlineOrder =
        String.valueOf(scalar("select id from hotline_order where complaint_id = " + order.id()));
    String decision = publishedDecisionOf970001();
    String rule = String.valueOf(defaultRule);
    List<Operation> operations = operations(order.id(), hotlineOrder, decision, rule);
    String before = fingerprint(order.id(), decision);

    List<DynamicTest> tests = new ArrayList<>();
    for (Operation operation : operations) {
      for (String account : EVERYONE) {
        if (operation.allowed().contains(account)) {
          continue;
        }
        tests.add(
            DynamicTest.dynamicTest(
                operation.name() + " by " + account,
                () -> {
                  GraphQlTester.Request<?> request = reader(account).document(operation.document());
                  for (var variable : operation.variables().entrySet()) {
                    request = request.variable(variable.getKey(), variable.getValue());
                  }
                  String expected =
                      account.equals("none") || account.equals("unknown")
                          ? "UNAUTHENTICATED"
                          : "FORBIDDEN";
                  assertThat(errorCode(request.execute())).isEqualTo(expected);
                }));
      }
    }
    tests.add(
        DynamicTest.dynamicTest(
            "nothing changed",
            () -> assertThat(fingerprint(order.id(), decision)).isEqualTo(before)));
    assertThat(tests).hasSizeGreaterThan(180);
    return tests.stream();
  }

  private List<Operation> operations(
      String order, String hotlineOrder, String decision, String rule) {
    Set<String> handler = Set.of("970002");
    Set<String> supervisor = Set.of("970004");
    Set<String> either = Set.of("970002", "970004");
    Map<String, Object> id = Map.of("id", order);
    return List.of(
        new Operation("acceptWorkOrder", step("acceptWorkOrder", ""), id, handler),
        new Operation("startWorkOrder", step("startWorkOrder", ""), id, handler),
        new Operation(
            "objectToWorkOrder", step("objectToWorkOrder", ", reason: \"不属本点\""), id, handler),
        new Operation(
            "refuseWorkOrder",
            step("refuseWorkOrder", ", reason: \"不予受理\", route: \"行政复议\""),
            id,
            handler),
        new Operation(
            "requestWorkOrderExtension",
            step("requestWorkOrderExtension", ", reason: \"需调取记录\""),
            id,
            handler),
        new Operation(
            "answerWorkOrder",
            step("answerWorkOrder", ", answer: \"经核查，已责令整改并向企业说明情况。\""),
            id,
            handler),
        new Operation(
            "decideWorkOrderExtension",
            step("decideWorkOrderExtension", ", grant: true, reason: \"同意\""),
            id,
            supervisor),
        new Operation(
            "reassignWorkOrder",
            step("reassignWorkOrder", ", contactPointId: \"970001\", reason: \"改派\""),
            id,
            supervisor),
        new Operation(
            "issueSupervisionNotice",
            step(
                "issueSupervisionNotice",
                ", kind: NOTICE, documentNumber: \"甲司监〔2026〕1号\","
                    + " content: \"请于三十日内核查并书面答复。\""),
            id,
            supervisor),
        new Operation("closeWorkOrder", step("closeWorkOrder", ""), id, either),
        new Operation(
            "recategoriseComplaint",
            step("recategoriseComplaint", ", category: CONDUCT, reason: \"调整\""),
            id,
            either),
        new Operation(
            "acknowledgeHotlineOrder",
            "mutation($id: ID!) { acknowledgeHotlineOrder(id: $id, reference: \"R-1\") { id } }",
            Map.of("id", hotlineOrder),
            Set.of("970007")),
        new Operation(
            "updateHotlineOrder",
            "mutation($id: ID!) { updateHotlineOrder(id: $id, status: IN_PROGRESS) { id } }",
            Map.of("id", hotlineOrder),
            Set.of("970007")),
        new Operation(
            "addRoutingRule",
            "mutation($input: RoutingRuleInput!) { addRoutingRule(input: $input) { id } }",
            Map.of(
                "input",
                Map.of(
                    "regionPrefix", "97",
                    "handler", "SUPERVISION",
                    "toHotline", false,
                    "effectiveFrom", "2027-01-01",
                    "description", "越权添加的规则")),
            Set.of("970008")),
        new Operation(
            "endRoutingRule",
            "mutation($id: ID!) { endRoutingRule(id: $id, lastDay: \"2027-01-01\") { id } }",
            Map.of("id", rule),
            Set.of("970008")),
        new Operation(
            "publishPenaltyDecision",
            "mutation($input: PublishPenaltyDecisionInput!) {"
                + " publishPenaltyDecision(input: $input) { id } }",
            Map.of("input", decisionInput("甲市监罚〔2026〕902号")),
            Set.of("970009")),
        new Operation(
            "correctPenaltyDecision",
            "mutation($id: ID!) { correctPenaltyDecision(id: $id,"
                + " input: {facts: \"更正后的事实。\", reason: \"更正\"}) { id } }",
            Map.of("id", decision),
            Set.of("970009")),
        new Operation(
            "withdrawPenaltyDecision",
            "mutation($id: ID!) { withdrawPenaltyDecision(id: $id, input: {kind: REVOKED,"
                + " reason: \"撤销\", causeOn: \"2026-11-19\"}) { id } }",
            Map.of("id", decision),
            Set.of("970009")),
        new Operation(
            "endPenaltyDecisionPublication",
            "mutation($id: ID!) { endPenaltyDecisionPublication(id: $id, reason: \"信用修复\") {"
                + " id } }",
            Map.of("id", decision),
            Set.of("970009")),
        new Operation(
            "importPenaltyDecisions",
            "mutation { importPenaltyDecisions(fileName: \"a.html\", contentBase64: \"PGh0bWw+\")"
                + " { imported } }",
            Map.of(),
            Set.of("970009", "900001")));
  }

  private static String step(String mutation, String arguments) {
    return "mutation($id: ID!) { " + mutation + "(id: $id" + arguments + ") { id status } }";
  }

  private String publishedDecisionOf970001() {
    return as("970009")
        .document(
            "mutation($input: PublishPenaltyDecisionInput!) {"
                + " publishPenaltyDecision(input: $input) { id } }")
        .variable("input", decisionInput("甲市监罚〔2026〕901-" + newCreditCode() + "号"))
        .execute()
        .path("publishPenaltyDecision.id")
        .entity(String.class)
        .get();
  }

  private static Map<String, Object> decisionInput(String number) {
    Map<String, Object> input = new HashMap<>();
    input.put("agencyId", "970001");
    input.put("documentNumber", number);
    input.put(
        "party",
        Map.of(
            "kind", "LEGAL_PERSON",
            "name", "越权测试商贸有限公司",
            "creditCode", "91350100M000100Y43",
            "legalRepresentative", "王小明"));
    input.put("facts", "当事人销售过期食品。");
    input.put("violatedProvisions", "《食品安全法》第三十四条");
    input.put("penaltyProvisions", "《食品安全法》第一百二十四条");
    input.put("penaltyKinds", List.of("FINE"));
    input.put("fineAmount", "5000");
    input.put("decisionDate", LocalDate.of(2026, 11, 18).toString());
    input.put("field", "MARKET_REGULATION");
    return input;
  }

  /** Everything the operations could change: the order, its copy, the rules, the decision. */
  private String fingerprint(String order, String decision) {
    return String.join(
        "|",
        String.valueOf(
            scalar("select status || contact_point_id from complaint where id = " + order)),
        String.valueOf(
            scalar("select count(*) from complaint_event where complaint_id = " + order)),
        String.valueOf(
            scalar(
                "select status || coalesce(hotline_reference, '') from hotline_order"
                    + " where complaint_id = "
                    + order)),
        String.valueOf(scalar("select count(*) || '/' || count(effective_to) from routing_rule")),
        String.valueOf(
            scalar("select status || facts from penalty_decision where id = " + decision)),
        String.valueOf(
            scalar("select count(*) from penalty_decision_event where decision_id = " + decision)),
        String.valueOf(scalar("select count(*) from penalty_decision where agency_id = 970001")));
  }

  private Object scalar(String sql) {
    return database.sql(sql).map(row -> row.get(0)).one().block();
  }
}
