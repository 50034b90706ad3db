package org.zhifagongkai.api.complaint.hotline;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.zhifagongkai.api.graphql.PortalException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /hotline/callback}: status updates from the 12345 hotline, signed like the orders it
 * receives ({@code X-Timestamp}, {@code X-Signature}). Body: {@code callbackId}, {@code
 * idempotencyKey} (of the order), {@code status} (IN_PROGRESS, ANSWERED, CLOSED), optional {@code
 * reference} and {@code note}. A bad or stale signature is 401 and changes nothing, as is every
 * callback while no shared key is set.
 */
@RestController
public class HotlineCallbackController {

  private final HotlineInbox inbox;
  private final HotlineProperties properties;
  private final JsonMapper json = JsonMapper.builder().build();

  HotlineCallbackController(HotlineInbox inbox, HotlineProperties properties) {
    this.inbox = inbox;
    this.properties = properties;
  }

  @PostMapping(path = "/hotline/callback", consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<Map<String, Object>>> callback(
      @RequestHeader(value = HotlineSignature.TIMESTAMP_HEADER, defaultValue = "") String timestamp,
      @RequestHeader(value = HotlineSignature.SIGNATURE_HEADER, defaultValue = "") String signature,
      @RequestBody String body) {
    String secret = properties.secret();
    if (secret == null || !properties.signs()) {
      return Mono.just(answer(HttpStatus.UNAUTHORIZED, "CALLBACK_NOT_CONFIGURED"));
    }
    if (!fresh(timestamp) || !HotlineSignature.verify(secret, timestamp, body, signature)) {
      return Mono.just(answer(HttpStatus.UNAUTHORIZED, "INVALID_SIGNATURE"));
    }
    JsonNode update;
    UUID key;
    HotlineOrderStatus status;
    try {
      update = json.readTree(body);
      key = UUID.fromString(update.path("idempotencyKey").asString());
      status = HotlineOrderStatus.valueOf(update.path("status").asString());
    } catch (RuntimeException malformed) {
      return Mono.just(answer(HttpStatus.BAD_REQUEST, "INVALID_REQUEST"));
    }
    String callbackId = update.path("callbackId").asString();
    if (callbackId.isBlank() || status == HotlineOrderStatus.PENDING) {
      return Mono.just(answer(HttpStatus.BAD_REQUEST, "INVALID_REQUEST"));
    }
    return inbox
        .callback(callbackId, key, status, text(update, "reference"), text(update, "note"))
        .map(applied -> ResponseEntity.ok(Map.<String, Object>of("applied", applied)))
        .onErrorResume(
            PortalException.class, e -> Mono.just(answer(HttpStatus.NOT_FOUND, e.code().name())));
  }

  private boolean fresh(String timestamp) {
    try {
      long seconds = Long.parseLong(timestamp);
      return Math.abs(Instant.now().getEpochSecond() - seconds)
          <= properties.callbackTolerance().toSeconds();
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String code) {
    return ResponseEntity.status(status).body(Map.of("code", code));
  }

  private static @Nullable String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asString() : null;
  }
}
