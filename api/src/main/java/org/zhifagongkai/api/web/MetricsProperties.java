package org.zhifagongkai.api.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.metrics.*}.
 *
 * @param token the bearer secret that opens the actuator endpoints other than health ({@code
 *     /actuator/prometheus}); without one they are refused to everybody
 */
@ConfigurationProperties("portal.metrics")
public record MetricsProperties(@Nullable String token) {}
