package org.zhifagongkai.api.benchmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
import org.zhifagongkai.api.staff.Actor;

/** Each decision's fine against its benchmark tier, as open data. */
class DiscretionQueriesTest extends ApiTest {

  private static final String CHECK =
      "query($id: ID!) { penaltyDecision(id: $id) { discretion { finding reason } } }";

  @Autowired PublicationService publication;

  @Test
  void aFineWithinItsTierConforms() {
    GraphQlTester.Response response = graphQl.document(CHECK).variable("id", "900001").execute();
    response
        .path("penaltyDecision.discretion.finding")
        .entity(String.class)
        .isEqualTo("WITHIN_TIER");
    response.path("penaltyDecision.discretion.reason").valueIsNull();
  }

  @Test
  void aFineBelowItsTierIsFlaggedWithTheReason() {
    PenaltyDecision below =
        publication
            .record(
                Actor.portal("裁量测试"),
                new NewDecision(
                    "发布测环罚〔2026〕301号",
                    null,
                    new PenaltyDecision.Party(PartyKind.LEGAL_PERSON, "测试壬化工有限公司", null, null),
                    "当事人超标排放大气污染物。",
                    "《测试大气法》第十八条",
                    "《测试大气法》第九十九条",
                    List.of(PenaltyKind.FINE),
                    new BigDecimal("50000"),
                    null,
                    null,
                    LocalDate.of(2026, 10, 9),
                    DecisionDating.STATED,
                    900005,
                    "ECO_ENVIRONMENT",
                    null,
                    900001L,
                    List.of(),
                    List.of(),
                    LocalDate.of(2026, 10, 12),
                    LocalDate.of(2027, 10, 8),
                    null,
                    "测试数据"))
            .block();
    GraphQlTester.Response response =
        graphQl.document(CHECK).variable("id", Long.toString(below.id())).execute();
    response
        .path("penaltyDecision.discretion.finding")
        .entity(String.class)
        .isEqualTo("BELOW_TIER");
    response
        .path("penaltyDecision.discretion.reason")
        .entity(String.class)
        .isEqualTo("罚款 50000 元低于所适用裁量阶次的下限 100000 元");
  }
}
