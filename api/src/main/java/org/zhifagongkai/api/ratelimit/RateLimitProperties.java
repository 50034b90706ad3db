package org.zhifagongkai.api.ratelimit;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.rate-limit.*}.
 *
 * @param anonymousPerMinute requests to {@code /graphql} a client without an API key may make per
 *     minute, counted by its address
 * @param trustedProxies the addresses or CIDR ranges of the reverse proxies in front of the portal;
 *     only a request coming from one of them has its {@code X-Forwarded-For} believed
 * @param maxClients how many clients' buckets are kept at most; beyond it the least recently seen
 *     are dropped (and start afresh), so that a flood of addresses cannot exhaust memory
 */
@ConfigurationProperties("portal.rate-limit")
public record RateLimitProperties(
    @DefaultValue("300") int anonymousPerMinute,
    @DefaultValue List<String> trustedProxies,
    @DefaultValue("100000") int maxClients) {}
