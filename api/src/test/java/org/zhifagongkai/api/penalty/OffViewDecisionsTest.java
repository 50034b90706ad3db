package org.zhifagongkai.api.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.zhifagongkai.api.ApiTest;

/**
 * A decision the law took off public view (its term ended, or a credit repair ended it) is, to
 * anyone who is not its body, what an id no decision has is: the same answer by id, to the staff of
 * other bodies too, and never a search result, even while the index still holds it.
 */
class OffViewDecisionsTest extends ApiTest {

  private static final String BY_ID = "query($id: ID!) { penaltyDecision(id: $id) { id } }";

  @Autowired Clock clock;

  /** The error a request for decision {@code id} gets, its id written as {@code <id>}. */
  private Map<String, Object> error(GraphQlTester tester, String document, String id) {
    List<Map<String, Object>> errors = new ArrayList<>();
    tester
        .document(document)
        .variable("id", id)
        .execute()
        .errors()
        .satisfy(
            list ->
                list.forEach(
                    e -> {
                      Map<String, Object> one = new HashMap<>(e.getExtensions());
                      one.put("message", e.getMessage());
                      one.replaceAll((k, v) -> String.valueOf(v).replace(id, "<id>"));
                      errors.add(one);
                    }));
    assertThat(errors).hasSize(1);
    return errors.getFirst();
  }

  private List<String> expiredOfOtherBodies() {
    return database
        .sql(
            "select id from penalty_decision where status = 'EXPIRED' and agency_id <> 900001"
                + " order by id limit 3")
        .map(row -> String.valueOf(row.get("id", Long.class)))
        .all()
        .collectList()
        .block();
  }

  private String unknownId() {
    return String.valueOf(
        database
                .sql("select coalesce(max(id), 0) from penalty_decision")
                .map(row -> row.get(0, Long.class))
                .one()
                .block()
            + 1000);
  }

  /** A decision of the test province's body (900005), published and then ended early. */
  private String endedEarly(String number) {
    String id = publish(number);
    database
        .sql(
            "update penalty_decision set status = 'ENDED_EARLY', removed_on = current_date"
                + " where id = :id")
        .bind("id", Long.parseLong(id))
        .then()
        .block();
    return id;
  }

  @Test
  void aDecisionOffViewAnswersAsAnUnknownIdDoes() {
    List<String> offView = new ArrayList<>(expiredOfOtherBodies());
    offView.add(endedEarly("视外测环罚〔2026〕2号"));
    assertThat(offView).hasSize(4);
    // 甲市生态环境局's staff, for none of these decisions' bodies.
    GraphQlTester staffOfAnother =
        graphQl.mutate().header("Authorization", "Bearer test-token-900002").build();
    List<String> documents =
        List.of(
            BY_ID,
            "mutation($id: ID!) { correctPenaltyDecision(id: $id, input: { facts: \"更正后的事实。\","
                + " reason: \"更正\" }) { id } }",
            "mutation($id: ID!) { withdrawPenaltyDecision(id: $id, input: { kind: REVOKED,"
                + " reason: \"撤销\", causeOn: \""
                + LocalDate.now(clock)
                + "\" }) { id } }",
            "mutation($id: ID!) { endPenaltyDecisionPublication(id: $id, reason: \"信用修复\") { id } }");
    String unknown = unknownId();
    for (String document : documents) {
      GraphQlTester tester = document.startsWith("mutation") ? staffOfAnother : graphQl;
      Map<String, Object> expected = error(tester, document, unknown);
      assertThat(expected.get("code")).isEqualTo("NOT_FOUND");
      for (String id : offView) {
        assertThat(error(tester, document, id)).as(document + " " + id).isEqualTo(expected);
      }
    }
  }

  private String publish(String number) {
    Map<String, Object> input =
        StaffDecisions.input(clock, number, "王小明", "当事人在夜间施工中未采取降噪措施。", "FINE");
    input.put("fineAmount", "3000");
    return StaffDecisions.publish(
            graphQl,
            "mutation($input: PublishPenaltyDecisionInput!) { publishPenaltyDecision(input:"
                + " $input) { id } }",
            input)
        .path("publishPenaltyDecision.id")
        .entity(String.class)
        .get();
  }

  @Test
  void searchShowsNoDecisionOffViewThatTheIndexStillHolds() {
    String number = "视外测环罚〔2026〕1号";
    String id = publish(number);
    String search =
        "query($q: String!) { search(query: $q, first: 5) { totalCount edges { highlights {"
            + " fragments } node { ... on PenaltyDecision { id party { name } facts } } } } }";
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!searchIds(search, number).contains(id) && System.nanoTime() < deadline) {
      sleep();
    }
    assertThat(searchIds(search, number)).containsExactly(id);
    // Taken off view by a write the index has not followed yet.
    database
        .sql("alter table penalty_decision disable trigger penalty_decision_search")
        .then()
        .then(
            database
                .sql(
                    "update penalty_decision set status = 'EXPIRED', removed_on = current_date"
                        + " where id = :id")
                .bind("id", Long.parseLong(id))
                .then())
        .then(
            database
                .sql("alter table penalty_decision enable trigger penalty_decision_search")
                .then())
        .block();
    try {
      GraphQlTester.Response stale = graphQl.document(search).variable("q", number).execute();
      stale.errors().verify();
      assertThat(stale.path("search.edges").entityList(Object.class).get()).isEmpty();
    } finally {
      // The index now follows the write.
      database
          .sql("update penalty_decision set removed_on = removed_on where id = :id")
          .bind("id", Long.parseLong(id))
          .then()
          .block();
    }
  }

  @SuppressWarnings("unchecked")
  private List<String> searchIds(String search, String query) {
    List<String> ids = new ArrayList<>();
    for (Map<String, Object> edge :
        graphQl
            .document(search)
            .variable("q", query)
            .execute()
            .path("search.edges")
            .entityList(Map.class)
            .get()) {
      ids.add(String.valueOf(((Map<String, Object>) edge.get("node")).get("id")));
    }
    return ids;
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
