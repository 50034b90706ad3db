package org.zhifagongkai.api.agency;

import org.jspecify.annotations.Nullable;

/** Which bodies to list; every condition given must hold. */
public record AgencyFilter(
    @Nullable String regionCode,
    @Nullable AgencyKind kind,
    @Nullable AgencyLevel level,
    @Nullable String nameContains) {

  static final AgencyFilter NONE = new AgencyFilter(null, null, null, null);
}
