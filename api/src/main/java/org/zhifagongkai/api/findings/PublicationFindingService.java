package org.zhifagongkai.api.findings;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.region.RegionService;
import org.zhifagongkai.api.support.Ids;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the findings of the publication check: public, as the decisions they concern are. */
@Service
public class PublicationFindingService {

  private final PublicationFindingRepository findings;
  private final RegionService regions;

  PublicationFindingService(PublicationFindingRepository findings, RegionService regions) {
    this.findings = findings;
    this.regions = regions;
  }

  /** Findings newest first found first. */
  public Mono<Connection<PublicationFinding>> findings(
      @Nullable PublicationFindingFilter filter, PageRequest request) {
    return query(filter).flatMap(query -> findings.page(query, request));
  }

  /**
   * How many findings there are for each combination of the groupings given (each counted once,
   * whatever the order or repetition); one total when none is given.
   */
  public Flux<PublicationFindingCount> counts(
      @Nullable PublicationFindingFilter filter, List<PublicationFindingGrouping> groupBy) {
    Set<PublicationFindingGrouping> groupings = EnumSet.noneOf(PublicationFindingGrouping.class);
    groupings.addAll(groupBy);
    return query(filter).flatMapMany(query -> findings.count(query, groupings));
  }

  private Mono<PublicationFindingRepository.FindingQuery> query(
      @Nullable PublicationFindingFilter filter) {
    PublicationFindingFilter given = filter == null ? PublicationFindingFilter.NONE : filter;
    if (given.foundFrom() != null
        && given.foundTo() != null
        && given.foundFrom().isAfter(given.foundTo())) {
      throw new PortalException(
          ErrorCode.INVALID_DATE_RANGE,
          "发现日期范围的起点 " + given.foundFrom() + " 晚于终点 " + given.foundTo(),
          "foundFrom " + given.foundFrom() + " is after foundTo " + given.foundTo());
    }
    Long agencyId = Ids.parseOptional(given.agencyId(), "执法主体", "enforcement body");
    return regions
        .descendantPrefix(given.regionCode())
        .map(
            prefix ->
                new PublicationFindingRepository.FindingQuery(
                    agencyId,
                    prefix.orElse(null),
                    given.rule(),
                    given.open(),
                    given.foundFrom(),
                    given.foundTo()));
  }
}
