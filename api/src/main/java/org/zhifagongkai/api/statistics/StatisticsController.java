package org.zhifagongkai.api.statistics;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.item.EnforcementItem;
import org.zhifagongkai.api.penalty.CitedProvision.CitationRole;
import org.zhifagongkai.api.penalty.PenaltyDecisionFilter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Public statistics and indicators. The fields with arguments below their top-level field run one
 * query each when selected; each parent is a single top-level object, so there is nothing to batch.
 */
@Controller
class StatisticsController {

  private final StatisticsService statistics;
  private final IndicatorService indicators;

  StatisticsController(StatisticsService statistics, IndicatorService indicators) {
    this.statistics = statistics;
    this.indicators = indicators;
  }

  @QueryMapping
  Mono<PenaltyStatistics> penaltyStatistics(
      @Argument @Nullable PenaltyDecisionFilter filter,
      @Argument List<StatisticsDimension> groupBy) {
    return statistics.penaltyStatistics(filter, groupBy);
  }

  @SchemaMapping(typeName = "PenaltyStatistics")
  List<PenaltyStatistics.Group> groups(
      PenaltyStatistics parent,
      @Argument @Nullable Integer first,
      @Argument @Nullable Integer offset) {
    return statistics.groups(parent, first, offset);
  }

  @SchemaMapping(typeName = "PenaltyStatistics")
  int groupCount(PenaltyStatistics parent) {
    return parent.groups().size();
  }

  @SchemaMapping(typeName = "PenaltyStatistics")
  Flux<ProvisionCount> topViolations(PenaltyStatistics parent, @Argument @Nullable Integer first) {
    return statistics.topProvisions(parent, CitationRole.VIOLATED, first);
  }

  @SchemaMapping(typeName = "PenaltyStatistics")
  Flux<ProvisionCount> topCitedProvisions(
      PenaltyStatistics parent,
      @Argument @Nullable Integer first,
      @Argument @Nullable CitationRole role) {
    return statistics.topProvisions(parent, role, first);
  }

  @QueryMapping
  Mono<CatalogueIndicators> catalogueIndicators(
      @Argument String regionCode,
      @Argument @Nullable Integer idleMonths,
      @Argument @Nullable LocalDate asOf) {
    return indicators.catalogueIndicators(regionCode, idleMonths, asOf);
  }

  @SchemaMapping(typeName = "CatalogueIndicators")
  Flux<EnforcementItem> idleItems(CatalogueIndicators parent) {
    return indicators.idleItems(parent);
  }

  @SchemaMapping(typeName = "CatalogueIndicators")
  Flux<IndicatorService.ItemDecisions> highFrequencyItems(
      CatalogueIndicators parent, @Argument @Nullable Integer first) {
    return indicators.highFrequencyItems(parent, first);
  }

  @QueryMapping
  Mono<AccountabilityIndicators> accountabilityIndicators(
      @Argument String agencyId,
      @Argument @Nullable LocalDate from,
      @Argument @Nullable LocalDate to) {
    return indicators.accountabilityIndicators(agencyId, from, to);
  }
}
