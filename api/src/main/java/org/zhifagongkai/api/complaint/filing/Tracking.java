package org.zhifagongkai.api.complaint.filing;

import java.security.MessageDigest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.zhifagongkai.api.complaint.Complaint;
import org.zhifagongkai.api.complaint.ComplaintEvents;
import org.zhifagongkai.api.complaint.ComplaintReads;
import org.zhifagongkai.api.complaint.ComplaintRefusals;
import org.zhifagongkai.api.complaint.ComplaintText;
import org.zhifagongkai.api.complaint.Viewer;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.support.Binds;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Mono;

/**
 * The enterprise's own access to its complaint, by tracking number and access code. A wrong pair
 * gets one answer whichever part is wrong; {@link TrackingThrottle} keeps a code from being found
 * by trying.
 */
@Service
public class Tracking {

  private final DatabaseClient database;
  private final TransactionalOperator transaction;
  private final ComplaintReads reads;
  private final ComplaintEvents events;
  private final TrackingThrottle throttle;

  Tracking(
      DatabaseClient database,
      TransactionalOperator transaction,
      ComplaintReads reads,
      ComplaintEvents events,
      TrackingThrottle throttle) {
    this.database = database;
    this.transaction = transaction;
    this.reads = reads;
    this.events = events;
    this.throttle = throttle;
  }

  public Mono<Complaint> complaint(String trackingNumber, String accessCode, String client) {
    return idFor(trackingNumber, accessCode, client).flatMap(this::asFiler);
  }

  /** The enterprise rates the answer it got (1–5), which closes its part. */
  public Mono<Complaint> rate(
      String trackingNumber,
      String accessCode,
      int satisfaction,
      @Nullable String comment,
      String client) {
    if (satisfaction < 1 || satisfaction > 5) {
      throw new PortalException(
          ErrorCode.INVALID_REQUEST, "满意度应为 1–5", "Satisfaction is from 1 to 5");
    }
    String text =
        comment == null || comment.isBlank()
            ? null
            : ComplaintText.plain(comment, 1, 1000, "评价内容", "The comment");
    return idFor(trackingNumber, accessCode, client)
        .flatMap(
            id -> {
              var update =
                  database
                      .sql(
                          "update complaint set status = 'RATED', satisfaction = :score,"
                              + " rating_comment = :comment where id = :id and status = 'ANSWERED'")
                      .bind("score", satisfaction)
                      .bind("id", id);
              update = Binds.bind(update, "comment", text, String.class);
              Mono<Long> rated =
                  update
                      .fetch()
                      .rowsUpdated()
                      .flatMap(
                          count ->
                              count == 0
                                  ? Mono.error(
                                      ComplaintRefusals.transition(
                                          "只能评价已答复的投诉", "Only an answered complaint can be rated"))
                                  : events
                                      .append(
                                          id,
                                          ComplaintEvents.Kind.RATED,
                                          ComplaintEvents.ENTERPRISE,
                                          "满意度 " + satisfaction)
                                      .thenReturn(id));
              return transaction.transactional(rated);
            })
        .flatMap(this::asFiler);
  }

  private Mono<Complaint> asFiler(long id) {
    return reads.byId(id).map(c -> c.seenAs(Viewer.FILER));
  }

  private Mono<Long> idFor(String trackingNumber, String accessCode, String client) {
    String number = AccessCodes.normalizeTrackingNumber(trackingNumber);
    byte[] hash = AccessCodes.hash(accessCode);
    return throttle
        .admit(client, number)
        .flatMap(
            reservation ->
                matching(number, hash)
                    .flatMap(id -> throttle.release(reservation).thenReturn(id))
                    .switchIfEmpty(Mono.error(Tracking::denied)));
  }

  /** The complaint whose number and code these are, compared in constant time. */
  private Mono<Long> matching(String number, byte[] hash) {
    if (!AccessCodes.isWellFormed(number)) {
      return Mono.empty();
    }
    return database
        .sql("select id, access_code_sha256 from complaint where tracking_number = :number")
        .bind("number", number)
        .map(row -> Map.entry(Rows.id(row, "id"), Rows.bytes(row, "access_code_sha256")))
        .one()
        .filter(stored -> MessageDigest.isEqual(hash, stored.getValue()))
        .map(Map.Entry::getKey);
  }

  private static PortalException denied() {
    return new PortalException(
        ErrorCode.ACCESS_DENIED, "查询编号或查询码不正确", "The tracking number or access code is wrong");
  }
}
