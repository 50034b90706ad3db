package org.zhifagongkai.api.penalty;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.agency.Agency;
import org.zhifagongkai.api.agency.AgencyService;
import org.zhifagongkai.api.benchmark.BenchmarkService;
import org.zhifagongkai.api.benchmark.BenchmarkTier;
import org.zhifagongkai.api.field.EnforcementField;
import org.zhifagongkai.api.field.FieldService;
import org.zhifagongkai.api.item.EnforcementItem;
import org.zhifagongkai.api.item.EnforcementItemService;
import org.zhifagongkai.api.law.LawService;
import org.zhifagongkai.api.law.LinkedProvision;
import org.zhifagongkai.api.law.ProvisionLink;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.region.Region;
import org.zhifagongkai.api.region.RegionService;
import org.zhifagongkai.api.support.Batches;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Controller
class PenaltyDecisionController {

  private final PenaltyDecisionService decisions;
  private final AgencyService agencies;
  private final RegionService regions;
  private final FieldService fields;
  private final EnforcementItemService items;
  private final BenchmarkService benchmarks;
  private final LawService laws;

  PenaltyDecisionController(
      PenaltyDecisionService decisions,
      AgencyService agencies,
      RegionService regions,
      FieldService fields,
      EnforcementItemService items,
      BenchmarkService benchmarks,
      LawService laws) {
    this.decisions = decisions;
    this.agencies = agencies;
    this.regions = regions;
    this.fields = fields;
    this.items = items;
    this.benchmarks = benchmarks;
    this.laws = laws;
  }

  @QueryMapping
  Mono<PenaltyDecision> penaltyDecision(@Argument String id) {
    return decisions.decision(id);
  }

  @QueryMapping
  Flux<PenaltyDecision> penaltyDecisionsByDocumentNumber(@Argument String documentNumber) {
    return decisions.byDocumentNumber(documentNumber);
  }

  @QueryMapping
  Mono<Connection<PenaltyDecision>> penaltyDecisions(
      @Argument @Nullable PenaltyDecisionFilter filter,
      @Argument @Nullable PenaltyDecisionOrder orderBy,
      @Argument @Nullable Integer first,
      @Argument @Nullable String after) {
    return decisions.decisions(filter, orderBy, PageRequest.of(first, after));
  }

  @BatchMapping(typeName = "PenaltyDecision", field = "agency")
  Mono<Map<PenaltyDecision, Agency>> agency(List<PenaltyDecision> list) {
    return Batches.one(list, PenaltyDecision::agencyId, agencies::byIds, Agency::id);
  }

  @BatchMapping(typeName = "PenaltyDecision", field = "region")
  Mono<Map<PenaltyDecision, Region>> region(List<PenaltyDecision> list) {
    return Batches.one(list, PenaltyDecision::regionCode, regions::byCodes, Region::code);
  }

  @BatchMapping(typeName = "PenaltyDecision", field = "field")
  Mono<Map<PenaltyDecision, EnforcementField>> field(List<PenaltyDecision> list) {
    return Batches.one(list, PenaltyDecision::fieldCode, fields::byCodes, EnforcementField::code);
  }

  @BatchMapping(typeName = "PenaltyDecision", field = "enforcementItem")
  Mono<Map<PenaltyDecision, EnforcementItem>> enforcementItem(List<PenaltyDecision> list) {
    return Batches.one(list, PenaltyDecision::enforcementItemId, items::byIds, EnforcementItem::id);
  }

  @BatchMapping(typeName = "PenaltyDecision", field = "benchmarkTier")
  Mono<Map<PenaltyDecision, BenchmarkTier>> benchmarkTier(List<PenaltyDecision> list) {
    return Batches.one(
        list, PenaltyDecision::benchmarkTierId, benchmarks::tiersByIds, BenchmarkTier::id);
  }

  @BatchMapping(typeName = "PenaltyDecision", field = "citedProvisions")
  Mono<Map<PenaltyDecision, List<CitedProvision>>> citedProvisions(List<PenaltyDecision> list) {
    return Batches.many(
            list,
            PenaltyDecision::id,
            ids -> laws.linkedTo(ProvisionLink.PENALTY_DECISION, ids),
            LinkedProvision::ownerId)
        .map(linked -> Batches.project(linked, CitedProvision::of));
  }
}
