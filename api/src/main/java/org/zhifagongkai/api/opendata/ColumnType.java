package org.zhifagongkai.api.opendata;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.law.LegalProvision;

/** The type of an exported column: how it is read from a row and how the dictionary names it. */
enum ColumnType {
  TEXT("string", String.class),
  INTEGER("integer", Long.class),
  /** Exact yuan, never rounded. */
  DECIMAL("decimal", BigDecimal.class),
  DATE("date", LocalDate.class),
  DATE_TIME("dateTime", OffsetDateTime.class),
  BOOLEAN("boolean", Boolean.class),
  /** A list of texts: an array in JSON Lines, joined with {@link #LIST_SEPARATOR} in CSV. */
  TEXT_LIST("list of strings", String[].class) {
    @Override
    @Nullable Object read(Readable row, String column) {
      String[] values = row.get(column, String[].class);
      return values == null ? null : Arrays.asList(values);
    }
  },
  /**
   * Citations of legal provisions, selected as texts of title, article, paragraph and item joined
   * by {@link #CITATION_PARTS} and cited as the portal cites them (《…》第十条第一款).
   */
  CITATIONS("list of strings", String[].class) {
    @Override
    @Nullable Object read(Readable row, String column) {
      String[] values = row.get(column, String[].class);
      return values == null ? null : Arrays.stream(values).map(ColumnType::cite).toList();
    }
  };

  /**
   * What separates a provision's parts in a {@link #CITATIONS} column's SQL: ASCII unit separator.
   */
  static final String CITATION_PARTS = "chr(31)";

  /** Separates a list's elements in a CSV cell; no exported list element contains it. */
  static final String LIST_SEPARATOR = "|";

  private final String dictionaryName;
  private final Class<?> sqlType;

  ColumnType(String dictionaryName, Class<?> sqlType) {
    this.dictionaryName = dictionaryName;
    this.sqlType = sqlType;
  }

  /** The value of {@code column} in {@code row}, as this type holds it; null for SQL null. */
  @Nullable Object read(Readable row, String column) {
    return row.get(column, sqlType);
  }

  private static String cite(String parts) {
    String[] part = parts.split("\u001f", -1);
    return LegalProvision.citation(
        part[0], Integer.parseInt(part[1]), optionalNumber(part[2]), optionalNumber(part[3]));
  }

  private static @Nullable Integer optionalNumber(String text) {
    return text.isEmpty() ? null : Integer.valueOf(text);
  }

  String dictionaryName() {
    return dictionaryName;
  }
}
