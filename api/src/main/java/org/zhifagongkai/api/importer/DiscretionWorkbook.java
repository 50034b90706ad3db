package org.zhifagongkai.api.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/**
 * Reads a discretion table as bodies publish it in Excel (江门's {@code jmzyclb_…xls}): one sheet per
 * law, its title in the first row, a header row (序号, 违法行为, 法律依据, 类别, 裁量情节, 裁量标准, 备注), and the item,
 * violation, basis, tier and standard merged down over the rows they cover. Each row comes out as
 * the normalised table has it, merged values repeated, so one importer serves both.
 */
final class DiscretionWorkbook {

  private static final Map<String, String> COLUMNS =
      Map.of(
          "序号", "item_no",
          "违法行为", "violation",
          "法律依据", "legal_basis",
          "类别", "tier",
          "裁量情节", "circumstance",
          "裁量标准", "standard",
          "备注", "remark");

  /** Columns whose blank cells continue the value above, within an item. */
  private static final List<String> CONTINUED = List.of("tier", "standard");

  private DiscretionWorkbook() {}

  /** A workbook's rows, and the cells whose value a merge hides. */
  record Table(List<CsvRows.Row> rows, List<String> hidden) {}

  /** The rows of every sheet, with {@code sheet} and {@code law_section}; line is the Excel row. */
  static Table read(Path file) {
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      DataFormatter formatter = new DataFormatter();
      List<CsvRows.Row> rows = new ArrayList<>();
      List<String> hidden = new ArrayList<>();
      for (Sheet sheet : workbook) {
        rows.addAll(rows(sheet, formatter, hidden));
      }
      return new Table(rows, hidden);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }

  private static List<CsvRows.Row> rows(Sheet sheet, DataFormatter formatter, List<String> hidden) {
    Map<Long, String> merged = mergedValues(sheet, formatter);
    List<CsvRows.Row> rows = new ArrayList<>();
    Map<Integer, String> header = null;
    String section = "";
    Map<String, String> above = new HashMap<>();
    for (Row row : sheet) {
      Map<Integer, String> cells = new HashMap<>();
      for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
        String own = text(row.getCell(c), formatter);
        String shown = merged.get(key(row.getRowNum(), c));
        String column = header == null ? null : header.get(c);
        boolean ownWins =
            shown == null || (column != null && CONTINUED.contains(column) && !own.isEmpty());
        if (ownWins && shown != null && !own.equals(shown)) {
          hidden.add(
              String.format(
                  "%s 第 %d 行「%s」：单元格为「%s」，合并后显示为「%s」",
                  sheet.getSheetName().strip(), row.getRowNum() + 1, label(column), own, shown));
        }
        cells.put(c, ownWins ? own : shown);
      }
      String first = cells.getOrDefault(0, "");
      if (header == null) {
        if (COLUMNS.containsKey(first)) {
          header = new HashMap<>();
          for (Map.Entry<Integer, String> cell : cells.entrySet()) {
            String name = COLUMNS.get(cell.getValue());
            if (name != null) {
              header.put(cell.getKey(), name);
            }
          }
        } else if (!first.isEmpty()) {
          section = first;
        }
        continue;
      }
      if (cells.values().stream().allMatch(String::isEmpty)) {
        continue;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("sheet", sheet.getSheetName().strip());
      fields.put("law_section", section);
      for (Map.Entry<Integer, String> column : header.entrySet()) {
        fields.put(column.getValue(), cells.getOrDefault(column.getKey(), ""));
      }
      boolean sameItem = fields.getOrDefault("item_no", "").equals(above.get("item_no"));
      for (String column : CONTINUED) {
        if (sameItem && fields.getOrDefault(column, "").isEmpty()) {
          fields.put(column, above.getOrDefault(column, ""));
        }
      }
      above = fields;
      rows.add(new CsvRows.Row(row.getRowNum() + 1, fields));
    }
    return rows;
  }

  /** Each cell of a merged region, mapped to the value of the region's first cell. */
  private static Map<Long, String> mergedValues(Sheet sheet, DataFormatter formatter) {
    Map<Long, String> values = new HashMap<>();
    for (CellRangeAddress region : sheet.getMergedRegions()) {
      Row top = sheet.getRow(region.getFirstRow());
      String value = text(top == null ? null : top.getCell(region.getFirstColumn()), formatter);
      for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
        for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
          values.put(key(r, c), value);
        }
      }
    }
    return values;
  }

  private static String text(@Nullable Cell cell, DataFormatter formatter) {
    return cell == null ? "" : formatter.formatCellValue(cell).strip();
  }

  private static String label(String column) {
    return COLUMNS.entrySet().stream()
        .filter(entry -> entry.getValue().equals(column))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(column);
  }

  private static long key(int row, int column) {
    return ((long) row << 16) | column;
  }
}
