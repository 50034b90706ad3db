package org.zhifagongkai.api.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;
import org.zhifagongkai.api.ApiTest;
import org.zhifagongkai.api.ratelimit.GraphQlCalls;

/** Administrators issue and revoke API keys; a key's requests count against its own limit. */
class ApiKeyTest extends ApiTest {

  /** What the test context lets an anonymous client make (api/pom.xml). */
  private static final String ANONYMOUS_LIMIT = "1000000";

  @Autowired Clock clock;

  private static final String ISSUE =
      """
      mutation($holder: String!, $perMinute: Int!) {
        issueApiKey(input: {holder: $holder, perMinute: $perMinute}) {
          key apiKey { id name holder perMinute createdAt revokedAt }
        }
      }""";

  @Test
  void anAdministratorIssuesAKeyShownOnceAndStoredOnlyAsItsHash() {
    GraphQlTester.Response issued =
        as("sample-admin")
            .document(ISSUE)
            .variable("holder", "示例日报 newsroom")
            .variable("perMinute", 1200)
            .execute();
    String key = issued.path("issueApiKey.key").entity(String.class).get();
    String id = issued.path("issueApiKey.apiKey.id").entity(String.class).get();
    assertThat(key).startsWith("zfgk_").hasSize(5 + 32);
    issued
        .path("issueApiKey.apiKey.name")
        .entity(String.class)
        .isEqualTo(key.substring(0, 13))
        .path("issueApiKey.apiKey.holder")
        .entity(String.class)
        .isEqualTo("示例日报 newsroom")
        .path("issueApiKey.apiKey.perMinute")
        .entity(Integer.class)
        .isEqualTo(1200)
        .path("issueApiKey.apiKey.revokedAt")
        .valueIsNull();
    Long stored =
        database
            .sql(
                "select count(*) from api_key where id = :id and key_sha256 = sha256(:key::bytea)"
                    + " and position(:key in name || holder) = 0")
            .bind("id", Long.parseLong(id))
            .bind("key", key)
            .map(row -> row.get(0, Long.class))
            .one()
            .block();
    assertThat(stored).isEqualTo(1L);
    as("sample-admin")
        .document("{ apiKeys { id holder } }")
        .execute()
        .path("apiKeys[0].id")
        .entity(String.class)
        .isEqualTo(id);
  }

  @Test
  void anotherStaffAccountMayNotIssueKeys() {
    assertThat(
            errorCode(
                as("sample-agency-3")
                    .document(ISSUE)
                    .variable("holder", "x")
                    .variable("perMinute", 10)
                    .execute()))
        .isEqualTo("FORBIDDEN");
    assertThat(errorCode(as("sample-hotline").document("{ apiKeys { id } }").execute()))
        .isEqualTo("FORBIDDEN");
  }

