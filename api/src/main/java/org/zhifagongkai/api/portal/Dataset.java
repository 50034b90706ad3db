package org.zhifagongkai.api.portal;

import java.time.OffsetDateTime;

/** A dataset loaded into this database; {@code sample} marks generated, not published, records. */
public record Dataset(
    String name, String description, boolean sample, int recordCount, OffsetDateTime loadedAt) {}
