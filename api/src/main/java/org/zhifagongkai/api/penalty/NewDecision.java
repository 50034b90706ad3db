package org.zhifagongkai.api.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A decision to publish, as its body submits it. Amounts are exact yuan; provisions are ids of
 * provisions on this portal, cited beside the published wording.
 */
public record NewDecision(
    String documentNumber,
    @Nullable String caseName,
    PenaltyDecision.Party party,
    String facts,
    String violatedProvisions,
    String penaltyProvisions,
    List<PenaltyKind> penaltyKinds,
    @Nullable BigDecimal fineAmount,
    @Nullable BigDecimal confiscationAmount,
    @Nullable String licenceActions,
    LocalDate decisionDate,
    DecisionDating decisionDating,
    long agencyId,
    @Nullable String fieldCode,
    @Nullable Long enforcementItemId,
    @Nullable Long benchmarkTierId,
    List<Long> violatedProvisionIds,
    List<Long> penaltyProvisionIds,
    LocalDate publishedOn,
    @Nullable LocalDate publishUntil,
    @Nullable String sourceUrl,
    String sourceBody) {}
