package org.zhifagongkai.api.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscretionCheckTest {

  /** A statutory range of 10,000–100,000 yuan cut into three tiers. */
  private static final BenchmarkTier LENIENT = tier(1, TierKind.LENIENT, "10000", "37000");

  private static final BenchmarkTier ORDINARY = tier(2, TierKind.ORDINARY, "37000", "73000");
  private static final BenchmarkTier SEVERE = tier(3, TierKind.SEVERE, "73000", "100000");
  private static final List<BenchmarkTier> ALL = List.of(LENIENT, ORDINARY, SEVERE);

  private static BenchmarkTier tier(int seq, TierKind kind, String min, String max) {
    return new BenchmarkTier(
        seq,
        1,
        seq,
        kind,
        null,
        "",
        List.of(),
        new BenchmarkTier.AmountRange(new BigDecimal(min), new BigDecimal(max)),
        null,
        "");
  }

  @ParameterizedTest(name = "{1} tier, {0} yuan, SAMR rule {2}: {3}")
  @CsvSource({
    "20000, LENIENT, false, WITHIN_TIER",
    "9999.99, LENIENT, false, BELOW_TIER",
    "37000.01, LENIENT, false, ABOVE_TIER",
    "37000, LENIENT, false, WITHIN_TIER",
    // SAMR: 从轻 in the lowest 30 % of 10,000–100,000, i.e. at most 37,000.
    "37000, LENIENT, true, WITHIN_TIER",
    "36000, LENIENT, true, WITHIN_TIER",
    // 从重 at least 73,000.
    "73000, SEVERE, true, WITHIN_TIER",
    "72999, SEVERE, true, BELOW_TIER",
    "50000, ORDINARY, true, WITHIN_TIER",
    ", ORDINARY, false, NOT_CHECKED",
  })
  void checksTheFineAgainstItsTier(
      @Nullable BigDecimal fine, TierKind kind, boolean samr, DiscretionCheck.Finding finding) {
    BenchmarkTier tier = ALL.stream().filter(t -> t.tier() == kind).findFirst().orElseThrow();
    assertThat(DiscretionCheck.of(fine, tier, ALL, samr).finding()).isEqualTo(finding);
  }

  @ParameterizedTest(name = "{0} yuan in a tier wider than SAMR allows")
  @CsvSource({"40000, LENIENT, OUTSIDE_SAMR_BAND", "60000, SEVERE, OUTSIDE_SAMR_BAND"})
  void flagsLenientAndSevereFinesOutsideSamrsThirtyPercent(
      BigDecimal fine, TierKind kind, DiscretionCheck.Finding finding) {
    // A body's tiers that overlap the middle of the range: 从轻 up to 50,000, 从重 from 50,000.
    BenchmarkTier lenient = tier(1, TierKind.LENIENT, "10000", "50000");
    BenchmarkTier severe = tier(2, TierKind.SEVERE, "50000", "100000");
    BenchmarkTier tier = kind == TierKind.LENIENT ? lenient : severe;
    DiscretionCheck check = DiscretionCheck.of(fine, tier, List.of(lenient, severe), true);
    assertThat(check.finding()).isEqualTo(finding);
    assertThat(check.reason()).contains("30%");
  }

  @ParameterizedTest(name = "reason for {0}")
  @CsvSource({"9000, 罚款 9000 元低于所适用裁量阶次的下限 10000 元"})
  void explainsInChinese(BigDecimal fine, String reason) {
    assertThat(DiscretionCheck.of(fine, LENIENT, ALL, false).reason()).isEqualTo(reason);
  }
}
