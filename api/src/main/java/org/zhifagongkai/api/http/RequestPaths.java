package org.zhifagongkai.api.http;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Matches a request's path as the router does (path parameters such as {@code ;x} ignored, {@code
 * %}-escapes decoded), so that a filter guarding a path cannot be passed by spelling it another
 * way.
 */
public final class RequestPaths {

  private RequestPaths() {}

  public static PathPattern pattern(String pattern) {
    return PathPatternParser.defaultInstance.parse(pattern);
  }

  public static boolean matches(ServerHttpRequest request, PathPattern pattern) {
    return pattern.matches(request.getPath().pathWithinApplication());
  }
}
