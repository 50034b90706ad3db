package org.zhifagongkai.api.benchmark;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.penalty.PenaltyKind;

/**
 * One tier of a violation. Fines are exact yuan; multiples are of {@code MultipleRange.base}
 * (违法所得…). {@code wording} keeps the benchmark's own text beside the parsed numbers.
 */
public record BenchmarkTier(
    long id,
    long violationId,
    int seq,
    TierKind tier,
    @Nullable Circumstance circumstance,
    String conditions,
    List<PenaltyKind> penaltyKinds,
    @Nullable AmountRange fineRange,
    @Nullable MultipleRange multipleRange,
    String wording) {

  /** An amount range in yuan; either end may be open (null). */
  public record AmountRange(@Nullable BigDecimal min, @Nullable BigDecimal max) {}

  /** A range of multiples of {@code base}; either end may be open (null). */
  public record MultipleRange(@Nullable BigDecimal min, @Nullable BigDecimal max, String base) {}
}
