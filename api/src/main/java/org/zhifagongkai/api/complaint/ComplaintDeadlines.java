package org.zhifagongkai.api.complaint;

import java.time.LocalDate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.calendar.WorkingDayCalendar;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Mono;

/**
 * Due dates from the time-limit table, on the same working-day calendar as publication: the start
 * day is not counted, and a calendar-day limit that ends on a rest day moves to the next working
 * day. The rule in force on the start day with the longest region prefix applies.
 */
@Component
public class ComplaintDeadlines {

  public enum Stage {
    ACCEPTANCE,
    CONCLUSION,
    HOTLINE_REPLY,
    EXTENSION,
    ESCALATION_GRACE,
    NOTICE,
    OPINION,
    DECISION
  }

  /** Days of a time limit: working days (工作日) or calendar days (自然日). */
  public enum Unit {
    WORKING_DAYS,
    CALENDAR_DAYS
  }

  /** A time limit as the table states it, such as 5 working days. */
  public record Limit(int amount, Unit unit) {}

  private final DatabaseClient database;
  private final WorkingDayCalendar calendar;

  ComplaintDeadlines(DatabaseClient database, WorkingDayCalendar calendar) {
    this.database = database;
    this.calendar = calendar;
  }

  /**
   * The last day of {@code stage}'s limit counted from {@code from}, for a matter in {@code
   * region}.
   */
  public Mono<LocalDate> due(Stage stage, String region, LocalDate from) {
    return limit(stage, region, from).map(limit -> due(limit, from));
  }

  /** The last day of {@code limit} counted from {@code from}. */
  public LocalDate due(Limit limit, LocalDate from) {
    return count(from, limit.amount(), limit.unit() == Unit.WORKING_DAYS);
  }

  /** The limit of {@code stage} in force on {@code day} for a matter in {@code region}. */
  public Mono<Limit> limit(Stage stage, String region, LocalDate day) {
    return database
        .sql(
            """
            select amount, unit from complaint_deadline_rule
            where stage = :stage and :region like region_prefix || '%'
              and effective_from <= :day and (effective_to is null or effective_to >= :day)
            order by length(region_prefix) desc, effective_from desc
            limit 1
            """)
        .bind("stage", stage.name())
        .bind("region", region)
        .bind("day", day)
        .map(row -> new Limit(Rows.integer(row, "amount"), Rows.enumValue(row, "unit", Unit.class)))
        .one()
        .switchIfEmpty(
            Mono.error(
                () -> new IllegalStateException("No time limit for " + stage + " in " + region)));
  }

  /**
   * Counts on the official calendar; where it does not know the year yet (the State Council
   * publishes each year's holidays late in the year before), on weekdays alone, so that a complaint
   * filed in late December still gets a deadline rather than an error. Such a date may fall a
   * holiday short; the table is extended each year.
   */
  private LocalDate count(LocalDate from, int amount, boolean workingDays) {
    try {
      return workingDays
          ? calendar.plusWorkingDays(from, amount)
          : calendar.plusCalendarDays(from, amount);
    } catch (WorkingDayCalendar.UnknownYearException unknown) {
      LocalDate day = workingDays ? from : from.plusDays(amount);
      for (int counted = 0; workingDays && counted < amount; ) {
        day = day.plusDays(1);
        counted += isWeekday(day) ? 1 : 0;
      }
      while (!isWeekday(day)) {
        day = day.plusDays(1);
      }
      return day;
    }
  }

  private static boolean isWeekday(LocalDate day) {
    return day.getDayOfWeek().getValue() <= 5;
  }
}
