package org.zhifagongkai.api;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A GraphQL document posted to {@code /graphql} as JSON, and its answer, which must be a 200, as
 * text.
 */
public final class GraphQlText {

  private GraphQlText() {}

  public static String answer(WebTestClient web, String document) {
    return web.post()
        .uri("/graphql")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("query", document))
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(String.class)
        .returnResult()
        .getResponseBody();
  }
}
