package org.zhifagongkai.api.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which decisions to list, as the client sent it; every condition given must hold. */
public record PenaltyDecisionFilter(
    @Nullable String regionCode,
    @Nullable String agencyId,
    @Nullable String field,
    @Nullable PenaltyKind penaltyKind,
    @Nullable PartyKind partyKind,
    @Nullable String partyCreditCode,
    @Nullable String enforcementItemId,
    @Nullable LocalDate decidedFrom,
    @Nullable LocalDate decidedTo,
    @Nullable BigDecimal fineAtLeast,
    @Nullable BigDecimal fineAtMost) {

  static final PenaltyDecisionFilter NONE =
      new PenaltyDecisionFilter(null, null, null, null, null, null, null, null, null, null, null);
}
