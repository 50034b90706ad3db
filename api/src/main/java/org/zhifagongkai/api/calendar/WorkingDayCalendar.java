package org.zhifagongkai.api.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which days are working days (工作日): weekdays, except official holidays, plus the weekend days
 * declared working days (调休上班). The days come from a table; a date in a year the table does not
 * cover is an error rather than a guess, because a wrong deadline is worse than none.
 *
 * <p>Deadlines follow the rule of the 行政处罚法 and 民法典 on time limits: the start day is not counted,
 * and a deadline that falls on a rest day moves to the next working day. Immutable and thread-safe.
 */
public final class WorkingDayCalendar {

  private static final String TABLE = "/calendar/cn-working-days.csv";

  private final int firstYear;
  private final int lastYear;
  private final Map<LocalDate, Boolean> exceptions;

  private WorkingDayCalendar(int firstYear, int lastYear, Map<LocalDate, Boolean> exceptions) {
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.exceptions = Map.copyOf(exceptions);
  }

  /** The official calendar of the People's Republic of China, from the table in the classpath. */
  public static WorkingDayCalendar official() {
    try (InputStream in =
        Objects.requireNonNull(
            WorkingDayCalendar.class.getResourceAsStream(TABLE), "Missing " + TABLE)) {
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static WorkingDayCalendar parse(BufferedReader table) throws IOException {
    int first = 0;
    int last = -1;
    Map<LocalDate, Boolean> exceptions = new HashMap<>();
    String line;
    while ((line = table.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split(",", 3);
      String[] range = cells[1].split("\\.\\.");
      if (cells[0].equals("YEARS")) {
        first = Integer.parseInt(range[0]);
        last = Integer.parseInt(range[range.length - 1]);
        continue;
      }
      range = cells[0].split("\\.\\.");
      LocalDate from = LocalDate.parse(range[0]);
      LocalDate to = LocalDate.parse(range[range.length - 1]);
      boolean working =
          switch (cells[1]) {
            case "WORKDAY" -> true;
            case "HOLIDAY" -> false;
            default -> throw new IllegalArgumentException("Unknown kind of day: " + line);
          };
      for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
        if (exceptions.put(day, working) != null) {
          throw new IllegalArgumentException("Listed twice: " + day);
        }
      }
    }
    return new WorkingDayCalendar(first, last, exceptions);
  }

  /** Whether {@code day} is a working day; an {@link UnknownYearException} outside the table. */
  public boolean isWorkingDay(LocalDate day) {
    if (day.getYear() < firstYear || day.getYear() > lastYear) {
      throw new UnknownYearException(day, firstYear, lastYear);
    }
    Boolean exception = exceptions.get(day);
    if (exception != null) {
      return exception;
    }
    DayOfWeek weekday = day.getDayOfWeek();
    return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
  }

  /**
   * The last day of a time limit of {@code days} working days from {@code start}: the {@code
   * days}-th working day after it (the start day never counts). Zero days gives {@code start}.
   */
  public LocalDate plusWorkingDays(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("A time limit is not negative: " + days);
    }
    LocalDate day = start;
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The last day of a time limit of {@code days} calendar days from {@code start}, moved to the
   * next working day when it falls on a rest day.
   */
  public LocalDate plusCalendarDays(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("A time limit is not negative: " + days);
    }
    return onOrAfter(start.plusDays(days));
  }

  /** {@code day} if it is a working day, else the next working day. */
  public LocalDate onOrAfter(LocalDate day) {
    LocalDate working = day;
    while (!isWorkingDay(working)) {
      working = working.plusDays(1);
    }
    return working;
  }

  /** How many working days lie after {@code from} up to and including {@code to}; 0 if none. */
  public int workingDaysAfter(LocalDate from, LocalDate to) {
    int count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /** A date in a year whose holidays the calendar does not know. */
  public static final class UnknownYearException extends IllegalStateException {

    UnknownYearException(LocalDate day, int firstYear, int lastYear) {
      super(
          "The working-day calendar covers "
              + firstYear
              + "–"
              + lastYear
              + "; it does not know "
              + day.getYear()
              + "'s holidays (asked about "
              + day
              + "). Add that year's official arrangement to "
              + TABLE);
    }
  }
}
