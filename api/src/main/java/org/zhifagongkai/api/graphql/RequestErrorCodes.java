package org.zhifagongkai.api.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Gives errors raised by the GraphQL engine itself (syntax, unknown fields, values of the wrong
 * type) the code {@code INVALID_REQUEST}, so that every error a client sees carries a code, and
 * cuts every message to {@value #MAX_MESSAGE} characters, without the controls, direction overrides
 * and zero-width marks a quoted value held.
 */
@Component
public class RequestErrorCodes implements WebGraphQlInterceptor {

  /** Messages quote what was sent; a huge value sent back would make the error a payload. */
  static final int MAX_MESSAGE = 500;

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    return chain
        .next(request)
        .map(
            response -> {
              List<ResponseError> errors = response.getErrors();
              if (errors.stream().allMatch(RequestErrorCodes::codedAndShort)) {
                return response;
              }
              return response.transform(
                  builder ->
                      builder.errors(errors.stream().map(RequestErrorCodes::coded).toList()));
            });
  }

  /**
   * Controls, direction overrides, zero-width marks and unpaired surrogates: a quoted value may
   * hold them (a U+202E turns the line it is shown in around), and no message needs them.
   */
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}]");

  private static boolean codedAndShort(ResponseError error) {
    return error.getExtensions().containsKey("code")
        && readable(String.valueOf(error.getMessage()))
        && error.getExtensions().values().stream()
            .allMatch(v -> !(v instanceof String text) || readable(text));
  }

  private static boolean readable(String text) {
    return text.length() <= MAX_MESSAGE && !INVISIBLE.matcher(text).find();
  }

  private static GraphQLError coded(ResponseError error) {
    Map<String, Object> extensions = new LinkedHashMap<>(error.getExtensions());
    if (!extensions.containsKey("code")) {
      extensions.put("code", ErrorCode.INVALID_REQUEST.name());
      extensions.put("messageEn", error.getMessage());
      extensions.put("messageZh", "请求不符合接口定义：" + error.getMessage());
    }
    extensions.replaceAll((key, value) -> value instanceof String text ? shortened(text) : value);
    ErrorClassification type = error.getErrorType();
    return GraphqlErrorBuilder.newError()
        .message(shortened(String.valueOf(error.getMessage())))
        .locations(error.getLocations())
        .path(error.getParsedPath())
        .errorType(type)
        .extensions(extensions)
        .build();
  }

  private static String shortened(String text) {
    String clean = INVISIBLE.matcher(text).replaceAll("");
    return clean.length() <= MAX_MESSAGE
        ? clean
        : clean.substring(0, clean.offsetByCodePoints(0, clean.codePointCount(0, MAX_MESSAGE)))
            + "…";
  }
}
