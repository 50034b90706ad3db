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

  /** The same notice with its number and content as {@code reading} renders them. */
  public SupervisionNotice readAs(java.util.function.UnaryOperator<String> reading) {
    return new SupervisionNotice(
        complaintId,
        kind,
        reading.apply(documentNumber),
        reading.apply(content),
        issuedBy,
        issuedOn,
        due);
  }
}
