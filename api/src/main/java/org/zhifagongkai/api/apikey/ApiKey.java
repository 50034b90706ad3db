package org.zhifagongkai.api.apikey;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An API key's record, without the key.
 *
 * @param name the key's first characters, which are not secret
 * @param perMinute requests to {@code /graphql} the key may make per minute
 * @param revokedAt when it was revoked; null while valid
 */
public record ApiKey(
    long id,
    String name,
    String holder,
    int perMinute,
    OffsetDateTime createdAt,
    @Nullable OffsetDateTime revokedAt) {}
