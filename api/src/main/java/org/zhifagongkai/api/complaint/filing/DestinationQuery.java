package org.zhifagongkai.api.complaint.filing;

import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.complaint.ComplaintCategory;

/**
 * The facts of a complaint that decide where it goes, as {@link NewComplaint} gives them; nothing
 * about who complains beyond the credit code.
 */
public record DestinationQuery(
    String creditCode,
    @Nullable String regionCode,
    String agencyId,
    @Nullable String penaltyDecisionId,
    @Nullable String enforcementItemId,
    @Nullable String field,
    ComplaintCategory category) {}
