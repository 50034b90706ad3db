package org.zhifagongkai.api.penalty;

import org.jspecify.annotations.Nullable;

/** How to order decisions: by date or fine, descending unless asked otherwise. */
public record PenaltyDecisionOrder(Field field, @Nullable Direction direction) {

  static final PenaltyDecisionOrder DEFAULT = new PenaltyDecisionOrder(Field.DECISION_DATE, null);

  /** What decisions can be ordered by. */
  public enum Field {
    DECISION_DATE,
    FINE_AMOUNT
  }

  /** Which way. */
  public enum Direction {
    ASC,
    DESC
  }

  boolean descending() {
    return direction != Direction.ASC;
  }
}
