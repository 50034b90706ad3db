package org.zhifagongkai.api.complaint;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable parts of complaint handling ({@code portal.complaints.*}).
 *
 * @param duplicateWindowDays a complaint filed within this many days of an open one from the same
 *     enterprise, about the same body and category, with similar text, joins it (并单)
 * @param duplicateSimilarity the least Dice similarity of the two descriptions' character bigrams
 * @param trackingFailures wrong tracking lookups of one tracking number allowed per window
 * @param trackingWindow the window over which failures are counted
 */
@ConfigurationProperties("portal.complaints")
public record ComplaintPolicy(
    @DefaultValue("30") int duplicateWindowDays,
    @DefaultValue("0.5") double duplicateSimilarity,
    @DefaultValue("5") int trackingFailures,
    @DefaultValue("15m") Duration trackingWindow) {}
