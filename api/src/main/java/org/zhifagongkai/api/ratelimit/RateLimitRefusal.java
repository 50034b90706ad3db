package org.zhifagongkai.api.ratelimit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.zhifagongkai.api.graphql.ErrorCode;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer to a request over its client's limit: HTTP 429 with {@code Retry-After}, and a body
 * shaped like every other GraphQL error, so that clients read it the same way.
 */
final class RateLimitRefusal {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private RateLimitRefusal() {}

  static Mono<Void> write(ServerHttpResponse response, Allowance allowance) {
    response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
    response
        .getHeaders()
        .set(HttpHeaders.RETRY_AFTER, Long.toString(allowance.retryAfterSeconds()));
    response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
    byte[] body = JSON.writeValueAsBytes(body(allowance.retryAfterSeconds()));
    return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
  }

  static Map<String, Object> body(long retryAfterSeconds) {
    String zh = "请求过于频繁，请 " + retryAfterSeconds + " 秒后再试";
    String en = "Too many requests; try again in " + retryAfterSeconds + " s";
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("code", ErrorCode.RATE_LIMITED.name());
    extensions.put("messageZh", zh);
    extensions.put("messageEn", en);
    extensions.put("retryAfterSeconds", retryAfterSeconds);
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("message", zh + " / " + en);
    error.put("extensions", extensions);
    return Map.of("errors", List.of(error));
  }
}
