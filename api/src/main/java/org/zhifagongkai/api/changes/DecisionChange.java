package org.zhifagongkai.api.changes;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.penalty.PenaltyDecision;

/**
 * One change to a decision's public record, as the feed serves it. The number and body are those
 * the decision had when it changed; no change holds the party, the facts or other personal data.
 *
 * @param cursor continues the feed after this change
 * @param withdrawal the public notice, for a {@link ChangeKind#WITHDRAWN} change only
 */
public record DecisionChange(
    String cursor,
    ChangeKind kind,
    long decisionId,
    OffsetDateTime changedAt,
    String documentNumber,
    long agencyId,
    PenaltyDecision.@Nullable Withdrawal withdrawal) {

  /** The decision to load for this change: its id when the change shows it, null otherwise. */
  @Nullable Long shownDecisionId() {
    return kind.showsDecision() ? decisionId : null;
  }
}
