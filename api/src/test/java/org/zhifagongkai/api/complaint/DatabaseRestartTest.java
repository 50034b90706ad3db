package org.zhifagongkai.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.ConnectionFactories;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.KnownRecords;
import org.zhifagongkai.api.PortalApplication;
import org.zhifagongkai.api.PortalProcess;
import tools.jackson.databind.json.JsonMapper;

/**
 * PostgreSQL restarted while enterprises file complaints: the portal recovers by itself (no restart
 * of its own), and every complaint it acknowledged with a tracking number is stored.
 */
class DatabaseRestartTest {

  private static final Pattern TRACKING = Pattern.compile("\"trackingNumber\":\"(ZF-[0-9-]+)\"");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void aRestartedDatabaseLosesNoAcknowledgedComplaintAndThePortalRecovers(@TempDir Path temp)
      throws Exception {
    Path data = temp.resolve("db");
    int port = PortalProcess.freePort();
    EmbeddedPostgres database = start(data, port);
    String url = "localhost:" + port + "/postgres";
    ConfigurableApplicationContext portal =
        SpringApplication.run(
            PortalApplication.class,
            "--spring.r2dbc.url=r2dbc:postgresql://" + url,
            "--spring.r2dbc.username=postgres",
            "--spring.flyway.url=jdbc:postgresql://" + url,
            "--spring.flyway.user=postgres",
            "--portal.search.index-directory=" + temp.resolve("index"),
            // The sample brings the fields (领域) the complaint fixtures refer to.
            "--portal.sample-data.enabled=true",
            "--portal.sample-data.decisions=200",
            "--portal.clock.start-date=2026-11-20",
            "--server.port=0");
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicInteger afterRestart = new AtomicInteger();
    AtomicBoolean restarted = new AtomicBoolean();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      KnownRecords.ensureComplaintRecords(portal.getBean(DatabaseClient.class));
      String graphql =
          "http://localhost:"
              + portal.getEnvironment().getProperty("local.server.port")
              + "/graphql";
      for (int i = 0; i < 4; i++) {
        clients.submit(
            () -> {
              HttpClient http =
                  HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
              while (running.get()) {
                String number = file(http, graphql);
                if (number != null) {
                  acknowledged.add(number);
                  if (restarted.get()) {
                    afterRestart.incrementAndGet();
                  }
                }
              }
              return null;
            });
      }
      awaitCount(acknowledged::size, 20, Duration.ofMinutes(5));
      database.close();
      database = start(data, port);
      restarted.set(true);
      // Recovered by itself: filings succeed again on the pool's new connections.
      awaitCount(afterRestart::get, 20, Duration.ofMinutes(5));
    } finally {
      running.set(false);
      clients.shutdown();
      clients.awaitTermination(30, TimeUnit.SECONDS);
      portal.close();
    }
    try {
      DatabaseClient check =
          DatabaseClient.create(ConnectionFactories.get("r2dbc:postgresql://postgres@" + url));
      List<String> stored =
          check
              .sql("select tracking_number from complaint where tracking_number = any(:numbers)")
              .bind("numbers", acknowledged.toArray(String[]::new))
              .map(row -> row.get(0, String.class))
              .all()
              .collectList()
              .block();
      assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(40);
      assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged);
    } finally {
      database.close();
    }
  }

  /** Files one complaint; its tracking number when acknowledged, null when refused or failed. */
  private static String file(HttpClient http, String graphql) {
    Map<String, Object> body =
        Map.of(
            "query",
            ComplaintApiTest.FILE,
            "variables",
            Map.of(
                "input",
                ComplaintApiTest.input(
                    ComplaintApiTest.newCreditCode(),
                    "REPEATED_INSPECTION",
                    ComplaintApiTest.REPEATED)));
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(graphql))
                  .timeout(Duration.ofSeconds(20))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher matcher = TRACKING.matcher(response.body());
      return response.statusCode() == 200 && matcher.find() ? matcher.group(1) : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static void awaitCount(
      java.util.function.IntSupplier count, int atLeast, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (count.getAsInt() < atLeast && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    assertThat(count.getAsInt()).isGreaterThanOrEqualTo(atLeast);
  }

  private static EmbeddedPostgres start(Path data, int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setPort(port)
        .setServerConfig("timezone", "Asia/Shanghai")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("fsync", "on")
        .start();
  }
}
