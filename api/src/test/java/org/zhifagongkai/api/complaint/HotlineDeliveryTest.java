package org.zhifagongkai.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.SeparatePortal;
import org.zhifagongkai.api.SharedData;
import org.zhifagongkai.api.complaint.filing.ComplaintService;
import org.zhifagongkai.api.complaint.filing.Filing;
import org.zhifagongkai.api.complaint.filing.NewComplaint;
import org.zhifagongkai.api.complaint.hotline.HotlineDelivery;
import org.zhifagongkai.api.identifier.CreditCode;

/**
 * The outbox against a real HTTP endpoint standing in for the 12345 hotline, which honours
 * idempotency keys as a hotline must: down for a while, then up; and a worker killed while its
 * requests are in flight. Every order must arrive exactly once. Complaints come from real Zhejiang
 * enterprises, routed to a contact point of 杭州.
 */
class HotlineDeliveryTest {

  private static final String SECRET = "hotline-test-secret";

  private static FakeHotline hotline;
  private static ConfigurableApplicationContext portal;
  private static DatabaseClient database;
  private static List<String> enterprises;
  private static int nextEnterprise;

  @BeforeAll
  static void start(@TempDir Path directory) throws IOException {
    hotline = new FakeHotline(SECRET, Duration.ofSeconds(4));
    portal = SeparatePortal.start(directory, hotline.portalSettings(Duration.ofSeconds(10)));
    database = portal.getBean(DatabaseClient.class);
    HangzhouBodies.insert(database);
    enterprises =
        Files.readAllLines(
                SharedData.file("zhejiang/hangzhou_double_random_check_targets_check01.csv"))
            .stream()
            .skip(1)
            .map(line -> line.split(",")[1])
            .filter(code -> code.startsWith("9133") && CreditCode.hasValidCheckCharacter(code))
            .toList();
  }

  @AfterAll
  static void stop() {
    portal.close();
    hotline.close();
  }

  @Test
  void ordersQueuedWhileTheHotlineIsDownArriveExactlyOnceWhenItReturns() {
    hotline.set(FakeHotline.Mode.DOWN);
    List<Long> ids = file(12);
    waitUntil(() -> count("attempts >= 2 and status = 'PENDING'", ids) == ids.size());
    assertThat(count("last_error is not null", ids)).isEqualTo(ids.size());
    hotline.set(FakeHotline.Mode.UP);
    waitUntil(() -> count("status = 'DELIVERED'", ids) == ids.size());
    assertInTheBookOnce(ids);
    assertThat(hotline.badSignatures).hasValue(0);
    assertThat(deliveredEvents(ids)).isEqualTo(ids.size());
  }

  @Test
  void aWorkerKilledWithRequestsInFlightResumesWithoutLossOrDuplicates() {
    hotline.set(FakeHotline.Mode.SLOW);
    int before = hotline.requests.get();
    HotlineDelivery worker = portal.getBean(HotlineDelivery.class);
    List<Long> ids = file(6);
    waitUntil(() -> hotline.requests.get() > before);
    worker.stop();
    // Killed between sending and marking: nothing is marked, the leases hold the orders.
    assertThat(count("status = 'DELIVERED'", ids)).isZero();
    hotline.set(FakeHotline.Mode.UP);
    worker.start();
    waitUntil(() -> count("status = 'DELIVERED'", ids) == ids.size());
    assertInTheBookOnce(ids);
    // The orders in flight were sent again with their key, and the hotline dropped the repeat.
    assertThat(keys(ids).stream().filter(k -> hotline.sightings.get(k).get() > 1)).isNotEmpty();
    assertThat(deliveredEvents(ids)).isEqualTo(ids.size());
  }

  /** Files {@code n} complaints of different real enterprises; answers their ids. */
  private static List<Long> file(int n) {
    ComplaintService complaints = portal.getBean(ComplaintService.class);
    List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      String code = enterprises.get(nextEnterprise++);
      Filing filing =
          complaints
              .file(
                  new NewComplaint(
                      "浙江测试企业" + i,
                      code,
                      null,
                      "王经理",
                      "13900000000",
                      "1",
                      null,
                      null,
                      null,
                      ComplaintCategory.REPEATED_INSPECTION,
                      "同一检查事项一个月内被不同科室检查三次，每次要求提交相同材料。",
                      false,
                      false,
                      null))
              .block();
      assertThat(filing.complaint().handler().name()).isEqualTo(HangzhouBodies.CONTACT_POINT);
      ids.add(filing.complaint().id());
    }
    return ids;
  }

  /** The keys of {@code ids}' orders, each of which must be in the hotline's book exactly once. */
  private static List<String> keys(List<Long> ids) {
    return database
        .sql("select idempotency_key::text from hotline_order where complaint_id = any(:ids)")
        .bind("ids", ids.toArray(Long[]::new))
        .map(row -> row.get(0, String.class))
        .all()
        .collectList()
        .block();
  }

  /**
   * Each order is in the hotline's book exactly once: a retry under a new key would show its
   * tracking number twice, a lost order not at all.
   */
  private static void assertInTheBookOnce(List<Long> ids) {
    List<String> numbers =
        database
            .sql("select tracking_number from complaint where id = any(:ids)")
            .bind("ids", ids.toArray(Long[]::new))
            .map(row -> row.get(0, String.class))
            .all()
            .collectList()
            .block();
    assertThat(numbers).hasSize(ids.size());
    assertThat(numbers).allMatch(number -> hotline.taken(number) == 1);
  }

  private static long count(String condition, List<Long> ids) {
    return database
        .sql("select count(*) from hotline_order where complaint_id = any(:ids) and " + condition)
        .bind("ids", ids.toArray(Long[]::new))
        .map(row -> row.get(0, Long.class))
        .one()
        .block();
  }

  private static long deliveredEvents(List<Long> ids) {
    return database
        .sql(
            "select count(*) from complaint_event where kind = 'HOTLINE_DELIVERED'"
                + " and complaint_id = any(:ids)")
        .bind("ids", ids.toArray(Long[]::new))
        .map(row -> row.get(0, Long.class))
        .one()
        .block();
  }

  private static void waitUntil(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 60 s").isLessThan(deadline);
      FakeHotline.sleep(Duration.ofMillis(100));
    }
  }
}
