package org.zhifagongkai.api.statistics;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.penalty.CitedProvision.CitationRole;
import org.zhifagongkai.api.penalty.DecisionCriteria;
import org.zhifagongkai.api.penalty.PenaltyDecisionFilter;
import org.zhifagongkai.api.penalty.PenaltyDecisionService;
import org.zhifagongkai.api.region.Region;
import org.zhifagongkai.api.region.RegionService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Statistics of published penalty decisions. A filter selects exactly the decisions {@code
 * penaltyDecisions} lists with it, checked and resolved by {@link PenaltyDecisionService}.
 */
@Service
public class StatisticsService {

  static final int MAX_DIMENSIONS = 3;

  private final PenaltyDecisionService decisions;
  private final RegionService regions;
  private final PenaltyFigures figures;
  private final Clock clock;

  StatisticsService(
      PenaltyDecisionService decisions,
      RegionService regions,
      PenaltyFigures figures,
      Clock clock) {
    this.decisions = decisions;
    this.regions = regions;
    this.figures = figures;
    this.clock = clock;
  }

  public Mono<PenaltyStatistics> penaltyStatistics(
      @Nullable PenaltyDecisionFilter filter, List<StatisticsDimension> groupBy) {
    checkGrouping(groupBy);
    OffsetDateTime computedAt = OffsetDateTime.now(clock);
    return decisions
        .criteria(filter)
        .flatMap(
            criteria ->
                Mono.zip(
                    figures.overall(criteria),
                    regionsOf(criteria, groupBy)
                        .flatMapMany(
                            children ->
                                groupBy.contains(StatisticsDimension.REGION) && children.isEmpty()
                                    ? Flux.empty()
                                    : figures.groups(criteria, groupBy, children))
                        .collectList(),
                    (overall, groups) ->
                        new PenaltyStatistics(
                            computedAt,
                            List.copyOf(groupBy),
                            overall.count(),
                            overall.totalFine(),
                            overall.medianFine(),
                            groups,
                            criteria)));
  }

  /**
   * A page of the groups: {@code first} (1–100, default 100) after {@code offset} (default 0), so
   * that a grouping of many values never answers in one piece.
   */
  public List<PenaltyStatistics.Group> groups(
      PenaltyStatistics statistics, @Nullable Integer first, @Nullable Integer offset) {
    int size = first == null ? PageRequest.MAX_SIZE : PageRequest.of(first, null).first();
    int skip = offset == null ? 0 : offset;
    if (skip < 0) {
      throw new PortalException(
          ErrorCode.INVALID_REQUEST, "offset 不得为负：" + skip, "offset may not be negative: " + skip);
    }
    List<PenaltyStatistics.Group> all = statistics.groups();
    int from = Math.min(skip, all.size());
    return all.subList(from, Math.min(all.size(), from + size));
  }

  /**
   * The provisions the decisions of {@code statistics} cite most, in the role given or in either.
   */
  public Flux<ProvisionCount> topProvisions(
      PenaltyStatistics statistics, @Nullable CitationRole role, @Nullable Integer first) {
    return figures.topProvisions(statistics.criteria(), role, PageRequest.of(first, null).first());
  }

  /** The regions a REGION dimension counts: the filter region's children, or the provinces. */
  private Mono<List<Region>> regionsOf(
      DecisionCriteria criteria, List<StatisticsDimension> groupBy) {
    if (!groupBy.contains(StatisticsDimension.REGION)) {
      return Mono.just(List.of());
    }
    String code = criteria.regionCode();
    return (code == null ? regions.provinces() : regions.childrenOf(List.of(code))).collectList();
  }

  private static void checkGrouping(List<StatisticsDimension> groupBy) {
    if (groupBy.isEmpty()
        || groupBy.size() > MAX_DIMENSIONS
        || new HashSet<>(groupBy).size() != groupBy.size()) {
      throw new PortalException(
          ErrorCode.INVALID_GROUPING,
          "分组维度 groupBy 须为 1 到 " + MAX_DIMENSIONS + " 个互不相同的维度，收到 " + groupBy,
          "groupBy takes 1 to " + MAX_DIMENSIONS + " distinct dimensions, got " + groupBy);
    }
  }
}
