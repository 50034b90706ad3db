package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhifagongkai.api.ApiTest;
import org.zhifagongkai.api.SharedData;

/** The 江门 eco-environment discretion table, imported from its normalised CSV and its workbook. */
class BenchmarkImportTest extends ApiTest {

  private static final BenchmarkImporter.Source JIANGMEN =
      new BenchmarkImporter.Source(
          "江门市生态环境行政处罚自由裁量权裁量标准（导入测试）",
          "江门市生态环境局",
          "2021",
          LocalDate.of(2021, 1, 1),
          "ECO_ENVIRONMENT");

  @Autowired BenchmarkImporter importer;

  @Test
  void importsEveryViolationWithItsTiersAndRangesAndUpdatesOnReimport() {
    BenchmarkImporter.Report report =
        importer.importTable(
            SharedData.file("benchmarks/jiangmen_eco_discretion_table_normalized.csv"), JIANGMEN);
    assertThat(report.violations()).isEqualTo(165);
    assertThat(report.tiers()).isEqualTo(872);
    System.out.println(
        "江门 import: "
            + report.tiersWithFine()
            + " of 872 tiers with a fine read; unread: "
            + report.unread().size());
    assertThat(report.tiersWithFine() + report.unread().size()).isEqualTo(872);

    // 3-15, tier 3: 责令改正，处十万元以上十五万元以下罚款.
    assertThat(range("3-15", 3))
        .containsExactly(new BigDecimal("100000.00"), new BigDecimal("150000.00"));
    // 6-18, tier 1: 责令改正，处二万元罚款.
    assertThat(range("6-18", 1))
        .containsExactly(new BigDecimal("20000.00"), new BigDecimal("20000.00"));

    importer.importTable(
        SharedData.file("benchmarks/jiangmen_eco_discretion_table_normalized.csv"), JIANGMEN);
    assertThat(
            count(
                "select count(*) from benchmark_violation v join discretion_benchmark b on b.id = v.benchmark_id where b.title = :t"))
        .isEqualTo(165);
    assertThat(
            count(
                "select count(*) from benchmark_tier t join benchmark_violation v on v.id = t.violation_id join discretion_benchmark b on b.id = v.benchmark_id where b.title = :t"))
        .isEqualTo(872);
  }

  /** The workbook as published, merged cells and all, reads as the normalised table does. */
  @Test
  void theWorkbookWithMergedCellsReadsAsTheNormalisedTable() {
    List<CsvRows.Row> table =
        CsvRows.read(SharedData.file("benchmarks/jiangmen_eco_discretion_table_normalized.csv"));
    DiscretionWorkbook.Table read =
        DiscretionWorkbook.read(
            SharedData.file("benchmarks/jmzyclb_jiangmen_eco_discretion_table.xls"));
    List<CsvRows.Row> workbook = read.rows();
    assertThat(workbook).hasSameSizeAs(table);
    List<String> differences = new java.util.ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      for (String column :
          List.of("sheet", "item_no", "violation", "tier", "circumstance", "standard")) {
        String shown = plain(workbook.get(i).get(column));
        String normalised = plain(table.get(i).get(column));
        if (!shown.equals(normalised)) {
          differences.add(
              table.get(i).get("item_no")
                  + " row "
                  + workbook.get(i).line()
                  + " "
                  + column
                  + " "
                  + shown
                  + "≠"
                  + normalised);
        }
      }
    }
    assertThat(differences).isEmpty();
    // Cells a later merge hid: the sheet shows tier 4 over both rows, the second cell says 5.
    assertThat(read.hidden()).hasSize(13).contains("大气污染防治法 第 73 行「类别」：单元格为「5」，合并后显示为「4」");

    BenchmarkImporter.Source fromWorkbook =
        new BenchmarkImporter.Source(
            JIANGMEN.title() + "（Excel）",
            JIANGMEN.issuer(),
            JIANGMEN.version(),
            JIANGMEN.effectiveFrom(),
            JIANGMEN.fieldCode());
    BenchmarkImporter.Report fromXls =
        importer.importTable(
            SharedData.file("benchmarks/jmzyclb_jiangmen_eco_discretion_table.xls"), fromWorkbook);
    BenchmarkImporter.Report fromCsv =
        importer.importTable(
            SharedData.file("benchmarks/jiangmen_eco_discretion_table_normalized.csv"), JIANGMEN);
    assertThat(fromXls.violations()).isEqualTo(165);
    assertThat(fromXls.tiers()).isEqualTo(872);
    assertThat(fromXls.tiersWithFine()).isEqualTo(fromCsv.tiersWithFine());
  }

  private static String plain(String text) {
    return text.replaceAll("\\s+", "");
  }

  private long count(String sql) {
    return database
        .sql(sql)
        .bind("t", JIANGMEN.title())
        .map(row -> row.get(0, Long.class))
        .one()
        .block();
  }

  /** The fine range of the first row of tier {@code seq} of the table's item {@code itemNo}. */
  private List<BigDecimal> range(String itemNo, int seq) {
    String violation =
        CsvRows.read(SharedData.file("benchmarks/jiangmen_eco_discretion_table_normalized.csv"))
            .stream()
            .filter(row -> row.get("item_no").equals(itemNo))
            .findFirst()
            .orElseThrow()
            .get("violation")
            .replaceAll("\\s+", " ")
            .strip();
    return database
        .sql(
            "select t.fine_min, t.fine_max from benchmark_tier t join benchmark_violation v on v.id = t.violation_id"
                + " join discretion_benchmark b on b.id = v.benchmark_id"
                + " where b.title = :t and v.violation = :v and t.conditions like :tier"
                + " order by t.seq limit 1")
        .bind("t", JIANGMEN.title())
        .bind("v", violation)
        .bind("tier", "第" + seq + "阶次%")
        .map(row -> List.of(row.get(0, BigDecimal.class), row.get(1, BigDecimal.class)))
        .one()
        .block();
  }
}
