package org.zhifagongkai.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.IntrospectionQuery;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.zhifagongkai.api.ApiTest;
import reactor.core.publisher.Flux;

/**
 * The requests of a hostile audit of the running portal: each was answered as a server failure or
 * let run to exhaustion, and each is now refused with its code before anything runs.
 */
class HostileInputTest extends ApiTest {

  // --- cost, depth and size of a query ---------------------------------------------------------

  @Test
  void tenfoldNestedTiersAreRefusedAsTooDeepAndNothingRuns() {
    String nested = "id";
    for (int i = 0; i < 10; i++) {
      nested = "violation { tiers { " + nested + " } }";
    }
    refusedWholly("{ benchmarkTier(id: \"900002\") { " + nested + " } }")
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("QUERY_TOO_DEEP")
        .jsonPath("$.errors[0].extensions.messageZh")
        .isEqualTo("查询嵌套 22 层，超过上限 12 层")
        .jsonPath("$.errors[0].extensions.messageEn")
        .isEqualTo("The query nests fields 22 deep, beyond the limit of 12");
  }

  @Test
  void aThousandAliasedSearchesAreRefusedAsTooLarge() {
    // as the audit sent them: 28 bytes an alias, within the parser's 15,000 tokens
    StringBuilder document =
        new StringBuilder(
            "fragment f on SearchConnection { edges { highlights { field fragments } }"
                + " facets { dimension values { value label count } } } {");
    for (int i = 0; i < 1000; i++) {
      document.append(" s").append(i).append(": search(query: \"罚款\") { ...f }");
    }
    document.append(" }");
    refusedWholly(document.toString())
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("QUERY_TOO_LARGE")
        .jsonPath("$.errors[0].extensions.messageEn")
        .isEqualTo("The query selects more than 500 fields, counting aliases and spread fragments");
  }

  @Test
  void fiftyAliasedFullSearchesAreRefusedAsTooCostly() {
    // per search: search 10, 100 edges, 2 × 100 highlights, facets 10 × 7, 7 × 50 values = 730;
    // seven fields each, 490 in all, within the field limit; 70 × 730 = 51,100
    StringBuilder document =
        new StringBuilder(
            "fragment f on SearchConnection { edges { highlights { fragments } }"
                + " facets { values { label } } } {");
    for (int i = 0; i < 70; i++) {
      document.append(" s").append(i).append(": search(query: \"罚款\", first: 100) { ...f }");
    }
    document.append(" }");
    refusedWholly(document.toString())
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("QUERY_TOO_COSTLY")
        .jsonPath("$.errors[0].extensions.cost.requested")
        .isEqualTo(51_100);
  }

  @Test
  void nestedListsAreRefusedAsTooCostlyWithTheirCost() {
    // discretionBenchmarks 1 + 100 nodes + 100 × 100 violations + 100 × 100 × 100 tiers
    refusedWholly(
            "{ discretionBenchmarks(first: 100) { nodes { violations { tiers { wording } } } } }")
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("QUERY_TOO_COSTLY")
        .jsonPath("$.errors[0].extensions.cost.requested")
        .isEqualTo(1_010_101)
        .jsonPath("$.errors[0].extensions.cost.limit")
        .isEqualTo(50_000)
        .jsonPath("$.errors[0].extensions.messageZh")
        .isEqualTo("查询代价 1010101 超过上限 50000，请减少每页数量或嵌套列表");
  }

  @Test
  void aFullPageWithNestedRecordsPassesAndSaysWhatItCost() {
    // penaltyDecisions 1, its totalCount 1 and pageInfo 1; per decision (100): nodes, agency,
    // benchmarkTier, fineRange, violation, benchmark = 6 × 100; citedProvisions, a list without
    // `first`, counts 100 per decision, each with its provision: 2 × 100 × 100.
    // 3 + 600 + 20,000 = 20,603.
    post(Map.of(
            "query",
            """
                { penaltyDecisions(first: 100) {
                    totalCount pageInfo { hasNextPage endCursor }
                    nodes { documentNumber fineAmount agency { name }
                      benchmarkTier { tier fineRange { min max } violation { violation benchmark { title } } }
                      citedProvisions { role provision { citation } } } } }
                """))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.errors")
        .doesNotExist()
        .jsonPath("$.data.penaltyDecisions.nodes.length()")
        .isEqualTo(100)
        .jsonPath("$.extensions.cost.requested")
        .isEqualTo(20_603)
        .jsonPath("$.extensions.cost.limit")
        .isEqualTo(50_000);
  }

