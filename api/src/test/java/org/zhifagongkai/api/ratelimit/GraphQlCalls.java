package org.zhifagongkai.api.ratelimit;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Plain HTTP calls to {@code /graphql}, for tests that read status, headers and body as sent. */
public final class GraphQlCalls {

  private GraphQlCalls() {}

  /** POSTs {@code { portal { sampleData } }} with the headers given as name, value, name, value… */
  public static WebTestClient.ResponseSpec post(WebTestClient web, String... headers) {
    WebTestClient.RequestBodySpec request =
        web.post().uri("/graphql").contentType(MediaType.APPLICATION_JSON);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request.bodyValue("{\"query\":\"{ portal { sampleData } }\"}").exchange();
  }
}
