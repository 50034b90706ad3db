package org.zhifagongkai.api.benchmark;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.agency.Agency;
import org.zhifagongkai.api.agency.AgencyService;
import org.zhifagongkai.api.field.EnforcementField;
import org.zhifagongkai.api.field.FieldService;
import org.zhifagongkai.api.law.LawService;
import org.zhifagongkai.api.law.LegalProvision;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.support.Batches;
import reactor.core.publisher.Mono;

@Controller
class BenchmarkController {

  private final BenchmarkService benchmarks;
  private final AgencyService agencies;
  private final FieldService fields;
  private final LawService laws;

  BenchmarkController(
      BenchmarkService benchmarks, AgencyService agencies, FieldService fields, LawService laws) {
    this.benchmarks = benchmarks;
    this.agencies = agencies;
    this.fields = fields;
    this.laws = laws;
  }

  @QueryMapping
  Mono<DiscretionBenchmark> discretionBenchmark(@Argument String id) {
    return benchmarks.benchmark(id);
  }

  @QueryMapping
  Mono<Connection<DiscretionBenchmark>> discretionBenchmarks(
      @Argument @Nullable DiscretionBenchmarkFilter filter,
      @Argument @Nullable Integer first,
      @Argument @Nullable String after) {
    return benchmarks.benchmarks(filter, PageRequest.of(first, after));
  }

  @QueryMapping
  Mono<BenchmarkViolation> benchmarkViolation(@Argument String id) {
    return benchmarks.violation(id);
  }

  @QueryMapping
  Mono<BenchmarkTier> benchmarkTier(@Argument String id) {
    return benchmarks.tier(id);
  }

  @BatchMapping
  Mono<Map<DiscretionBenchmark, Agency>> issuerAgency(List<DiscretionBenchmark> list) {
    return Batches.one(list, DiscretionBenchmark::issuerAgencyId, agencies::byIds, Agency::id);
  }

  @BatchMapping(typeName = "DiscretionBenchmark", field = "parent")
  Mono<Map<DiscretionBenchmark, DiscretionBenchmark>> parent(List<DiscretionBenchmark> list) {
    return Batches.one(
        list, DiscretionBenchmark::parentId, benchmarks::byIds, DiscretionBenchmark::id);
  }

  @BatchMapping(typeName = "DiscretionBenchmark", field = "field")
  Mono<Map<DiscretionBenchmark, EnforcementField>> fieldOfBenchmark(
      List<DiscretionBenchmark> list) {
    return Batches.one(
        list, DiscretionBenchmark::fieldCode, fields::byCodes, EnforcementField::code);
  }

  @BatchMapping
  Mono<Map<DiscretionBenchmark, List<BenchmarkViolation>>> violations(
      List<DiscretionBenchmark> list) {
    return Batches.many(
        list, DiscretionBenchmark::id, benchmarks::violationsOf, BenchmarkViolation::benchmarkId);
  }

  @BatchMapping
  Mono<Map<BenchmarkViolation, List<BenchmarkTier>>> tiers(List<BenchmarkViolation> list) {
    return Batches.many(
        list, BenchmarkViolation::id, benchmarks::tiersOf, BenchmarkTier::violationId);
  }

  @BatchMapping
  Mono<Map<BenchmarkViolation, DiscretionBenchmark>> benchmark(List<BenchmarkViolation> list) {
    return Batches.one(
        list, BenchmarkViolation::benchmarkId, benchmarks::byIds, DiscretionBenchmark::id);
  }

  @BatchMapping
  Mono<Map<BenchmarkViolation, LegalProvision>> violatedProvision(List<BenchmarkViolation> list) {
    return Batches.one(
        list, BenchmarkViolation::violatedProvisionId, laws::provisionsByIds, LegalProvision::id);
  }

  @BatchMapping
  Mono<Map<BenchmarkViolation, LegalProvision>> penaltyProvision(List<BenchmarkViolation> list) {
    return Batches.one(
        list, BenchmarkViolation::penaltyProvisionId, laws::provisionsByIds, LegalProvision::id);
  }

  @BatchMapping(typeName = "BenchmarkTier", field = "violation")
  Mono<Map<BenchmarkTier, BenchmarkViolation>> violationOfTier(List<BenchmarkTier> list) {
    return Batches.one(
        list, BenchmarkTier::violationId, benchmarks::violationsByIds, BenchmarkViolation::id);
  }
}
