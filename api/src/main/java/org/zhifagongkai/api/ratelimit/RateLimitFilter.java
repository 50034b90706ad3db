package org.zhifagongkai.api.ratelimit;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.function.Predicate;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.zhifagongkai.api.apikey.KeyLookup;
import org.zhifagongkai.api.graphql.ClientAddress;
import org.zhifagongkai.api.http.RequestPaths;
import reactor.core.publisher.Mono;

/**
 * Counts every request to {@code /graphql} against its client's bucket: a valid {@code X-Api-Key}
 * against the key's own limit, anything else (no key, an unknown or revoked one) against its
 * address at {@code portal.rate-limit.anonymous-per-minute}. Every answer says where the client
 * stands ({@code X-RateLimit-Limit}, {@code -Remaining}, {@code -Reset} in seconds); a request over
 * the limit is answered 429 without running.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RateLimitFilter implements WebFilter {

  /** The exchange attribute holding the request's {@link Allowance}. */
  static final String ALLOWANCE = RateLimitFilter.class.getName() + ".allowance";

  static final String API_KEY = "X-Api-Key";

  private static final PathPattern PATH = RequestPaths.pattern("/graphql");

  private final RateBuckets buckets;
  private final KeyLookup keys;
  private final int anonymousPerMinute;
  private final Predicate<InetAddress> trustedProxies;

  RateLimitFilter(RateBuckets buckets, KeyLookup keys, RateLimitProperties properties) {
    this.buckets = buckets;
    this.keys = keys;
    this.anonymousPerMinute = properties.anonymousPerMinute();
    this.trustedProxies = ClientNetwork.proxies(properties.trustedProxies());
  }

  private record Client(String id, int perMinute) {}

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (!RequestPaths.matches(exchange.getRequest(), PATH)) {
      return chain.filter(exchange);
    }
    exchange.getAttributes().put(ClientAddress.ATTRIBUTE, address(exchange.getRequest()));
    return client(exchange.getRequest())
        .flatMap(
            client -> {
              Allowance allowance = buckets.take(client.id(), client.perMinute());
              HttpHeaders headers = exchange.getResponse().getHeaders();
              headers.set("X-RateLimit-Limit", Integer.toString(allowance.limit()));
              headers.set("X-RateLimit-Remaining", Long.toString(allowance.remaining()));
              headers.set("X-RateLimit-Reset", Long.toString(allowance.resetSeconds()));
              if (!allowance.allowed()) {
                return RateLimitRefusal.write(exchange.getResponse(), allowance);
              }
              exchange.getAttributes().put(ALLOWANCE, allowance);
              return chain.filter(exchange);
            });
  }

  private Mono<Client> client(ServerHttpRequest request) {
    String key = request.getHeaders().getFirst(API_KEY);
    Mono<Client> anonymous = Mono.fromSupplier(() -> anonymous(request));
    if (key == null || key.isBlank()) {
      return anonymous;
    }
    return keys.valid(key)
        .map(valid -> new Client("key:" + valid.id(), valid.perMinute()))
        .switchIfEmpty(anonymous);
  }

  private Client anonymous(ServerHttpRequest request) {
    return new Client("address:" + address(request), anonymousPerMinute);
  }

  private String address(ServerHttpRequest request) {
    InetSocketAddress remote = request.getRemoteAddress();
    return remote == null || remote.getAddress() == null
        ? ClientAddress.UNKNOWN
        : ClientNetwork.of(
            remote.getAddress(),
            request.getHeaders().getOrEmpty("X-Forwarded-For"),
            trustedProxies);
  }
}
