package org.zhifagongkai.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.zhifagongkai.api.complaint.hotline.HotlineSignature;

/**
 * The hotline without an endpoint (the embedded default): its staff pull, acknowledge and update
 * orders through the API; and its signed callback.
 */
class HotlineInboxTest extends ComplaintApiTest {

  @Test
  void hotlineStaffPullAcknowledgeAndUpdateOrders() {
    Filed filed = fileOk(input(newCreditCode(), "REPEATED_INSPECTION", REPEATED));
    String orderId =
        as("970007")
            .document("{ hotlineInbox(first: 100) { id trackingNumber status payload } }")
            .execute()
            .path("hotlineInbox[?(@.trackingNumber == '" + filed.trackingNumber() + "')].id")
            .entityList(String.class)
            .get()
            .getFirst();
    String acknowledge =
        "mutation($id: ID!) { acknowledgeHotlineOrder(id: $id, reference: \"12345-2026-000777\") {"
            + " status reference } }";
    for (int twice = 0; twice < 2; twice++) {
      as("970007")
          .document(acknowledge)
          .variable("id", orderId)
          .execute()
          .path("acknowledgeHotlineOrder.status")
          .entity(String.class)
          .isEqualTo("DELIVERED")
          .path("acknowledgeHotlineOrder.reference")
          .entity(String.class)
          .isEqualTo("12345-2026-000777");
    }
    as("970007")
        .document(
            "mutation($id: ID!) { updateHotlineOrder(id: $id, status: ANSWERED, note: \"已电话回复企业\") { status } }")
        .variable("id", orderId)
        .execute()
        .path("updateHotlineOrder.status")
        .entity(String.class)
        .isEqualTo("ANSWERED");
    assertThat(timelineKinds("970002", filed.id()))
        .containsExactly(
            "RECEIVED", "DISPATCHED", "HOTLINE_QUEUED", "HOTLINE_DELIVERED", "HOTLINE_UPDATED");
    assertThat(
            as("970007")
                .document("{ hotlineInbox(first: 100) { trackingNumber } }")
                .execute()
                .path("hotlineInbox[*].trackingNumber")
                .entityList(String.class)
                .get())
        .doesNotContain(filed.trackingNumber());

    assertThat(errorCode(as("970002").document("{ hotlineInbox { id } }").execute()))
        .isEqualTo("FORBIDDEN");
    assertThat(errorCode(graphQl.document("{ hotlineInbox { id } }").execute()))
        .isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void aSignedCallbackUpdatesOnceAndABadSignatureIsRefused() {
    Filed filed = fileOk(input(newCreditCode(), "REPEATED_INSPECTION", REPEATED));
    UUID key =
        database
            .sql("select idempotency_key from hotline_order where complaint_id = :id")
            .bind("id", Long.parseLong(filed.id()))
            .map(row -> row.get(0, UUID.class))
            .one()
            .block();
    String body =
        "{\"callbackId\":\"cb-"
            + key
            + "\",\"idempotencyKey\":\""
            + key
            + "\",\"status\":\"IN_PROGRESS\",\"reference\":\"12345-2026-000888\",\"note\":\"已转办\"}";
    String now = Long.toString(Instant.now().getEpochSecond());
    String signature = HotlineSignature.sign(HOTLINE_SECRET, now, body);

    assertThat(callback(now, signature, body)).containsEntry("applied", true);
    assertThat(callback(now, signature, body)).containsEntry("applied", false);
    web.post()
        .uri("/hotline/callback")
        .contentType(MediaType.APPLICATION_JSON)
        .header("X-Timestamp", now)
        .header("X-Signature", signature.replace('a', 'b').replace('0', '1'))
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isUnauthorized();
    String old = Long.toString(Instant.now().minusSeconds(3600).getEpochSecond());
    web.post()
        .uri("/hotline/callback")
        .contentType(MediaType.APPLICATION_JSON)
        .header("X-Timestamp", old)
        .header("X-Signature", HotlineSignature.sign(HOTLINE_SECRET, old, body))
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isUnauthorized();

    assertThat(timelineKinds("970002", filed.id()))
        .containsExactly("RECEIVED", "DISPATCHED", "HOTLINE_QUEUED", "HOTLINE_UPDATED");
    as("970002")
        .document("query($id: ID!) { workOrder(id: $id) { hotline { status reference } } }")
        .variable("id", filed.id())
        .execute()
        .path("workOrder.hotline.status")
        .entity(String.class)
        .isEqualTo("IN_PROGRESS")
        .path("workOrder.hotline.reference")
        .entity(String.class)
        .isEqualTo("12345-2026-000888");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> callback(String timestamp, String signature, String body) {
    return web.post()
        .uri("/hotline/callback")
        .contentType(MediaType.APPLICATION_JSON)
        .header("X-Timestamp", timestamp)
        .header("X-Signature", signature)
        .bodyValue(body)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Map.class)
        .returnResult()
        .getResponseBody();
  }
}
