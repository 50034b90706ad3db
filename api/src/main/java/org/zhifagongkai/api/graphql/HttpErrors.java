package org.zhifagongkai.api.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of an answer refused before GraphQL runs (a request the transport cannot take), in the
 * shape of a GraphQL error with its code and both messages, so clients read every refusal alike.
 */
public final class HttpErrors {

  private HttpErrors() {}

  public static Map<String, Object> body(PortalException e) {
    Map<String, Object> extensions = new LinkedHashMap<>();
    extensions.put("code", e.code().name());
    extensions.put("messageZh", e.messageZh());
    extensions.put("messageEn", e.messageEn());
    return Map.of("errors", List.of(Map.of("message", e.getMessage(), "extensions", extensions)));
  }
}
