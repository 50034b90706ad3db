package org.zhifagongkai.api.support;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Typed reads of result columns, failing loudly when a non-null column is null. */
public final class Rows {

  private Rows() {}

  public static String text(Readable row, String column) {
    return Objects.requireNonNull(row.get(column, String.class), column);
  }

  public static @Nullable String optionalText(Readable row, String column) {
    return row.get(column, String.class);
  }

  public static long id(Readable row, String column) {
    return Objects.requireNonNull(row.get(column, Long.class), column);
  }

  public static @Nullable Long optionalId(Readable row, String column) {
    return row.get(column, Long.class);
  }

  public static int integer(Readable row, String column) {
    return Objects.requireNonNull(row.get(column, Integer.class), column);
  }

  public static @Nullable Integer optionalInteger(Readable row, String column) {
    return row.get(column, Integer.class);
  }

  public static LocalDate date(Readable row, String column) {
    return Objects.requireNonNull(row.get(column, LocalDate.class), column);
  }

  public static @Nullable LocalDate optionalDate(Readable row, String column) {
    return row.get(column, LocalDate.class);
  }

  public static OffsetDateTime instant(Readable row, String column) {
    return Objects.requireNonNull(row.get(column, OffsetDateTime.class), column);
  }

  public static @Nullable BigDecimal optionalDecimal(Readable row, String column) {
    return row.get(column, BigDecimal.class);
  }

  /** A bytea column's bytes. */
  public static byte[] bytes(Readable row, String column) {
    ByteBuffer buffer = Objects.requireNonNull(row.get(column, ByteBuffer.class), column);
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }

  public static <E extends Enum<E>> E enumValue(Readable row, String column, Class<E> type) {
    return Enum.valueOf(type, text(row, column));
  }

  public static <E extends Enum<E>> @Nullable E optionalEnum(
      Readable row, String column, Class<E> type) {
    String value = optionalText(row, column);
    return value == null ? null : Enum.valueOf(type, value);
  }

  public static <E extends Enum<E>> List<E> enumList(Readable row, String column, Class<E> type) {
    String[] values = Objects.requireNonNull(row.get(column, String[].class), column);
    return Arrays.stream(values).map(v -> Enum.valueOf(type, v)).toList();
  }

  public static String[] stringArray(Readable row, String column) {
    return Objects.requireNonNull(row.get(column, String[].class), column);
  }
}
