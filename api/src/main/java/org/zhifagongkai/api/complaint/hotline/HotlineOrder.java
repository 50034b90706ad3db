package org.zhifagongkai.api.complaint.hotline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The 12345 copy of a complaint.
 *
 * @param payload the order as sent to the hotline, JSON
 * @param reference the hotline's own order number, once it has one
 */
public record HotlineOrder(
    long id,
    long complaintId,
    String trackingNumber,
    HotlineOrderStatus status,
    @Nullable String reference,
    @Nullable LocalDate replyDue,
    int attempts,
    @Nullable String lastError,
    OffsetDateTime createdAt,
    @Nullable OffsetDateTime deliveredAt,
    String payload) {}
