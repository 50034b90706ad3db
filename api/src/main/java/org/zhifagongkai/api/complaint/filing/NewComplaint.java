package org.zhifagongkai.api.complaint.filing;

import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.complaint.ComplaintCategory;

/**
 * What an enterprise files, as given.
 *
 * @param regionCode where the enterprise operates; by default the region its credit code was
 *     registered in
 * @param identityShown whether the body complained about may see who complained (default: no)
 * @param inReconsiderationOrLitigation the filer's answer that the matter is before 行政复议 or a
 *     court, which another channel then takes
 * @param filingKey the client's key for this filing, sent again unchanged with a retry
 */
public record NewComplaint(
    String enterpriseName,
    String creditCode,
    @Nullable String regionCode,
    String contactName,
    String contactPhone,
    String agencyId,
    @Nullable String penaltyDecisionId,
    @Nullable String enforcementItemId,
    @Nullable String field,
    ComplaintCategory category,
    String description,
    @Nullable Boolean identityShown,
    @Nullable Boolean inReconsiderationOrLitigation,
    @Nullable String filingKey) {}
