/**
 * Request rate limits on {@code /graphql}: token buckets (Bucket4j) per client, an anonymous client
 * by its address and a key holder by its API key, kept in this instance's memory.
 */
@NullMarked
package org.zhifagongkai.api.ratelimit;

import org.jspecify.annotations.NullMarked;
