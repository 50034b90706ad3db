package org.zhifagongkai.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Health, metrics, GraphiQL, the public page and the schema's own record of migrations. */
class OperationsTest extends ApiTest {

  @Test
  void healthIsUpIncludingTheDatabase() {
    web.get()
        .uri("/actuator/health")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.status")
        .isEqualTo("UP")
        .jsonPath("$.components.r2dbc.status")
        .isEqualTo("UP");
  }

  @Test
  void prometheusMetricsAreServed() {
    graphQl.document("{ portal { sampleData } }").execute();
    String metrics =
        web.get()
            .uri("/actuator/prometheus")
            .header("Authorization", "Bearer test-metrics-token")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(metrics).contains("jvm_memory_used_bytes").contains("graphql_request_seconds");
  }

  @Test
  void graphiqlIsServed() {
    web.get().uri("/graphiql").exchange().expectStatus().isOk();
  }

  @Test
  void thePublicPageIsServedAndSaysTheDataAreSamples() {
    String page =
        web.get()
            .uri("/")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(page).contains("执法公开").contains("/js/home.js");
  }

  @Test
  void migrationsAreAppliedAndRecorded() {
    Long applied =
        database
            .sql("select count(*) from flyway_schema_history where success and version = '1'")
            .map(row -> row.get(0, Long.class))
            .one()
            .block();
    assertThat(applied).isEqualTo(1L);
    Long tables =
        database
            .sql(
                "select count(*) from information_schema.tables where table_schema = 'public'"
                    + " and table_name in ('region','agency','law','legal_provision','enforcement_item',"
                    + "'responsibility','discretion_benchmark','benchmark_tier','no_penalty_item',"
                    + "'penalty_decision','contact_point','dataset_load')")
            .map(row -> row.get(0, Long.class))
            .one()
            .block();
    assertThat(tables).isEqualTo(12L);
  }

  @Test
  void thePortalSaysItHoldsSampleData() {
    graphQl
        .document("{ portal { sampleData datasets { name sample recordCount } } }")
        .execute()
        .path("portal.sampleData")
        .entity(Boolean.class)
        .isEqualTo(true)
        .path("portal.datasets[*].name")
        .entityList(String.class)
        .containsExactly("sample")
        .path("portal.datasets[0].recordCount")
        .entity(Integer.class)
        .isEqualTo(30_917);
  }

  @Test
  void fieldsAreListedByCode() {
    graphQl
        .document("{ enforcementFields { code name } }")
        .execute()
        .path("enforcementFields[*].code")
        .entityList(String.class)
        .hasSize(10)
        .contains("ECO_ENVIRONMENT")
        .path("enforcementFields[0].code")
        .entity(String.class)
        .isEqualTo("AGRICULTURE");
  }
}
