package org.zhifagongkai.api.findings;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.agency.Agency;
import org.zhifagongkai.api.agency.AgencyService;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.penalty.PenaltyDecision;
import org.zhifagongkai.api.penalty.PenaltyDecisionService;
import org.zhifagongkai.api.penalty.PublicationStatus;
import org.zhifagongkai.api.support.Batches;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Controller
class PublicationFindingController {

  private final PublicationFindingService findings;
  private final PenaltyDecisionService decisions;
  private final AgencyService agencies;

  PublicationFindingController(
      PublicationFindingService findings,
      PenaltyDecisionService decisions,
      AgencyService agencies) {
    this.findings = findings;
    this.decisions = decisions;
    this.agencies = agencies;
  }

  @QueryMapping
  Mono<Connection<PublicationFinding>> publicationFindings(
      @Argument @Nullable PublicationFindingFilter filter,
      @Argument @Nullable Integer first,
      @Argument @Nullable String after) {
    return findings.findings(filter, PageRequest.of(first, after));
  }

  @QueryMapping
  Flux<PublicationFindingCount> publicationFindingCounts(
      @Argument @Nullable PublicationFindingFilter filter,
      @Argument List<PublicationFindingGrouping> groupBy) {
    return findings.counts(filter, groupBy);
  }

  /**
   * The decision while the public may see it (published, or its withdrawal notice), except where
   * the finding is that it says too much of a person: the finding must not point the public to it.
   */
  @BatchMapping(typeName = "PublicationFinding", field = "decision")
  Mono<Map<PublicationFinding, PenaltyDecision>> decision(List<PublicationFinding> list) {
    return Batches.one(
        list.stream().filter(finding -> !finding.rule().aboutAPerson()).toList(),
        PublicationFinding::decisionId,
        ids ->
            decisions
                .byIds(ids)
                .filter(
                    d ->
                        d.status() == PublicationStatus.PUBLISHED
                            || d.status() == PublicationStatus.WITHDRAWN)
                .map(d -> d.status() == PublicationStatus.WITHDRAWN ? d.asWithdrawalNotice() : d),
        PenaltyDecision::id);
  }

  @BatchMapping(typeName = "PublicationFinding", field = "agency")
  Mono<Map<PublicationFinding, Agency>> agency(List<PublicationFinding> list) {
    return Batches.one(list, PublicationFinding::agencyId, agencies::byIds, Agency::id);
  }

  @BatchMapping(typeName = "PublicationFindingCount", field = "agency")
  Mono<Map<PublicationFindingCount, Agency>> countAgency(List<PublicationFindingCount> list) {
    return Batches.one(list, PublicationFindingCount::agencyId, agencies::byIds, Agency::id);
  }
}
