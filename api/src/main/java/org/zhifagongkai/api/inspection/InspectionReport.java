package org.zhifagongkai.api.inspection;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.zhifagongkai.api.region.Region;
import org.zhifagongkai.api.statistics.AccountabilityIndicators;

/**
 * The inspection report of a region over a period: indicators in the order of the inspection
 * outline, then each body's own figures.
 */
public record InspectionReport(
    OffsetDateTime computedAt,
    Region region,
    LocalDate from,
    LocalDate to,
    List<InspectionIndicator> indicators,
    List<AccountabilityIndicators> bodies) {}
