package org.zhifagongkai.api.complaint;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.support.Binds;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Mono;

/**
 * The enterprise's own access to its complaint, by tracking number and access code. A wrong pair
 * gets one answer whichever part is wrong, and is counted against the tracking number: past the
 * allowance within the window, even the right code waits, so a code cannot be found by trying.
 */
@Service
public class Tracking {

  private final DatabaseClient database;
  private final TransactionalOperator transaction;
  private final ComplaintReads reads;
  private final ComplaintEvents events;
  private final ComplaintPolicy policy;

  Tracking(
      DatabaseClient database,
      TransactionalOperator transaction,
      ComplaintReads reads,
      ComplaintEvents events,
      ComplaintPolicy policy) {
    this.database = database;
    this.transaction = transaction;
    this.reads = reads;
    this.events = events;
    this.policy = policy;
  }

  public Mono<Complaint> complaint(String trackingNumber, String accessCode) {
    return idFor(trackingNumber, accessCode).flatMap(reads::byId);
  }

  /** The enterprise rates the answer it got (1–5), which closes its part. */
  public Mono<Complaint> rate(
      String trackingNumber, String accessCode, int satisfaction, @Nullable String comment) {
    if (satisfaction < 1 || satisfaction > 5) {
      throw new PortalException(
          ErrorCode.INVALID_REQUEST, "满意度应为 1–5", "Satisfaction is from 1 to 5");
    }
    String text =
        comment == null || comment.isBlank()
            ? null
            : ComplaintText.plain(comment, 1, 1000, "评价内容", "The comment");
    return idFor(trackingNumber, accessCode)
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
                                      WorkOrders.transition(
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
        .flatMap(reads::byId);
  }

  private Mono<Long> idFor(String trackingNumber, String accessCode) {
    String number = AccessCodes.normalizeTrackingNumber(trackingNumber);
    byte[] hash = AccessCodes.hash(accessCode);
    return recentFailures(number)
        .flatMap(
            failures -> {
              if (failures >= policy.trackingFailures()) {
                return Mono.error(
                    new PortalException(
                        ErrorCode.TOO_MANY_ATTEMPTS,
                        "该查询码错误次数过多，请 " + minutes() + " 分钟后再试",
                        "Too many wrong codes for this tracking number; try again in "
                            + minutes()
                            + " minutes"));
              }
              Mono<Long> found =
                  AccessCodes.isWellFormed(number)
                      ? database
                          .sql(
                              "select id, access_code_sha256 from complaint"
                                  + " where tracking_number = :number")
                          .bind("number", number)
                          .map(
                              row ->
                                  Map.entry(
                                      Rows.id(row, "id"),
                                      bytes(row.get("access_code_sha256", ByteBuffer.class))))
                          .one()
                          // Compared in constant time, so that timing tells nothing of the code.
                          .filter(stored -> MessageDigest.isEqual(hash, stored.getValue()))
                          .map(Map.Entry::getKey)
                      : Mono.empty();
              return found.switchIfEmpty(recordFailure(number).then(Mono.error(Tracking::denied)));
            });
  }

  private Mono<Long> recentFailures(String number) {
    return database
        .sql(
            "select count(*) as n from tracking_failure where tracking_number = :number"
                + " and failed_at > now() - make_interval(secs => :seconds)")
        .bind("number", number)
        .bind("seconds", (double) policy.trackingWindow().toSeconds())
        .map(row -> Rows.id(row, "n"))
        .one();
  }

  private Mono<Void> recordFailure(String number) {
    return database
        .sql("insert into tracking_failure (tracking_number) values (:number)")
        .bind("number", number)
        .then();
  }

  /** Forgets failures older than the window, daily. */
  @Scheduled(cron = "0 20 0 * * *", zone = "Asia/Shanghai")
  void forgetOldFailures() {
    database
        .sql("delete from tracking_failure where failed_at < now() - make_interval(secs => :s)")
        .bind("s", (double) policy.trackingWindow().toSeconds())
        .then()
        .block();
  }

  private long minutes() {
    return Math.max(1, policy.trackingWindow().toMinutes());
  }

  private static PortalException denied() {
    return new PortalException(
        ErrorCode.ACCESS_DENIED, "查询编号或查询码不正确", "The tracking number or access code is wrong");
  }

  private static byte[] bytes(@Nullable ByteBuffer buffer) {
    if (buffer == null) {
      return new byte[0];
    }
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }
}
