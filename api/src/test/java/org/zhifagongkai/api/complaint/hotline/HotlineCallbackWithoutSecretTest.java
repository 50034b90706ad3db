package org.zhifagongkai.api.complaint.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Without a shared key, a callback is refused, however it is signed: there is no default key. */
class HotlineCallbackWithoutSecretTest {

  @Test
  void aCallbackSignedWithAnyKeyIsRefusedWhileNoneIsSet() {
    for (String secret : new String[] {null, "", " "}) {
      HotlineProperties properties =
          new HotlineProperties(
              null,
              secret,
              20,
              Duration.ofSeconds(1),
              Duration.ofSeconds(60),
              Duration.ofSeconds(2),
              Duration.ofMinutes(10),
              Duration.ofSeconds(10),
              Duration.ofMinutes(5));
      // The inbox is never reached: the refusal comes first.
      HotlineCallbackController controller = new HotlineCallbackController(null, properties);
      String body = "{\"callbackId\":\"cb-1\",\"idempotencyKey\":\"x\",\"status\":\"CLOSED\"}";
      String now = Long.toString(Instant.now().getEpochSecond());
      for (String key : new String[] {"change-me", "anything"}) {
        ResponseEntity<Map<String, Object>> answer =
            controller.callback(now, HotlineSignature.sign(key, now, body), body).block();

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getBody()).containsEntry("code", "CALLBACK_NOT_CONFIGURED");
      }
    }
  }
}
