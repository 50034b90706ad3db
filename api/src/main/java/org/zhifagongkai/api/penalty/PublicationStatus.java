package org.zhifagongkai.api.penalty;

/** Where a decision stands in its publication. */
public enum PublicationStatus {
  /** Shown in listings and search. */
  PUBLISHED,
  /** Varied, revoked, or confirmed illegal or void: gone from listings, its notice stays. */
  WITHDRAWN,
  /** Taken down before its term ended, after a credit repair (信用修复). */
  ENDED_EARLY,
  /** Its term of publication ended. */
  EXPIRED
}
