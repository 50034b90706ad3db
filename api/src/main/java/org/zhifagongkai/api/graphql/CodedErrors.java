package org.zhifagongkai.api.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Errors raised outside any data fetcher (a refused request, a timeout), shaped like those of
 * {@link GraphQlErrors}: {@code extensions.code}, {@code messageZh} and {@code messageEn}.
 */
final class CodedErrors {

  private CodedErrors() {}

  static GraphQLError error(ErrorCode code, String messageZh, String messageEn) {
    return error(code, messageZh, messageEn, Map.of(), List.of());
  }

  static GraphQLError error(
      ErrorCode code,
      String messageZh,
      String messageEn,
      Map<String, Object> more,
      List<SourceLocation> locations) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("code", code.name());
    extensions.put("messageZh", messageZh);
    extensions.put("messageEn", messageEn);
    extensions.putAll(more);
    GraphqlErrorBuilder<?> error =
        GraphqlErrorBuilder.newError()
            .errorType(code.type())
            .message(messageZh + " / " + messageEn)
            .extensions(extensions);
    if (!locations.isEmpty()) {
      error.locations(locations);
    }
    return error.build();
  }

  /** Stops a request before it runs; the engine answers with this single error and no data. */
  static AbortExecutionException refusal(GraphQLError error) {
    return new AbortExecutionException(List.of(error));
  }
}
