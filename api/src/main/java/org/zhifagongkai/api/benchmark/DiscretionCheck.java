package org.zhifagongkai.api.benchmark;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whether a decision's fine stays within the discretion benchmark tier its body applied (裁量基准,
 * 国办发〔2022〕27号) and within the range the benchmark gives the violation as a whole; and, in market
 * regulation, SAMR's rule that a lenient (从轻) fine lies in the lowest 30 % of the range and a
 * severe (从重) one in the highest 30 % (国市监法规〔2022〕2号).
 *
 * @param finding the outcome
 * @param reason why, in Chinese, for supervisors and open data; null when the fine conforms
 */
public record DiscretionCheck(Finding finding, @Nullable String reason) {

  /** The outcome of a check. */
  public enum Finding {
    /** The fine lies within the tier (and, where it applies, within SAMR's 30 % band). */
    WITHIN_TIER,
    /** Below the tier's lowest fine. */
    BELOW_TIER,
    /** Above the tier's highest fine. */
    ABOVE_TIER,
    /**
     * Within the tier, but a lenient fine above the lowest 30 % or a severe one below the highest.
     */
    OUTSIDE_SAMR_BAND,
    /**
     * Nothing to check: no tier recorded, no fine, or a tier set in multiples of an unknown base.
     */
    NOT_CHECKED
  }

  private static final BigDecimal THIRTY_PERCENT = new BigDecimal("0.3");

  /**
   * Checks {@code fine} against {@code tier}, one of {@code allTiers} of its violation.
   *
   * @param samrRule whether SAMR's 30 % rule applies (market regulation)
   */
  public static DiscretionCheck of(
      @Nullable BigDecimal fine,
      @Nullable BenchmarkTier tier,
      List<BenchmarkTier> allTiers,
      boolean samrRule) {
    if (fine == null || tier == null || tier.fineRange() == null) {
      return new DiscretionCheck(Finding.NOT_CHECKED, null);
    }
    BenchmarkTier.AmountRange range = tier.fineRange();
    if (range.min() != null && fine.compareTo(range.min()) < 0) {
      return new DiscretionCheck(
          Finding.BELOW_TIER, "罚款 " + yuan(fine) + " 元低于所适用裁量阶次的下限 " + yuan(range.min()) + " 元");
    }
    if (range.max() != null && fine.compareTo(range.max()) > 0) {
      return new DiscretionCheck(
          Finding.ABOVE_TIER, "罚款 " + yuan(fine) + " 元高于所适用裁量阶次的上限 " + yuan(range.max()) + " 元");
    }
    if (samrRule && (tier.tier() == TierKind.LENIENT || tier.tier() == TierKind.SEVERE)) {
      DiscretionCheck band = samrBand(fine, tier.tier(), allTiers);
      if (band != null) {
        return band;
      }
    }
    return new DiscretionCheck(Finding.WITHIN_TIER, null);
  }

  private static @Nullable DiscretionCheck samrBand(
      BigDecimal fine, TierKind kind, List<BenchmarkTier> allTiers) {
    List<BenchmarkTier.AmountRange> ranges =
        allTiers.stream().map(BenchmarkTier::fineRange).filter(Objects::nonNull).toList();
    if (ranges.isEmpty() || ranges.stream().anyMatch(r -> r.min() == null || r.max() == null)) {
      return null; // an open range has no 30 %
    }
    BigDecimal low =
        ranges.stream().map(BenchmarkTier.AmountRange::min).min(BigDecimal::compareTo).get();
    BigDecimal high =
        ranges.stream().map(BenchmarkTier.AmountRange::max).max(BigDecimal::compareTo).get();
    BigDecimal span = high.subtract(low).multiply(THIRTY_PERCENT);
    if (kind == TierKind.LENIENT) {
      BigDecimal limit = low.add(span).setScale(2, RoundingMode.HALF_UP);
      return fine.compareTo(limit) > 0
          ? new DiscretionCheck(
              Finding.OUTSIDE_SAMR_BAND,
              "从轻处罚的罚款 " + yuan(fine) + " 元超出法定幅度最低 30%（" + yuan(limit) + " 元以下）")
          : null;
    }
    BigDecimal limit = high.subtract(span).setScale(2, RoundingMode.HALF_UP);
    return fine.compareTo(limit) < 0
        ? new DiscretionCheck(
            Finding.OUTSIDE_SAMR_BAND,
            "从重处罚的罚款 " + yuan(fine) + " 元未达法定幅度最高 30%（" + yuan(limit) + " 元以上）")
        : null;
  }

  private static String yuan(BigDecimal amount) {
    return amount.stripTrailingZeros().toPlainString();
  }
}
