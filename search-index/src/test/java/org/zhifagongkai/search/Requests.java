package org.zhifagongkai.search;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Search requests for tests: a text, perhaps with identifiers, and nothing else. */
final class Requests {

  static final SearchRequest.Answer COUNTED = new SearchRequest.Answer(true, 0, false);

  private Requests() {}

  /** {@code first} hits of {@code text} after {@code after}. */
  static SearchRequest text(
      String text, int first, Object @Nullable [] after, SearchRequest.Answer answer) {
    return new SearchRequest(
        text, Set.of(), Set.of(), Map.of(), null, null, first, after, Map.of(), answer);
  }

  /** Ten counted hits of {@code text}, which names {@code key}, with {@code beside} left of it. */
  static SearchRequest naming(String text, String key, @Nullable String beside) {
    return new SearchRequest(
        text, Set.of(key), Set.of(), Map.of(), null, null, 10, null, Map.of(), COUNTED, beside);
  }
}
