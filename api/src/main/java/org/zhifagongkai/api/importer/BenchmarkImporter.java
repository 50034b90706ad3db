package org.zhifagongkai.api.importer;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.zhifagongkai.api.support.Binds;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Imports a discretion benchmark (裁量基准) from its normalised table ({@code sheet, law_section,
 * item_no, violation, legal_basis, tier, circumstance, standard, remark}; one row per tier) or from
 * the workbook as published, merged cells and all ({@link DiscretionWorkbook}): one violation per
 * item number, its tiers with fine ranges read from the wording. Re-importing the same title and
 * version updates the rows in place (decisions may cite its tiers), never duplicates them.
 */
@Component
public class BenchmarkImporter {

  private final DatabaseClient database;
  private final TransactionalOperator transaction;

  BenchmarkImporter(DatabaseClient database, TransactionalOperator transaction) {
    this.database = database;
    this.transaction = transaction;
  }

  /** Where the benchmark comes from and what it is. */
  public record Source(
      String title, String issuer, String version, LocalDate effectiveFrom, String fieldCode) {}

  /**
   * What an import did: the violations and tiers written, the tiers whose wording sets no fine this
   * importer reads, by line, and the workbook's cells whose value a merge hides.
   */
  public record Report(
      int violations, int tiers, int tiersWithFine, List<String> unread, List<String> hidden) {}

  /**
   * Imports a normalised CSV table, or the Excel workbook as published ({@code .xls}, {@code
   * .xlsx}).
   */
  public Report importTable(Path table, Source source) {
    String name = table.getFileName().toString().toLowerCase(Locale.ROOT);
    DiscretionWorkbook.Table read =
        name.endsWith(".xls") || name.endsWith(".xlsx")
            ? DiscretionWorkbook.read(table)
            : new DiscretionWorkbook.Table(CsvRows.read(table), List.of());
    List<CsvRows.Row> rows = read.rows();
    Map<String, List<CsvRows.Row>> byItem = new LinkedHashMap<>();
    rows.forEach(
        row -> byItem.computeIfAbsent(row.get("item_no"), k -> new ArrayList<>()).add(row));
    List<String> unread = new ArrayList<>();
    int[] withFine = {0};
    Mono<Void> write =
        benchmark(source)
            .flatMap(
                benchmarkId ->
                    Flux.fromIterable(byItem.values())
                        .index()
                        .concatMap(
                            item ->
                                violation(benchmarkId, (int) (item.getT1() + 1), item.getT2())
                                    .flatMap(
                                        violationId ->
                                            tiers(violationId, item.getT2(), unread, withFine)))
                        .then());
    transaction.transactional(write).block();
    return new Report(byItem.size(), rows.size(), withFine[0], unread, read.hidden());
  }

  private Mono<Long> benchmark(Source source) {
    return database
        .sql(
            """
            insert into discretion_benchmark (title, issuer, version, effective_from, field_code)
            values (:title, :issuer, :version, :from,
              (select code from enforcement_field where code = :field))
            on conflict (title, version) do update set issuer = excluded.issuer,
              effective_from = excluded.effective_from, field_code = excluded.field_code
            returning id
            """)
        .bind("title", source.title())
        .bind("issuer", source.issuer())
        .bind("version", source.version())
        .bind("from", source.effectiveFrom())
        .bind("field", source.fieldCode())
        .map(row -> Rows.id(row, "id"))
        .one();
  }

  private Mono<Long> violation(long benchmarkId, int seq, List<CsvRows.Row> tiers) {
    CsvRows.Row first = tiers.getFirst();
    String basis = first.get("legal_basis").replaceAll("\\s+", " ").strip();
    return database
        .sql(
            """
            insert into benchmark_violation (benchmark_id, seq, violation, violated_provision_text,
              penalty_provision_text)
            values (:benchmark, :seq, :violation, :basis, :basis)
            on conflict (benchmark_id, seq) do update set violation = excluded.violation,
              violated_provision_text = excluded.violated_provision_text,
              penalty_provision_text = excluded.penalty_provision_text
            returning id
            """)
        .bind("benchmark", benchmarkId)
        .bind("seq", seq)
        .bind("violation", first.get("violation").replaceAll("\\s+", " ").strip())
        .bind("basis", basis)
        .map(row -> Rows.id(row, "id"))
        .one();
  }

  /**
   * The tiers of one violation, in the table's order; tiers without a fine go to {@code unread}.
   */
  private Mono<Void> tiers(
      long violationId, List<CsvRows.Row> rows, List<String> unread, int[] withFine) {
    int highest = highestTier(rows);
    return Flux.fromIterable(rows)
        .index()
        .concatMap(
            indexed -> {
              CsvRows.Row row = indexed.getT2();
              FineRanges.FineRange fine = FineRanges.parse(row.get("standard"));
              if (fine == null) {
                unread.add("line " + row.line() + ": no fine in " + row.get("standard"));
              } else {
                withFine[0]++;
              }
              return tier(violationId, (int) (indexed.getT1() + 1), row, highest, fine);
            })
        .then();
  }

  private static int highestTier(List<CsvRows.Row> rows) {
    return rows.stream().mapToInt(BenchmarkImporter::tierNumber).max().orElse(1);
  }

  private static int tierNumber(CsvRows.Row row) {
    return Integer.parseInt(row.get("tier").strip());
  }

  /**
   * One tier row. The table numbers tiers from the lightest, several rows sharing a number when
   * several circumstances lead to the same tier; the first and the highest are 从轻 and 从重.
   */
  private Mono<Void> tier(
      long violationId,
      int seq,
      CsvRows.Row row,
      int highest,
      FineRanges.@Nullable FineRange fine) {
    int number = tierNumber(row);
    String kind =
        highest == 1
            ? "ORDINARY"
            : number == 1 ? "LENIENT" : number == highest ? "SEVERE" : "ORDINARY";
    boolean multiple = fine != null && fine.base() != null;
    GenericExecuteSpec spec =
        database
            .sql(
                """
                insert into benchmark_tier (violation_id, seq, tier, conditions, fine_min, fine_max,
                  multiple_min, multiple_max, multiple_base, wording)
                values (:violation, :seq, :tier, :conditions, :fineMin, :fineMax, :multipleMin,
                  :multipleMax, :base, :wording)
                on conflict (violation_id, seq) do update set tier = excluded.tier,
                  conditions = excluded.conditions, fine_min = excluded.fine_min,
                  fine_max = excluded.fine_max, multiple_min = excluded.multiple_min,
                  multiple_max = excluded.multiple_max, multiple_base = excluded.multiple_base,
                  wording = excluded.wording
                """)
            .bind("violation", violationId)
            .bind("seq", seq)
            .bind("tier", kind)
            .bind("conditions", "第" + number + "阶次：" + row.get("circumstance").strip())
            .bind("wording", (row.get("standard") + " " + row.get("remark")).strip());
    spec =
        Binds.bind(spec, "fineMin", multiple || fine == null ? null : fine.min(), BigDecimal.class);
    spec =
        Binds.bind(spec, "fineMax", multiple || fine == null ? null : fine.max(), BigDecimal.class);
    spec = Binds.bind(spec, "multipleMin", multiple ? fine.min() : null, BigDecimal.class);
    spec = Binds.bind(spec, "multipleMax", multiple ? fine.max() : null, BigDecimal.class);
    spec = Binds.bind(spec, "base", multiple ? fine.base() : null, String.class);
    return spec.then();
  }
}
