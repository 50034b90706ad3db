package org.zhifagongkai.api.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.findings.PublicationFindingCount;
import org.zhifagongkai.api.statistics.AccountabilityIndicators;
import org.zhifagongkai.api.statistics.CatalogueIndicators;
import org.zhifagongkai.api.statistics.IndicatorService.ItemDecisions;

/** Everything the report's indicators are computed from, gathered once. */
record ReportFacts(
    String regionCode,
    LocalDate from,
    LocalDate to,
    CatalogueIndicators catalogue,
    List<ItemDecisions> highFrequency,
    int bodies,
    int bodiesWithItems,
    List<AccountabilityIndicators> accountability,
    List<PublicationFindingCount> openFindings,
    Map<String, Integer> noPenaltyEntries) {

  int sum(java.util.function.ToIntFunction<AccountabilityIndicators> figure) {
    return accountability.stream().mapToInt(figure).sum();
  }

  /** The mean rating over every body's rated complaints, weighted by how many each had rated. */
  @Nullable BigDecimal satisfaction() {
    BigDecimal total = BigDecimal.ZERO;
    int rated = 0;
    for (AccountabilityIndicators body : accountability) {
      BigDecimal mean = body.complaints().satisfaction();
      if (mean != null) {
        total = total.add(mean.multiply(BigDecimal.valueOf(body.complaints().rated())));
        rated += body.complaints().rated();
      }
    }
    return rated == 0 ? null : total.divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP);
  }
}
