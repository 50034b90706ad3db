package org.zhifagongkai.api.penalty;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.support.Binds;
import reactor.core.publisher.Mono;

/**
 * Takes decisions off public view on the day after the last day of their term. Runs just after
 * midnight in Asia/Shanghai, and once at start-up so that days spent stopped are caught up. One
 * statement marks the decisions and appends their events, so a crash leaves either both or neither;
 * the search change log follows by trigger.
 */
@Component
public class PublicationExpiry implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(PublicationExpiry.class);

  private final DatabaseClient database;
  private final Clock clock;
  private final PublicationPolicy policy;
  private volatile boolean running;

  PublicationExpiry(DatabaseClient database, Clock clock, PublicationPolicy policy) {
    this.database = database;
    this.clock = clock;
    this.policy = policy;
  }

  @Scheduled(cron = "5 0 0 * * *", zone = "Asia/Shanghai")
  void daily() {
    if (policy.expire()) {
      expire(LocalDate.now(clock)).block();
    }
  }

  @Override
  public void start() {
    daily();
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return 1; // after the sample load (phase 0), before the web server
  }

  /** Expires every published decision whose term ended before {@code today}; emits how many. */
  public Mono<Long> expire(LocalDate today) {
    return expire(today, null)
        .doOnNext(
            count -> {
              if (count > 0) {
                log.info("Took {} decisions whose publication term ended off public view", count);
              }
            });
  }

  /**
   * Expires one decision just written if its term, ending on {@code until}, has already ended (an
   * old decision published late, or imported with its source's end date), so that it is never shown
   * until the next run. A decision still in its term costs no statement.
   */
  Mono<Long> expireIfEnded(long id, @Nullable LocalDate until) {
    LocalDate today = LocalDate.now(clock);
    return policy.expire() && until != null && until.isBefore(today)
        ? expire(today, id)
        : Mono.just(0L);
  }

  /** Expires the decisions (all, or the one {@code id}) whose term ended before {@code today}. */
  Mono<Long> expire(LocalDate today, @Nullable Long id) {
    var spec =
        database
            .sql(
                """
                with expired as (
                  update penalty_decision set status = 'EXPIRED', removed_on = :today
                  where status = 'PUBLISHED' and publish_until < :today
                    and (cast(:id as bigint) is null or id = :id)
                  returning id, publish_until)
                insert into penalty_decision_event (decision_id, kind, actor, reason)
                select id, 'EXPIRED', '公示期满自动下线', '公示截止期 ' || publish_until || ' 已过' from expired
                """)
            .bind("today", today);
    return Binds.bind(spec, "id", id, Long.class).fetch().rowsUpdated();
  }
}
