package org.zhifagongkai.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.zhifagongkai.api.ApiTest;
import org.zhifagongkai.api.penalty.DecisionDating;
import org.zhifagongkai.api.penalty.NewDecision;
import org.zhifagongkai.api.penalty.PartyKind;
import org.zhifagongkai.api.penalty.PenaltyDecision;
import org.zhifagongkai.api.penalty.PenaltyKind;
import org.zhifagongkai.api.penalty.PublicationService;
import org.zhifagongkai.api.penalty.WithdrawalKind;
import org.zhifagongkai.api.staff.Actor;
import org.zhifagongkai.api.staff.Staff;
import org.zhifagongkai.api.staff.StaffRole;

class SearchTest extends ApiTest {

  private static final Duration PATIENCE = Duration.ofMinutes(3);
  private static final String HITS =
      """
      query($q: String!, $filter: SearchFilter) { search(query: $q, filter: $filter, first: 10) {
        totalCount
        edges { score highlights { field fragments } node { __typename ... on PenaltyDecision { id } } }
        facets { dimension parent values { value label count } } } }
      """;

  @Autowired PublicationService publication;

  private PenaltyDecision publish(String number, String party, String creditCode, String facts) {
    return publication
        .record(
            Actor.portal("检索测试"),
            new NewDecision(
                number,
                null,
                new PenaltyDecision.Party(PartyKind.LEGAL_PERSON, party, creditCode, "钱测试"),
                facts,
                "《测试大气法》第十八条",
                "《测试大气法》第九十九条第（二）项",
                List.of(PenaltyKind.FINE),
                new BigDecimal("230000.00"),
                null,
                null,
                LocalDate.of(2026, 6, 1),
                DecisionDating.STATED,
                900005,
                "ECO_ENVIRONMENT",
                900002L,
                900001L,
                List.of(900001L),
                List.of(900002L),
                LocalDate.of(2026, 6, 3),
                LocalDate.of(2029, 6, 3),
                null,
                "测试数据"))
        .block();
  }

