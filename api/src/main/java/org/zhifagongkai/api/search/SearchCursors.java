package org.zhifagongkai.api.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;

/**
 * Opaque cursors for search pages: the last hit's sort values, for ranked results (score, key) or
 * for listings by date (day, key). A cursor of one mode is refused by the other.
 */
final class SearchCursors {

  private SearchCursors() {}

  static String encode(boolean ranked, Object[] sortValues) {
    String text = (ranked ? "s1|r|" : "s1|d|") + sortValues[0] + "|" + sortValues[1];
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static Object[] decode(boolean ranked, String cursor) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
      if (parts.length == 4 && parts[0].equals("s1") && parts[1].equals(ranked ? "r" : "d")) {
        Object first = ranked ? (Object) Float.valueOf(parts[2]) : (Object) Long.valueOf(parts[2]);
        return new Object[] {first, Long.valueOf(parts[3])};
      }
    } catch (IllegalArgumentException e) {
      // answered below
    }
    throw new PortalException(
        ErrorCode.INVALID_CURSOR,
        "游标 after 无效或不属于这次检索：" + cursor,
        "after is not a cursor of this search: " + cursor);
  }
}
