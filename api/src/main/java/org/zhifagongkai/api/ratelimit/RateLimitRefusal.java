package org.zhifagongkai.api.ratelimit;

import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.HttpErrors;
import reactor.core.publisher.Mono;

/**
 * The answer to a request over its client's limit: HTTP 429 with {@code Retry-After}, and a body
 * shaped like every other GraphQL error, so that clients read it the same way.
 */
final class RateLimitRefusal {

  private RateLimitRefusal() {}

  static Mono<Void> write(ServerHttpResponse response, Allowance allowance) {
    response
        .getHeaders()
        .set(HttpHeaders.RETRY_AFTER, Long.toString(allowance.retryAfterSeconds()));
    return HttpErrors.write(
        response, HttpStatus.TOO_MANY_REQUESTS, body(allowance.retryAfterSeconds()));
  }

  static Map<String, Object> body(long retryAfterSeconds) {
    return HttpErrors.body(
        ErrorCode.RATE_LIMITED,
        "请求过于频繁，请 " + retryAfterSeconds + " 秒后再试",
        "Too many requests; try again in " + retryAfterSeconds + " s",
        Map.of("retryAfterSeconds", retryAfterSeconds));
  }
}
