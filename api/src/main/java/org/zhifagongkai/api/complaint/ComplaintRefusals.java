package org.zhifagongkai.api.complaint;

import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.staff.Staff;

/** The refusals every part of complaint handling gives alike. */
public final class ComplaintRefusals {

  private ComplaintRefusals() {}

  /** A step the order's status does not allow. */
  public static PortalException transition(String zh, String en) {
    return new PortalException(ErrorCode.INVALID_TRANSITION, zh, en);
  }

  /** {@code staff} may not read or act on the order (or on orders at all). */
  public static PortalException forbidden(Staff staff, @Nullable Long complaintId) {
    String which = complaintId == null ? "投诉工单" : "投诉 " + complaintId;
    return new PortalException(
        ErrorCode.FORBIDDEN,
        "账号“" + staff.name() + "”无权查看或办理" + which,
        "Account '"
            + staff.name()
            + "' may not read or act on "
            + (complaintId == null ? "complaint orders" : "complaint " + complaintId));
  }
}
