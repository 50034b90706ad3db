package org.zhifagongkai.api.search;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Bands of fines in yuan, for facets, filters and statistics; each includes its lower bound and
 * excludes its upper one. No fine, or a fine of zero, is {@link #NONE}.
 */
public enum AmountBand {
  NONE("无罚款", 0),
  UNDER_1K("1千元以下", 1_000),
  FROM_1K_TO_10K("1千至1万元", 10_000),
  FROM_10K_TO_100K("1万至10万元", 100_000),
  FROM_100K_TO_1M("10万至100万元", 1_000_000),
  FROM_1M("100万元以上", Long.MAX_VALUE);

  final String label;

  /** The fines of the band are below this many yuan. */
  private final long below;

  AmountBand(String label, long below) {
    this.label = label;
    this.below = below;
  }

  /** The band's name in Chinese, such as 1千至1万元. */
  public String label() {
    return label;
  }

  public static AmountBand of(@Nullable BigDecimal fine) {
    if (fine == null || fine.signum() == 0) {
      return NONE;
    }
    long yuan = fine.longValue();
    for (AmountBand band : values()) {
      if (band != NONE && yuan < band.below) {
        return band;
      }
    }
    return FROM_1M;
  }

  /**
   * The same banding as {@link #of} in SQL: an expression giving the band's name for the amount in
   * {@code column}.
   */
  public static String sqlCase(String column) {
    StringBuilder sql =
        new StringBuilder("(case when ")
            .append(column)
            .append(" is null or ")
            .append(column)
            .append(" = 0 then '")
            .append(NONE.name())
            .append('\'');
    for (AmountBand band : values()) {
      if (band != NONE && band != FROM_1M) {
        sql.append(" when ")
            .append(column)
            .append(" < ")
            .append(band.below)
            .append(" then '")
            .append(band.name())
            .append('\'');
      }
    }
    return sql.append(" else '").append(FROM_1M.name()).append("' end)").toString();
  }
}
