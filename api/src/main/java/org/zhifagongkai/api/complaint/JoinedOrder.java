package org.zhifagongkai.api.complaint;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The open order a duplicate joined (并单), as its filer may see it: how that order stands, nothing
 * of who filed it or what they wrote.
 */
public record JoinedOrder(
    long id,
    ComplaintStatus status,
    Complaint.@Nullable Handler handler,
    @Nullable LocalDate acceptanceDue,
    @Nullable LocalDate conclusionDue,
    boolean extended,
    boolean overdue,
    int escalationLevel,
    @Nullable LocalDate answeredOn) {

  static JoinedOrder of(Complaint order) {
    return new JoinedOrder(
        order.id(),
        order.status(),
        order.handler(),
        order.acceptanceDue(),
        order.conclusionDue(),
        order.extended(),
        order.overdue(),
        order.escalationLevel(),
        order.answeredOn());
  }
}
