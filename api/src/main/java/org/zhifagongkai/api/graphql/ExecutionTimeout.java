package org.zhifagongkai.api.graphql;

import graphql.ExecutionResult;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Answers a request still running after {@code portal.limits.timeout} with a single {@code
 * QUERY_TIMEOUT} error; {@link QueryLimitsInstrumentation} then fetches nothing more for it.
 */
@Component
class ExecutionTimeout implements WebGraphQlInterceptor {

  private final QueryLimits limits;

  ExecutionTimeout(QueryLimits limits) {
    this.limits = limits;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return chain
        .next(request)
        .timeout(limits.timeout(), Mono.fromSupplier(() -> timedOut(request)));
  }

  private static WebGraphQlResponse timedOut(WebGraphQlRequest request) {
    ExecutionResult result =
        ExecutionResult.newExecutionResult().addError(Refusals.timedOut()).build();
    return new WebGraphQlResponse(
        new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
  }
}
