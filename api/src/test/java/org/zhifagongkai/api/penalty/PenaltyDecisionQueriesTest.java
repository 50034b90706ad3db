package org.zhifagongkai.api.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhifagongkai.api.ApiTest;

class PenaltyDecisionQueriesTest extends ApiTest {

  @Test
  void decisionByIdAnswersEveryPublishedField() {
    graphQl
        .document(
            """
            { penaltyDecision(id: "900001") {
                id documentNumber normalizedDocumentNumber
                party { kind name creditCode legalRepresentative }
                facts violatedProvisions penaltyProvisions penaltyKinds
                fineAmount confiscationAmount licenceActions decisionDate
                agency { id name } region { code name } field { code name }
                enforcementItem { code version } benchmarkTier { tier wording }
                citedProvisions { role provision { citation } }
                publishedOn publishUntil
                provenance { sourceUrl sourceBody importedAt } } }
            """)
        .execute()
        .path("penaltyDecision.documentNumber")
        .entity(String.class)
        .isEqualTo("云保监罚〔2018〕3号")
        .path("penaltyDecision.party.kind")
        .entity(String.class)
        .isEqualTo("LEGAL_PERSON")
        .path("penaltyDecision.party.name")
        .entity(String.class)
        .isEqualTo("测试甲化工有限公司")
        .path("penaltyDecision.party.creditCode")
        .entity(String.class)
        .isEqualTo("91350100M000100Y43")
        .path("penaltyDecision.party.legalRepresentative")
        .entity(String.class)
        .isEqualTo("赵测试")
        .path("penaltyDecision.penaltyKinds")
        .entityList(String.class)
        .containsExactly("FINE", "ORDER_TO_SUSPEND_BUSINESS")
        .path("penaltyDecision.fineAmount")
        .entity(String.class)
        .isEqualTo("125000.50")
        .path("penaltyDecision.confiscationAmount")
        .valueIsNull()
        .path("penaltyDecision.decisionDate")
        .entity(String.class)
        .isEqualTo("2024-05-06")
        .path("penaltyDecision.agency.name")
        .entity(String.class)
        .isEqualTo("甲市生态环境局")
        .path("penaltyDecision.region.name")
        .entity(String.class)
        .isEqualTo("甲市")
        .path("penaltyDecision.field.name")
        .entity(String.class)
        .isEqualTo("生态环境")
        .path("penaltyDecision.enforcementItem.version")
        .entity(Integer.class)
        .isEqualTo(2)
        .path("penaltyDecision.benchmarkTier.wording")
        .entity(String.class)
        .isEqualTo("处十万元以上三十七万元以下罚款")
        .path("penaltyDecision.citedProvisions[*].role")
        .entityList(String.class)
        .containsExactly("VIOLATED", "PENALTY")
        .path("penaltyDecision.citedProvisions[1].provision.citation")
        .entity(String.class)
        .isEqualTo("《测试大气法》第九十九条第（二）项")
        .path("penaltyDecision.publishUntil")
        .entity(String.class)
        .isEqualTo("2027-05-10")
        .path("penaltyDecision.provenance.sourceUrl")
        .entity(String.class)
        .isEqualTo("https://test.example/d/1")
        .path("penaltyDecision.provenance.importedAt")
        .entity(String.class)
        .isEqualTo("2024-05-10T08:00:00+08:00");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "云保监罚〔2018〕3号",
        "云保监罚[2018]3号",
        "云保监罚(2018)第3号",
        "云保监罚（2018）第 03 号",
        " 云保监罚 【2018】 3号 ",
        "云保监罚［２０１８］３号"
      })
  void documentNumberVariantsFindTheSameDecision(String typed) {
    graphQl
        .document(
            "query($n: String!) { penaltyDecisionsByDocumentNumber(documentNumber: $n) { id } }")
        .variable("n", typed)
        .execute()
        .path("penaltyDecisionsByDocumentNumber[*].id")
        .entityList(String.class)
        .containsExactly("900001");
  }

  @Test
  void aNumberInsideAPublishedRangeFindsTheRangeDecision() {
    graphQl
        .document(
            "{ penaltyDecisionsByDocumentNumber(documentNumber: \"乙综执罚[2025]第110号\") { id normalizedDocumentNumber } }")
        .execute()
        .path("penaltyDecisionsByDocumentNumber[*].id")
        .entityList(String.class)
        .containsExactly("900002")
        .path("penaltyDecisionsByDocumentNumber[0].normalizedDocumentNumber")
        .entity(String.class)
        .isEqualTo("乙综执罚〔2025〕104-116号");
  }

  @Test
  void anUnknownDocumentNumberFindsNothing() {
    graphQl
        .document("{ penaltyDecisionsByDocumentNumber(documentNumber: \"云保监罚〔2018〕4号\") { id } }")
        .execute()
        .path("penaltyDecisionsByDocumentNumber")
        .entityList(Object.class)
        .hasSize(0);
  }

  @Test
  void regionFilterIncludesEveryRegionBelow() {
    // 980100 (甲市) holds 900001 itself, and 980102 (乙区) and its street 980102001 the other two.
    graphQl
        .document(
            "{ penaltyDecisions(filter: {regionCode: \"980000\"}) { totalCount nodes { id } } }")
        .execute()
        .path("penaltyDecisions.totalCount")
        .entity(Integer.class)
        .isEqualTo(3)
        .path("penaltyDecisions.nodes[*].id")
        .entityList(String.class)
        .containsExactly("900003", "900002", "900001");
    graphQl
        .document("{ penaltyDecisions(filter: {regionCode: \"980102\"}) { nodes { id } } }")
        .execute()
        .path("penaltyDecisions.nodes[*].id")
        .entityList(String.class)
        .containsExactly("900003", "900002");
  }

  @Test
  void filtersCombine() {
    graphQl
        .document(
            """
            { penaltyDecisions(filter: {regionCode: "980000", field: "URBAN_MANAGEMENT", penaltyKind: FINE,
                                        decidedFrom: "2025-01-01", decidedTo: "2025-12-31",
                                        fineAtLeast: "100", fineAtMost: 500}) { totalCount nodes { id } } }
            """)
        .execute()
        .path("penaltyDecisions.totalCount")
        .entity(Integer.class)
        .isEqualTo(1)
        .path("penaltyDecisions.nodes[0].id")
        .entity(String.class)
        .isEqualTo("900003");
  }

  @Test
  void creditCodeFilterIgnoresSpacesAndCase() {
    graphQl
        .document(
            "{ penaltyDecisions(filter: {partyCreditCode: \"92980102 ma0000012a\"}) { nodes { id party { kind } } } }")
        .execute()
        .path("penaltyDecisions.nodes[*].id")
        .entityList(String.class)
        .containsExactly("900003")
        .path("penaltyDecisions.nodes[0].party.kind")
        .entity(String.class)
        .isEqualTo("INDIVIDUAL_BUSINESS");
  }

  @Test
  void orderingByFineAscendingPutsDecisionsWithoutFineFirst() {
    List<String> ids =
        graphQl
            .document(
                """
                { penaltyDecisions(filter: {regionCode: "980000"}, orderBy: {field: FINE_AMOUNT, direction: ASC}) {
                    nodes { id } } }
                """)
            .execute()
            .path("penaltyDecisions.nodes[*].id")
            .entityList(String.class)
            .get();
    assertThat(ids).containsExactly("900002", "900003", "900001");
  }

  @Test
  void theSampleHoldsTenThousandDecisionsAndShowsThoseWithinTheirTerm() {
    Map<String, Long> byStatus =
        database
            .sql(
                "select status, count(*) from penalty_decision where region_code like '99%'"
                    + " group by status")
            .map(row -> Map.entry(row.get(0, String.class), row.get(1, Long.class)))
            .all()
            .collectMap(Map.Entry::getKey, Map.Entry::getValue)
            .block();
    assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10_000);
    // On the tests' fixed day, 2026-11-20, the terms of the others have ended.
    assertThat(byStatus).containsEntry("PUBLISHED", 2_021L);
    graphQl
        .document("{ penaltyDecisions(filter: {regionCode: \"990000\"}) { totalCount } }")
        .execute()
        .path("penaltyDecisions.totalCount")
        .entity(Integer.class)
        .isEqualTo(2_021);
  }
}
