package org.zhifagongkai.api.opendata;

import static org.zhifagongkai.api.opendata.ColumnType.DATE;
import static org.zhifagongkai.api.opendata.ColumnType.DATE_TIME;
import static org.zhifagongkai.api.opendata.ColumnType.DECIMAL;
import static org.zhifagongkai.api.opendata.ColumnType.INTEGER;
import static org.zhifagongkai.api.opendata.ColumnType.TEXT;
import static org.zhifagongkai.api.opendata.ColumnType.TEXT_LIST;

import java.util.List;
import java.util.Set;
import org.zhifagongkai.api.benchmark.BenchmarkService;
import org.zhifagongkai.api.benchmark.DiscretionBenchmarkFilter;

/**
 * Discretion benchmarks (裁量基准), one row per tier: the benchmark and violation it belongs to, its
 * circumstances and the fine range it allows. Filtered by benchmark, as the listing is.
 */
final class BenchmarkDataset {

  static final String NAME = "discretion-benchmarks";

  private static final List<Column> COLUMNS =
      List.of(
          Column.of("tier_id", INTEGER, "t.id", "BenchmarkTier.id"),
          Column.of("benchmark_id", INTEGER, "b.id", "DiscretionBenchmark.id"),
          Column.of("benchmark_title", TEXT, "b.title", "DiscretionBenchmark.title"),
          Column.of("issuer", TEXT, "b.issuer", "DiscretionBenchmark.issuer"),
          Column.of(
              "issuer_agency_id",
              INTEGER,
              "b.issuer_agency_id",
              "DiscretionBenchmark.issuerAgency"),
          Column.of("benchmark_version", TEXT, "b.version", "DiscretionBenchmark.version"),
          Column.of(
              "effective_from", DATE, "b.effective_from", "DiscretionBenchmark.effectiveFrom"),
          Column.of("effective_to", DATE, "b.effective_to", "DiscretionBenchmark.effectiveTo"),
          Column.of("field_code", TEXT, "b.field_code", "DiscretionBenchmark.field"),
          Column.of("source_url", TEXT, "b.source_url", "DiscretionBenchmark.sourceUrl"),
          Column.of("violation_id", INTEGER, "v.id", "BenchmarkViolation.id"),
          Column.of("violation_seq", INTEGER, "v.seq", "BenchmarkViolation.seq"),
          Column.of("violation", TEXT, "v.violation", "BenchmarkViolation.violation"),
          Column.of(
              "violated_provision_text",
              TEXT,
              "v.violated_provision_text",
              "BenchmarkViolation.violatedProvisionText"),
          Column.of(
              "penalty_provision_text",
              TEXT,
              "v.penalty_provision_text",
              "BenchmarkViolation.penaltyProvisionText"),
          Column.of("tier_seq", INTEGER, "t.seq", "BenchmarkTier.seq"),
          Column.of("tier", TEXT, "t.tier", "BenchmarkTier.tier"),
          Column.of("circumstance", TEXT, "t.circumstance", "BenchmarkTier.circumstance"),
          Column.of("conditions", TEXT, "t.conditions", "BenchmarkTier.conditions"),
          Column.of("penalty_kinds", TEXT_LIST, "t.penalty_kinds", "BenchmarkTier.penaltyKinds"),
          Column.of("fine_min", DECIMAL, "t.fine_min", "AmountRange.min"),
          Column.of("fine_max", DECIMAL, "t.fine_max", "AmountRange.max"),
          Column.of("multiple_min", DECIMAL, "t.multiple_min", "MultipleRange.min"),
          Column.of("multiple_max", DECIMAL, "t.multiple_max", "MultipleRange.max"),
          Column.of("multiple_base", TEXT, "t.multiple_base", "MultipleRange.base"),
          Column.of("wording", TEXT, "t.wording", "BenchmarkTier.wording"),
          Column.explained(
              "recorded_at",
              DATE_TIME,
              "b.recorded_at",
              "本平台最初记录该裁量基准的时间 (when the portal first recorded the benchmark)."),
          Column.explained(
              "last_changed_at",
              DATE_TIME,
              "greatest(b.changed_at, v.changed_at, t.changed_at)",
              "该基准、违法行为或阶次最后一次变更的时间 (when the benchmark, violation or tier last changed)."));

  private BenchmarkDataset() {}

  static OpenDataset of(BenchmarkService benchmarks) {
    return new OpenDataset(
        NAME,
        "行政处罚裁量基准",
        "Discretion benchmarks",
        "已公布的行政处罚裁量基准，每个裁量阶次一行：基准、违法行为、依据、适用情形、处罚种类与罚款幅度。",
        List.of("裁量基准", "行政处罚裁量权", "罚款幅度"),
        "discretion_benchmark b join benchmark_violation v on v.benchmark_id = b.id"
            + " join benchmark_tier t on t.violation_id = v.id",
        "b.id, v.seq, t.seq",
        COLUMNS,
        Set.of("field", "issuerAgencyId", "effectiveOn"),
        parameters ->
            benchmarks.listingConditions(
                new DiscretionBenchmarkFilter(
                    parameters.text("field"),
                    parameters.text("issuerAgencyId"),
                    parameters.date("effectiveOn"))));
  }
}
