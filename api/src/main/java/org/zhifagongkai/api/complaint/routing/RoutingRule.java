package org.zhifagongkai.api.complaint.routing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.agency.AgencyLevel;
import org.zhifagongkai.api.complaint.ComplaintCategory;

/** A rule of the 派单目录; null dimensions match anything, an empty region prefix everywhere. */
public record RoutingRule(
    long id,
    String regionPrefix,
    @Nullable String field,
    @Nullable ComplaintCategory category,
    @Nullable AgencyLevel agencyLevel,
    Routing.Handler handler,
    boolean toHotline,
    LocalDate effectiveFrom,
    @Nullable LocalDate effectiveTo,
    String description) {}
