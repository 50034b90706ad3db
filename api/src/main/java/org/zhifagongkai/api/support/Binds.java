package org.zhifagongkai.api.support;

import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Binds a value that may be null: R2DBC needs the type to bind a null. */
public final class Binds {

  private Binds() {}

  public static GenericExecuteSpec bind(
      GenericExecuteSpec spec, String name, @Nullable Object value, Class<?> type) {
    return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
  }
}
