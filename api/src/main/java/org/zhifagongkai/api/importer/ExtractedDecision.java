package org.zhifagongkai.api.importer;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.penalty.PenaltyKind;

/** What a published decision's text says, as far as it could be read; unread parts are null. */
record ExtractedDecision(
    @Nullable String documentNumber,
    @Nullable String party,
    @Nullable String authority,
    DecisionTextExtractor.@Nullable TextDate decisionDate,
    List<String> citations,
    List<PenaltyKind> penaltyKinds) {}
