package org.zhifagongkai.api.statistics;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.penalty.DecisionCriteria;

/**
 * Figures of the published penalty decisions a filter selects, overall and per group. Amounts are
 * in yuan.
 *
 * @param count how many decisions the filter selects: the listing's {@code totalCount}
 * @param totalFine the sum of their fines (0 when none fines)
 * @param medianFine the median of the fines above zero; null when no decision fines
 * @param criteria the resolved filter, for the figures answered on demand
 */
public record PenaltyStatistics(
    OffsetDateTime computedAt,
    List<StatisticsDimension> groupBy,
    int count,
    BigDecimal totalFine,
    @Nullable BigDecimal medianFine,
    List<Group> groups,
    DecisionCriteria criteria) {

  /** The decisions that share one value in each dimension grouped by. */
  public record Group(
      List<Key> keys, int count, BigDecimal totalFine, @Nullable BigDecimal medianFine) {}

  /**
   * One dimension's value of a group.
   *
   * @param value the code: an agency id, region code, field code, enum name, year ({@code 2024}),
   *     month ({@code 2024-05}) or provision id; null for decisions that record no field
   * @param label the value in words, in Chinese
   */
  public record Key(StatisticsDimension dimension, @Nullable String value, String label) {}

  /** The figures of one set of decisions. */
  record Figures(int count, BigDecimal totalFine, @Nullable BigDecimal medianFine) {}
}
