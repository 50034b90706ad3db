package org.zhifagongkai.api.complaint.hotline;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.zhifagongkai.api.support.Binds;
import org.zhifagongkai.api.support.Rows;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the outbox to the 12345 hotline's endpoint, when one is configured. A round leases due
 * orders (so that two workers never send the same order at once), POSTs each signed and with its
 * idempotency key, and marks it delivered; a failure waits with doubling back-off. A worker killed
 * between sending and marking leaves its lease to run out, and the order is sent again with the
 * same key, which the hotline uses to drop the repeat: at-least-once sending, exactly-once arrival.
 */
@Component
public class HotlineDelivery implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(HotlineDelivery.class);

  private final DatabaseClient database;
  private final HotlineProperties properties;
  private final WebClient client;
  private final JsonMapper json = JsonMapper.builder().build();
  private volatile @Nullable Disposable rounds;

  HotlineDelivery(DatabaseClient database, HotlineProperties properties) {
    this.database = database;
    this.properties = properties;
    this.client = WebClient.create();
  }

  private record Leased(long id, UUID key, String payload, int attempts) {}

  /** Sends every order due now; emits how many arrived. */
  public Mono<Long> deliverDue() {
    URI endpoint = properties.endpoint();
    if (endpoint == null || !properties.signs()) {
      return Mono.just(0L);
    }
    return lease().flatMap(order -> send(endpoint, order), 4).filter(Boolean::booleanValue).count();
  }

  private Flux<Leased> lease() {
    return database
        .sql(
            """
            update hotline_order o set lease_until = now() + make_interval(secs => :lease),
              attempts = o.attempts + 1
            where o.id in (select id from hotline_order
                where status = 'PENDING' and next_attempt_at <= now()
                  and (lease_until is null or lease_until < now())
                order by next_attempt_at, id limit :batch for update skip locked)
            returning o.id, o.idempotency_key, o.payload::text as payload, o.attempts
            """)
        .bind("lease", (double) properties.lease().toSeconds())
        .bind("batch", properties.batchSize())
        .map(
            row ->
                new Leased(
                    Rows.id(row, "id"),
                    Objects.requireNonNull(row.get("idempotency_key", UUID.class)),
                    Rows.text(row, "payload"),
                    Rows.integer(row, "attempts")))
        .all();
  }

  private Mono<Boolean> send(URI endpoint, Leased order) {
    String timestamp = Long.toString(Instant.now().getEpochSecond());
    return client
        .post()
        .uri(endpoint)
        .contentType(MediaType.APPLICATION_JSON)
        .header(HotlineSignature.IDEMPOTENCY_HEADER, order.key().toString())
        .header(HotlineSignature.TIMESTAMP_HEADER, timestamp)
        .header(
            HotlineSignature.SIGNATURE_HEADER,
            HotlineSignature.sign(
                java.util.Objects.requireNonNull(properties.secret()), timestamp, order.payload()))
        .bodyValue(order.payload())
        .retrieve()
        .bodyToMono(String.class)
        .defaultIfEmpty("")
        .timeout(properties.timeout())
        .flatMap(answer -> delivered(order, reference(answer)).thenReturn(true))
        .onErrorResume(failure -> failed(order, failure).thenReturn(false));
  }

  private Mono<Void> delivered(Leased order, @Nullable String reference) {
    var spec =
        database
            .sql(
                """
                with sent as (
                  update hotline_order set status = 'DELIVERED', delivered_at = now(),
                    lease_until = null, last_error = null, hotline_reference = :reference
                  where id = :id and status = 'PENDING' returning complaint_id)
                insert into complaint_event (complaint_id, kind, actor, note)
                select complaint_id, 'HOTLINE_DELIVERED', '12345热线', '热线已接收'
                  || coalesce('，工单号 ' || cast(:reference as text), '') from sent
                """)
            .bind("id", order.id());
    return Binds.bind(spec, "reference", reference, String.class).then();
  }

  private Mono<Void> failed(Leased order, Throwable failure) {
    log.warn(
        "12345 hotline order {} not delivered (attempt {}): {}",
        order.id(),
        order.attempts(),
        failure.toString());
    return database
        .sql(
            """
            update hotline_order set lease_until = null, last_error = :error,
              next_attempt_at = now() + make_interval(secs => :wait)
            where id = :id and status = 'PENDING'
            """)
        .bind("error", errorKind(failure))
        .bind("wait", properties.backoff(order.attempts()).toMillis() / 1000.0)
        .bind("id", order.id())
        .then();
  }

  /**
   * What went wrong, as a kind ({@code HTTP 503}, {@code ConnectException}): the order's record is
   * shown to its filer, so it names no address or host; the log keeps the whole failure.
   */
  static String errorKind(Throwable failure) {
    return failure instanceof WebClientResponseException answer
        ? "HTTP " + answer.getStatusCode().value()
        : failure.getClass().getSimpleName();
  }

  /** The hotline's own order number, if its answer gives one ({@code {"reference": "…"}}). */
  private @Nullable String reference(String answer) {
    try {
      JsonNode node = json.readTree(answer);
      return node != null && node.hasNonNull("reference") ? node.get("reference").asString() : null;
    } catch (RuntimeException notJson) {
      return null;
    }
  }

  @Override
  public void start() {
    if (properties.endpoint() == null) {
      return;
    }
    if (!properties.signs()) {
      throw new IllegalStateException(
          "portal.hotline.endpoint is set without portal.hotline.secret: orders would go unsigned");
    }
    rounds =
        Flux.interval(properties.pollInterval())
            .onBackpressureDrop()
            .concatMap(
                tick ->
                    deliverDue()
                        .onErrorResume(
                            e -> {
                              log.warn("12345 delivery round failed: {}", e.toString());
                              return Mono.just(0L);
                            }),
                1)
            .subscribe();
  }

  /**
   * Stops at once, abandoning requests in flight as a crash would: their orders keep their lease
   * and are sent again when it runs out.
   */
  @Override
  public void stop() {
    Disposable running = rounds;
    if (running != null) {
      running.dispose();
    }
    rounds = null;
  }

  @Override
  public boolean isRunning() {
    return rounds != null;
  }
}
