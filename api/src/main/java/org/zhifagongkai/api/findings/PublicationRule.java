package org.zhifagongkai.api.findings;

/**
 * A publication rule the daily check applies; the schema's {@code PublicationRule} enum states each
 * one's definition and legal source.
 */
public enum PublicationRule {
  /** 逾期公开: published after the last day allowed (7 working days, 国办发〔2018〕118号). */
  PUBLISHED_LATE,
  /** 超期公示: still published after its 公示截止期. */
  SHOWN_AFTER_TERM,
  /** 超范围公开: a decision the rules exclude from publication. */
  BEYOND_SCOPE,
  /** A 文号 that does not read as 机关代字〔年份〕序号号. */
  MALFORMED_DOCUMENT_NUMBER,
  /** A field the national 双公示 penalty template requires is empty. */
  MISSING_REQUIRED_FIELD,
  /** A fine outside the range of the discretion benchmark tier applied. */
  FINE_OUTSIDE_TIER,
  /** Personal data readable in published text. */
  PERSONAL_DATA_UNMASKED,
  /** Dates that cannot all be true. */
  IMPOSSIBLE_DATE;

  /**
   * Whether a finding of this rule tells something about a person (data left readable, a minor), so
   * that the public finding must not lead to the decision.
   */
  public boolean aboutAPerson() {
    return this == PERSONAL_DATA_UNMASKED || this == BEYOND_SCOPE;
  }
}
