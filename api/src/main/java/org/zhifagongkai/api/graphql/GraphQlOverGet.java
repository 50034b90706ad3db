package org.zhifagongkai.api.graphql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * GraphQL over HTTP GET, as the GraphQL-over-HTTP specification describes it: {@code query}, {@code
 * variables}, {@code operationName} and {@code extensions} as URL parameters, queries only (a
 * mutation is 405), automatic persisted queries by SHA-256, and answers a shared cache may keep
 * when they are public: asked without a token and answered without an error.
 */
@Configuration(proxyBeanMethods = false)
public class GraphQlOverGet {

  static final MediaType GRAPHQL_RESPONSE =
      MediaType.parseMediaType("application/graphql-response+json");
  static final Duration PUBLIC_MAX_AGE = Duration.ofSeconds(60);

  private final WebGraphQlHandler graphQl;
  private final PersistedQueries persisted;
  private final JsonMapper json = JsonMapper.builder().build();

  GraphQlOverGet(WebGraphQlHandler graphQl, PersistedQueries persisted) {
    this.graphQl = graphQl;
    this.persisted = persisted;
  }

  /** Ahead of Spring Boot's GraphQL route, which answers GET with 405. */
  @Bean
  @Order(-1)
  RouterFunction<ServerResponse> graphQlGet(
      @Value("${spring.graphql.http.path:/graphql}") String path) {
    return RouterFunctions.route(RequestPredicates.GET(path), this::handle);
  }

  Mono<ServerResponse> handle(ServerRequest request) {
    MediaType type = responseType(request.headers().accept());
    if (type == null) {
      return ServerResponse.status(HttpStatus.NOT_ACCEPTABLE).build();
    }
    Map<String, Object> body;
    try {
      body = body(request);
    } catch (PortalException e) {
      HttpStatus status =
          e.code() == ErrorCode.PERSISTED_QUERY_NOT_FOUND ? HttpStatus.OK : HttpStatus.BAD_REQUEST;
      return ServerResponse.status(status)
          .contentType(type)
          .cacheControl(CacheControl.noStore())
          .bodyValue(HttpErrors.body(e));
    }
    PortalException refused =
        GetRefusals.of(String.valueOf(body.get("query")), (String) body.get("operationName"));
    if (refused != null) {
      return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
          .allow(HttpMethod.POST)
          .contentType(type)
          .cacheControl(CacheControl.noStore())
          .bodyValue(HttpErrors.body(refused));
    }
    var exchange = request.exchange().getRequest();
    WebGraphQlRequest graphQlRequest =
        new WebGraphQlRequest(
            exchange.getURI(),
            exchange.getHeaders(),
            exchange.getCookies(),
            exchange.getRemoteAddress(),
            request.attributes(),
            body,
            exchange.getId(),
            request.exchange().getLocaleContext().getLocale());
    boolean anonymous =
        !request.headers().asHttpHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
    return graphQl
        .handleRequest(graphQlRequest)
        .flatMap(response -> answer(response, type, anonymous));
  }

  private Mono<ServerResponse> answer(
      WebGraphQlResponse response, MediaType type, boolean anonymous) {
    boolean invalid = !response.isValid() && GRAPHQL_RESPONSE.equals(type);
    CacheControl cache =
        anonymous && response.getErrors().isEmpty()
            ? CacheControl.maxAge(PUBLIC_MAX_AGE).cachePublic()
            : CacheControl.noStore();
    return ServerResponse.status(invalid ? HttpStatus.BAD_REQUEST : HttpStatus.OK)
        .contentType(type)
        .cacheControl(cache)
        .varyBy(HttpHeaders.ACCEPT, HttpHeaders.AUTHORIZATION)
        .bodyValue(response.toMap());
  }

  private Map<String, Object> body(ServerRequest request) {
    Map<?, ?> extensions = object(request, "extensions");
    String query = persisted.resolve(request.queryParam("query").orElse(null), extensions);
    if (query == null || query.isBlank()) {
      throw new PortalException(
          ErrorCode.INVALID_REQUEST,
          "缺少 query 参数",
          "The query parameter is missing (or give extensions.persistedQuery)");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query", query);
    request
        .queryParam("operationName")
        .filter(s -> !s.isEmpty())
        .ifPresent(name -> body.put("operationName", name));
    Map<?, ?> variables = object(request, "variables");
    if (variables != null) {
      body.put("variables", variables);
    }
    if (extensions != null) {
      body.put("extensions", extensions);
    }
    return body;
  }

  private @Nullable Map<?, ?> object(ServerRequest request, String name) {
    String text = request.queryParam(name).orElse(null);
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      Object value = json.readValue(text, Object.class);
      if (value == null) {
        return null;
      }
      if (value instanceof Map<?, ?> map) {
        return map;
      }
    } catch (JacksonException e) {
      // answered below
    }
    throw new PortalException(
        ErrorCode.INVALID_REQUEST,
        "参数 " + name + " 须为 JSON 对象",
        "The " + name + " parameter must be a JSON object");
  }

  private static @Nullable MediaType responseType(List<MediaType> accepted) {
    if (accepted.isEmpty()) {
      return GRAPHQL_RESPONSE;
    }
    List<MediaType> preferred = new ArrayList<>(accepted);
    MimeTypeUtils.sortBySpecificity(preferred);
    for (MediaType type : preferred) {
      if (type.isCompatibleWith(GRAPHQL_RESPONSE)) {
        return GRAPHQL_RESPONSE;
      }
      if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
        return MediaType.APPLICATION_JSON;
      }
    }
    return null;
  }
}
