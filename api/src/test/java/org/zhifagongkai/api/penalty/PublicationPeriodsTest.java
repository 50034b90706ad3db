package org.zhifagongkai.api.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicationPeriodsTest {

  @ParameterizedTest(name = "{0} in {1}, decided {2}, published {3}: {4} to {5}, {6}")
  @CsvSource({
    // SAMR 令45号: counted from publication; 3 years, 3 months for minor penalties.
    "GENERAL, MARKET_REGULATION, 2024-03-10, 2024-03-15, 2025-03-14, 2027-03-14, 令第45号",
    "MINOR, MARKET_REGULATION, 2024-03-10, 2024-03-15, 2024-03-14, 2024-06-14, 令第45号",
    // Before 令45号 took effect, the general credit rules applied to market regulation too.
    "GENERAL, MARKET_REGULATION, 2021-08-31, 2021-09-03, 2021-11-29, 2022-08-30, 527号",
    // 令36号 from 2026-04-01: counted from the decision.
    "GENERAL, ECOLOGY, 2026-05-06, 2026-05-12, 2026-08-05, 2027-05-05, 令第36号",
    "SERIOUS, ECOLOGY, 2026-04-01, 2026-04-03, 2027-03-31, 2029-03-31, 令第36号",
    "MINOR, ECOLOGY, 2026-04-01, 2026-04-03, 2026-03-31, 2026-06-30, 令第36号",
    // 令58号 from 2023-05-01; the day before, the 2019 notice.
    "SERIOUS, ECOLOGY, 2024-01-10, 2024-01-12, 2025-01-09, 2027-01-09, 令第58号",
    "SERIOUS, ECOLOGY, 2023-04-30, 2023-05-04, 2023-10-29, 2026-04-29, 527号",
    "GENERAL, URBAN_MANAGEMENT, 2020-06-01, 2020-06-05, 2020-08-31, 2021-05-31, 527号",
  })
  void termsFollowTheRuleInForceOnTheDecisionDay(
      SeverityClass severity,
      String field,
      LocalDate decided,
      LocalDate published,
      LocalDate minUntil,
      LocalDate maxUntil,
      String rule) {
    PublicationPeriods.Term term = PublicationPeriods.of(severity, field, decided, published);
    assertThat(term.minUntil()).isEqualTo(minUntil);
    assertThat(term.maxUntil()).isEqualTo(maxUntil);
    assertThat(term.rule()).contains(rule);
  }

  @ParameterizedTest(name = "{0} with a fine of {1}: {2}")
  @CsvSource({
    "WARNING, , MINOR",
    "WARNING CIRCULATED_CRITICISM, , MINOR",
    "FINE, 4999.99, MINOR",
    "WARNING FINE, 200, MINOR",
    "FINE, 5000, GENERAL",
    "FINE CONFISCATION_OF_ILLEGAL_GAINS, 200, GENERAL",
    "FINE LICENCE_SUSPENSION, 200, GENERAL",
    "FINE LICENCE_REVOCATION, 200, SERIOUS",
    "WARNING ORDER_TO_SUSPEND_BUSINESS, , SERIOUS",
    "PRACTICE_RESTRICTION, , SERIOUS",
  })
  void classesPenaltiesBySeverity(String kinds, @Nullable BigDecimal fine, SeverityClass expected) {
    Set<PenaltyKind> set =
        Arrays.stream(kinds.split(" "))
            .map(PenaltyKind::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(PenaltyKind.class)));
    assertThat(SeverityClass.of(set, fine, new BigDecimal("5000"))).isEqualTo(expected);
  }
}
