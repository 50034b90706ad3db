package org.zhifagongkai.api.ratelimit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Repeats the client's allowance in the GraphQL answer, as {@code extensions.rateLimit { limit
 * remaining resetAt }}, for clients that read bodies rather than headers. Adds to the extensions
 * already there (such as a query's cost) and replaces none.
 */
@Component
class RateLimitExtensions implements WebGraphQlInterceptor {

  private final Clock clock;

  RateLimitExtensions(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    Object allowance = request.getAttributes().get(RateLimitFilter.ALLOWANCE);
    if (!(allowance instanceof Allowance known)) {
      return chain.next(request);
    }
    return chain.next(request).map(response -> withRateLimit(response, known));
  }

  private WebGraphQlResponse withRateLimit(WebGraphQlResponse response, Allowance allowance) {
    OffsetDateTime resetAt =
        OffsetDateTime.now(clock)
            .plusSeconds(allowance.resetSeconds())
            .truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> rateLimit = new LinkedHashMap<>();
    rateLimit.put("limit", allowance.limit());
    rateLimit.put("remaining", allowance.remaining());
    rateLimit.put("resetAt", resetAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    Map<Object, Object> extensions = new LinkedHashMap<>(response.getExtensions());
    extensions.put("rateLimit", rateLimit);
    return response.transform(builder -> builder.extensions(extensions));
  }
}
