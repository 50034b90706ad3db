package org.zhifagongkai.api.changes;

/** What a change did to a decision's public record. */
public enum ChangeKind {
  /** Published, or published again: a mirror adds or replaces the decision. */
  PUBLISHED,
  /** Published content changed: a mirror replaces the decision. */
  CORRECTED,
  /** Withdrawn (行政处罚法 Art. 48 ¶2): a mirror keeps only the notice. */
  WITHDRAWN,
  /** Taken down before its term after a credit repair: a mirror removes the decision. */
  ENDED_EARLY,
  /** Its term of publication ended: a mirror removes the decision. */
  EXPIRED;

  /** Whether the change carries the decision as published. */
  boolean showsDecision() {
    return this == PUBLISHED || this == CORRECTED;
  }
}
