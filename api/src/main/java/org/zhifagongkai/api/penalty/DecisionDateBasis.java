package org.zhifagongkai.api.penalty;

/**
 * What a decision's date rests on, best evidence first. Only a stated or signed date is the day
 * itself; the others bound it, so deadlines counted from them are not judged.
 */
public enum DecisionDateBasis {
  /** The body states it: published here, or a labelled decision date (处罚决定日期) in the record. */
  STATED,
  /** The date the decision's text is signed with, at its end. */
  SIGNED,
  /** The date the source record gives, which some sources use for the day they published it. */
  SOURCE_DATE,
  /** The day of publication in the source's address ({@code /201707/t20170718_…}). */
  SOURCE_ADDRESS,
  /** The last date the text mentions, in the year of its number: the decision follows it. */
  LAST_DATE_IN_TEXT,
  /** Only the year of its document number: dated 1 January of that year, the earliest it can be. */
  DOCUMENT_YEAR;

  /** Whether the date is the decision's own day, from which deadlines can be judged. */
  public boolean exact() {
    return this == STATED || this == SIGNED;
  }
}
