package org.zhifagongkai.api.graphql;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether a result would exceed a number of bytes once written as JSON, counted from the result's
 * maps, lists and values without writing it. Exact for compact UTF-8 JSON, except that escapes of
 * control characters are counted as one extra byte each; stops counting once past the limit.
 */
final class JsonSize {

  private final long limit;
  private long bytes;

  private JsonSize(long limit) {
    this.limit = limit;
  }

  static boolean exceeds(@Nullable Object value, long limit) {
    JsonSize size = new JsonSize(limit);
    size.add(value);
    return size.bytes > limit;
  }

  private void add(@Nullable Object value) {
    if (bytes > limit) {
      return;
    }
    switch (value) {
      case null -> bytes += 4;
      case String text -> addText(text);
      case Map<?, ?> map -> {
        bytes += 2 + Math.max(0, map.size() - 1);
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          addText(String.valueOf(entry.getKey()));
          bytes += 1;
          add(entry.getValue());
        }
      }
      case List<?> list -> {
        bytes += 2 + Math.max(0, list.size() - 1);
        for (Object item : list) {
          add(item);
        }
      }
      default -> bytes += String.valueOf(value).length();
    }
  }

  private void addText(String text) {
    bytes += 2;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += c == '"' || c == '\\' || c < 0x20 ? 2 : 1;
      } else if (c < 0x800 || Character.isSurrogate(c)) {
        bytes += 2; // a surrogate pair is four bytes together
      } else {
        bytes += 3;
      }
    }
  }
}
