package org.zhifagongkai.api.graphql;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that an HTTP body is a GraphQL request as GraphQL over HTTP defines it: a JSON object
 * whose {@code query} is a string, {@code operationName} a string or null, and {@code variables}
 * and {@code extensions} objects or null. Spring for GraphQL answers an empty body with an empty
 * 200 and reads {@code "query": 5} as text; this check answers both as the client's mistake.
 */
final class RequestBodyShape {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private RequestBodyShape() {}

  /** What is wrong with a body, in Chinese and English. */
  record Problem(String messageZh, String messageEn) {}

  static @Nullable Problem problem(byte[] body) {
    if (body.length == 0) {
      return new Problem(
          "请求体为空，应为含 query 的 JSON 对象",
          "The request body is empty; send a JSON object with a query");
    }
    JsonNode request;
    try {
      request = JSON.readTree(body);
    } catch (JacksonException e) {
      return new Problem("请求体不是有效的 JSON", "The request body is not valid JSON");
    }
    if (request == null || !request.isObject()) {
      return new Problem("请求体应为 JSON 对象", "The request body must be a JSON object");
    }
    JsonNode query = request.get("query");
    if (query == null || !query.isString()) {
      return new Problem("query 须为字符串", "query must be a string");
    }
    for (Map.Entry<String, Boolean> member :
        Map.of("operationName", false, "variables", true, "extensions", true).entrySet()) {
      JsonNode value = request.get(member.getKey());
      boolean object = member.getValue();
      if (value != null && !value.isNull() && (object ? !value.isObject() : !value.isString())) {
        String kind = object ? "an object" : "a string";
        return new Problem(
            member.getKey() + " 须为" + (object ? "对象" : "字符串") + "或 null",
            member.getKey() + " must be " + kind + " or null");
      }
    }
    return null;
  }
}
