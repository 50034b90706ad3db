package org.zhifagongkai.api.complaint.filing;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.complaint.Complaint;
import org.zhifagongkai.api.complaint.ComplaintDeadlines;
import org.zhifagongkai.api.complaint.routing.RoutingRule;

/**
 * Where a complaint would go if filed today, and its time limits; nothing is stored.
 *
 * @param regionCode the enterprise's region it is routed by
 * @param acceptanceDue the last day to accept or refuse it, counted from today
 * @param conclusionLimit counted from the day it is accepted
 */
public record ComplaintDestination(
    Complaint.Handler handler,
    Complaint.Handler supervisionBody,
    RoutingRule routingRule,
    boolean toHotline,
    String regionCode,
    @Nullable String fieldCode,
    ComplaintDeadlines.Limit acceptanceLimit,
    LocalDate acceptanceDue,
    ComplaintDeadlines.Limit conclusionLimit) {}
