package org.zhifagongkai.api.complaint.hotline;

/** Where the hotline's copy stands: waiting to be sent or pulled, then as the hotline reports. */
public enum HotlineOrderStatus {
  PENDING,
  DELIVERED,
  IN_PROGRESS,
  ANSWERED,
  CLOSED
}
