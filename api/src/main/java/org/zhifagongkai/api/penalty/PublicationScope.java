package org.zhifagongkai.api.penalty;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;

/**
 * Penalties outside the scope of publication by their kind (R2.7(d), R3.1): SAMR 令45号 Art. 2 ¶2
 * publishes no market-regulation penalty that is only a warning. The portal's daily check reports
 * any such decision shown as BEYOND_SCOPE; publication, corrections and imports refuse them first.
 */
public final class PublicationScope {

  /** The field whose warnings alone SAMR does not publish. */
  public static final String MARKET_REGULATION = "MARKET_REGULATION";

  private PublicationScope() {}

  /** Whether {@code kinds} are a warning and nothing else. */
  public static boolean warningOnly(List<PenaltyKind> kinds) {
    return !kinds.isEmpty() && kinds.stream().allMatch(PenaltyKind.WARNING::equals);
  }

  /** NOT_PUBLISHABLE for a market-regulation decision that only warns. */
  static void refuseWarningOnly(@Nullable String fieldCode, List<PenaltyKind> kinds) {
    if (MARKET_REGULATION.equals(fieldCode) && warningOnly(kinds)) {
      throw new PortalException(
          ErrorCode.NOT_PUBLISHABLE,
          "仅处警告的市场监管行政处罚不予公示（市场监管总局令第45号第二条）",
          "A market-regulation penalty that is only a warning is not published (SAMR Order 45,"
              + " Art. 2)");
    }
  }
}
