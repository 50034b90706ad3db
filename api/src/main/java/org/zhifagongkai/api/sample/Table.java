package org.zhifagongkai.api.sample;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rows to insert into one table, with the Java type of each column (needed to bind nulls). Not
 * thread-safe.
 */
final class Table {

  /** A column and the Java type its values bind as. */
  record Column(String name, Class<?> type) {}

  private final String name;
  private final List<Column> columns;
  private final List<@Nullable Object[]> rows = new ArrayList<>();

  Table(String name, List<Column> columns) {
    this.name = name;
    this.columns = columns;
  }

  static Column column(String name, Class<?> type) {
    return new Column(name, type);
  }

  Table row(@Nullable Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          name + " has " + columns.size() + " columns, got " + values.length + " values");
    }
    rows.add(values);
    return this;
  }

  String name() {
    return name;
  }

  List<Column> columns() {
    return columns;
  }

  List<@Nullable Object[]> rows() {
    return rows;
  }

  int size() {
    return rows.size();
  }
}
