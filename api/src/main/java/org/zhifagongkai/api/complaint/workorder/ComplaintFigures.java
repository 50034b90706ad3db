package org.zhifagongkai.api.complaint.workorder;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.agency.Agency;
import org.zhifagongkai.api.contactpoint.ContactPoint;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Counts {@link ComplaintStatistics} per agency complained about, in one query, and per contact
 * point once a month.
 */
@Component
public class ComplaintFigures {

  /** The figures of the complaints of a group, by {@code :today}. */
  private static final String COUNTS =
      """
      count(*) filter (where status <> 'MERGED') as received,
      count(*) filter (where status in ('ACCEPTED', 'IN_PROGRESS', 'EXTENSION_REQUESTED', 'ANSWERED',
        'RATED', 'CLOSED')) as accepted,
      count(*) filter (where answered_on <= conclusion_due) as on_time,
      count(*) filter (where answered_on > conclusion_due
        or (status = 'DISPATCHED' and acceptance_due < :today)
        or (status in ('ACCEPTED', 'IN_PROGRESS', 'EXTENSION_REQUESTED') and conclusion_due < :today)) as overdue,
      count(satisfaction) as rated, avg(satisfaction) as satisfaction
      """;

  private static final String FIGURES =
      "select %1$s as owner, "
          + COUNTS
          + " from complaint where %1$s = any(:ids)%2$s group by %1$s";

  /**
   * Takes every contact point's figures for a month, once: the first reader of the month takes
   * them, any other finds the month marked and takes nothing. They count the complaints filed
   * before the month as they stand when taken.
   */
  private static final String TAKE_MONTH =
      """
      with taken as (
        insert into contact_point_figures_month (month) values (:today)
        on conflict do nothing returning month)
      insert into contact_point_figures (month, contact_point_id, received, accepted, on_time,
        overdue, rated, satisfaction)
      select taken.month, f.owner, f.received, f.accepted, f.on_time, f.overdue, f.rated,
        f.satisfaction
      from taken, (select contact_point_id as owner,
      """
          + COUNTS
          + """
            from complaint where contact_point_id is not null and filed_on < :today
            group by contact_point_id) f
          """;

  private static final String MONTH_FIGURES =
      """
      select contact_point_id as owner, received, accepted, on_time, overdue, rated, satisfaction
      from contact_point_figures where month = :month and contact_point_id = any(:ids)
      """;

  private final DatabaseClient database;
  private final Clock clock;

  ComplaintFigures(DatabaseClient database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** The figures of each body complained about; a body without complaints gets zeros. */
  Mono<Map<Agency, ComplaintStatistics>> byAgency(List<Agency> agencies) {
    return of(agencies, Agency::id, "agency_id");
  }

  /**
   * The figures of each contact point as the month's were taken (of complaints filed before this
   * month); one that handled none gets zeros. Routing follows the enterprise's region: figures that
   * moved with each filing or step would tell the body complained about, watching them, where an
   * unnamed complainant is, so they change only once a month.
   */
  Mono<Map<ContactPoint, ComplaintStatistics>> byContactPoint(List<ContactPoint> contactPoints) {
    YearMonth month = YearMonth.now(clock);
    return monthFigures(month, contactPoints.stream().map(ContactPoint::id).toList())
        .collectMap(Map.Entry::getKey, Map.Entry::getValue)
        .map(
            byId -> {
              Map<ContactPoint, ComplaintStatistics> result = new HashMap<>();
              for (ContactPoint point : contactPoints) {
                result.put(point, byId.getOrDefault(point.id(), ComplaintStatistics.NONE));
              }
              return result;
            });
  }

  /** The figures of one contact point for {@code month}, taken when first read. */
  public Mono<ComplaintStatistics> ofContactPoint(long contactPointId, YearMonth month) {
    return monthFigures(month, List.of(contactPointId))
        .next()
        .map(Map.Entry::getValue)
        .defaultIfEmpty(ComplaintStatistics.NONE);
  }

  private Flux<Map.Entry<Long, ComplaintStatistics>> monthFigures(
      YearMonth month, Collection<Long> ids) {
    LocalDate first = month.atDay(1);
    // Read first: every later read of the month is a read, not an attempted write that would
    // count all complaints again to throw the count away.
    Mono<Void> taken =
        database
            .sql("select exists (select 1 from contact_point_figures_month where month = :month)")
            .bind("month", first)
            .map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class)))
            .one()
            .flatMap(
                done ->
                    done
                        ? Mono.<Void>empty()
                        : database.sql(TAKE_MONTH).bind("today", first).then());
    return taken.thenMany(
        database
            .sql(MONTH_FIGURES)
            .bind("month", first)
            .bind("ids", Ids.array(ids))
            .map(ComplaintFigures::fromRow)
            .all());
  }

  /**
   * The figures of the complaints about one body filed from {@code from} to {@code to}, both days
   * included and either end open when null; zeros when there are none.
   */
  public Mono<ComplaintStatistics> ofAgency(
      long agencyId, @Nullable LocalDate from, @Nullable LocalDate to) {
    return figures("agency_id", List.of(agencyId), from, to)
        .next()
        .map(Map.Entry::getValue)
        .defaultIfEmpty(ComplaintStatistics.NONE);
  }

  private <S> Mono<Map<S, ComplaintStatistics>> of(
      List<S> owners, ToLongFunction<S> id, String column) {
    return figures(column, owners.stream().map(id::applyAsLong).toList(), null, null)
        .collectMap(Map.Entry::getKey, Map.Entry::getValue)
        .map(
            byId -> {
              Map<S, ComplaintStatistics> result = new HashMap<>();
              for (S owner : owners) {
                result.put(
                    owner, byId.getOrDefault(id.applyAsLong(owner), ComplaintStatistics.NONE));
              }
              return result;
            });
  }

  private Flux<Map.Entry<Long, ComplaintStatistics>> figures(
      String column, Collection<Long> ids, @Nullable LocalDate from, @Nullable LocalDate to) {
    String period =
        (from == null ? "" : " and filed_on >= :from") + (to == null ? "" : " and filed_on <= :to");
    GenericExecuteSpec query = database.sql(FIGURES.formatted(column, period));
    if (from != null) {
      query = query.bind("from", from);
    }
    if (to != null) {
      query = query.bind("to", to);
    }
    return query
        .bind("ids", Ids.array(ids))
        .bind("today", LocalDate.now(clock))
        .map(ComplaintFigures::fromRow)
        .all();
  }

  private static Map.Entry<Long, ComplaintStatistics> fromRow(Readable row) {
    BigDecimal mean = Rows.optionalDecimal(row, "satisfaction");
    return Map.entry(
        Rows.id(row, "owner"),
        new ComplaintStatistics(
            (int) Rows.id(row, "received"),
            (int) Rows.id(row, "accepted"),
            (int) Rows.id(row, "on_time"),
            (int) Rows.id(row, "overdue"),
            (int) Rows.id(row, "rated"),
            mean == null ? null : mean.setScale(2, RoundingMode.HALF_UP)));
  }
}
