package org.zhifagongkai.api.opendata;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON Lines record: one object per line, keyed by column name, amounts as JSON numbers (exact
 * yuan), dates and times as ISO 8601 texts, lists as arrays, nulls kept.
 */
final class JsonLine {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private JsonLine() {}

  static String of(List<Column> columns, List<@Nullable Object> values) {
    Map<String, @Nullable Object> record = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      record.put(columns.get(i).name(), json(values.get(i)));
    }
    return JSON.writeValueAsString(record) + "\n";
  }

  private static @Nullable Object json(@Nullable Object value) {
    return value instanceof LocalDate || value instanceof OffsetDateTime ? value.toString() : value;
  }
}
