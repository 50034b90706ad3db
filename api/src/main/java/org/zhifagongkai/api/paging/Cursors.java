package org.zhifagongkai.api.paging;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.graphql.UnsafeText;

/** Encodes keyset positions as opaque cursors and decodes them, refusing any it did not issue. */
final class Cursors {

  private static final String VERSION = "c1";
  private static final char SEPARATOR = '\u001f';
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,20}(\\.\\d{1,20})?");

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
    } catch (IllegalArgumentException | DateTimeException e) {
      throw invalid(cursor);
    }
  }

  /**
   * One key value as this class wrote it; anything else, including values the database would refuse
   * (years beyond 9999, huge exponents, NUL characters), is an {@link IllegalArgumentException}.
   */
  private static Object parse(Class<?> type, String text) {
    if (type == Long.class) {
      return Long.valueOf(text);
    }
    if (type == LocalDate.class) {
      require(DATE.matcher(text).matches());
      return LocalDate.parse(text); // a DateTimeException for 2026-02-30
    }
    if (type == BigDecimal.class) {
      require(DECIMAL.matcher(text).matches());
      return new BigDecimal(text);
    }
    require(!UnsafeText.isUnsafe(text));
    return text;
  }

  private static void require(boolean written) {
    if (!written) {
      throw new IllegalArgumentException("not a value this class writes");
    }
  }

  private static PortalException invalid(String cursor) {
    return new PortalException(
        ErrorCode.INVALID_CURSOR,
        "游标 after 无效或不属于当前排序：" + cursor,
        "after is not a cursor issued for this list and ordering: " + cursor);
  }
}
