package org.zhifagongkai.api.complaint;

import java.time.LocalDate;

/** A 行政执法监督通知书 / 意见书 / 决定书 issued on a complaint, with the day it must be acted on by. */
public record SupervisionNotice(
    long complaintId,
    SupervisionNoticeKind kind,
    String documentNumber,
    String content,
    String issuedBy,
    LocalDate issuedOn,
    LocalDate due) {

  /** The same notice with {@code text} for its content. */
  public SupervisionNotice withContent(String text) {
    return new SupervisionNotice(complaintId, kind, documentNumber, text, issuedBy, issuedOn, due);
  }
}
