package org.zhifagongkai.api.complaint;

/** The documents a supervision body issues on a complaint; each carries its own time limit. */
public enum SupervisionNoticeKind {
  NOTICE("行政执法监督通知书"),
  OPINION("行政执法监督意见书"),
  DECISION("行政执法监督决定书");

  private final String label;

  SupervisionNoticeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
