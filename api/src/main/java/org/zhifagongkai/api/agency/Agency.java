package org.zhifagongkai.api.agency;

import org.jspecify.annotations.Nullable;

/** 执法主体: a body that enforces the law, or supervises enforcement. */
public record Agency(
    long id,
    String name,
    @Nullable String creditCode,
    String regionCode,
    AgencyLevel level,
    AgencyKind kind,
    @Nullable Long parentId,
    ComplaintChannel complaintChannel) {

  /** Where the body takes complaints about its enforcement, as it publishes them. */
  public record ComplaintChannel(
      @Nullable String phone, @Nullable String address, @Nullable String email) {}
}