  @Test
  void issuingWithoutATokenIsUnauthenticated() {
    assertThat(
            errorCode(
                graphQl
                    .document(ISSUE)
                    .variable("holder", "x")
                    .variable("perMinute", 10)
                    .execute()))
        .isEqualTo("UNAUTHENTICATED");
    assertThat(errorCode("mutation { revokeApiKey(id: \"1\") { id } }"))
        .isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void aRateOutsideOneToAMillionIsRefused() {
    assertThat(
            errorCode(
                as("sample-admin")
                    .document(ISSUE)
                    .variable("holder", "x")
                    .variable("perMinute", 0)
                    .execute()))
        .isEqualTo("INVALID_REQUEST");
  }

  @Test
  void aKeyOfFiveAMinuteIsRefusedItsSixthRequest() {
    String key = issue("限速测试", 5);
    for (int remaining = 4; remaining >= 0; remaining--) {
      GraphQlCalls.post(web, "X-Api-Key", key)
          .expectStatus()
          .isOk()
          .expectHeader()
          .valueEquals("X-RateLimit-Limit", "5")
          .expectHeader()
          .valueEquals("X-RateLimit-Remaining", Integer.toString(remaining))
          .expectBody()
          .jsonPath("$.extensions.rateLimit.limit")
          .isEqualTo(5)
          .jsonPath("$.extensions.rateLimit.remaining")
          .isEqualTo(remaining)
          .jsonPath("$.data.portal.sampleData")
          .isEqualTo(true);
    }
    var refused =
        GraphQlCalls.post(web, "X-Api-Key", key)
            .expectStatus()
            .isEqualTo(429)
            .expectHeader()
            .valueEquals("X-RateLimit-Limit", "5")
            .expectHeader()
            .valueEquals("X-RateLimit-Remaining", "0")
            .expectBody()
            .jsonPath("$.data")
            .doesNotExist()
            .jsonPath("$.errors.length()")
            .isEqualTo(1)
            .jsonPath("$.errors[0].extensions.code")
            .isEqualTo("RATE_LIMITED")
            .returnResult();
    // Five a minute refill one every 12 s: the next request is allowed within 12 s.
    long retryAfter =
        Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER));
    assertThat(retryAfter).isBetween(1L, 12L);
    String body =
        new String(refused.getResponseBodyContent(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(body)
        .startsWith("{\"errors\":[{\"message\":\"请求过于频繁，请 " + retryAfter + " 秒后再试 / ")
        .contains("\"retryAfterSeconds\":" + retryAfter)
        .contains("\"messageZh\":\"请求过于频繁，请 " + retryAfter + " 秒后再试\"")
        .contains("\"messageEn\":\"Too many requests; try again in " + retryAfter + " s\"");
  }

  @Test
  void theResetTimeIsWhenTheBucketIsFullAgain() {
    String key = issue("重置时间", 60);
    OffsetDateTime before = OffsetDateTime.now(clock);
    List<String> resetAt = new ArrayList<>();
    GraphQlCalls.post(web, "X-Api-Key", key)
        .expectHeader()
        .valueEquals("X-RateLimit-Remaining", "59")
        .expectHeader()
        .valueEquals("X-RateLimit-Reset", "1")
        .expectBody()
        .jsonPath("$.extensions.rateLimit.resetAt")
        .value(String.class, resetAt::add);
    // Sixty a minute refill the one request taken within a second: on the portal's clock, +08:00.
    assertThat(resetAt.getFirst()).endsWith("+08:00");
    assertThat(OffsetDateTime.parse(resetAt.getFirst()))
        .isBetween(before.withNano(0), before.plusSeconds(3));
  }

  @Test
  void aRevokedKeyCountsAsNoKey() {
    String key = issue("撤销测试", 5);
    GraphQlCalls.post(web, "X-Api-Key", key).expectHeader().valueEquals("X-RateLimit-Limit", "5");
    String id =
        as("sample-admin")
            .document("{ apiKeys { id holder } }")
            .execute()
            .path("apiKeys[?(@.holder == '撤销测试')].id")
            .entityList(String.class)
            .get()
            .getFirst();
    as("sample-admin")
        .document("mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }")
        .variable("id", id)
        .execute()
        .path("revokeApiKey.revokedAt")
        .hasValue();
    GraphQlCalls.post(web, "X-Api-Key", key)
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals("X-RateLimit-Limit", ANONYMOUS_LIMIT);
  }

  @Test
  void anUnknownKeyCountsAsNoKey() {
    for (String unknown : List.of("zfgk_no-such-key", "zfgk_" + "A".repeat(32))) {
      GraphQlCalls.post(web, "X-Api-Key", unknown)
          .expectStatus()
          .isOk()
          .expectHeader()
          .valueEquals("X-RateLimit-Limit", ANONYMOUS_LIMIT);
    }
  }

  private String issue(String holder, int perMinute) {
    return as("sample-admin")
        .document(ISSUE)
        .variable("holder", holder)
        .variable("perMinute", perMinute)
        .execute()
        .path("issueApiKey.key")
        .entity(String.class)
        .get();
  }

  private GraphQlTester as(String token) {
    return graphQl.mutate().header(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
  }
}
