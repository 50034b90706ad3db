package org.zhifagongkai.api.staff;

/** What a staff account may do, and for which body. */
public enum StaffRole {
  /** Staff of an enforcement body: publishes and maintains that body's decisions only. */
  AGENCY_STAFF,
  /** A 司法行政 supervision body: reads what the bodies of its region publish and are late with. */
  SUPERVISOR,
  /** A 行政执法监督联系点: handles the complaints routed to it. */
  CONTACT_POINT,
  /** The 12345 hotline. */
  HOTLINE,
  /** Administers accounts and routing rules; publishes nothing itself. */
  ADMIN
}
