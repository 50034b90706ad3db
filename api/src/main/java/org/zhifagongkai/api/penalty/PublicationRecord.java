package org.zhifagongkai.api.penalty;

/**
 * How a body has kept the publication deadlines: decisions published, how many after the working
 * days allowed, withdrawals, and how many after the three working days allowed. Decisions whose
 * deadline is unknown (outside the working-day calendar) are counted but never late.
 */
public record PublicationRecord(
    int published, int publishedLate, int withdrawn, int withdrawnLate) {}
