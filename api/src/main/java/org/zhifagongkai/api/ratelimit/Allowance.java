package org.zhifagongkai.api.ratelimit;

/**
 * Where a client stands after a request: its limit per minute, the requests left, the seconds until
 * its bucket is full again, and, when refused, the seconds until the next request is allowed.
 */
record Allowance(
    int limit, long remaining, long resetSeconds, boolean allowed, long retryAfterSeconds) {}
