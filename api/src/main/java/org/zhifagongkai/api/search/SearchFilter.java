package org.zhifagongkai.api.search;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.penalty.PenaltyKind;

/** Which records a search considers; every condition given must hold. */
public record SearchFilter(
    @Nullable SearchRecordKind kind,
    @Nullable String regionCode,
    @Nullable String agencyId,
    @Nullable String field,
    @Nullable PenaltyKind penaltyKind,
    @Nullable Integer year,
    @Nullable AmountBand amountBand,
    @Nullable LocalDate from,
    @Nullable LocalDate to) {

  static final SearchFilter NONE =
      new SearchFilter(null, null, null, null, null, null, null, null, null);
}
