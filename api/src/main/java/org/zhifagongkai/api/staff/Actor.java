package org.zhifagongkai.api.staff;

import org.jspecify.annotations.Nullable;

/**
 * Who made a change, as the event log records it: a staff account, or the portal itself (an import,
 * the expiry job) with a name saying which.
 */
public record Actor(@Nullable Long staffId, String name) {

  public static Actor of(Staff staff) {
    return new Actor(staff.id(), staff.name());
  }

  public static Actor portal(String what) {
    return new Actor(null, what);
  }
}
