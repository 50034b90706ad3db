package org.zhifagongkai.api.benchmark;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.field.FieldService;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.paging.SqlConditions;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.api.support.Lookups;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads discretion benchmarks, their violations and tiers. */
@Service
public class BenchmarkService {

  private final BenchmarkRepository benchmarks;
  private final FieldService fields;

  BenchmarkService(BenchmarkRepository benchmarks, FieldService fields) {
    this.benchmarks = benchmarks;
    this.fields = fields;
  }

  public Mono<DiscretionBenchmark> benchmark(String id) {
    return Lookups.one(id, "裁量基准", "discretion benchmark", benchmarks::findByIds);
  }

  public Mono<Connection<DiscretionBenchmark>> benchmarks(
      @Nullable DiscretionBenchmarkFilter filter, PageRequest request) {
    return listingConditions(filter).flatMap(where -> benchmarks.page(where, request));
  }

  /**
   * The SQL conditions, on {@code discretion_benchmark b}, of the benchmarks {@code filter} lists:
   * the same as {@link #benchmarks}, refusing an invalid filter alike.
   */
  public Mono<SqlConditions> listingConditions(@Nullable DiscretionBenchmarkFilter filter) {
    DiscretionBenchmarkFilter given = filter == null ? DiscretionBenchmarkFilter.NONE : filter;
    Long issuer = Ids.parseOptional(given.issuerAgencyId(), "执法主体", "enforcement body");
    return fields
        .requireCode(given.field())
        .map(
            field ->
                BenchmarkRepository.conditions(field.orElse(null), issuer, given.effectiveOn()));
  }

  public Mono<BenchmarkViolation> violation(String id) {
    return Lookups.one(id, "裁量基准违法行为", "benchmark violation", benchmarks::findViolationsByIds);
  }

  public Mono<BenchmarkTier> tier(String id) {
    return Lookups.one(id, "裁量阶次", "benchmark tier", benchmarks::findTiersByIds);
  }

  public Flux<DiscretionBenchmark> byIds(Collection<Long> ids) {
    return benchmarks.findByIds(ids);
  }

  public Flux<BenchmarkViolation> violationsByIds(Collection<Long> ids) {
    return benchmarks.findViolationsByIds(ids);
  }

  public Flux<BenchmarkViolation> violationsOf(Collection<Long> benchmarkIds) {
    return benchmarks.findViolationsOfBenchmarks(benchmarkIds);
  }

  public Flux<BenchmarkTier> tiersByIds(Collection<Long> ids) {
    return benchmarks.findTiersByIds(ids);
  }

  public Flux<BenchmarkTier> tiersOf(Collection<Long> violationIds) {
    return benchmarks.findTiersOfViolations(violationIds);
  }
}
