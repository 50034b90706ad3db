package org.zhifagongkai.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.PortalProcess;
import org.zhifagongkai.api.SharedData;
import org.zhifagongkai.api.identifier.CreditCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's process killed (SIGKILL) while enterprises are filing and its hotline requests are
 * in flight, on the default embedded database, then started again: every complaint that was
 * acknowledged with a tracking number is still there and reaches the 12345 hotline exactly once.
 * Complaints come from real 杭州 enterprises over GraphQL.
 */
class KilledPortalTest {

  private static final String SECRET = "killed-portal-secret";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** An acknowledged filing: what the enterprise was told. */
  private record Acknowledged(String trackingNumber, String accessCode) {}

  @Test
  void aKilledPortalLosesNoAcknowledgedComplaintAndSendsEachToTheHotlineOnce() throws Exception {
    Path directory = Files.createTempDirectory("killed-portal");
    try (FakeHotline hotline = new FakeHotline(SECRET, Duration.ofSeconds(60))) {
      String[] settings = hotline.portalSettings(Duration.ofSeconds(30));
      hotline.set(FakeHotline.Mode.SLOW);
      PortalProcess first = PortalProcess.start(directory, PortalProcess.freePort(), settings);
      insertHangzhou(PortalProcess.database(directory));

      List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
      Thread enterprises = new Thread(() -> fileUntilRefused(first, acknowledged));
      enterprises.start();
      // Killed with an order held by the hotline (in flight) and others not yet sent.
      waitUntil(() -> hotline.requests.get() >= 1 && acknowledged.size() >= 10);
      first.kill();
      enterprises.join();

      hotline.set(FakeHotline.Mode.UP);
      PortalProcess second = PortalProcess.start(directory, PortalProcess.freePort(), settings);
      try {
        waitUntil(() -> acknowledged.stream().allMatch(a -> delivered(second, a) >= 1));
        for (Acknowledged filing : acknowledged) {
          assertThat(delivered(second, filing)).as(filing.trackingNumber()).isEqualTo(1);
        }
        // Every complaint stored, acknowledged or cut off mid-answer, is in the book exactly once.
        List<String> stored =
            PortalProcess.database(directory)
                .sql("select tracking_number from complaint")
                .map(row -> row.get(0, String.class))
                .all()
                .collectList()
                .block();
        assertThat(stored)
            .containsAll(acknowledged.stream().map(Acknowledged::trackingNumber).toList());
        waitUntil(() -> stored.stream().allMatch(number -> hotline.taken(number) >= 1));
        assertThat(stored).allMatch(number -> hotline.taken(number) == 1);
        assertThat(hotline.orderBook).hasSameSizeAs(stored);
        assertThat(hotline.badSignatures).hasValue(0);
        // The order in flight at the kill was sent again under its key, and taken once.
        assertThat(hotline.sightings.values()).anyMatch(sent -> sent.get() > 1);
      } finally {
        second.stop();
      }
    }
  }

  /** Files complaints of real 杭州 enterprises, one after another, until the portal is gone. */
  private static void fileUntilRefused(PortalProcess portal, List<Acknowledged> acknowledged) {
    List<String> codes;
    try {
      codes =
          Files.readAllLines(
                  SharedData.file("zhejiang/hangzhou_double_random_check_targets_check01.csv"))
              .stream()
              .map(line -> line.split(",")[1])
              .filter(code -> code.startsWith("913301") && CreditCode.hasValidCheckCharacter(code))
              .toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    for (String code : codes) {
      try {
        JsonNode filed =
            graphQl(
                    portal,
                    """
                    mutation($input: FileComplaintInput!) {
                      fileComplaint(input: $input) { trackingNumber accessCode } }
                    """,
                    Map.of(
                        "input",
                        Map.of(
                            "enterpriseName", "杭州测试企业",
                            "creditCode", code,
                            "contactName", "王经理",
                            "contactPhone", "13900000000",
                            "agencyId", "1",
                            "category", "REPEATED_INSPECTION",
                            "description", "同一检查事项一个月内被不同科室检查三次，每次要求提交相同材料。")))
                .path("fileComplaint");
        acknowledged.add(
            new Acknowledged(
                filed.path("trackingNumber").asString(), filed.path("accessCode").asString()));
      } catch (IOException portalGone) {
        return;
      }
    }
  }

  /** How many times the enterprise's timeline shows its order delivered to 12345. */
  private static long delivered(PortalProcess portal, Acknowledged filing) {
    try {
      JsonNode timeline =
          graphQl(
                  portal,
                  "query($n: String!, $c: String!) {"
                      + " complaint(trackingNumber: $n, accessCode: $c) { timeline { kind } } }",
                  Map.of("n", filing.trackingNumber(), "c", filing.accessCode()))
              .path("complaint")
              .path("timeline");
      assertThat(timeline.isArray()).as("found " + filing.trackingNumber()).isTrue();
      long count = 0;
      for (JsonNode step : timeline) {
        if (step.path("kind").asString().equals("HOTLINE_DELIVERED")) {
          count++;
        }
      }
      return count;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static JsonNode graphQl(PortalProcess portal, String document, Map<String, ?> variables)
      throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(portal.url("/graphql")))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    JSON.writeValueAsString(Map.of("query", document, "variables", variables))))
            .build();
    try {
      JsonNode answer =
          JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
      assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
      return answer.path("data");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static void insertHangzhou(DatabaseClient database) {
    database
        .sql(
            """
            insert into region (code, name, level, parent_code, revision) values
              ('330000', '浙江省', 'PROVINCE', null, '2023'),
              ('330100', '杭州市', 'CITY', '330000', '2023'),
              ('330102', '上城区', 'COUNTY', '330100', '2023')
            """)
        .then()
        .block();
    HangzhouBodies.insert(database);
  }

  private static void waitUntil(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 90 s").isLessThan(deadline);
      FakeHotline.sleep(Duration.ofMillis(200));
    }
  }
}
