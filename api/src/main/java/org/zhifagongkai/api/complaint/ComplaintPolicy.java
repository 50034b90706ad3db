package org.zhifagongkai.api.complaint;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable parts of complaint handling ({@code portal.complaints.*}).
 *
 * @param duplicateWindowDays a complaint filed within this many days of an open one from the same
 *     enterprise, about the same body and category, with similar text, is dispatched as any other
 *     and its handlers are told it may repeat that one
 * @param duplicateSimilarity the least Dice similarity of the two descriptions' character bigrams
 * @param trackingGuessesPerClient wrong tracking lookups one client address may make per window;
 *     past them its lookups are refused until the window closes
 * @param trackingFreeGuessesPerNumber wrong lookups of one tracking number, from any client, before
 *     each further lookup of it is slowed
 * @param trackingMaxDelay the longest a lookup of a much-guessed number is slowed (the delay
 *     doubles with each wrong lookup up to this); its holder waits, but is never locked out
 * @param trackingWindow the window over which wrong lookups are counted
 */
@ConfigurationProperties("portal.complaints")
public record ComplaintPolicy(
    @DefaultValue("30") int duplicateWindowDays,
    @DefaultValue("0.5") double duplicateSimilarity,
    @DefaultValue("10") int trackingGuessesPerClient,
    @DefaultValue("5") int trackingFreeGuessesPerNumber,
    @DefaultValue("4s") Duration trackingMaxDelay,
    @DefaultValue("15m") Duration trackingWindow) {}
