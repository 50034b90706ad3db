package org.zhifagongkai.api.web;

import java.security.MessageDigest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
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

  private static final String ACTUATOR = "/actuator";
  private static final String HEALTH = "/actuator/health";

  private final byte @Nullable [] tokenHash;

  OperationsAccess(MetricsProperties properties) {
    String token = properties.token();
    this.tokenHash = token == null || token.isBlank() ? null : StaffTokens.hash(token);
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String path = exchange.getRequest().getPath().pathWithinApplication().value();
    if (!guarded(path) || authorised(exchange.getRequest().getHeaders())) {
      return chain.filter(exchange);
    }
    exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
    exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    return exchange.getResponse().setComplete();
  }

  private static boolean guarded(String path) {
    boolean actuator = path.equals(ACTUATOR) || path.startsWith(ACTUATOR + "/");
    boolean health = path.equals(HEALTH) || path.startsWith(HEALTH + "/");
    return actuator && !health;
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
