package org.zhifagongkai.api.nopenalty;

import org.jspecify.annotations.Nullable;

/** Which no-penalty entries to list. */
public record NoPenaltyItemFilter(
    @Nullable String field, @Nullable NoPenaltyListKind listKind, @Nullable String issuerAgencyId) {

  static final NoPenaltyItemFilter NONE = new NoPenaltyItemFilter(null, null, null);
}
