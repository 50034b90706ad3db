package org.zhifagongkai.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.zhifagongkai.api.SeparatePortal;

/**
 * Anonymous clients on a portal of its own with a limit of three a minute, behind a proxy on
 * localhost that it trusts.
 */
class RateLimitTest {

  private static ConfigurableApplicationContext portal;
  private static WebTestClient web;

  @BeforeAll
  static void start(@TempDir Path directory) {
    portal =
        SeparatePortal.start(
            directory,
            "--portal.rate-limit.anonymous-per-minute=3",
            "--portal.rate-limit.trusted-proxies=127.0.0.1,::1");
    web =
        WebTestClient.bindToServer()
            .baseUrl("http://localhost:" + portal.getEnvironment().getProperty("local.server.port"))
            // A loaded build machine can stall a fresh portal's answer past the default 5 s.
            .responseTimeout(java.time.Duration.ofSeconds(30))
            .build();
    // The first query of a fresh portal is slow; make it outside the buckets under test.
    GraphQlCalls.post(web, "X-Forwarded-For", "192.0.2.1").expectStatus().isOk();
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  @Test
  void theProductionDefaultIsThreeHundredAMinute() {
    RateLimitProperties defaults =
        new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("portal.rate-limit", RateLimitProperties.class);
    assertThat(defaults.anonymousPerMinute()).isEqualTo(300);
    assertThat(defaults.trustedProxies()).isEmpty();
    assertThat(defaults.maxClients()).isEqualTo(100_000);
  }

  @Test
  void anAddressGetsThreeRequestsAMinuteThenA429() {
    String client = "203.0.113.7";
    for (int remaining = 2; remaining >= 0; remaining--) {
      GraphQlCalls.post(web, "X-Forwarded-For", "198.51.100.1, " + client)
          .expectStatus()
          .isOk()
          .expectHeader()
          .valueEquals("X-RateLimit-Limit", "3")
          .expectHeader()
          .valueEquals("X-RateLimit-Remaining", Integer.toString(remaining))
          .expectBody()
          .jsonPath("$.extensions.rateLimit.remaining")
          .isEqualTo(remaining);
    }
    var refused =
        GraphQlCalls.post(web, "X-Forwarded-For", "198.51.100.1, " + client)
            .expectStatus()
            .isEqualTo(429)
            .expectHeader()
            .valueEquals("X-RateLimit-Remaining", "0")
            .expectHeader()
            .exists("Content-Security-Policy")
            .expectBody()
            .jsonPath("$.errors[0].extensions.code")
            .isEqualTo("RATE_LIMITED")
            .returnResult();
    // Three a minute refill one every 20 s, counted from the first request (a few ms ago; under a
    // second even on a loaded machine, so 19 only when the three took over a second).
    String retryAfter = refused.getResponseHeaders().getFirst("Retry-After");
    assertThat(retryAfter).isIn("20", "19");
    assertThat(new String(refused.getResponseBodyContent(), StandardCharsets.UTF_8))
        .contains("\"retryAfterSeconds\":" + retryAfter + ",");
    // The address on the left was written by the client; only the proxy's own entry counts.
    GraphQlCalls.post(web, "X-Forwarded-For", "203.0.113.8")
        .expectHeader()
        .valueEquals("X-RateLimit-Remaining", "2");
    GraphQlCalls.post(web, "X-Forwarded-For", "203.0.113.7, 203.0.113.9")
        .expectHeader()
        .valueEquals("X-RateLimit-Remaining", "2");
  }

  @Test
  void otherPathsAreNotCounted() {
    web.get()
        .uri("/")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .doesNotExist("X-RateLimit-Limit");
  }
}
