package org.zhifagongkai.api.nopenalty;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An entry of a published no-penalty list, with its conditions and legal ground. */
public record NoPenaltyItem(
    long id,
    NoPenaltyListKind listKind,
    String issuer,
    @Nullable Long issuerAgencyId,
    @Nullable String fieldCode,
    int seq,
    String violation,
    String conditions,
    String legalGround,
    LocalDate effectiveFrom,
    @Nullable LocalDate effectiveTo) {}
