package org.zhifagongkai.api.paging;

import java.util.List;
import java.util.function.Function;

/**
 * A keyset ordering of a list: SQL expressions compared as one row value, all in one direction, the
 * last one unique. Cursors carry the values of these expressions for the last item of a page, so
 * paging never skips or repeats an item, even while rows are added.
 *
 * @param name identifies the ordering inside cursors, so a cursor cannot be used with another
 *     ordering
 * @param <T> the type of the listed items
 */
public record Ordering<T>(String name, boolean descending, List<Key<T>> keys) {

  /** One sort expression, the Java type of its values, and how to read its value off an item. */
  public record Key<T>(String expression, Class<?> type, Function<T, Object> value) {}

  /** Ascending by a single unique key, the usual order of a catalogue. */
  public static <T> Ordering<T> by(String expression, Class<?> type, Function<T, Object> value) {
    return new Ordering<>("key", false, List.of(new Key<>(expression, type, value)));
  }

  String orderByClause() {
    String direction = descending ? " desc" : " asc";
    return String.join(", ", keys.stream().map(k -> k.expression() + direction).toList());
  }
}
