package org.zhifagongkai.api.paging;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;

/** Encodes keyset positions as opaque cursors and decodes them, refusing any it did not issue. */
final class Cursors {

  private static final String VERSION = "c1";
  private static final char SEPARATOR = '\u001f';

  private Cursors() {}

  static <T> String encode(Ordering<T> ordering, T item) {
    StringBuilder text = new StringBuilder(VERSION).append(SEPARATOR).append(ordering.name());
    for (Ordering.Key<T> key : ordering.keys()) {
      text.append(SEPARATOR).append(key.value().apply(item));
    }
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  static List<Object> decode(Ordering<?> ordering, String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = text.split(String.valueOf(SEPARATOR), -1);
      if (parts.length != ordering.keys().size() + 2
          || !parts[0].equals(VERSION)
          || !parts[1].equals(ordering.name())) {
        throw invalid(cursor);
      }
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < ordering.keys().size(); i++) {
        values.add(parse(ordering.keys().get(i).type(), parts[i + 2]));
      }
      return values;
    } catch (IllegalArgumentException e) {
      throw invalid(cursor);
    }
  }

  private static Object parse(Class<?> type, String text) {
    if (type == Long.class) {
      return Long.valueOf(text);
    }
    if (type == LocalDate.class) {
      return LocalDate.parse(text);
    }
    if (type == BigDecimal.class) {
      return new BigDecimal(text);
    }
    return text;
  }

  private static PortalException invalid(String cursor) {
    return new PortalException(
        ErrorCode.INVALID_CURSOR,
        "游标 after 无效或不属于当前排序：" + cursor,
        "after is not a cursor issued for this list and ordering: " + cursor);
  }
}
