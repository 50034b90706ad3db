package org.zhifagongkai.api.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * One token bucket per client, refilled smoothly at its limit per minute, kept in this instance's
 * memory: with several instances behind a balancer each counts on its own.
 *
 * <p>The buckets live in a cache bounded by {@code portal.rate-limit.max-clients}; a bucket unused
 * for a minute is full again, so dropping it then loses nothing. Thread-safe.
 */
@Component
class RateBuckets {

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private final Cache<String, Bucket> buckets;

  RateBuckets(RateLimitProperties properties) {
    this.buckets =
        Caffeine.newBuilder()
            .maximumSize(properties.maxClients())
            .expireAfterAccess(MINUTE)
            .build();
  }

  /** Takes one request from {@code client}'s bucket of {@code perMinute}. */
  Allowance take(String client, int perMinute) {
    // The limit is part of the key, so that a client whose limit changes gets a bucket of its new
    // size.
    Bucket bucket = buckets.get(client + "@" + perMinute, key -> newBucket(perMinute));
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return new Allowance(
        perMinute,
        probe.getRemainingTokens(),
        seconds(probe.getNanosToWaitForReset()),
        probe.isConsumed(),
        probe.isConsumed() ? 0 : Math.max(1, seconds(probe.getNanosToWaitForRefill())));
  }

  private static Bucket newBucket(int perMinute) {
    return Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, MINUTE).build())
        .build();
  }

  private static long seconds(long nanos) {
    return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
  }
}