  /**
   * The ids of penalty decisions a search finds, once the index has caught up (polled, not timed).
   */
  private List<String> decisionsFound(String query, Predicate<List<String>> settled) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    List<String> ids;
    do {
      ids =
          graphQl
              .document(HITS)
              .variable("q", query)
              .execute()
              .path("search.edges[*].node")
              .entityList(Map.class)
              .get()
              .stream()
              .filter(node -> "PenaltyDecision".equals(node.get("__typename")))
              .map(node -> String.valueOf(node.get("id")))
              .toList();
    } while (!settled.test(ids) && System.nanoTime() < deadline && pause());
    return ids;
  }

  private static boolean pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return true;
  }

  @Test
  void aPublishedDecisionIsFoundByWordsNumberPartyCodeAndCitation() {
    String id =
        Long.toString(
            publish(
                    "甲环罚〔2026〕15号",
                    "测试戊化工科技有限公司",
                    "91350100M000100Y43",
                    "当事人焚烧沥青产生恶臭气体，排放浓度超过标准限值。")
                .id());
    assertThat(decisionsFound("焚烧沥青", ids -> ids.contains(id))).containsExactly(id);
    for (String number :
        List.of(
            "甲环罚〔2026〕15号", "甲环罚[2026]第15号", "甲环罚（2026）015号", "甲环罚 [2026] 15 号", "[2026]甲环罚第15号")) {
      assertThat(decisionsFound(number, ids -> true)).as(number).containsExactly(id);
    }
    // words before a number written year first: the number is read, the words searched beside it
    assertThat(decisionsFound("焚烧沥青 [2026]甲环罚第15号", ids -> true)).containsExactly(id);
    // of the numbers a query's words may end with, only the one that exists is said to be matched
    graphQl
        .document(
            "{ search(query: \"处罚决定甲环罚[2026]第15号\", first: 5) { interpretation { identifiers } } }")
        .execute()
        .path("search.interpretation.identifiers")
        .entityList(String.class)
        .containsExactly("甲环罚〔2026〕15号");
    assertThat(decisionsFound("戊化工科技", ids -> true)).first().isEqualTo(id);
    assertThat(decisionsFound("91350100 M000100Y43", ids -> true))
        .contains(id)
        .first()
        .isEqualTo("900001");
    assertThat(decisionsFound("《测试大气法》第九十九条", ids -> true)).contains(id, "900001");
  }

  @Test
  void everydayWordsFindTheOfficialWordingAndTheAnswerSaysSo() {
    String id =
        Long.toString(
            publish("甲环罚〔2026〕17号", "测试庚电器有限公司", "91350100M000100Y43", "当事人在其门店销售以假充真的插座产品。").id());
    assertThat(decisionsFound("卖假货", ids -> ids.contains(id))).contains(id);
    GraphQlTester.Response response =
        graphQl
            .document(
                "{ search(query: \"卖假货\", first: 5) { interpretation { relaxed expandedTerms"
                    + " identifiers } edges { highlights { fragments } } } }")
            .execute();
    response.path("search.interpretation.relaxed").entity(Boolean.class).isEqualTo(true);
    response
        .path("search.interpretation.expandedTerms")
        .entityList(String.class)
        .contains("假冒", "以假充真")
        .doesNotContain("卖假货");
    response.path("search.interpretation.identifiers").entityList(String.class).hasSize(0);
    assertThat(
            response
                .path("search.edges[*].highlights[*].fragments[*]")
                .entityList(String.class)
                .get())
        .anyMatch(fragment -> fragment.contains("<em>以假充真</em>"));

    graphQl
        .document("{ search(query: \"以假充真\", first: 5) { interpretation { relaxed } } }")
        .execute()
        .path("search.interpretation.relaxed")
        .entity(Boolean.class)
        .isEqualTo(false);
  }

  @Test
  void aNumberInsideAPublishedRangeFindsTheRangeDecisionFirst() {
    assertThat(decisionsFound("乙综执罚[2025]第110号", ids -> !ids.isEmpty()))
        .first()
        .isEqualTo("900002");
  }

  @Test
  void aWithdrawnDecisionLeavesResultsAndFacetCounts() {
    PenaltyDecision published =
        publish("甲环罚〔2026〕16号", "测试己材料有限公司", "91350100M000100Y43", "当事人露天喷涂作业未采取废气收集措施。");
    String id = Long.toString(published.id());
    assertThat(decisionsFound("露天喷涂", ids -> ids.contains(id))).containsExactly(id);
    int before = ecoPublishedCount();

    Staff staff = new Staff(900001, "发布测试省生态环境厅 法制科", StaffRole.AGENCY_STAFF, 900005L, null);
    publication
        .withdraw(
            staff,
            published.id(),
            WithdrawalKind.REVOKED,
            "复议机关决定撤销原处罚决定",
            LocalDate.of(2026, 11, 2))
        .block();

    assertThat(decisionsFound("露天喷涂", List::isEmpty)).isEmpty();
    // Results leave at once; the counts once the index has followed the withdrawal.
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (ecoPublishedCount() != before - 1 && System.nanoTime() < deadline && pause()) {}
    assertThat(ecoPublishedCount()).isEqualTo(before - 1);
    graphQl
        .document("{ penaltyDecision(id: \"" + id + "\") { withdrawal { reason } } }")
        .execute()
        .path("penaltyDecision.withdrawal.reason")
        .entity(String.class)
        .isEqualTo("复议机关决定撤销原处罚决定");
  }

  /** How many decisions the KIND facet counts in the publishing tests' province (0 when none). */
  private int ecoPublishedCount() {
    List<Integer> counts =
        graphQl
            .document(HITS)
            .variable("q", "")
            .variable("filter", Map.of("regionCode", "960000", "field", "ECO_ENVIRONMENT"))
            .execute()
            .path("search.facets[?(@.dimension == 'KIND')].values[*].count")
            .entityList(Integer.class)
            .get();
    return counts.isEmpty() ? 0 : counts.getFirst();
  }

  @Test
  void facetValuesAreTheSameWithOrWithoutTheirLabelsAndLabelsNamePlacesBodiesAndFields() {
    String valuesOnly =
        """
        query($q: String!, $filter: SearchFilter) { search(query: $q, filter: $filter, first: 1) {
          facets { dimension parent values { value count } } } }
        """;
    Map<String, String> filter = Map.of("regionCode", "990100", "kind", "PENALTY_DECISION");
    List<Map<String, Object>> unlabelled = facets(valuesOnly, filter);
    List<Map<String, Object>> labelled = facets(HITS, filter);
    assertThat(unlabelled).hasSize(7);
    List<String> labels = new ArrayList<>();
    List<String> expected = new ArrayList<>(List.of("990103=临江区", "ECO_ENVIRONMENT=生态环境"));
    for (int i = 0; i < labelled.size(); i++) {
      Map<String, Object> facet = labelled.get(i);
      List<Map<String, Object>> values = values(facet);
      assertThat(facet.get("dimension")).isEqualTo(unlabelled.get(i).get("dimension"));
      assertThat(values.stream().map(v -> List.of(v.get("value"), v.get("count"))).toList())
          .as("%s", facet.get("dimension"))
          .isEqualTo(
              values(unlabelled.get(i)).stream()
                  .map(v -> List.of(v.get("value"), v.get("count")))
                  .toList());
      for (Map<String, Object> value : values) {
        if (facet.get("dimension").equals("AGENCY")) {
          expected.add(value.get("value") + "=" + agencyName(value.get("value")));
        }
        if (facet.get("dimension").equals("AGENCY")
            || List.of("990103", "ECO_ENVIRONMENT").contains(value.get("value"))) {
          labels.add(value.get("value") + "=" + value.get("label"));
        }
      }
    }
    assertThat(labels).hasSizeGreaterThan(3).containsExactlyInAnyOrderElementsOf(expected);
  }

  private String agencyName(Object id) {
    return graphQl
        .document("query($id: ID!) { agency(id: $id) { name } }")
        .variable("id", id)
        .execute()
        .path("agency.name")
        .entity(String.class)
        .get();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> facets(String document, Map<String, String> filter) {
    return (List<Map<String, Object>>)
        (List<?>)
            graphQl
                .document(document)
                .variable("q", "违法行为")
                .variable("filter", filter)
                .execute()
                .path("search.facets")
                .entityList(Map.class)
                .get();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> values(Map<String, Object> facet) {
    return (List<Map<String, Object>>) facet.get("values");
  }

  @Test
  void facetCountsAddUpToTheFilteredTotal() {
    GraphQlTester.Response response =
        graphQl
            .document(HITS)
            .variable("q", "违法行为")
            .variable("filter", Map.of("regionCode", "990100", "kind", "PENALTY_DECISION"))
            .execute();
    int total = response.path("search.totalCount").entity(Integer.class).get();
    assertThat(total).isPositive();
    for (String dimension : List.of("KIND", "FIELD", "YEAR", "AMOUNT_BAND", "AGENCY")) {
      List<Integer> counts =
          response
              .path("search.facets[?(@.dimension == '" + dimension + "')].values[*].count")
              .entityList(Integer.class)
              .get();
      assertThat(counts.stream().mapToInt(Integer::intValue).sum()).as(dimension).isEqualTo(total);
    }
    // Regions count the filtered region's children; each child's count is that child's own total.
    response
        .path("search.facets[?(@.dimension == 'REGION')].parent")
        .entityList(String.class)
        .containsExactly("990100");
    List<SearchConnection.FacetValue> children =
        response
            .path("search.facets[?(@.dimension == 'REGION')].values[*]")
            .entityList(SearchConnection.FacetValue.class)
            .get();
    assertThat(children).hasSize(3);
    for (SearchConnection.FacetValue child : children) {
      graphQl
          .document(HITS)
          .variable("q", "违法行为")
          .variable("filter", Map.of("regionCode", child.value(), "kind", "PENALTY_DECISION"))
          .execute()
          .path("search.totalCount")
          .entity(Integer.class)
          .isEqualTo(child.count());
    }
  }

  @Test
  void anEmptyQueryListsTheFilteredRecordsNewestFirstAndPagesWithoutRepeats() {
    List<String> seen = new ArrayList<>();
    String after = null;
    boolean more = true;
    while (more) {
      GraphQlTester.Response page =
          graphQl
              .document(
                  """
                  query($after: String) { search(query: " ", filter: {regionCode: "990102", year: 2025},
                      first: 7, after: $after) {
                    totalCount pageInfo { hasNextPage endCursor }
                    edges { score node { ... on PenaltyDecision { id decisionDate } } } } }
                  """)
              .variable("after", after)
              .execute();
      seen.addAll(page.path("search.edges[*].node.id").entityList(String.class).get());
      more = page.path("search.pageInfo.hasNextPage").entity(Boolean.class).get();
      after = page.path("search.pageInfo.endCursor").entity(String.class).get();
    }
    List<String> expected =
        database
            .sql(
                "select id from penalty_decision where region_code like '990102%' and status ="
                    + " 'PUBLISHED' and extract(year from decision_date) = 2025 order by decision_date"
                    + " desc, id desc")
            .map(row -> String.valueOf(row.get(0, Long.class)))
            .all()
            .collectList()
            .block();
    assertThat(new LinkedHashSet<>(seen)).hasSameSizeAs(seen);
    assertThat(seen).isEqualTo(expected);
  }

  /**
   * Queries at the edges of what is allowed are answered: numbers too long for any sequence, and
   * 200 characters that split into more clauses than Lucene takes by default.
   */
  @Test
  void numbersTooLongForASequenceAndTheLongestQueriesAreAnswered() {
    StringBuilder names = new StringBuilder();
    String[] surnames = {"张", "王", "李", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    for (int i = 0; names.length() < 200; i++) {
      names.append(surnames[i % surnames.length]).appendCodePoint(0x4e00 + i * 37 % 20_000);
    }
    StringBuilder distinct = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      distinct.appendCodePoint(0x4e00 + i * 37);
    }
    for (String query :
        List.of(
            "东环罚〔2026〕2147483648号",
            "[2026]东环罚2147483648号",
            "东环罚〔2026〕1-99999999999999999999号",
            "处罚 [2026]东环罚第99999999999号",
            names.toString(),
            distinct.toString())) {
      Map<String, Object> answer =
          graphQl
              .document("query($q: String!) { search(query: $q, first: 3) { totalCount } }")
              .variable("q", query)
              .execute()
              .returnResponse()
              .toMap();
      assertThat(answer.get("errors")).as(query).isNull();
      assertThat(answer.toString()).as(query).contains("totalCount");
    }
    // a zero-width space pasted inside a credit code does not split it
    graphQl
        .document(
            "{ search(query: \"9135\u200b0100M000100Y43\") { interpretation { identifiers } } }")
        .execute()
        .path("search.interpretation.identifiers")
        .entityList(String.class)
        .containsExactly("91350100M000100Y43");
    graphQl
        .document(
            "{ penaltyDecisionsByDocumentNumber(documentNumber: \"东环罚〔2026〕2147483648号\") { id } }")
        .execute()
        .path("penaltyDecisionsByDocumentNumber")
        .entityList(Object.class)
        .hasSize(0);
  }

  @Test
  void badQueriesAreRefusedWithTheirCode() {
    assertThat(errorCode("{ search(query: \"，。！？、\") { totalCount } }")).isEqualTo("INVALID_TEXT");
    assertThat(errorCode("{ search(query: \"" + "罚".repeat(201) + "\") { totalCount } }"))
        .isEqualTo("INVALID_TEXT");
    assertThat(
            errorCode("{ search(query: \"罚款\", filter: {regionCode: \"970000\"}) { totalCount } }"))
        .isEqualTo("INVALID_REGION_CODE");
    assertThat(errorCode("{ search(query: \"罚款\", first: 101) { totalCount } }"))
        .isEqualTo("PAGE_SIZE_OUT_OF_RANGE");
    assertThat(errorCode("{ search(query: \"罚款\", after: \"czF8ZHwxfDI\") { totalCount } }"))
        .isEqualTo("INVALID_CURSOR");
  }
}
