package org.zhifagongkai.api.statistics;

/** What penalty decisions can be grouped by. */
public enum StatisticsDimension {
  /** The body that decided. */
  AGENCY,
  /**
   * The child regions of the filter's region (the provinces without one); each counts the decisions
   * of its whole subtree.
   */
  REGION,
  /** The field of enforcement (执法领域). */
  FIELD,
  /** Each penalty kind imposed; a decision imposing several counts in each. */
  PENALTY_KIND,
  /** The year of the decision date. */
  YEAR,
  /** The month of the decision date. */
  MONTH,
  /** The band of the fine ({@code search.AmountBand}). */
  FINE_BAND,
  /** Each provision the decision cites as violated; a decision citing several counts in each. */
  VIOLATED_PROVISION
}
