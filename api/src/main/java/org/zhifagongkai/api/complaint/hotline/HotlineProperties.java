package org.zhifagongkai.api.complaint.hotline;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The 12345 hotline connection ({@code portal.hotline.*}). Without an endpoint, nothing is pushed:
 * the hotline pulls its orders through the authenticated inbox of the GraphQL API.
 *
 * @param endpoint where orders are POSTed
 * @param secret the shared key of the HMAC-SHA256 signatures, both ways; none by default, and
 *     without one callbacks are refused and nothing is pushed: a default key anyone can read would
 *     let anyone sign a callback
 * @param lease how long a worker holds orders it is sending; a killed worker's orders return to the
 *     queue after it
 * @param backoffBase the wait after the first failed attempt, doubled per attempt up to {@code
 *     backoffMax}
 * @param callbackTolerance how far a callback's timestamp may be from now, against replays
 */
@ConfigurationProperties("portal.hotline")
public record HotlineProperties(
    @Nullable URI endpoint,
    @Nullable String secret,
    @DefaultValue("20") int batchSize,
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("60s") Duration lease,
    @DefaultValue("2s") Duration backoffBase,
    @DefaultValue("10m") Duration backoffMax,
    @DefaultValue("10s") Duration timeout,
    @DefaultValue("5m") Duration callbackTolerance) {

  /** The shared key, when one is set. */
  boolean signs() {
    return secret != null && !secret.isBlank();
  }

  /** The wait before attempt {@code attempts + 1}. */
  Duration backoff(int attempts) {
    int doublings = Math.min(Math.max(attempts - 1, 0), 30);
    Duration wait = backoffBase.multipliedBy(1L << doublings);
    return wait.compareTo(backoffMax) > 0 ? backoffMax : wait;
  }
}
