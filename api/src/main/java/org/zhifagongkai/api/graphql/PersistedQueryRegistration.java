package org.zhifagongkai.api.graphql;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Keeps the query a POST sends with its hash, as Apollo clients do after a GET by hash alone was
 * not found, so that the next GET by hash finds it.
 */
@Component
class PersistedQueryRegistration implements WebGraphQlInterceptor {

  private final PersistedQueries persisted;

  PersistedQueryRegistration(PersistedQueries persisted) {
    this.persisted = persisted;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    persisted.register(request.getDocument(), request.getExtensions());
    return chain.next(request);
  }
}
