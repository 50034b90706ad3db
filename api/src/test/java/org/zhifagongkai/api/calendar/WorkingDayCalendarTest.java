package org.zhifagongkai.api.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendar.official();

  @ParameterizedTest(name = "{0} is a working day: {1}")
  @CsvSource({
    "2023-03-01, true", // an ordinary Wednesday
    "2023-03-04, false", // an ordinary Saturday
    "2024-10-07, false", // 国庆节
    "2024-10-12, true", // Saturday worked for 国庆节
    "2026-01-04, true", // Sunday worked for 元旦
    "2026-02-23, false", // the ninth day of 春节 2026
    "2026-02-28, true", // Saturday worked for 春节
    "2020-02-01, false", // the Saturday freed by the 2020 extension of 春节
    "2020-02-03, true", // the first working day after it
    "2023-01-02, false", // 元旦 2023 fell on a Sunday and moved to Monday
    "2025-10-08, false", // the eighth day of 国庆节、中秋节 2025
    "2019-05-05, true", // Sunday worked for 劳动节 2019
  })
  void knowsHolidaysAndWorkedWeekends(LocalDate day, boolean working) {
    assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
  }

  @ParameterizedTest(name = "{1} working days from {0} end on {2}")
  @CsvSource({
    "2023-03-01, 7, 2023-03-10", // no holiday: the start day does not count, weekends do not
    "2024-09-30, 7, 2024-10-15", // over 国庆节, counting the worked Saturday 10-12
    "2026-02-13, 7, 2026-03-02", // over 春节 2026, counting the worked Saturdays 02-14 and 02-28
    "2025-09-30, 3, 2025-10-11", // a withdrawal's three days over 国庆节 end on a worked Saturday
    "2020-01-20, 7, 2020-02-06", // over the extended 春节 2020
    "2024-05-06, 0, 2024-05-06",
    "2024-05-04, 1, 2024-05-06", // from a holiday, the first working day after it
  })
  void countsWorkingDaysWithoutTheStartDay(LocalDate start, int days, LocalDate end) {
    assertThat(calendar.plusWorkingDays(start, days)).isEqualTo(end);
    assertThat(calendar.workingDaysAfter(start, end)).isEqualTo(days);
  }

  @ParameterizedTest(name = "{1} calendar days from {0} end on {2}")
  @CsvSource({
    "2023-03-01, 30, 2023-03-31",
    "2024-09-25, 10, 2024-10-08", // 10-05 is a holiday: the limit moves to the next working day
    "2023-06-21, 3, 2023-06-25", // 06-24 is 端午节; the next day is a worked Sunday
  })
  void movesCalendarDayLimitsOffRestDays(LocalDate start, int days, LocalDate end) {
    assertThat(calendar.plusCalendarDays(start, days)).isEqualTo(end);
  }

  @Test
  void aPublicationEightWorkingDaysAfterItsDecisionAcrossAHolidayIsLate() {
    LocalDate decided = LocalDate.of(2024, 9, 27);
    LocalDate published = LocalDate.of(2024, 10, 14); // 8 working days later, over 国庆节
    assertThat(calendar.workingDaysAfter(decided, published)).isEqualTo(8);
    assertThat(published).isAfter(calendar.plusWorkingDays(decided, 7));
  }

  @Test
  void refusesYearsItDoesNotKnow() {
    assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2018, 12, 28)))
        .isInstanceOf(WorkingDayCalendar.UnknownYearException.class)
        .hasMessageContaining("covers 2019–2026")
        .hasMessageContaining("2018");
    assertThatThrownBy(() -> calendar.plusWorkingDays(LocalDate.of(2026, 12, 28), 7))
        .isInstanceOf(WorkingDayCalendar.UnknownYearException.class)
        .hasMessageContaining("2027");
  }

  @Test
  void everyYearOfTheTableHasItsHolidaysListed() {
    for (int year = 2019; year <= 2026; year++) {
      int rest = 0;
      for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
        rest += calendar.isWorkingDay(day) ? 0 : 1;
      }
      // 52 or 53 weekends plus 11 (from 2025: 13) holidays, give or take the adjusted weekends.
      assertThat(rest).as("rest days in %d", year).isBetween(112, 120);
    }
  }
}
