package org.zhifagongkai.api.graphql;

import graphql.GraphQLError;
import java.util.List;
import java.util.Map;

/**
 * The coded errors of requests beyond {@link QueryLimits}, with their messages in both languages.
 */
final class Refusals {

  static final String TIMEOUT_ZH = "请求执行超时，请缩小查询范围或分页查询";
  static final String TIMEOUT_EN = "The request ran out of time; ask for less, or page through it";

  private Refusals() {}

  static GraphQLError tooCostly(Map<String, Object> cost) {
    return CodedErrors.error(
        ErrorCode.QUERY_TOO_COSTLY,
        "查询代价 " + cost.get("requested") + " 超过上限 " + cost.get("limit") + "，请减少每页数量或嵌套列表",
        "The query costs "
            + cost.get("requested")
            + ", above the limit of "
            + cost.get("limit")
            + "; ask for smaller pages or fewer nested lists",
        Map.of("cost", cost),
        List.of());
  }

  static GraphQLError tooDeep(int depth, int limit) {
    return CodedErrors.error(
        ErrorCode.QUERY_TOO_DEEP,
        "查询嵌套 " + depth + " 层，超过上限 " + limit + " 层",
        "The query nests fields " + depth + " deep, beyond the limit of " + limit);
  }

  static GraphQLError tooManyFields(int limit) {
    return CodedErrors.error(
        ErrorCode.QUERY_TOO_LARGE,
        "查询选择的字段（含别名和片段展开）超过上限 " + limit + " 个",
        "The query selects more than " + limit + " fields, counting aliases and spread fragments");
  }

  static GraphQLError timedOut() {
    return CodedErrors.error(ErrorCode.QUERY_TIMEOUT, TIMEOUT_ZH, TIMEOUT_EN);
  }

  static GraphQLError responseTooLarge(long limit) {
    return CodedErrors.error(
        ErrorCode.RESPONSE_TOO_LARGE,
        "响应超过 " + limit + " 字节，请减少每页数量或所选字段",
        "The answer is over " + limit + " bytes; ask for smaller pages or fewer fields");
  }
}
