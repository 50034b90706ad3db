package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhifagongkai.api.ApiTest;
import org.zhifagongkai.api.SharedData;

/** The 江门 eco-environment discretion table, imported from its normalised CSV. */
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
