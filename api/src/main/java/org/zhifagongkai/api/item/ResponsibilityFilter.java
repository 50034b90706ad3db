package org.zhifagongkai.api.item;

import org.jspecify.annotations.Nullable;

/** Which 权责清单 entries to list. */
public record ResponsibilityFilter(@Nullable String agencyId, @Nullable String itemId) {

  static final ResponsibilityFilter NONE = new ResponsibilityFilter(null, null);
}
