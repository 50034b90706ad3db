package org.zhifagongkai.api.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;

/**
 * Opaque cursors for search pages: the last hit's sort values, for ranked results (score, key and
 * whether the score is the rescored one of the first hits) or for listings by date (day, key). A
 * cursor of one mode is refused by the other, and a cursor of an earlier format by both.
 */
final class SearchCursors {

  private SearchCursors() {}

  private static final String VERSION = "s2";

  static String encode(boolean ranked, Object[] sortValues) {
    StringBuilder text = new StringBuilder(VERSION).append(ranked ? "|r" : "|d");
    for (Object value : sortValues) {
      text.append('|').append(value);
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  static Object[] decode(boolean ranked, String cursor) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
      if (ranked && parts.length == 5 && parts[0].equals(VERSION) && parts[1].equals("r")) {
        return new Object[] {
          Float.valueOf(parts[2]), Long.valueOf(parts[3]), Integer.valueOf(parts[4])
        };
      }
      if (!ranked && parts.length == 4 && parts[0].equals(VERSION) && parts[1].equals("d")) {
        return new Object[] {Long.valueOf(parts[2]), Long.valueOf(parts[3])};
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
