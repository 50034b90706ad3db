package org.zhifagongkai.api.graphql;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.limits.*}: what one GraphQL request may ask of the portal. Requests beyond a limit
 * are refused with a coded error before anything runs (cost, depth, fields, request size) or
 * answered with one (time, response size).
 *
 * @param maxCost the greatest {@link QueryShape#cost() cost} of one request
 * @param maxDepth the deepest nesting of fields, introspection excepted
 * @param maxFields the most fields one request selects, aliases and fragments counted as executed
 * @param timeout how long a request may run before it is answered with {@code QUERY_TIMEOUT}
 * @param maxResponseBytes the largest answer, in bytes of JSON, before it is replaced by {@code
 *     RESPONSE_TOO_LARGE}
 * @param maxRequestBytes the largest HTTP request body to {@code /graphql}, in bytes
 * @param maxStaffRequestBytes the largest body of a request that names a staff token, in bytes:
 *     enough for a 10 MB upload in Base64 (the token is checked after the body is read)
 */
@ConfigurationProperties("portal.limits")
public record QueryLimits(
    @DefaultValue("50000") long maxCost,
    @DefaultValue("12") int maxDepth,
    @DefaultValue("500") int maxFields,
    @DefaultValue("10s") Duration timeout,
    @DefaultValue("8388608") long maxResponseBytes,
    @DefaultValue("262144") long maxRequestBytes,
    @DefaultValue("14680064") long maxStaffRequestBytes) {}
