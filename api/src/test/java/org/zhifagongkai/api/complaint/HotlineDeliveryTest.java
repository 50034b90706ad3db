package org.zhifagongkai.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.SeparatePortal;
import org.zhifagongkai.api.SharedData;
import org.zhifagongkai.api.identifier.CreditCode;

/**
 * The outbox against a real HTTP endpoint standing in for the 12345 hotline, which honours
 * idempotency keys as a hotline must: down for a while, then up; and a worker killed while its
 * requests are in flight. Every order must arrive exactly once. Complaints come from real Zhejiang
 * enterprises, routed to a contact point of 杭州.
 */
class HotlineDeliveryTest {

  private static final String SECRET = "hotline-test-secret";

  private static HttpServer hotline;
  private static ConfigurableApplicationContext portal;
  private static DatabaseClient database;
  private static List<String> enterprises;
  private static int nextEnterprise;

  /** What the hotline does with a request: 503, answer, or hold it for a while first. */
  enum Mode {
    DOWN,
    UP,
    SLOW
  }

  private static volatile Mode mode = Mode.DOWN;
  private static final AtomicInteger requests = new AtomicInteger();
  private static final AtomicInteger badSignatures = new AtomicInteger();

  /** How often each idempotency key was sent; the hotline's order book takes each key once. */
  private static final Map<String, AtomicInteger> sightings = new ConcurrentHashMap<>();

  /** The tracking numbers of the orders the hotline took, one entry per new key. */
  private static final List<String> orderBook = new java.util.concurrent.CopyOnWriteArrayList<>();

  private static final Pattern TRACKING_NUMBER =
      Pattern.compile("\"trackingNumber\":\\s*\"([^\"]+)\"");

  @BeforeAll
  static void start() throws IOException {
    hotline = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    hotline.createContext("/orders", HotlineDeliveryTest::receive);
    hotline.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    hotline.start();
    Path directory = Files.createTempDirectory("hotline-delivery");
    portal =
        SeparatePortal.start(
            directory,
            "--portal.hotline.endpoint=http://127.0.0.1:"
                + hotline.getAddress().getPort()
                + "/orders",
            "--portal.hotline.secret=" + SECRET,
            "--portal.hotline.poll-interval=100ms",
            "--portal.hotline.backoff-base=200ms",
            "--portal.hotline.backoff-max=1s",
            "--portal.hotline.lease=2s",
            "--portal.hotline.timeout=10s");
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
    hotline.stop(0);
  }

  private static void receive(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    String timestamp = exchange.getRequestHeaders().getFirst("X-Timestamp");
    String signature = exchange.getRequestHeaders().getFirst("X-Signature");
    if (!HotlineSignature.verify(SECRET, timestamp, body, signature)) {
      badSignatures.incrementAndGet();
      respond(exchange, 401, "{}");
      return;
    }
    Mode now = mode;
    if (now == Mode.DOWN) {
      respond(exchange, 503, "{}");
      return;
    }
    // Taken on first sight; a repeat of the key is acknowledged without being taken again.
    int seen = sightings.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    if (seen == 1) {
      Matcher number = TRACKING_NUMBER.matcher(body);
      orderBook.add(number.find() ? number.group(1) : "no tracking number");
    }
    if (now == Mode.SLOW && seen == 1) {
      sleep(Duration.ofSeconds(4));
    }
    respond(exchange, 200, "{\"reference\":\"12345-" + key.substring(0, 8) + "\"}");
  }

  private static void respond(HttpExchange exchange, int status, String body) {
    try (exchange) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    } catch (IOException abandonedByClient) {
      // the worker was stopped while the request was in flight
    }
  }

  @Test
  void ordersQueuedWhileTheHotlineIsDownArriveExactlyOnceWhenItReturns() {
    mode = Mode.DOWN;
    List<Long> ids = file(12);
    waitUntil(() -> count("attempts >= 2 and status = 'PENDING'", ids) == ids.size());
    assertThat(count("last_error is not null", ids)).isEqualTo(ids.size());
    mode = Mode.UP;
    waitUntil(() -> count("status = 'DELIVERED'", ids) == ids.size());
    assertInTheBookOnce(ids);
    assertThat(badSignatures).hasValue(0);
    assertThat(deliveredEvents(ids)).isEqualTo(ids.size());
  }

  @Test
  void aWorkerKilledWithRequestsInFlightResumesWithoutLossOrDuplicates() {
    mode = Mode.SLOW;
    int before = requests.get();
    HotlineDelivery worker = portal.getBean(HotlineDelivery.class);
    List<Long> ids = file(6);
    waitUntil(() -> requests.get() > before);
    worker.stop();
    // Killed between sending and marking: nothing is marked, the leases hold the orders.
    assertThat(count("status = 'DELIVERED'", ids)).isZero();
    mode = Mode.UP;
    worker.start();
    waitUntil(() -> count("status = 'DELIVERED'", ids) == ids.size());
    assertInTheBookOnce(ids);
    // The orders in flight were sent again with their key, and the hotline dropped the repeat.
    assertThat(keys(ids).stream().filter(k -> sightings.get(k).get() > 1)).isNotEmpty();
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
                      false))
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
    assertThat(orderBook.stream().filter(numbers::contains).toList())
        .containsExactlyInAnyOrderElementsOf(numbers);
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
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 60 s").isLessThan(deadline);
      sleep(Duration.ofMillis(100));
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
