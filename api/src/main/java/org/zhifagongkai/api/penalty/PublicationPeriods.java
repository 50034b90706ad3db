package org.zhifagongkai.api.penalty;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How long a penalty decision stays published: the earliest day it may be taken down on a credit
 * repair (信用修复) and the last day it is shown, by the rules in force on the day of the decision.
 *
 * <p>The rules, by decision date (sources in {@code shared/docs/domain-rules.md} R3.4–R3.8):
 *
 * <ul>
 *   <li>market regulation (SAMR 令45号, from 2021-09-01): minor (通报批评 or a lower fine) 3 months,
 *       others 3 years, counted from publication; repair of others after 1 year;
 *   <li>from 2026-04-01 (NDRC 令36号): minor at most 3 months, general 3 months to 1 year, serious 1
 *       to 3 years, counted from the decision;
 *   <li>from 2023-05-01 (NDRC 令58号): general 3 months to 1 year, serious 1 to 3 years; minor
 *       penalties are read as 令36号 states them, at most 3 months;
 *   <li>before (the 2019 notice, applied to older decisions too): general 3 months to 1 year,
 *       serious 6 months to 3 years; minor as general.
 * </ul>
 *
 * Where the sources are unverified (the minimum before a SAMR repair, 令58号's minor class) the
 * figures above are this portal's reading; they are data in this one class, to correct in one
 * place.
 */
public final class PublicationPeriods {

  static final LocalDate SAMR_FROM = LocalDate.of(2021, 9, 1);
  static final LocalDate NDRC_58_FROM = LocalDate.of(2023, 5, 1);
  static final LocalDate NDRC_36_FROM = LocalDate.of(2026, 4, 1);

  private static final String MARKET_REGULATION = "MARKET_REGULATION";

  private PublicationPeriods() {}

  /**
   * A decision's publication term (公示期限): the rule that fixed it, its first day, the last day
   * before which a credit repair cannot end it, and the last day it is shown.
   */
  public record Term(String rule, LocalDate from, LocalDate minUntil, LocalDate maxUntil) {}

  /** One row of the period table: minimum and maximum for each class. */
  private record Rule(
      String name, boolean fromPublication, List<Period> minimum, List<Period> maximum) {

    Term apply(SeverityClass severity, LocalDate decided, LocalDate published) {
      LocalDate from = fromPublication ? published : decided;
      int i = severity.ordinal();
      // The last day shown is the day before the period's anniversary.
      return new Term(
          name,
          from,
          from.plus(minimum.get(i)).minusDays(1),
          from.plus(maximum.get(i)).minusDays(1));
    }
  }

  private static final Rule SAMR =
      new Rule(
          "市场监督管理行政处罚信息公示规定（市场监管总局令第45号）第十三条",
          true,
          List.of(Period.ZERO, Period.ofYears(1), Period.ofYears(1)),
          List.of(Period.ofMonths(3), Period.ofYears(3), Period.ofYears(3)));
  private static final Rule NDRC_36 =
      new Rule(
          "信用修复管理办法（国家发展改革委令第36号）",
          false,
          List.of(Period.ZERO, Period.ofMonths(3), Period.ofYears(1)),
          List.of(Period.ofMonths(3), Period.ofYears(1), Period.ofYears(3)));
  private static final Rule NDRC_58 =
      new Rule(
          "失信行为纠正后的信用信息修复管理办法（试行）（国家发展改革委令第58号）",
          false,
          List.of(Period.ZERO, Period.ofMonths(3), Period.ofYears(1)),
          List.of(Period.ofMonths(3), Period.ofYears(1), Period.ofYears(3)));
  private static final Rule NOTICE_2019 =
      new Rule(
          "发改办财金〔2019〕527号",
          false,
          List.of(Period.ofMonths(3), Period.ofMonths(3), Period.ofMonths(6)),
          List.of(Period.ofYears(1), Period.ofYears(1), Period.ofYears(3)));

  /** The period of a decision of {@code severity} in {@code field}, decided and published then. */
  public static Term of(
      SeverityClass severity, @Nullable String field, LocalDate decided, LocalDate published) {
    Rule rule;
    if (MARKET_REGULATION.equals(field) && !decided.isBefore(SAMR_FROM)) {
      rule = SAMR;
    } else if (!decided.isBefore(NDRC_36_FROM)) {
      rule = NDRC_36;
    } else if (!decided.isBefore(NDRC_58_FROM)) {
      rule = NDRC_58;
    } else {
      rule = NOTICE_2019;
    }
    return rule.apply(severity, decided, published);
  }
}
