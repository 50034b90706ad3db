package org.zhifagongkai.api.findings;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.penalty.PartyKind;

/** The published texts of one decision that the rules written in Java read. */
record PublishedText(
    long decisionId,
    long agencyId,
    String documentNumber,
    PartyKind partyKind,
    String partyName,
    @Nullable String legalRepresentative,
    @Nullable String caseName,
    String facts,
    String violatedProvisions,
    String penaltyProvisions,
    @Nullable String licenceActions,
    LocalDate decisionDate) {}
