package org.zhifagongkai.api.findings;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A fault the daily check found in a published decision, from the day it was first found to the day
 * it was resolved; {@code resolvedOn} null while it is open.
 */
public record PublicationFinding(
    long id,
    long decisionId,
    long agencyId,
    PublicationRule rule,
    String detail,
    LocalDate firstFoundOn,
    LocalDate lastSeenOn,
    @Nullable LocalDate resolvedOn) {}
