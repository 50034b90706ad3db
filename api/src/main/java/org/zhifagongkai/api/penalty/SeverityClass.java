package org.zhifagongkai.api.penalty;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How serious a penalty is for its publication period: 轻微 (minor), 一般 (general) or 严重 (serious), as
 * the credit rules class dishonesty information.
 */
public enum SeverityClass {
  /** 轻微. */
  MINOR,
  /** 一般. */
  GENERAL,
  /** 严重. */
  SERIOUS;

  /** Penalties that end or restrict a business or a licence: never minor, never repaired early. */
  private static final Set<PenaltyKind> SERIOUS_KINDS =
      EnumSet.of(
          PenaltyKind.LICENCE_REVOCATION,
          PenaltyKind.QUALIFICATION_DOWNGRADE,
          PenaltyKind.BUSINESS_RESTRICTION,
          PenaltyKind.ORDER_TO_SUSPEND_BUSINESS,
          PenaltyKind.ORDER_TO_CLOSE,
          PenaltyKind.PRACTICE_RESTRICTION,
          PenaltyKind.ADMINISTRATIVE_DETENTION);

  private static final Set<PenaltyKind> MINOR_KINDS =
      EnumSet.of(PenaltyKind.WARNING, PenaltyKind.CIRCULATED_CRITICISM);

  /**
   * The class of a penalty: serious when it ends or restricts a business or licence; minor when it
   * is only a warning or 通报批评, or only a fine (with 警告 or 通报批评 at most) below {@code lowerFine}
   * yuan (较低数额罚款, set by the province); general otherwise.
   */
  public static SeverityClass of(
      Set<PenaltyKind> kinds, @Nullable BigDecimal fine, BigDecimal lowerFine) {
    if (kinds.stream().anyMatch(SERIOUS_KINDS::contains)) {
      return SERIOUS;
    }
    Set<PenaltyKind> rest = EnumSet.copyOf(kinds);
    rest.removeAll(MINOR_KINDS);
    if (rest.isEmpty()) {
      return MINOR;
    }
    boolean lowFineOnly =
        rest.equals(EnumSet.of(PenaltyKind.FINE)) && fine != null && fine.compareTo(lowerFine) < 0;
    return lowFineOnly ? MINOR : GENERAL;
  }
}
