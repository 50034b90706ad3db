package org.zhifagongkai.api.web;

import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.zhifagongkai.api.http.RequestPaths;
import org.zhifagongkai.api.staff.StaffTokens;
import reactor.core.publisher.Mono;

/**
 * Keeps the actuator to operators: {@code /actuator/health} (status only) is public, every other
 * actuator path, metrics above all, needs {@code Authorization: Bearer <portal.metrics.token>}.
 * Without a configured token those paths answer 401 to everybody.
 *
 * <p>Chosen over a separate management port so that one port and one set of headers serve
 * everything, and a deployment that forgets the setting stays closed rather than open.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class OperationsAccess implements WebFilter {

  private static final PathPattern ACTUATOR = RequestPaths.pattern("/actuator/**");
  private static final PathPattern HEALTH = RequestPaths.pattern("/actuator/health/**");

  private final byte @Nullable [] tokenHash;

  OperationsAccess(MetricsProperties properties) {
    String token = properties.token();
    this.tokenHash = token == null || token.isBlank() ? null : StaffTokens.hash(token);
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (!guarded(exchange.getRequest()) || authorised(exchange.getRequest().getHeaders())) {
      return chain.filter(exchange);
    }
    exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
    exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    return exchange.getResponse().setComplete();
  }

  private static boolean guarded(ServerHttpRequest request) {
    return RequestPaths.matches(request, ACTUATOR) && !RequestPaths.matches(request, HEALTH);
  }

  private boolean authorised(HttpHeaders headers) {
    String header = headers.getFirst(HttpHeaders.AUTHORIZATION);
    if (tokenHash == null || header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    // Hashes compared in constant time, so that timing tells nothing about the secret.
    byte[] given = StaffTokens.hash(header.substring(7).strip());
    return MessageDigest.isEqual(tokenHash, given);
  }
}
