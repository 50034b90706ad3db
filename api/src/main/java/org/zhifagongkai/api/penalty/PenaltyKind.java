package org.zhifagongkai.api.penalty;

/** The kinds of administrative penalty listed in 行政处罚法 Art. 9 (2021). */
public enum PenaltyKind {
  WARNING("警告"),
  CIRCULATED_CRITICISM("通报批评"),
  FINE("罚款"),
  CONFISCATION_OF_ILLEGAL_GAINS("没收违法所得"),
  CONFISCATION_OF_ILLEGAL_PROPERTY("没收非法财物"),
  LICENCE_SUSPENSION("暂扣许可证件"),
  QUALIFICATION_DOWNGRADE("降低资质等级"),
  LICENCE_REVOCATION("吊销许可证件"),
  BUSINESS_RESTRICTION("限制开展生产经营活动"),
  ORDER_TO_SUSPEND_BUSINESS("责令停产停业"),
  ORDER_TO_CLOSE("责令关闭"),
  PRACTICE_RESTRICTION("限制从业"),
  ADMINISTRATIVE_DETENTION("行政拘留"),
  OTHER("其他行政处罚");

  private final String label;

  PenaltyKind(String label) {
    this.label = label;
  }

  /** The name 行政处罚法 gives the kind. */
  public String label() {
    return label;
  }
}
