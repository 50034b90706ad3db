package org.zhifagongkai.api.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.support.HtmlText;

/**
 * Imports penalty decisions from published spreadsheets (.xls and .xlsx): the national 双公示 template
 * and the layouts of provincial credit sites. Columns are found by their headers, in any of the
 * names these publications use; dates may be Excel serial numbers; a decision's HTML may be split
 * over several cells. Each row then goes through the same reading and publication path as the
 * JSON-lines corpus.
 */
@Component
public class SpreadsheetImporter {

  static {
    // Since JDK 24 the XML parser refuses text entities over 100,000 characters, and credit sites
    // put whole decisions in one cell.
    System.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
    System.setProperty("jdk.xml.totalEntitySizeLimit", "0");
  }

  /** Header names by field, as the templates and sites spell them (line breaks and notes cut). */
  private static final Map<String, List<String>> HEADERS =
      Map.ofEntries(
          Map.entry("id", List.of("id", "ID", "dataId")),
          Map.entry("title", List.of("标题", "title", "案件名称")),
          Map.entry("number", List.of("书文号", "documentNum", "行政处罚决定书文号", "决定书文号", "行政许可决定书文号")),
          Map.entry("party", List.of("被处罚人", "bePunished", "行政相对人名称")),
          Map.entry("representative", List.of("法定代表人", "principal", "法定代表人姓名")),
          Map.entry("authority", List.of("执法机构", "lawEnforcement", "处罚机构", "处罚机关")),
          Map.entry("date", List.of("punishedDate", "处罚决定期", "处罚决定日期")),
          // Some sheets' 处罚时间 is the day they published the record, not the decision's.
          Map.entry("time", List.of("处罚时间")),
          Map.entry("url", List.of("这条数据完整的请求地址", "uniqueSign", "url")),
          Map.entry("code", List.of("行政相对人代码_1", "统一社会信用代码")),
          Map.entry("html", List.of("content", "文本内容1", "文本内容2", "文本内容3", "预处理后的全文")),
          Map.entry("reasons", List.of("处罚事由", "处罚依据", "处罚结果")));

  private final CorpusImporter importer;
  private final DataFormatter formatter = new DataFormatter();

  SpreadsheetImporter(CorpusImporter importer) {
    this.importer = importer;
  }

  /**
   * Imports the first sheet of {@code file}; rows are reported by their spreadsheet row number.
   *
   * @param source the data set's name, kept as each decision's provenance
   * @param province the province the publication covers, for placing bodies; null when unknown
   */
  public CorpusImporter.Report importWorkbook(Path file, String source, @Nullable String province) {
    return importWorkbook(file, source, province, row -> true);
  }

  /** Imports the rows of {@code file} that {@code rows} takes, by spreadsheet row number. */
  CorpusImporter.Report importWorkbook(
      Path file, String source, @Nullable String province, java.util.function.IntPredicate rows) {
    try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
      return importer.importRecords(
          records(workbook, source, province).stream().filter(r -> rows.test(r.line())).toList());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }

  /**
   * Imports a spreadsheet a body's staff uploaded: every row becomes the body's decision, and a row
   * naming another body is refused. IOException when the bytes are no spreadsheet.
   */
  CorpusImporter.Report importUpload(
      byte[] content, String fileName, CorpusImporter.Uploader uploader) throws IOException {
    try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
      return importer.importRecords(records(workbook, "上传：" + fileName, null), uploader);
    }
  }

  private List<PublishedRecord> records(
      Workbook workbook, String source, @Nullable String province) {
    List<PublishedRecord> records = new ArrayList<>();
    Sheet sheet = workbook.getSheetAt(0);
    Map<String, List<Integer>> columns = columns(sheet.getRow(sheet.getFirstRowNum()));
    for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null || isTemplateNote(row, columns)) {
        continue;
      }
      records.add(record(r + 1, row, columns, source, province));
    }
    return records;
  }

  /** The columns of each field, by header; the text may span several. */
  private Map<String, List<Integer>> columns(Row header) {
    Map<String, List<Integer>> columns = new LinkedHashMap<>();
    for (Cell cell : header) {
      String name = formatter.formatCellValue(cell).split("[\\n（(]")[0].strip();
      HEADERS.forEach(
          (field, names) -> {
            if (names.contains(name)) {
              columns.computeIfAbsent(field, f -> new ArrayList<>()).add(cell.getColumnIndex());
            }
          });
    }
    return columns;
  }

  /** The template's second row describes each column (文本(128个字符)); it is no record. */
  private boolean isTemplateNote(Row row, Map<String, List<Integer>> columns) {
    String number = value(row, columns, "number");
    return number.startsWith("文本")
        || (number.isEmpty()
            && value(row, columns, "party").isEmpty()
            && value(row, columns, "title").isEmpty());
  }

  private PublishedRecord record(
      int line,
      Row row,
      Map<String, List<Integer>> columns,
      String source,
      @Nullable String province) {
    String id = value(row, columns, "id");
    return new PublishedRecord(
        line,
        source,
        id.isEmpty() ? Integer.toString(line) : id,
        province,
        value(row, columns, "title"),
        value(row, columns, "number"),
        value(row, columns, "party"),
        value(row, columns, "representative"),
        value(row, columns, "authority"),
        date(row, columns, columns.containsKey("date") ? "date" : "time"),
        value(row, columns, "url"),
        (HtmlText.of(value(row, columns, "html")) + "\n" + value(row, columns, "reasons")).strip(),
        value(row, columns, "code"),
        "",
        true,
        columns.containsKey("date"));
  }

  /**
   * The field's cells joined: a decision's HTML split over columns joins back as it was; the
   * template's separate reason, basis and result columns join as lines.
   */
  private String value(Row row, Map<String, List<Integer>> columns, String field) {
    StringBuilder value = new StringBuilder();
    for (int column : columns.getOrDefault(field, List.of())) {
      Cell cell = row.getCell(column);
      if (cell != null) {
        value.append(formatter.formatCellValue(cell));
        if (field.equals("reasons")) {
          value.append('\n');
        }
      }
    }
    return value.toString().strip();
  }

  /**
   * The decision date as ISO text: from a date cell, an Excel serial number, or text as written.
   */
  private String date(Row row, Map<String, List<Integer>> columns, String field) {
    for (int column : columns.getOrDefault(field, List.of())) {
      Cell cell = row.getCell(column);
      if (cell == null) {
        continue;
      }
      if (cell.getCellType() == CellType.NUMERIC) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) || (value > 20_000 && value < 80_000)) {
          LocalDate day = DateUtil.getLocalDateTime(value).toLocalDate();
          return day.toString();
        }
      }
      String text = formatter.formatCellValue(cell).strip();
      if (text.matches("[0-9]{5}(\\.[0-9]+)?")) {
        return DateUtil.getLocalDateTime(Double.parseDouble(text)).toLocalDate().toString();
      }
      return text;
    }
    return "";
  }
}
