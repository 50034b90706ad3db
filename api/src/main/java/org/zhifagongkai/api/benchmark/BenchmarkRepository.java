package org.zhifagongkai.api.benchmark;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.Ordering;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.paging.Pager;
import org.zhifagongkai.api.paging.SqlConditions;
import org.zhifagongkai.api.penalty.PenaltyKind;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.api.support.Lookups;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class BenchmarkRepository {

  private static final Ordering<DiscretionBenchmark> BY_ID =
      Ordering.by("b.id", Long.class, DiscretionBenchmark::id);

  private final DatabaseClient database;
  private final Pager pager;

  BenchmarkRepository(DatabaseClient database, Pager pager) {
    this.database = database;
    this.pager = pager;
  }

  Flux<DiscretionBenchmark> findByIds(Collection<Long> ids) {
    return Lookups.byIds(
        database,
        "select b.* from discretion_benchmark b where b.id = any(:ids)",
        ids,
        BenchmarkRepository::benchmark);
  }

  Mono<Connection<DiscretionBenchmark>> page(SqlConditions where, PageRequest request) {
    return pager.page(
        "b.*", "discretion_benchmark b", where, BY_ID, request, BenchmarkRepository::benchmark);
  }

  /** The conditions of a listing, on {@code discretion_benchmark b}. */
  static SqlConditions conditions(
      @Nullable String field, @Nullable Long issuerAgencyId, @Nullable LocalDate effectiveOn) {
    return new SqlConditions()
        .whenPresent("b.field_code = :field", "field", field)
        .whenPresent("b.issuer_agency_id = :issuer", "issuer", issuerAgencyId)
        .whenPresent(
            "b.effective_from <= :day and (b.effective_to is null or b.effective_to >= :day)",
            "day",
            effectiveOn);
  }

  Flux<BenchmarkViolation> findViolationsByIds(Collection<Long> ids) {
    return violations("v.id = any(:ids)", ids);
  }

  Flux<BenchmarkViolation> findViolationsOfBenchmarks(Collection<Long> benchmarkIds) {
    return violations("v.benchmark_id = any(:ids)", benchmarkIds);
  }

  private Flux<BenchmarkViolation> violations(String condition, Collection<Long> ids) {
    return database
        .sql(
            "select v.* from benchmark_violation v where "
                + condition
                + " order by v.benchmark_id, v.seq")
        .bind("ids", Ids.array(ids))
        .map(
            row ->
                new BenchmarkViolation(
                    Rows.id(row, "id"),
                    Rows.id(row, "benchmark_id"),
                    Rows.integer(row, "seq"),
                    Rows.text(row, "violation"),
                    Rows.text(row, "violated_provision_text"),
                    Rows.text(row, "penalty_provision_text"),
                    Rows.optionalId(row, "violated_provision_id"),
                    Rows.optionalId(row, "penalty_provision_id")))
        .all();
  }

  Flux<BenchmarkTier> findTiersByIds(Collection<Long> ids) {
    return tiers("t.id = any(:ids)", ids);
  }

  Flux<BenchmarkTier> findTiersOfViolations(Collection<Long> violationIds) {
    return tiers("t.violation_id = any(:ids)", violationIds);
  }

  private Flux<BenchmarkTier> tiers(String condition, Collection<Long> ids) {
    return Lookups.byIds(
        database,
        "select t.* from benchmark_tier t where " + condition + " order by t.violation_id, t.seq",
        ids,
        BenchmarkRepository::tier);
  }

  private static DiscretionBenchmark benchmark(Readable row) {
    return new DiscretionBenchmark(
        Rows.id(row, "id"),
        Rows.text(row, "title"),
        Rows.text(row, "issuer"),
        Rows.optionalId(row, "issuer_agency_id"),
        Rows.text(row, "version"),
        Rows.date(row, "effective_from"),
        Rows.optionalDate(row, "effective_to"),
        Rows.optionalId(row, "parent_id"),
        Rows.optionalText(row, "field_code"),
        Rows.optionalText(row, "source_url"));
  }

  private static BenchmarkTier tier(Readable row) {
    BigDecimal fineMin = Rows.optionalDecimal(row, "fine_min");
    BigDecimal fineMax = Rows.optionalDecimal(row, "fine_max");
    String base = Rows.optionalText(row, "multiple_base");
    return new BenchmarkTier(
        Rows.id(row, "id"),
        Rows.id(row, "violation_id"),
        Rows.integer(row, "seq"),
        Rows.enumValue(row, "tier", TierKind.class),
        Rows.optionalEnum(row, "circumstance", Circumstance.class),
        Rows.text(row, "conditions"),
        Rows.enumList(row, "penalty_kinds", PenaltyKind.class),
        fineMin == null && fineMax == null ? null : new BenchmarkTier.AmountRange(fineMin, fineMax),
        base == null
            ? null
            : new BenchmarkTier.MultipleRange(
                Rows.optionalDecimal(row, "multiple_min"),
                Rows.optionalDecimal(row, "multiple_max"),
                base),
        Rows.text(row, "wording"));
  }
}
