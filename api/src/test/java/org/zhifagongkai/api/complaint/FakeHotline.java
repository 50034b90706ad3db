package org.zhifagongkai.api.complaint;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhifagongkai.api.complaint.hotline.HotlineSignature;

/**
 * A real HTTP endpoint standing in for the 12345 hotline, which honours idempotency keys as a
 * hotline must: the first request with a key is taken into its order book, a repeat is answered
 * without being taken again. It can be down (503), up, or slow (holding each new order before
 * answering, so that requests are in flight).
 */
final class FakeHotline implements AutoCloseable {

  /** What the hotline does with a request. */
  enum Mode {
    DOWN,
    UP,
    SLOW
  }

  private static final Pattern TRACKING_NUMBER =
      Pattern.compile("\"trackingNumber\":\\s*\"([^\"]+)\"");

  final AtomicInteger requests = new AtomicInteger();
  final AtomicInteger badSignatures = new AtomicInteger();

  /** How often each idempotency key was sent. */
  final Map<String, AtomicInteger> sightings = new ConcurrentHashMap<>();

  /** The tracking numbers of the orders taken, one entry per new key. */
  final List<String> orderBook = new CopyOnWriteArrayList<>();

  private final String secret;
  private final Duration hold;
  private final HttpServer server;
  private volatile Mode mode = Mode.DOWN;

  /** Starts a hotline, down, that holds new orders for {@code hold} when slow. */
  FakeHotline(String secret, Duration hold) {
    this.secret = secret;
    this.hold = hold;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/orders", this::receive);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/orders";
  }

  /**
   * The portal's arguments for delivering here, polling and retrying within a test's patience, each
   * request given up after {@code timeout}.
   */
  String[] portalSettings(Duration timeout) {
    return new String[] {
      "--portal.hotline.endpoint=" + endpoint(),
      "--portal.hotline.secret=" + secret,
      "--portal.hotline.poll-interval=100ms",
      "--portal.hotline.backoff-base=200ms",
      "--portal.hotline.backoff-max=1s",
      "--portal.hotline.lease=2s",
      "--portal.hotline.timeout=" + timeout.toSeconds() + "s"
    };
  }

  void set(Mode mode) {
    this.mode = mode;
  }

  /** How many times {@code trackingNumber} was taken into the book. */
  long taken(String trackingNumber) {
    return orderBook.stream().filter(trackingNumber::equals).count();
  }

  private void receive(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
    String timestamp = exchange.getRequestHeaders().getFirst("X-Timestamp");
    String signature = exchange.getRequestHeaders().getFirst("X-Signature");
    if (!HotlineSignature.verify(secret, timestamp, body, signature)) {
      badSignatures.incrementAndGet();
      respond(exchange, 401, "{}");
      return;
    }
    Mode now = mode;
    if (now == Mode.DOWN) {
      respond(exchange, 503, "{}");
      return;
    }
    int seen = sightings.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    if (seen == 1) {
      Matcher number = TRACKING_NUMBER.matcher(body);
      orderBook.add(number.find() ? number.group(1) : "no tracking number");
    }
    if (now == Mode.SLOW && seen == 1) {
      sleep(hold);
    }
    respond(exchange, 200, "{\"reference\":\"12345-" + key.substring(0, 8) + "\"}");
  }

  private static void respond(HttpExchange exchange, int status, String body) {
    try (exchange) {
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    } catch (IOException abandonedByClient) {
      // the worker was stopped, or its process killed, while the request was in flight
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
