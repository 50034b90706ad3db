package org.zhifagongkai.api.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Adds the browser security headers to every answer: pages, static files, the API, GraphiQL and the
 * actuator. The portal loads nothing from other origins, so the policy allows only its own.
 *
 * <p>Runs first, so that answers written by later filters (a refused rate limit, a refused metrics
 * request) carry the headers too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders implements WebFilter {

  /** The policy of every page: no inline script or style, nothing from elsewhere, no framing. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  /**
   * GraphiQL's page differs in styles only: its dialogs lock scrolling by inserting a {@code
   * <style>} element (react-remove-scroll), which {@code style-src 'self'} would block. Its script
   * stays same-origin and file-only like everywhere else.
   */
  static final String GRAPHIQL_CONTENT_SECURITY_POLICY =
      CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    HttpHeaders headers = exchange.getResponse().getHeaders();
    boolean graphiql = exchange.getRequest().getPath().value().equals(SitePages.GRAPHIQL);
    headers.set(
        "Content-Security-Policy",
        graphiql ? GRAPHIQL_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Frame-Options", "DENY");
    headers.set("Permissions-Policy", PERMISSIONS_POLICY);
    return chain.filter(exchange);
  }
}
