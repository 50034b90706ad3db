package org.zhifagongkai.api;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Withdrawing a published decision as its body's staff, as tests of what follows need to. */
public final class Withdrawals {

  private Withdrawals() {}

  /** Withdraws decision {@code id} as revoked on review on {@code causeOn}; it must succeed. */
  public static void revoke(GraphQlTester staff, String id, LocalDate causeOn) {
    revoke(staff, id, causeOn, "经行政复议决定撤销");
  }

  /** The same, giving {@code reason}. */
  public static void revoke(GraphQlTester staff, String id, LocalDate causeOn, String reason) {
    staff
        .document(
            "mutation($id: ID!, $input: WithdrawPenaltyDecisionInput!) {"
                + " withdrawPenaltyDecision(id: $id, input: $input) { status } }")
        .variable("id", id)
        .variable(
            "input", Map.of("kind", "REVOKED", "reason", reason, "causeOn", causeOn.toString()))
        .execute()
        .path("withdrawPenaltyDecision.status")
        .entity(String.class)
        .isEqualTo("WITHDRAWN");
  }
}
