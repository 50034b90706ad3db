package org.zhifagongkai.api.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Turns exceptions from any data fetcher into GraphQL errors with a stable {@code extensions.code}.
 *
 * <p>Unknown failures are logged with an id and answered generically, so no internals reach a
 * client.
 */
@ControllerAdvice
public class GraphQlErrors {

  private static final Log log = LogFactory.getLog(GraphQlErrors.class);

  @GraphQlExceptionHandler
  public GraphQLError portal(PortalException e, DataFetchingEnvironment env) {
    return error(env, e.code(), e.messageZh(), e.messageEn(), Map.of());
  }

  @GraphQlExceptionHandler
  public GraphQLError unexpected(Throwable e, DataFetchingEnvironment env) {
    String errorId = UUID.randomUUID().toString();
    log.error("Internal error " + errorId + " at " + env.getExecutionStepInfo().getPath(), e);
    return error(
        env,
        ErrorCode.INTERNAL_ERROR,
        "服务器内部错误，请引用错误编号 " + errorId + " 报告",
        "Internal error; quote error id " + errorId + " when reporting it",
        Map.of("errorId", errorId));
  }

  private static GraphQLError error(
      DataFetchingEnvironment env,
      ErrorCode code,
      String messageZh,
      String messageEn,
      Map<String, Object> more) {
    Map<String, Object> extensions = new java.util.LinkedHashMap<>(more);
    extensions.put("code", code.name());
    extensions.put("messageZh", messageZh);
    extensions.put("messageEn", messageEn);
    return GraphqlErrorBuilder.newError(env)
        .errorType(code.type())
        .message(messageZh + " / " + messageEn)
        .extensions(extensions)
        .build();
  }
}
