package org.zhifagongkai.api.changes;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.penalty.PenaltyDecision;
import org.zhifagongkai.api.penalty.PenaltyDecisionService;
import org.zhifagongkai.api.penalty.PublicationStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The change feed (变更流) of penalty decisions: every publication, correction, withdrawal, early end
 * and expiry, each once, in an order that a later read never contradicts. A mirror that applies the
 * changes in order ends with what the portal publishes. Public: no account is needed.
 */
@Service
public class ChangeFeedService {

  static final int DEFAULT_SIZE = 100;
  static final int MAX_SIZE = 1000;

  private final DecisionChangeRepository changes;
  private final PenaltyDecisionService decisions;

  ChangeFeedService(DecisionChangeRepository changes, PenaltyDecisionService decisions) {
    this.changes = changes;
    this.decisions = decisions;
  }

  /**
   * Up to {@code first} (1 to 1000, default 100) changes after the cursor {@code after}, from the
   * beginning without one.
   */
  public Mono<Connection<DecisionChange>> changes(@Nullable String after, @Nullable Integer first) {
    int size = first == null ? DEFAULT_SIZE : first;
    if (size < 1 || size > MAX_SIZE) {
      throw new PortalException(
          ErrorCode.PAGE_SIZE_OUT_OF_RANGE,
          "变更流每页数量 first 须在 1 到 " + MAX_SIZE + " 之间，收到 " + size,
          "first must be between 1 and " + MAX_SIZE + " for the change feed, got " + size);
    }
    ChangeCursor cursor = after == null || after.isBlank() ? null : ChangeCursor.decode(after);
    return changes.page(cursor, size);
  }

  /**
   * Where the log stands now, as a transaction id: a read of decisions that begins after this
   * answers sees the changes of every transaction below it, and misses only changes of transactions
   * at or above it, which {@link #removedSince} then finds.
   */
  public Mono<Long> horizon() {
    return changes.horizon();
  }

  /**
   * Whether any decision was withdrawn, ended early, expired or corrected by a transaction at or
   * above {@code horizon} (from {@link #horizon}), that is, since a read that began after it.
   * Whatever wrote the removal (staff, an import, the expiry job), the log's triggers noted it.
   */
  public Mono<Boolean> removedSince(long horizon) {
    return changes.removedSince(horizon);
  }

  /**
   * Of the decisions {@code ids}, those published now, as published. One taken off view since is
   * left out: a later change in the feed says how.
   */
  public Flux<PenaltyDecision> publishedNow(Collection<Long> ids) {
    return decisions.byIds(ids).filter(d -> d.status() == PublicationStatus.PUBLISHED);
  }
}
