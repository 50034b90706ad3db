package org.zhifagongkai.api.penalty;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a decision's event log, as the public sees it.
 *
 * @param actor the account (a body's department) or the portal's own process that made the change
 * @param changedParts for corrections, the names of the parts that changed
 */
public record PublicationEvent(
    String kind,
    OffsetDateTime occurredAt,
    String actor,
    @Nullable String reason,
    List<String> changedParts) {}
