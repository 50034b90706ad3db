package org.zhifagongkai.api.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. Each row maps
 * the header's names to its fields, with its first line number for reports.
 */
final class CsvRows {

  /** A row and the line it starts on. */
  record Row(int line, Map<String, String> fields) {

    String get(String name) {
      return fields.getOrDefault(name, "");
    }
  }

  private CsvRows() {}

  /** The rows of a UTF-8 file. */
  static List<Row> read(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }

  static List<Row> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int recordLine = 1;
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
          i++;
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        lines.add(recordLine);
        record = new ArrayList<>();
        line++;
        recordLine = line;
      } else {
        field.append(c);
      }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
      lines.add(recordLine);
    }
    List<Row> rows = new ArrayList<>();
    if (records.isEmpty()) {
      return rows;
    }
    List<String> header = records.getFirst();
    for (int r = 1; r < records.size(); r++) {
      List<String> values = records.get(r);
      if (values.size() == 1 && values.getFirst().isBlank()) {
        continue;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (int c = 0; c < header.size() && c < values.size(); c++) {
        fields.put(header.get(c).strip(), values.get(c));
      }
      rows.add(new Row(lines.get(r), fields));
    }
    return rows;
  }
}
