package org.zhifagongkai.api.complaint.workorder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
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
 * Counts {@link ComplaintStatistics} per agency complained about or per contact point, in one
 * query.
 */
@Component
public class ComplaintFigures {

  private static final String FIGURES =
      """
      select %1$s as owner,
        count(*) filter (where status <> 'MERGED') as received,
        count(*) filter (where status in ('ACCEPTED', 'IN_PROGRESS', 'EXTENSION_REQUESTED', 'ANSWERED',
          'RATED', 'CLOSED')) as accepted,
        count(*) filter (where answered_on <= conclusion_due) as on_time,
        count(*) filter (where answered_on > conclusion_due
          or (status = 'DISPATCHED' and acceptance_due < :today)
          or (status in ('ACCEPTED', 'IN_PROGRESS', 'EXTENSION_REQUESTED') and conclusion_due < :today)) as overdue,
        count(satisfaction) as rated, avg(satisfaction) as satisfaction
      from complaint where %1$s = any(:ids)%2$s group by %1$s
      """;

  private final DatabaseClient database;
  private final Clock clock;

  ComplaintFigures(DatabaseClient database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** The figures of each body complained about; a body without complaints gets zeros. */
  Mono<Map<Agency, ComplaintStatistics>> byAgency(List<Agency> agencies) {
    return of(agencies, Agency::id, "agency_id", null);
  }

  /**
   * The figures of each contact point, of complaints filed before this month; one that handled none
   * gets zeros. Routing follows the enterprise's region: a count that moved with each filing would
   * tell the body complained about, watching it, where an unnamed complainant is.
   */
  Mono<Map<ContactPoint, ComplaintStatistics>> byContactPoint(List<ContactPoint> contactPoints) {
    LocalDate lastMonthEnd = LocalDate.now(clock).withDayOfMonth(1).minusDays(1);
    return of(contactPoints, ContactPoint::id, "contact_point_id", lastMonthEnd);
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
      List<S> owners, ToLongFunction<S> id, String column, @Nullable LocalDate to) {
    return figures(column, owners.stream().map(id::applyAsLong).toList(), null, to)
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
        .map(
            row -> {
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
            })
        .all();
  }
}
