package org.zhifagongkai.api.opendata;

import org.jspecify.annotations.Nullable;

/**
 * One column of an exported dataset.
 *
 * @param sql the SQL expression selecting it
 * @param schemaField the GraphQL field ({@code Type.field}) whose description is this column's
 *     meaning in the dictionary; null when the column has no field of its own
 * @param description the meaning of a column without a schema field; null when it has one
 */
record Column(
    String name,
    ColumnType type,
    String sql,
    @Nullable String schemaField,
    @Nullable String description) {

  /** A column selected by {@code sql}, meaning what the schema field {@code schemaField} means. */
  static Column of(String name, ColumnType type, String sql, String schemaField) {
    return new Column(name, type, sql, schemaField, null);
  }

  /** A column without a schema field of its own, meaning {@code description}. */
  static Column explained(String name, ColumnType type, String sql, String description) {
    return new Column(name, type, sql, null, description);
  }

  String selected() {
    return sql + " as " + name;
  }
}
