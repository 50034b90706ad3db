package org.zhifagongkai.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * The limits no legitimate request of the sample dataset reaches, tested on a small schema with
 * small limits: the answer's size and the time a request may take.
 */
class QueryLimitsInstrumentationTest {

  private static final GraphQLSchema SCHEMA =
      new SchemaGenerator()
          .makeExecutableSchema(
              new SchemaParser().parse("type Query { text: String }"),
              RuntimeWiring.newRuntimeWiring()
                  .type("Query", type -> type.dataFetcher("text", env -> "文".repeat(200)))
                  .build());

  private static ExecutionResult run(QueryLimits limits) {
    return GraphQL.newGraphQL(SCHEMA)
        .instrumentation(new QueryLimitsInstrumentation(limits))
        .build()
        .execute("{ text }");
  }

  private static QueryLimits limits(Duration timeout, long maxResponseBytes) {
    return new QueryLimits(50_000, 12, 500, timeout, maxResponseBytes, 262_144, 14_680_064);
  }

  @Test
  void anAnswerWithinTheLimitCarriesItsCost() {
    // {"text":"文…"}: 200 characters of 3 bytes, 2 quotes, the key and braces = 611 bytes
    ExecutionResult result = run(limits(Duration.ofSeconds(10), 611));
    assertThat(result.getErrors()).isEmpty();
    assertThat(result.getExtensions())
        .containsEntry("cost", Map.of("requested", 0L, "limit", 50_000L));
  }

  @Test
  void anAnswerOverTheLimitIsReplacedByOneCodedError() {
    ExecutionResult result = run(limits(Duration.ofSeconds(10), 610));
    assertThat(result.isDataPresent()).isFalse();
    assertThat(result.getErrors()).hasSize(1);
    GraphQLError error = result.getErrors().getFirst();
    assertThat(error.getExtensions())
        .containsEntry("code", "RESPONSE_TOO_LARGE")
        .containsEntry("messageZh", "响应超过 610 字节，请减少每页数量或所选字段")
        .containsEntry(
            "messageEn", "The answer is over 610 bytes; ask for smaller pages or fewer fields");
    assertThat(result.getExtensions()).containsKey("cost");
  }

  @Test
  void nothingIsFetchedPastTheDeadline() {
    ExecutionResult result = run(limits(Duration.ofMillis(-1), 8_388_608));
    assertThat(result.getErrors()).hasSize(1);
    assertThat(result.getErrors().getFirst().getMessage()).contains(Refusals.TIMEOUT_EN);
    assertThat(result.<Map<String, Object>>getData()).containsEntry("text", null);
  }

  @Test
  void aRequestStillRunningAtItsTimeoutIsAnsweredWithQueryTimeout() {
    ExecutionTimeout timeout = new ExecutionTimeout(limits(Duration.ofMillis(50), 8_388_608));
    WebGraphQlRequest request =
        new WebGraphQlRequest(
            URI.create("http://localhost/graphql"),
            new HttpHeaders(),
            null,
            null,
            Map.of(),
            Map.<String, Object>of("query", "{ text }"),
            "1",
            null);
    WebGraphQlResponse response =
        timeout.intercept(request, next -> Mono.never()).block(Duration.ofSeconds(5));
    assertThat(response).isNotNull();
    assertThat(response.getErrors()).hasSize(1);
    assertThat(response.getErrors().getFirst().getExtensions())
        .containsEntry("code", "QUERY_TIMEOUT")
        .containsEntry("messageZh", Refusals.TIMEOUT_ZH)
        .containsEntry("messageEn", Refusals.TIMEOUT_EN);
  }
}
