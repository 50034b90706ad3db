package org.zhifagongkai.api.complaint.filing;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.complaint.ComplaintPolicy;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Mono;

/**
 * Throttles guessing of access codes. Each lookup first reserves an attempt against its client and
 * its tracking number, atomically in the database, so parallel guesses are counted one by one; a
 * lookup that proves the code gives both back. A client past its allowance is refused for the rest
 * of the window. A tracking number is never locked, since anyone may know it: past its free wrong
 * lookups, each lookup of it waits longer (doubling up to a cap), which stops a search of the
 * 50-bit code space without keeping its holder out.
 */
@Component
public class TrackingThrottle {

  private static final Duration FIRST_DELAY = Duration.ofMillis(250);

  private final DatabaseClient database;
  private final ComplaintPolicy policy;

  TrackingThrottle(DatabaseClient database, ComplaintPolicy policy) {
    this.database = database;
    this.policy = policy;
  }

  /** The attempts a lookup reserved, given back when it proves the code. */
  record Reservation(String clientKey, String numberKey) {}

  /** Reserves a lookup by {@code client} of {@code number}: refused, slowed or let through. */
  Mono<Reservation> admit(String client, String number) {
    // Numbers that cannot be one share a key, so that junk cannot fill the table.
    String numberKey =
        AccessCodes.isWellFormed(number) && number.length() <= 40 ? number : "malformed";
    Reservation reservation = new Reservation("client:" + client, "number:" + numberKey);
    return reserve(reservation.clientKey())
        .flatMap(
            byClient -> {
              if (byClient.attempts() > policy.trackingGuessesPerClient()) {
                return Mono.error(tooMany(byClient.openedAt()));
              }
              return reserve(reservation.numberKey())
                  .flatMap(
                      byNumber ->
                          Mono.delay(
                              delay(
                                  byNumber.attempts(),
                                  policy.trackingFreeGuessesPerNumber(),
                                  policy.trackingMaxDelay())))
                  .thenReturn(reservation);
            });
  }

  /** Gives back the attempts of a lookup that proved its code. */
  Mono<Void> release(Reservation reservation) {
    return database
        .sql(
            "update tracking_throttle set attempts = greatest(attempts - 1, 0)"
                + " where key in (:client, :number)")
        .bind("client", reservation.clientKey())
        .bind("number", reservation.numberKey())
        .then();
  }

  /** Forgets windows that have closed, daily. */
  @Scheduled(cron = "0 20 0 * * *", zone = "Asia/Shanghai")
  void forgetClosedWindows() {
    database
        .sql(
            "delete from tracking_throttle"
                + " where window_opened_at < now() - make_interval(secs => :seconds)")
        .bind("seconds", (double) policy.trackingWindow().toSeconds())
        .then()
        .block();
  }

  private record Count(int attempts, OffsetDateTime openedAt) {}

  /** One more attempt on {@code key}, in a window opened anew once the last one has closed. */
  private Mono<Count> reserve(String key) {
    return database
        .sql(
            """
            insert into tracking_throttle as t (key, window_opened_at, attempts)
            values (:key, now(), 1)
            on conflict (key) do update set
              attempts = case when t.window_opened_at < now() - make_interval(secs => :seconds)
                then 1 else t.attempts + 1 end,
              window_opened_at = case when t.window_opened_at < now() - make_interval(secs => :seconds)
                then now() else t.window_opened_at end
            returning attempts, window_opened_at
            """)
        .bind("key", key)
        .bind("seconds", (double) policy.trackingWindow().toSeconds())
        .map(row -> new Count(Rows.integer(row, "attempts"), Rows.instant(row, "window_opened_at")))
        .one();
  }

  /** The wait before the {@code attempts}th lookup of a number that allows {@code free}. */
  public static Duration delay(int attempts, int free, Duration max) {
    int over = attempts - free - 1;
    if (over < 0) {
      return Duration.ZERO;
    }
    Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(over, 20));
    return delay.compareTo(max) > 0 ? max : delay;
  }

  private PortalException tooMany(OffsetDateTime openedAt) {
    long minutes =
        Math.max(
            1,
            Duration.between(OffsetDateTime.now(), openedAt.plus(policy.trackingWindow()))
                        .toSeconds()
                    / 60
                + 1);
    return new PortalException(
        ErrorCode.TOO_MANY_ATTEMPTS,
        "查询码错误次数过多，请 " + minutes + " 分钟后再试",
        "Too many wrong access codes from this client; try again in " + minutes + " minutes");
  }
}
