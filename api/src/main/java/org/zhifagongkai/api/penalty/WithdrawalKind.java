package org.zhifagongkai.api.penalty;

/** Why a published decision must be withdrawn (行政处罚法 Art. 48 ¶2; SAMR 令45号 Art. 11). */
public enum WithdrawalKind {
  VARIED("被依法变更"),
  REVOKED("被依法撤销"),
  CONFIRMED_ILLEGAL("被确认违法"),
  CONFIRMED_VOID("被确认无效");

  private final String label;

  WithdrawalKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
