package org.zhifagongkai.api.search;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Bands of fines, for facets and filters; each includes its lower bound. */
public enum AmountBand {
  NONE("无罚款"),
  UNDER_1K("1千元以下"),
  FROM_1K_TO_10K("1千至1万元"),
  FROM_10K_TO_100K("1万至10万元"),
  FROM_100K_TO_1M("10万至100万元"),
  FROM_1M("100万元以上");

  final String label;

  AmountBand(String label) {
    this.label = label;
  }

  static AmountBand of(@Nullable BigDecimal fine) {
    if (fine == null || fine.signum() == 0) {
      return NONE;
    }
    long yuan = fine.longValue();
    if (yuan < 1_000) {
      return UNDER_1K;
    }
    if (yuan < 10_000) {
      return FROM_1K_TO_10K;
    }
    if (yuan < 100_000) {
      return FROM_10K_TO_100K;
    }
    return yuan < 1_000_000 ? FROM_100K_TO_1M : FROM_1M;
  }
}
