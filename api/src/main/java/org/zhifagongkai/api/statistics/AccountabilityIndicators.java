package org.zhifagongkai.api.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.agency.Agency;
import org.zhifagongkai.api.complaint.workorder.ComplaintStatistics;
import org.zhifagongkai.api.penalty.WithdrawalKind;

/**
 * Indicators of how one body has kept its duties over a period. Decision figures count every
 * penalty decision the body recorded dated in the period, whatever its publication status now
 * (withdrawn and expired ones were published too); complaint figures count the complaints about the
 * body filed in the period. Delays are in working days (工作日) of the official calendar.
 *
 * @param from the first day of the period; null for no bound
 * @param to the last day of the period; null for no bound
 * @param medianWorkingDaysToPublish the median, over decisions with a publication date, of the
 *     working days after the decision date up to the publication date; null when none can be
 *     counted (no publication date, or a year the calendar does not know)
 * @param medianWorkingDaysLate the median, over late publications, of the working days after the
 *     deadline up to the publication date; null when none was late
 */
public record AccountabilityIndicators(
    OffsetDateTime computedAt,
    Agency agency,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    int decisions,
    int publishedOnTime,
    int publishedLate,
    int publicationUnknown,
    @Nullable BigDecimal medianWorkingDaysToPublish,
    @Nullable BigDecimal medianWorkingDaysLate,
    int withdrawn,
    int withdrawnLate,
    List<WithdrawalCount> withdrawalsByKind,
    List<WithdrawalReasonCount> withdrawalsByReason,
    int decisionsApplyingTier,
    int finesBelowTier,
    int finesAboveTier,
    ComplaintStatistics complaints) {

  /** How many withdrawals were of one kind; a null kind for those recorded without one. */
  public record WithdrawalCount(@Nullable WithdrawalKind kind, int count) {}

  /** How many withdrawals gave one reason, word for word. */
  public record WithdrawalReasonCount(String reason, int count) {}

  /** The counts of {@link AccountabilityFigures#counts}. */
  record Counts(
      int decisions,
      int publishedOnTime,
      int publishedLate,
      int publicationUnknown,
      int withdrawn,
      int withdrawnLate,
      int decisionsApplyingTier,
      int finesBelowTier,
      int finesAboveTier) {}

  /** The dates of one decision's publication. */
  record PublicationDates(
      LocalDate decided, @Nullable LocalDate published, @Nullable LocalDate due) {}
}
