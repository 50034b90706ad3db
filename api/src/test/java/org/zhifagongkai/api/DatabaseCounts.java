package org.zhifagongkai.api;

import java.time.Duration;
import java.util.Objects;
import org.springframework.r2dbc.core.DatabaseClient;

/** Counts rows with SQL, for tests that check what a portal stored. */
public final class DatabaseCounts {

  private DatabaseCounts() {}

  /** The single number {@code sql} (a {@code count(*)}) answers. */
  public static long count(DatabaseClient database, String sql) {
    Number value =
        database.sql(sql).map(row -> row.get(0, Number.class)).one().block(Duration.ofMinutes(2));
    return Objects.requireNonNull(value, sql).longValue();
  }
}
