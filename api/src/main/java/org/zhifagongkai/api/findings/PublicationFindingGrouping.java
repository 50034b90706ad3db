package org.zhifagongkai.api.findings;

/** What findings are counted by. */
public enum PublicationFindingGrouping {
  /** The body whose decision it is. */
  AGENCY,
  /** The rule broken. */
  RULE,
  /** The month the finding was first found, {@code 2026-11}, in Asia/Shanghai. */
  MONTH
}
