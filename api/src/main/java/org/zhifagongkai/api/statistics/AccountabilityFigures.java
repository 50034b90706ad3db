package org.zhifagongkai.api.statistics;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import org.zhifagongkai.api.paging.SqlConditions;
import org.zhifagongkai.api.penalty.WithdrawalKind;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Counts a body's publication, withdrawal and discretion figures in PostgreSQL; see {@link
 * AccountabilityIndicators}.
 */
@Repository
class AccountabilityFigures {

  /** The most reasons listed: the rest are in {@code withdrawn} all the same. */
  private static final int MAX_REASONS = 20;

  private final DatabaseClient database;

  AccountabilityFigures(DatabaseClient database) {
    this.database = database;
  }

  /**
   * Publication on time: published on or before {@code publication_due}; late: after it; unknown:
   * no publication date or no deadline. Outside the tier: a fine below the applied tier's {@code
   * fine_min} or above its {@code fine_max} (tiers set only in multiples are not checked).
   */
  Mono<AccountabilityIndicators.Counts> counts(
      long agencyId, @Nullable LocalDate from, @Nullable LocalDate to) {
    return decisions(
            """
            select count(*) as decisions,
              count(*) filter (where p.published_on <= p.publication_due) as on_time,
              count(*) filter (where p.published_on > p.publication_due) as late,
              count(*) filter (where p.published_on is null or p.publication_due is null) as unknown,
              count(*) filter (where p.status = 'WITHDRAWN') as withdrawn,
              count(*) filter (where p.status = 'WITHDRAWN' and p.removed_on > p.withdrawal_due) as withdrawn_late,
              count(p.benchmark_tier_id) as applying_tier,
              count(*) filter (where p.fine_amount < t.fine_min) as below_tier,
              count(*) filter (where p.fine_amount > t.fine_max) as above_tier
            from penalty_decision p left join benchmark_tier t on t.id = p.benchmark_tier_id
            """,
            agencyId,
            from,
            to,
            "")
        .map(
            row ->
                new AccountabilityIndicators.Counts(
                    count(row, "decisions"),
                    count(row, "on_time"),
                    count(row, "late"),
                    count(row, "unknown"),
                    count(row, "withdrawn"),
                    count(row, "withdrawn_late"),
                    count(row, "applying_tier"),
                    count(row, "below_tier"),
                    count(row, "above_tier")))
        .one();
  }

  /** The dates of each decision with a publication date, for the working-day medians. */
  Flux<AccountabilityIndicators.PublicationDates> publicationDates(
      long agencyId, @Nullable LocalDate from, @Nullable LocalDate to) {
    return decisions(
            "select p.decision_date, p.published_on, p.publication_due from penalty_decision p",
            agencyId,
            from,
            to,
            " and p.published_on is not null")
        .map(
            row ->
                new AccountabilityIndicators.PublicationDates(
                    Rows.date(row, "decision_date"),
                    Rows.optionalDate(row, "published_on"),
                    Rows.optionalDate(row, "publication_due")))
        .all();
  }

  Flux<AccountabilityIndicators.WithdrawalCount> withdrawalsByKind(
      long agencyId, @Nullable LocalDate from, @Nullable LocalDate to) {
    return decisions(
            "select p.withdrawal_kind, count(*) as decisions from penalty_decision p",
            agencyId,
            from,
            to,
            " and p.status = 'WITHDRAWN' group by p.withdrawal_kind"
                + " order by decisions desc, p.withdrawal_kind nulls last")
        .map(
            row ->
                new AccountabilityIndicators.WithdrawalCount(
                    Rows.optionalEnum(row, "withdrawal_kind", WithdrawalKind.class),
                    count(row, "decisions")))
        .all();
  }

  Flux<AccountabilityIndicators.WithdrawalReasonCount> withdrawalsByReason(
      long agencyId, @Nullable LocalDate from, @Nullable LocalDate to) {
    return decisions(
            "select p.withdrawal_reason, count(*) as decisions from penalty_decision p",
            agencyId,
            from,
            to,
            " and p.status = 'WITHDRAWN' group by p.withdrawal_reason"
                + " order by decisions desc, p.withdrawal_reason limit "
                + MAX_REASONS)
        .map(
            row ->
                new AccountabilityIndicators.WithdrawalReasonCount(
                    Rows.text(row, "withdrawal_reason"), count(row, "decisions")))
        .all();
  }

  /**
   * {@code select} over {@code penalty_decision p}, of the body's decisions dated in the period
   * and, when {@code tail} starts with {@code and}, meeting its condition too.
   */
  private GenericExecuteSpec decisions(
      String select, long agencyId, @Nullable LocalDate from, @Nullable LocalDate to, String tail) {
    SqlConditions where =
        new SqlConditions()
            .always("p.agency_id = :agency", Map.of("agency", agencyId))
            .whenPresent("p.decision_date >= :from", "from", from)
            .whenPresent("p.decision_date <= :to", "to", to);
    return where.bind(database.sql(select + where.whereClause() + tail));
  }

  private static int count(io.r2dbc.spi.Readable row, String column) {
    return Math.toIntExact(Rows.id(row, column));
  }
}
