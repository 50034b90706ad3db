package org.zhifagongkai.api.opendata;

import io.r2dbc.spi.Readable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.zhifagongkai.api.paging.SqlConditions;
import reactor.core.publisher.Flux;

/**
 * Reads a dataset's rows as a stream. The driver fetches them {@value #FETCH_SIZE} at a time from
 * an open portal and only as the client takes them, so an export of any size holds a few pages in
 * memory, never the table.
 */
@Repository
class ExportRows {

  static final int FETCH_SIZE = 500;

  private final DatabaseClient database;

  ExportRows(DatabaseClient database) {
    this.database = database;
  }

  /** Each row of {@code dataset} under {@code where}, its values in column order. */
  Flux<List<@Nullable Object>> rows(OpenDataset dataset, SqlConditions where) {
    return where
        .bind(database.sql(dataset.sql(where)))
        .filter(statement -> statement.fetchSize(FETCH_SIZE))
        .map(row -> values(dataset.columns(), row))
        .all();
  }

  private static List<@Nullable Object> values(List<Column> columns, Readable row) {
    List<@Nullable Object> values = new ArrayList<>(columns.size());
    for (Column column : columns) {
      values.add(column.type().read(row, column.name()));
    }
    return values;
  }
}
