package org.zhifagongkai.api.findings;

import org.jspecify.annotations.Nullable;

/**
 * How many findings share the values of the groupings asked for; a part not grouped by is null.
 *
 * @param month the month first found, {@code yyyy-MM}
 */
public record PublicationFindingCount(
    @Nullable Long agencyId, @Nullable PublicationRule rule, @Nullable String month, int count) {}