  @Test
  void theIntrospectionGraphiqlSendsIsNotRefused() {
    // The schema's descriptions are the field dictionary: its introspection is larger than the
    // test client's default buffer, which no browser has.
    web.mutate()
        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
        .build()
        .post()
        .uri("/graphql")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("query", IntrospectionQuery.INTROSPECTION_QUERY))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.errors")
        .doesNotExist()
        .jsonPath("$.data.__schema.queryType.name")
        .isEqualTo("Query")
        .jsonPath("$.extensions.cost.requested")
        .isEqualTo(0);
  }

  // --- text no database stores ----------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          query($v: String) { agencies(filter: {nameContains: $v}) { totalCount } }
          query($v: String) { laws(filter: {titleContains: $v}) { totalCount } }
          query($v: String!) { penaltyDecisionsByDocumentNumber(documentNumber: $v) { id } }
          query($v: String!) { enforcementItemByCode(code: $v) { code } }
          query($v: String!) { complaint(trackingNumber: $v, accessCode: "x") { id } }
          query($v: String!) { search(query: $v) { totalCount } }
          """)
  void nulOrALoneSurrogateInAVariableIsInvalidText(String document) {
    for (String text : new String[] {"\u0000", "东湖\u0000", "\uD800", "a\uDC00b"}) {
      assertThat(errorCode(graphQl.document(document).variable("v", text).execute()))
          .as(document + " with " + text.codePoints().boxed().toList())
          .isEqualTo("INVALID_TEXT");
    }
  }

  @Test
  void nulDeepInAnInputObjectVariableIsInvalidText() {
    graphQl
        .document("query($f: AgencyFilter) { agencies(filter: $f) { totalCount } }")
        .variable("f", Map.of("nameContains", "\u0000"))
        .execute()
        .errors()
        .satisfy(
            errors -> {
              assertThat(errors).hasSize(1);
              assertThat(errors.getFirst().getExtensions())
                  .containsEntry("code", "INVALID_TEXT")
                  .containsEntry("messageZh", "变量 $f 含有空字符（U+0000）或不成对的代理字符")
                  .containsEntry(
                      "messageEn",
                      "Variable $f holds a NUL character (U+0000) or an unpaired surrogate");
            })
        .path("agencies")
        .pathDoesNotExist();
  }

  @Test
  void aProperSurrogatePairIsText() {
    assertThat(
            graphQl
                .document(
                    "query($v: String) { agencies(filter: {nameContains: $v}) { totalCount } }")
                .variable("v", "𠀀")
                .execute()
                .path("agencies.totalCount")
                .entity(Integer.class)
                .get())
        .isZero();
  }

  // --- cursors and amounts --------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          DECISION_DATE | date-desc | 2026-02-30
          DECISION_DATE | date-desc | +10000-01-01
          DECISION_DATE | date-desc | 2026-1-1
          FINE_AMOUNT   | fine-desc | 1e99999999
          FINE_AMOUNT   | fine-desc | 12345678901234567890123
          """)
  void aForgedCursorWithAnImpossibleValueIsInvalidCursor(
      String field, String ordering, String value) {
    String cursor =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                ("c1\u001f" + ordering + "\u001f" + value + "\u001f1")
                    .getBytes(StandardCharsets.UTF_8));
    String document =
        "{ penaltyDecisions(orderBy: {field: %s, direction: DESC}, after: \"%s\") { totalCount } }"
            .formatted(field, cursor);
    assertThat(errorCode(document)).isEqualTo("INVALID_CURSOR");
  }

  @Test
  void aCursorWithNulInItsTextIsInvalidCursor() {
    String cursor =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("c1\u001fkey\u001f\u0000".getBytes(StandardCharsets.UTF_8));
    assertThat(errorCode("{ regions(after: \"" + cursor + "\") { totalCount } }"))
        .isEqualTo("INVALID_CURSOR");
  }

  // --- HTTP bodies ----------------------------------------------------------------------------

  @Test
  void aBodyOver256KbIsRefusedWith413() {
    String padding = "x".repeat(300 * 1024);
    post(Map.of("query", "{ portal { sampleData } }", "variables", Map.of("pad", padding)))
        .expectStatus()
        .isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(1)
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("PAYLOAD_TOO_LARGE")
        .jsonPath("$.errors[0].extensions.messageZh")
        .isEqualTo("请求体超过 262144 字节")
        .jsonPath("$.errors[0].extensions.messageEn")
        .isEqualTo("The request body is over 262144 bytes")
        .jsonPath("$.data")
        .doesNotExist();
  }

  @Test
  void staffMayUploadLargerBodiesUpToTheirOwnLimit() {
    // A 1 MB spreadsheet in Base64 passes the body limit and reaches the upload, which reads it.
    String spreadsheet = java.util.Base64.getEncoder().encodeToString(new byte[1024 * 1024]);
    web.post()
        .uri("/graphql")
        .header("Authorization", "Bearer sample-agency-3")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "query",
                "mutation($c: String!) { importPenaltyDecisions(fileName: \"a.xlsx\","
                    + " contentBase64: $c) { imported } }",
                "variables",
                Map.of("c", spreadsheet)))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("INVALID_FILE");
    String padding = "x".repeat(15 * 1024 * 1024);
    web.post()
        .uri("/graphql")
        .header("Authorization", "Bearer sample-agency-3")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("query", "{ portal { sampleData } }", "variables", Map.of("p", padding)))
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
  }

  @Test
  void theBodyLimitHoldsHoweverTheEndpointIsSpelled() {
    String padding = "x".repeat(300 * 1024);
    for (String path : List.of("/graphql;x", "/%67raphql", "/graphql/")) {
      web.post()
          .uri(java.net.URI.create("http://localhost:" + port + path))
          .contentType(MediaType.APPLICATION_JSON)
          .bodyValue(
              Map.of("query", "{ portal { sampleData } }", "variables", Map.of("p", padding)))
          .exchange()
          .expectStatus()
          // Refused by the request firewall (400), by the body limit (413), or routed nowhere
          // (404).
          .value(status -> assertThat(status).as(path).isIn(400, 404, 413));
    }
  }

  @Test
  void aStreamedBodyOver256KbIsRefusedWith413() {
    byte[] chunk =
        ("{\"query\": \"{ portal { sampleData } }\", \"variables\": {\"pad\": \""
                + "x".repeat(64 * 1024))
            .getBytes(StandardCharsets.UTF_8);
    Flux<DataBuffer> body =
        Flux.range(0, 5).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(chunk));
    web.post()
        .uri("/graphql")
        .contentType(MediaType.APPLICATION_JSON)
        .body(body, DataBuffer.class)
        .exchange()
        .expectStatus()
        .isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
        .expectBody()
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("PAYLOAD_TOO_LARGE");
  }

  @Test
  void anEmptyBodyIsABadRequest() {
    web.post()
        .uri("/graphql")
        .contentType(MediaType.APPLICATION_JSON)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("INVALID_REQUEST")
        .jsonPath("$.errors[0].extensions.messageEn")
        .isEqualTo("The request body is empty; send a JSON object with a query")
        .jsonPath("$.errors[0].extensions.messageZh")
        .isEqualTo("请求体为空，应为含 query 的 JSON 对象");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"query": 5}                                      | query must be a string
          {"query": true}                                   | query must be a string
          {"variables": {}}                                 | query must be a string
          {"query": "{ portal { sampleData } }", "variables": [1]} | variables must be an object or null
          {"query": "{ portal { sampleData } }", "operationName": 7} | operationName must be a string or null
          [1, 2]                                            | The request body must be a JSON object
          {"query":                                         | The request body is not valid JSON
          """)
  void aBodyThatIsNoGraphQlRequestIsABadRequest(String body, String messageEn) {
    web.post()
        .uri("/graphql")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(1)
        .jsonPath("$.errors[0].extensions.code")
        .isEqualTo("INVALID_REQUEST")
        .jsonPath("$.errors[0].extensions.messageEn")
        .isEqualTo(messageEn);
  }

  // --- helpers --------------------------------------------------------------------------------

  private WebTestClient.ResponseSpec post(Map<String, Object> body) {
    return web.post()
        .uri("/graphql")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(body)
        .exchange();
  }

  /** A document answered with one error and no data at all: nothing of it ran. */
  private WebTestClient.BodyContentSpec refusedWholly(String document) {
    return post(Map.of("query", document))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.errors.length()")
        .isEqualTo(1)
        .jsonPath("$.data")
        .doesNotExist();
  }
}
