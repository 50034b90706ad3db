package org.zhifagongkai.api.penalty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A decision on a natural person published by the staff of test body 900005 (its account
 * test-token-900001), as several tests publish one: only the number, party, facts and penalty vary.
 */
final class StaffDecisions {

  private StaffDecisions() {}

  /** The input, decided two days before the clock's today, in the eco-environment field. */
  static Map<String, Object> input(
      Clock clock, String number, String party, String facts, String penaltyKind) {
    Map<String, Object> input = new HashMap<>();
    input.put("agencyId", "900005");
    input.put("documentNumber", number);
    input.put("party", Map.of("kind", "NATURAL_PERSON", "name", party));
    input.put("facts", facts);
    input.put("violatedProvisions", "《测试大气法》第十八条");
    input.put("penaltyProvisions", "《测试大气法》第九十九条");
    input.put("penaltyKinds", List.of(penaltyKind));
    input.put("decisionDate", LocalDate.now(clock).minusDays(2).toString());
    input.put("field", "ECO_ENVIRONMENT");
    return input;
  }

  /** Publishes {@code input} as the body's staff, with {@code document} asking what to answer. */
  static GraphQlTester.Response publish(
      HttpGraphQlTester graphQl, String document, Map<String, Object> input) {
    return graphQl
        .mutate()
        .header("Authorization", "Bearer test-token-900001")
        .build()
        .document(document)
        .variable("input", input)
        .execute();
  }
}
