package org.zhifagongkai.api.penalty;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A correction of a published decision (R2.1: inaccurate published information is corrected
 * promptly). Each part left null stays as it is; the reason is published in the event log.
 */
public record Correction(
    @Nullable String caseName,
    @Nullable String facts,
    @Nullable List<PenaltyKind> penaltyKinds,
    @Nullable BigDecimal fineAmount,
    @Nullable BigDecimal confiscationAmount,
    @Nullable String licenceActions,
    String reason) {}
