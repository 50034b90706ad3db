package org.zhifagongkai.api.changes;

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
import org.zhifagongkai.api.penalty.PenaltyDecision;
import org.zhifagongkai.api.support.Batches;
import reactor.core.publisher.Mono;

@Controller
class ChangeFeedController {

  private final ChangeFeedService feed;
  private final AgencyService agencies;

  ChangeFeedController(ChangeFeedService feed, AgencyService agencies) {
    this.feed = feed;
    this.agencies = agencies;
  }

  @QueryMapping
  Mono<Connection<DecisionChange>> changes(
      @Argument @Nullable String after, @Argument @Nullable Integer first) {
    return feed.changes(after, first);
  }

  @BatchMapping(typeName = "DecisionChange", field = "decision")
  Mono<Map<DecisionChange, PenaltyDecision>> decision(List<DecisionChange> list) {
    return Batches.one(
        list, DecisionChange::shownDecisionId, feed::publishedNow, PenaltyDecision::id);
  }

  @BatchMapping(typeName = "DecisionChange", field = "agency")
  Mono<Map<DecisionChange, Agency>> agency(List<DecisionChange> list) {
    return Batches.one(list, DecisionChange::agencyId, agencies::byIds, Agency::id);
  }
}
