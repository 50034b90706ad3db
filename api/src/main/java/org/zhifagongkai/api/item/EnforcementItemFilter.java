package org.zhifagongkai.api.item;

import org.jspecify.annotations.Nullable;

/** Which enforcement items to list; every condition given must hold. */
public record EnforcementItemFilter(
    @Nullable String agencyId,
    @Nullable String regionCode,
    @Nullable String field,
    @Nullable EnforcementItemKind kind,
    @Nullable Catalogue catalogue,
    @Nullable String delegatedToTown,
    @Nullable Boolean includeSuperseded) {

  static final EnforcementItemFilter NONE =
      new EnforcementItemFilter(null, null, null, null, null, null, null);
}
