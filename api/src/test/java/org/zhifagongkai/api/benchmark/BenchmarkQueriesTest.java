package org.zhifagongkai.api.benchmark;

import org.junit.jupiter.api.Test;
import org.zhifagongkai.api.ApiTest;

class BenchmarkQueriesTest extends ApiTest {

  @Test
  void benchmarkAnswersViolationsTiersAndRanges() {
    graphQl
        .document(
            """
            { discretionBenchmark(id: "900001") { title issuer version effectiveFrom effectiveTo sourceUrl
                parent { id } field { name }
                violations { seq violation violatedProvisionText penaltyProvisionText
                  violatedProvision { citation } penaltyProvision { id }
                  tiers { seq tier circumstance conditions penaltyKinds wording
                    fineRange { min max } multipleRange { min max base } } } } }
            """)
        .execute()
        .path("discretionBenchmark.title")
        .entity(String.class)
        .isEqualTo("测试省生态环境裁量基准")
        .path("discretionBenchmark.parent")
        .valueIsNull()
        .path("discretionBenchmark.field.name")
        .entity(String.class)
        .isEqualTo("生态环境")
        .path("discretionBenchmark.sourceUrl")
        .entity(String.class)
        .isEqualTo("https://test.example/benchmark")
        .path("discretionBenchmark.violations[0].violation")
        .entity(String.class)
        .isEqualTo("超标排放大气污染物")
        .path("discretionBenchmark.violations[0].violatedProvision.citation")
        .entity(String.class)
        .isEqualTo("《测试大气法》第十八条")
        .path("discretionBenchmark.violations[0].penaltyProvision.id")
        .entity(String.class)
        .isEqualTo("900002")
        .path("discretionBenchmark.violations[0].tiers[*].tier")
        .entityList(String.class)
        .containsExactly("LENIENT", "SEVERE", "ORDINARY")
        .path("discretionBenchmark.violations[0].tiers[0].circumstance")
        .entity(String.class)
        .isEqualTo("LESSER")
        .path("discretionBenchmark.violations[0].tiers[0].fineRange.min")
        .entity(String.class)
        .isEqualTo("100000.00")
        .path("discretionBenchmark.violations[0].tiers[0].fineRange.max")
        .entity(String.class)
        .isEqualTo("370000.00")
        .path("discretionBenchmark.violations[0].tiers[0].multipleRange")
        .valueIsNull()
        .path("discretionBenchmark.violations[0].tiers[1].penaltyKinds")
        .entityList(String.class)
        .containsExactly("FINE", "ORDER_TO_SUSPEND_BUSINESS")
        .path("discretionBenchmark.violations[0].tiers[2].fineRange")
        .valueIsNull()
        .path("discretionBenchmark.violations[0].tiers[2].multipleRange.min")
        .entity(String.class)
        .isEqualTo("2.00")
        .path("discretionBenchmark.violations[0].tiers[2].multipleRange.max")
        .entity(String.class)
        .isEqualTo("3.50")
        .path("discretionBenchmark.violations[0].tiers[2].multipleRange.base")
        .entity(String.class)
        .isEqualTo("违法所得");
  }

  @Test
  void aChildBenchmarkNamesItsParentAndIssuer() {
    graphQl
        .document(
            "{ discretionBenchmark(id: \"900002\") { parent { title } issuerAgency { name } violations { id } } }")
        .execute()
        .path("discretionBenchmark.parent.title")
        .entity(String.class)
        .isEqualTo("测试省生态环境裁量基准")
        .path("discretionBenchmark.issuerAgency.name")
        .entity(String.class)
        .isEqualTo("甲市生态环境局")
        .path("discretionBenchmark.violations")
        .entityList(Object.class)
        .hasSize(0);
  }

  @Test
  void violationAnswersByItsIdWithTiersAndBenchmark() {
    graphQl
        .document(
            "{ benchmarkViolation(id: \"900001\") { violation tiers { id } benchmark { id } } }")
        .execute()
        .path("benchmarkViolation.violation")
        .entity(String.class)
        .isEqualTo("超标排放大气污染物")
        .path("benchmarkViolation.tiers[*].id")
        .entityList(String.class)
        .containsExactly("900001", "900002", "900003")
        .path("benchmarkViolation.benchmark.id")
        .entity(String.class)
        .isEqualTo("900001");
  }

  @Test
  void anUnknownViolationIsNotFound() {
    graphQl
        .document("{ benchmarkViolation(id: \"999999999\") { id } }")
        .execute()
        .errors()
        .expect(error -> "NOT_FOUND".equals(error.getExtensions().get("code")))
        .verify()
        .path("benchmarkViolation")
        .valueIsNull();
  }

  @Test
  void tierAnswersItsViolationAndBenchmark() {
    graphQl
        .document(
            "{ benchmarkTier(id: \"900002\") { wording violation { seq benchmark { id } } } }")
        .execute()
        .path("benchmarkTier.wording")
        .entity(String.class)
        .isEqualTo("处七十三万元以上一百万元以下罚款")
        .path("benchmarkTier.violation.benchmark.id")
        .entity(String.class)
        .isEqualTo("900001");
  }

  @Test
  void benchmarksFilterByIssuerAndDay() {
    graphQl
        .document(
            """
            { byIssuer: discretionBenchmarks(filter: {issuerAgencyId: "900001"}) { nodes { id } }
              inForce2020: discretionBenchmarks(filter: {field: "ECO_ENVIRONMENT", effectiveOn: "2021-01-01"}) {
                nodes { title version } } }
            """)
        .execute()
        .path("byIssuer.nodes[*].id")
        .entityList(String.class)
        .containsExactly("900002")
        .path("inForce2020.nodes[*].version")
        .entityList(String.class)
        .containsExactly("2020年版");
  }
}
