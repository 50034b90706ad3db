package org.zhifagongkai.api.opendata;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A CSV line as RFC 4180 writes it: cells separated by commas, quoted when they hold a comma, a
 * quote or a line break, lines ended by CRLF. A text cell beginning with {@code = + - @} gets a
 * leading apostrophe, so a spreadsheet shows it instead of running it as a formula.
 */
final class CsvLine {

  static final String BYTE_ORDER_MARK = "\uFEFF";

  private CsvLine() {}

  /** The start of a CSV file: the byte-order mark Excel needs to read UTF-8, then the header. */
  static String fileHeader(List<String> columns) {
    return BYTE_ORDER_MARK + String.join(",", columns) + "\r\n";
  }

  /** A whole CSV file of {@code rows} under {@code columns}, for documents small enough to hold. */
  static String file(List<String> columns, List<List<@Nullable Object>> rows) {
    StringBuilder csv = new StringBuilder(fileHeader(columns));
    rows.forEach(row -> csv.append(of(row)));
    return csv.toString();
  }

  static String of(List<@Nullable Object> values) {
    StringBuilder line = new StringBuilder(256);
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(cell(values.get(i)));
    }
    return line.append("\r\n").toString();
  }

  private static String cell(@Nullable Object value) {
    return switch (value) {
      case null -> "";
      case BigDecimal amount -> amount.toPlainString();
      case Number number -> number.toString();
      case Boolean flag -> flag.toString();
      case List<?> list ->
          quoted(
              list.stream()
                  .map(String::valueOf)
                  .collect(Collectors.joining(ColumnType.LIST_SEPARATOR)));
      case String text -> quoted(text);
      default -> value.toString();
    };
  }

  private static String quoted(String text) {
    String safe = startsLikeAFormula(text) ? "'" + text : text;
    if (safe.indexOf(',') < 0
        && safe.indexOf('"') < 0
        && safe.indexOf('\n') < 0
        && safe.indexOf('\r') < 0) {
      return safe;
    }
    return '"' + safe.replace("\"", "\"\"") + '"';
  }

  /** Whether a spreadsheet would take {@code text} for a formula (OWASP's CSV injection list). */
  static boolean startsLikeAFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
