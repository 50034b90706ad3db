package org.zhifagongkai.api.penalty;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;

/**
 * A decision's amounts agree with its penalty kinds: the fine (罚款金额) belongs to {@link
 * PenaltyKind#FINE}, which states one above zero, and the amount confiscated (没收违法所得、没收非法财物金额)
 * belongs to a confiscation. The severity class, and so the publication term, is read from the
 * kinds and the fine together: a warning carrying a large fine would be published as minor, for
 * three months. Amounts are yuan.
 */
final class PenaltyAmounts {

  private PenaltyAmounts() {}

  /** INVALID_AMOUNT_RANGE when the amounts and {@code kinds} disagree. */
  static void requireAgreement(
      List<PenaltyKind> kinds, @Nullable BigDecimal fine, @Nullable BigDecimal confiscation) {
    boolean fines = kinds.contains(PenaltyKind.FINE);
    if (!fines && fine != null) {
      throw new PortalException(
          ErrorCode.INVALID_AMOUNT_RANGE,
          "处罚种类未含罚款，不能载明罚款金额：" + fine.toPlainString() + " 元",
          "A fine amount needs FINE among the penalty kinds: " + fine.toPlainString() + " yuan");
    }
    if (fines && (fine == null || fine.signum() <= 0)) {
      throw new PortalException(
          ErrorCode.INVALID_AMOUNT_RANGE,
          "处罚种类含罚款的，须载明大于零的罚款金额",
          "A decision imposing FINE states a fine amount above zero");
    }
    if (confiscation != null && confiscation.signum() <= 0) {
      throw new PortalException(
          ErrorCode.INVALID_AMOUNT_RANGE,
          "载明没收金额的，须大于零（无金额的不填）",
          "A confiscated amount, where stated, is above zero (leave it out when there is none)");
    }
    if (confiscation != null && !confiscates(kinds)) {
      throw new PortalException(
          ErrorCode.INVALID_AMOUNT_RANGE,
          "处罚种类未含没收违法所得或没收非法财物，不能载明没收金额：" + confiscation.toPlainString() + " 元",
          "A confiscated amount needs CONFISCATION_OF_ILLEGAL_GAINS or"
              + " CONFISCATION_OF_ILLEGAL_PROPERTY among the penalty kinds: "
              + confiscation.toPlainString()
              + " yuan");
    }
  }

  static boolean confiscates(List<PenaltyKind> kinds) {
    return kinds.contains(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS)
        || kinds.contains(PenaltyKind.CONFISCATION_OF_ILLEGAL_PROPERTY);
  }
}
