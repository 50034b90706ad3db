package org.zhifagongkai.api.findings;

import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.penalty.PartyKind;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Mono;

/**
 * Checks every published decision against the publication rules each day, just after the expiry
 * job, and once at start-up (in the background). The rules SQL can state run as one statement over
 * all published decisions; the rules that read text run in Java over the decisions streamed in
 * batches of {@link #BATCH}, so memory stays flat however many there are. A run opens a finding for
 * each new fault, marks each fault still there as seen, and resolves each open finding it no longer
 * finds. Idempotent: a second run on the same day changes only what changed in between. Runs take
 * turns.
 *
 * <p>{@code portal.findings.enabled=false} turns the scheduled and start-up runs off.
 */
@Component
public class PublicationCheck implements SmartLifecycle {

  static final int BATCH = 500;

  private static final Logger log = LoggerFactory.getLogger(PublicationCheck.class);

  private static final String UPSERT =
      """
      insert into publication_finding
          (decision_id, agency_id, rule, detail, first_found_on, last_seen_on, last_seen_run)
      select f.decision_id, f.agency_id, f.rule, f.detail, :today, :today, :run from found f
      on conflict (decision_id, rule, detail) where resolved_on is null
      do update set last_seen_on = greatest(publication_finding.last_seen_on, excluded.last_seen_on),
                    last_seen_run = excluded.last_seen_run
      returning xmax = 0 as opened
      """;

  private final DatabaseClient database;
  private final Clock clock;
  private final boolean enabled;
  private volatile boolean running;

  PublicationCheck(
      DatabaseClient database,
      Clock clock,
      @Value("${portal.findings.enabled:true}") boolean enabled) {
    this.database = database;
    this.clock = clock;
    this.enabled = enabled;
  }

  /** What one run did. */
  public record Report(long run, long decisions, long opened, long resolved) {}

  @Scheduled(cron = "0 15 0 * * *", zone = "Asia/Shanghai")
  void daily() {
    if (enabled) {
      check(LocalDate.now(clock));
    }
  }

  @Override
  public void start() {
    running = true;
    // In the background: a million decisions take minutes, and the portal serves meanwhile.
    Thread.ofVirtual()
        .name("publication-check-at-start")
        .start(
            () -> {
              try {
                daily();
              } catch (RuntimeException e) {
                log.error("The publication check at start-up failed", e);
              }
            });
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
    return 2; // after the sample load (0) and the expiry (1)
  }

  /** Checks every published decision as of {@code today}; blocks until done. */
  public synchronized Report check(LocalDate today) {
    Report report = Objects.requireNonNull(run(today).block(), "report");
    log.info(
        "Publication check {} of {}: {} published decisions, {} findings opened, {} resolved",
        report.run(),
        today,
        report.decisions(),
        report.opened(),
        report.resolved());
    return report;
  }

  private Mono<Report> run(LocalDate today) {
    return database
        .sql("insert into publication_check_run (checked_on) values (:today) returning id")
        .bind("today", today)
        .map(row -> Rows.id(row, "id"))
        .one()
        .flatMap(
            run ->
                sqlRules(today, run)
                    .flatMap(
                        sql ->
                            textRules(today, run).map(text -> new long[] {text[0], sql + text[1]}))
                    .flatMap(
                        counts ->
                            resolve(today, run)
                                .map(resolved -> new Report(run, counts[0], counts[1], resolved))))
        .flatMap(report -> finish(report).thenReturn(report));
  }

  /** Opens or refreshes what the SQL rules find; emits how many findings it opened. */
  private Mono<Long> sqlRules(LocalDate today, long run) {
    return opened(
        database
            .sql(
                "with found as ("
                    + SqlRules.findings()
                    + "), upserted as ("
                    + UPSERT
                    + ")"
                    + " select count(*) filter (where opened) from upserted")
            .bind("today", today)
            .bind("run", run));
  }

  /** Reads the published texts batch by batch; emits {decisions read, findings opened}. */
  private Mono<long[]> textRules(LocalDate today, long run) {
    return batch(0L)
        .expand(batch -> batch.size() < BATCH ? Mono.empty() : batch(batch.getLast().decisionId()))
        .concatMap(
            batch ->
                store(batch.stream().flatMap(d -> TextRules.check(d).stream()).toList(), today, run)
                    .map(opened -> new long[] {batch.size(), opened}),
            1)
        .reduce(new long[2], (sum, one) -> new long[] {sum[0] + one[0], sum[1] + one[1]});
  }

  private Mono<List<PublishedText>> batch(long afterId) {
    return database
        .sql(
            """
            select id, agency_id, document_number, party_kind, party_name, party_legal_representative,
                   case_name, facts, violated_provisions, penalty_provisions, licence_actions, decision_date
            from penalty_decision where status = 'PUBLISHED' and id > :after order by id limit :limit
            """)
        .bind("after", afterId)
        .bind("limit", BATCH)
        .map(PublicationCheck::text)
        .all()
        .collectList();
  }

  private Mono<Long> store(List<Finding> findings, LocalDate today, long run) {
    if (findings.isEmpty()) {
      return Mono.just(0L);
    }
    return opened(
        database
            .sql(
                "with found as (select * from unnest(cast(:decisions as bigint[]),"
                    + " cast(:agencies as bigint[]), cast(:rules as text[]), cast(:details as text[]))"
                    + " as f(decision_id, agency_id, rule, detail)), upserted as ("
                    + UPSERT
                    + ") select count(*) filter (where opened) from upserted")
            .bind("decisions", Ids.array(findings.stream().map(Finding::decisionId).toList()))
            .bind("agencies", Ids.array(findings.stream().map(Finding::agencyId).toList()))
            .bind("rules", findings.stream().map(f -> f.rule().name()).toArray(String[]::new))
            .bind("details", findings.stream().map(Finding::detail).toArray(String[]::new))
            .bind("today", today)
            .bind("run", run));
  }

  private static Mono<Long> opened(DatabaseClient.GenericExecuteSpec upsert) {
    return upsert.map(row -> Objects.requireNonNull(row.get(0, Long.class))).one();
  }

  /** Resolves every open finding this run did not see; emits how many. */
  private Mono<Long> resolve(LocalDate today, long run) {
    return database
        .sql(
            "update publication_finding set resolved_on = :today"
                + " where resolved_on is null and last_seen_run <> :run")
        .bind("today", today)
        .bind("run", run)
        .fetch()
        .rowsUpdated();
  }

  private Mono<Void> finish(Report report) {
    return database
        .sql(
            "update publication_check_run set finished_at = now(), decisions = :decisions,"
                + " opened = :opened, resolved = :resolved where id = :run")
        .bind("decisions", report.decisions())
        .bind("opened", report.opened())
        .bind("resolved", report.resolved())
        .bind("run", report.run())
        .then();
  }

  private static PublishedText text(Readable row) {
    return new PublishedText(
        Rows.id(row, "id"),
        Rows.id(row, "agency_id"),
        Rows.text(row, "document_number"),
        Rows.enumValue(row, "party_kind", PartyKind.class),
        Rows.text(row, "party_name"),
        Rows.optionalText(row, "party_legal_representative"),
        Rows.optionalText(row, "case_name"),
        Rows.text(row, "facts"),
        Rows.text(row, "violated_provisions"),
        Rows.text(row, "penalty_provisions"),
        Rows.optionalText(row, "licence_actions"),
        Rows.date(row, "decision_date"));
  }
}
