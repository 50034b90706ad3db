package org.zhifagongkai.api.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.zhifagongkai.api.ApiTest;

class PagingTest extends ApiTest {

  private static final String PAGE =
      """
      query($after: String, $order: PenaltyDecisionOrder) {
        penaltyDecisions(filter: {regionCode: "990100"}, orderBy: $order, first: 100, after: $after) {
          totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id decisionDate fineAmount } } }
      """;

  @Test
  void pagingByDateVisitsEveryDecisionOnceInOrder() {
    List<String> ids = pageThrough(null);
    Integer total =
        graphQl
            .document(PAGE)
            .execute()
            .path("penaltyDecisions.totalCount")
            .entity(Integer.class)
            .get();
    Set<String> distinct = new LinkedHashSet<>(ids);
    assertThat(ids).hasSize(total);
    assertThat(distinct).hasSize(total);
    List<String> expected =
        database
            .sql(
                "select id from penalty_decision where region_code like '9901%' and status = 'PUBLISHED'"
                    + " order by decision_date desc, id desc")
            .map(row -> String.valueOf(row.get(0, Long.class)))
            .all()
            .collectList()
            .block();
    assertThat(ids).isEqualTo(expected);
  }

  @Test
  void pagingByFineAscendingVisitsEveryDecisionOnceInOrder() {
    List<String> ids = pageThrough("{\"field\": \"FINE_AMOUNT\", \"direction\": \"ASC\"}");
    List<String> expected =
        database
            .sql(
                "select id from penalty_decision where region_code like '9901%' and status = 'PUBLISHED'"
                    + " order by coalesce(fine_amount, 0), id")
            .map(row -> String.valueOf(row.get(0, Long.class)))
            .all()
            .collectList()
            .block();
    assertThat(ids).isEqualTo(expected);
  }

  @Test
  void aCursorOfOneOrderingIsRefusedByAnother() {
    String cursor =
        graphQl
            .document(PAGE)
            .execute()
            .path("penaltyDecisions.pageInfo.endCursor")
            .entity(String.class)
            .get();
    String code =
        errorCode(
            "{ penaltyDecisions(orderBy: {field: FINE_AMOUNT}, after: \""
                + cursor
                + "\") { totalCount } }");
    assertThat(code).isEqualTo("INVALID_CURSOR");
  }

  @Test
  void aForgedCursorIsRefused() {
    assertThat(errorCode("{ agencies(after: \"not-a-cursor\") { totalCount } }"))
        .isEqualTo("INVALID_CURSOR");
    assertThat(errorCode("{ agencies(after: \"YzEfa2V5H3g\") { totalCount } }"))
        .isEqualTo("INVALID_CURSOR");
  }

  @Test
  void theLastPageSaysThereIsNoNext() {
    graphQl
        .document(
            "{ regions(parentCode: \"980000\", first: 1) { pageInfo { hasNextPage endCursor } } }")
        .execute()
        .path("regions.pageInfo.hasNextPage")
        .entity(Boolean.class)
        .isEqualTo(true);
    String cursor =
        graphQl
            .document("{ regions(parentCode: \"980000\", first: 1) { pageInfo { endCursor } } }")
            .execute()
            .path("regions.pageInfo.endCursor")
            .entity(String.class)
            .get();
    graphQl
        .document(
            "{ regions(parentCode: \"980000\", first: 1, after: \""
                + cursor
                + "\") {"
                + " pageInfo { hasNextPage hasPreviousPage } nodes { code } edges { cursor } } }")
        .execute()
        .path("regions.nodes[*].code")
        .entityList(String.class)
        .containsExactly("980200")
        .path("regions.pageInfo.hasNextPage")
        .entity(Boolean.class)
        .isEqualTo(false)
        .path("regions.pageInfo.hasPreviousPage")
        .entity(Boolean.class)
        .isEqualTo(true);
  }

  private List<String> pageThrough(@Nullable String orderJson) {
    List<String> ids = new ArrayList<>();
    String after = null;
    boolean more = true;
    while (more) {
      GraphQlTester.Request<?> request = graphQl.document(PAGE).variable("after", after);
      if (orderJson != null) {
        request = request.variable("order", parse(orderJson));
      }
      GraphQlTester.Response response = request.execute();
      ids.addAll(response.path("penaltyDecisions.nodes[*].id").entityList(String.class).get());
      more = response.path("penaltyDecisions.pageInfo.hasNextPage").entity(Boolean.class).get();
      after = response.path("penaltyDecisions.pageInfo.endCursor").entity(String.class).get();
    }
    return ids;
  }

  private static java.util.Map<String, Object> parse(String json) {
    return new tools.jackson.databind.json.JsonMapper()
        .readValue(json, new tools.jackson.core.type.TypeReference<>() {});
  }
}
