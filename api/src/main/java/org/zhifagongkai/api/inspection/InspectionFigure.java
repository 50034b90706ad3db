package org.zhifagongkai.api.inspection;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One figure of an indicator.
 *
 * @param value null where the records cannot give it (a share of nothing)
 * @param unit 件, 个, %, 个工作日 …
 */
public record InspectionFigure(String label, @Nullable BigDecimal value, String unit) {

  static InspectionFigure count(String label, long value, String unit) {
    return new InspectionFigure(label, BigDecimal.valueOf(value), unit);
  }

  /** {@code part} of {@code whole} in per cent, two places; null when the whole is nothing. */
  static InspectionFigure share(String label, long part, long whole) {
    return new InspectionFigure(
        label,
        whole == 0
            ? null
            : BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_UP),
        "%");
  }
}
