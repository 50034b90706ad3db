package org.zhifagongkai.api.findings;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which findings to list or count, as the client sent it; every condition given must hold. */
public record PublicationFindingFilter(
    @Nullable String agencyId,
    @Nullable String regionCode,
    @Nullable PublicationRule rule,
    @Nullable Boolean open,
    @Nullable LocalDate foundFrom,
    @Nullable LocalDate foundTo) {

  static final PublicationFindingFilter NONE =
      new PublicationFindingFilter(null, null, null, null, null, null);
}
