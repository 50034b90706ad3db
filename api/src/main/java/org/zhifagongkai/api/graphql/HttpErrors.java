package org.zhifagongkai.api.graphql;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of an answer refused before GraphQL runs (a request the transport cannot take, a client
 * over its rate), in the shape of the engine's own coded errors ({@link CodedErrors}), so clients
 * read every refusal alike.
 */
public final class HttpErrors {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private HttpErrors() {}

  public static Map<String, Object> body(PortalException e) {
    return body(e.code(), e.messageZh(), e.messageEn(), Map.of());
  }

  public static Map<String, Object> body(
      ErrorCode code, String messageZh, String messageEn, Map<String, Object> more) {
    return Map.of(
        "errors",
        List.of(CodedErrors.error(code, messageZh, messageEn, more, List.of()).toSpecification()));
  }

  /** Answers {@code response} with {@code status} and {@code body} as JSON. */
  public static Mono<Void> write(
      ServerHttpResponse response, HttpStatus status, Map<String, Object> body) {
    response.setStatusCode(status);
    response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
    byte[] bytes = JSON.writeValueAsBytes(body);
    return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(bytes)));
  }
}
