package org.zhifagongkai.api.graphql;

import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.zhifagongkai.api.http.RequestPaths;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the body of every POST to the GraphQL endpoint before Spring for GraphQL does: a body over
 * {@code portal.limits.max-request-bytes} (declared or streamed) is answered 413 {@code
 * PAYLOAD_TOO_LARGE}, an empty one or one that is no GraphQL request ({@link RequestBodyShape}) 400
 * {@code INVALID_REQUEST}, both with a GraphQL error body. Other bodies go on unchanged.
 */
@Component
class GraphQlRequestBodies implements WebFilter, Ordered {

  private final QueryLimits limits;
  private final PathPattern path;

  GraphQlRequestBodies(
      QueryLimits limits, @Value("${spring.graphql.http.path:/graphql}") String path) {
    this.limits = limits;
    this.path = RequestPaths.pattern(path);
  }

  @Override
  public int getOrder() {
    return 0; // after filters that only decorate the response, before the GraphQL handler
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    ServerHttpRequest request = exchange.getRequest();
    if (request.getMethod() != HttpMethod.POST || !RequestPaths.matches(request, path)) {
      return chain.filter(exchange);
    }
    long limit = limitFor(request);
    int max = (int) Math.min(limit, Integer.MAX_VALUE - 1);
    if (request.getHeaders().getContentLength() > max) {
      return tooLarge(exchange, limit); // refused before reading a byte of it
    }
    return DataBufferUtils.join(request.getBody(), max)
        .map(GraphQlRequestBodies::bytes)
        .defaultIfEmpty(new byte[0])
        .flatMap(
            body -> {
              RequestBodyShape.Problem problem = RequestBodyShape.problem(body);
              if (problem != null) {
                return answer(
                    exchange,
                    HttpStatus.BAD_REQUEST,
                    ErrorCode.INVALID_REQUEST,
                    problem.messageZh(),
                    problem.messageEn());
              }
              return chain.filter(exchange.mutate().request(withBody(request, body)).build());
            })
        .onErrorResume(DataBufferLimitException.class, e -> tooLarge(exchange, limit));
  }

  /** Staff upload spreadsheets in Base64; everyone else sends queries, which are small. */
  private long limitFor(ServerHttpRequest request) {
    String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
    boolean staff = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    return staff ? limits.maxStaffRequestBytes() : limits.maxRequestBytes();
  }

  private Mono<Void> tooLarge(ServerWebExchange exchange, long max) {
    return answer(
        exchange,
        HttpStatus.CONTENT_TOO_LARGE,
        ErrorCode.PAYLOAD_TOO_LARGE,
        "请求体超过 " + max + " 字节",
        "The request body is over " + max + " bytes");
  }

  private static Mono<Void> answer(
      ServerWebExchange exchange,
      HttpStatus status,
      ErrorCode code,
      String messageZh,
      String messageEn) {
    return HttpErrors.write(
        exchange.getResponse(), status, HttpErrors.body(code, messageZh, messageEn, Map.of()));
  }

  private static byte[] bytes(DataBuffer buffer) {
    try {
      byte[] bytes = new byte[buffer.readableByteCount()];
      buffer.read(bytes);
      return bytes;
    } finally {
      DataBufferUtils.release(buffer);
    }
  }

  private static ServerHttpRequest withBody(ServerHttpRequest request, byte[] body) {
    return new ServerHttpRequestDecorator(request) {
      @Override
      public Flux<DataBuffer> getBody() {
        return Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
      }
    };
  }
}
