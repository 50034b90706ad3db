package org.zhifagongkai.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.zhifagongkai.api.ApiTest;

/** Queries over GET, with automatic persisted queries and cache headers for public answers. */
class GraphQlOverGetTest extends ApiTest {

  private static final String QUERY = "{ region(code: \"990100\") { name } }";

  private WebTestClient.ResponseSpec get(Map<String, String> parameters, String... headers) {
    return web.get()
        .uri(
            builder -> {
              builder.path("/graphql");
              parameters.keySet().forEach(name -> builder.queryParam(name, "{" + name + "}"));
              return builder.build(parameters);
            })
        .headers(
            h -> {
              for (int i = 0; i < headers.length; i += 2) {
                h.add(headers[i], headers[i + 1]);
              }
            })
        .exchange();
  }

  @Test
  void aPublicQueryOverGetIsAnsweredAsGraphQlResponseJsonAndMayBeCached() {
    get(Map.of("query", QUERY))
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentType("application/graphql-response+json")
        .expectHeader()
        .cacheControl(
            org.springframework.http.CacheControl.maxAge(java.time.Duration.ofSeconds(60))
                .cachePublic())
        .expectBody()
        .jsonPath("$.data.region.name")
        .isEqualTo("东湖市");
    get(Map.of("query", QUERY), HttpHeaders.ACCEPT, "application/json")
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
  }

  @Test
  void anAnswerToATokenOrWithAnErrorIsNeverStoredByACache() {
    get(Map.of("query", QUERY), HttpHeaders.AUTHORIZATION, "Bearer sample-admin")
        .expectHeader()
        .valueEquals(HttpHeaders.CACHE_CONTROL, "no-store");
    get(Map.of("query", "{ region(code: \"12345\") { name } }"))
        .expectHeader()
        .valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
        .expectBody()
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("INVALID_REGION_CODE");
  }

  @Test
  void mutationsAreRefusedOverGet() {
    get(Map.of("query", "mutation { endRoutingRule(id: \"1\", lastDay: \"2027-01-01\") { id } }"))
        .expectStatus()
        .isEqualTo(405)
        .expectHeader()
        .valueEquals(HttpHeaders.ALLOW, "POST")
        .expectBody()
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("INVALID_REQUEST");
  }

  @Test
  void aComplaintIsNeverLookedUpOverGetSinceItsAccessCodeWouldBeInTheUrl() {
    for (String query :
        List.of(
            "{ complaint(trackingNumber: \"ZF-20261120-0000001-0\", accessCode: \"X\") { status } }",
            "{ ...Q } fragment Q on Query { complaint(trackingNumber: \"Z\", accessCode: \"X\") {"
                + " status } }",
            "{ ... on Query { complaint(trackingNumber: \"Z\", accessCode: \"X\") { status } } }")) {
      get(Map.of("query", query))
          .expectStatus()
          .isEqualTo(405)
          .expectHeader()
          .valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
          .expectBody()
          .jsonPath("$.errors[0].extensions.messageEn")
          .isEqualTo("Look complaints up with POST: an access code must not be in a URL");
    }
  }

  @Test
  void malformedParametersAreCodedClientErrors() {
    get(Map.of("query", QUERY, "variables", "not json"))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("INVALID_REQUEST");
    get(Map.of())
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].extensions.messageZh")
        .isEqualTo("缺少 query 参数");
    get(Map.of("query", "{ region(code: "))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("INVALID_REQUEST");
    get(Map.of("query", "{ region(code: "), HttpHeaders.ACCEPT, "application/json")
        .expectStatus()
        .isOk();
  }

  @Test
  void aPersistedQueryIsKeptByItsHashThenRunByHashAlone() {
    String query = "{ region(code: \"990000\") { name level } }";
    String hash = PersistedQueries.sha256(query);
    String byHash = "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
    get(Map.of("extensions", byHash))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("PERSISTED_QUERY_NOT_FOUND");
    get(Map.of("query", query, "extensions", byHash)).expectStatus().isOk();
    get(Map.of("extensions", byHash))
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=60, public")
        .expectBody()
        .jsonPath("$.data.region.name")
        .isEqualTo("示例省");
    String wrong = byHash.replace(hash, PersistedQueries.sha256("{ x }"));
    get(Map.of("query", query, "extensions", wrong))
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("INVALID_REQUEST");
  }

  @Test
  void aQuerySentByPostWithItsHashCanThenBeRunByHashOverGet() {
    String query = "{ region(code: \"990100\") { code name } }";
    String hash = PersistedQueries.sha256(query);
    web.post()
        .uri("/graphql")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "query",
                query,
                "extensions",
                Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash))))
        .exchange()
        .expectStatus()
        .isOk();
    get(Map.of(
            "extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}"))
        .expectBody()
        .jsonPath("$.data.region.code")
        .isEqualTo("990100");
    assertThat(hash).hasSize(64);
  }
}
