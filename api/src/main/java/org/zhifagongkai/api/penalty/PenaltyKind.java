package org.zhifagongkai.api.penalty;

/** The kinds of administrative penalty listed in 行政处罚法 Art. 9 (2021). */
public enum PenaltyKind {
  /** 警告. */
  WARNING,
  /** 通报批评. */
  CIRCULATED_CRITICISM,
  /** 罚款. */
  FINE,
  /** 没收违法所得. */
  CONFISCATION_OF_ILLEGAL_GAINS,
  /** 没收非法财物. */
  CONFISCATION_OF_ILLEGAL_PROPERTY,
  /** 暂扣许可证件. */
  LICENCE_SUSPENSION,
  /** 降低资质等级. */
  QUALIFICATION_DOWNGRADE,
  /** 吊销许可证件. */
  LICENCE_REVOCATION,
  /** 限制开展生产经营活动. */
  BUSINESS_RESTRICTION,
  /** 责令停产停业. */
  ORDER_TO_SUSPEND_BUSINESS,
  /** 责令关闭. */
  ORDER_TO_CLOSE,
  /** 限制从业. */
  PRACTICE_RESTRICTION,
  /** 行政拘留. */
  ADMINISTRATIVE_DETENTION,
  /** 法律、行政法规规定的其他行政处罚. */
  OTHER
}
