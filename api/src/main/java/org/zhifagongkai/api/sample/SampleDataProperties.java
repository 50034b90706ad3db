package org.zhifagongkai.api.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.sample-data.*}: whether to load the generated sample dataset on first start, how
 * many decisions it holds, and the seed that makes it reproducible.
 */
@ConfigurationProperties("portal.sample-data")
public record SampleDataProperties(
    @DefaultValue("false") boolean enabled,
    @DefaultValue("10000") int decisions,
    @DefaultValue("20260101") long seed) {}
