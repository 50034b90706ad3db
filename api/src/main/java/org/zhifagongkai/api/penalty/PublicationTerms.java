package org.zhifagongkai.api.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.calendar.WorkingDayCalendar;

/** The dates the law sets for one decision: when it must be published and how long it stays. */
@Component
public class PublicationTerms {

  private final WorkingDayCalendar calendar;
  private final PublicationPolicy policy;

  public PublicationTerms(WorkingDayCalendar calendar, PublicationPolicy policy) {
    this.calendar = calendar;
    this.policy = policy;
  }

  /** What the rules fix for a decision when it is published. */
  public record Fixed(
      SeverityClass severity, PublicationPeriods.Term term, @Nullable LocalDate publicationDue) {}

  /**
   * The term counts from {@code decided} however it is known (a date from the number's year is the
   * year's first day, so the term ends no later than the true one would); the publication deadline
   * only from a date that is the decision's own day ({@link DecisionDateBasis#exact}): a body is
   * not called late on an estimate.
   */
  public Fixed fix(
      PartyKind party,
      List<PenaltyKind> kinds,
      @Nullable BigDecimal fine,
      @Nullable String field,
      LocalDate decided,
      DecisionDateBasis basis,
      LocalDate published) {
    SeverityClass severity =
        SeverityClass.of(EnumSet.copyOf(kinds), fine, policy.lowerFineFor(party));
    return new Fixed(
        severity,
        PublicationPeriods.of(severity, field, decided, published),
        basis.exact() ? workingDaysAfter(decided, policy.deadlineFor(field)) : null);
  }

  /** The last day to withdraw a decision after the act that requires it. */
  public @Nullable LocalDate withdrawalDue(LocalDate cause) {
    return workingDaysAfter(cause, policy.withdrawalWorkingDays());
  }

  /** Null for days the calendar does not cover (old imported decisions): lateness is unknown. */
  private @Nullable LocalDate workingDaysAfter(LocalDate start, int days) {
    try {
      return calendar.plusWorkingDays(start, days);
    } catch (WorkingDayCalendar.UnknownYearException outsideTheCalendar) {
      return null;
    }
  }
}
