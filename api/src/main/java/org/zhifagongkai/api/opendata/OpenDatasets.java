package org.zhifagongkai.api.opendata;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.benchmark.BenchmarkService;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.item.EnforcementItemService;
import org.zhifagongkai.api.nopenalty.NoPenaltyService;
import org.zhifagongkai.api.penalty.PenaltyDecisionService;

/** The datasets the portal publishes whole, in the order the catalogue lists them. */
@Component
class OpenDatasets {

  private final List<OpenDataset> all;

  OpenDatasets(
      PenaltyDecisionService decisions,
      EnforcementItemService items,
      BenchmarkService benchmarks,
      NoPenaltyService noPenalty) {
    this.all =
        List.of(
            DecisionDataset.of(decisions),
            ItemDataset.of(items),
            BenchmarkDataset.of(benchmarks),
            NoPenaltyDataset.of(noPenalty));
  }

  List<OpenDataset> all() {
    return all;
  }

  OpenDataset named(String name) {
    return all.stream()
        .filter(dataset -> dataset.name().equals(name))
        .findFirst()
        .orElseThrow(() -> PortalException.notFound("开放数据集", "open dataset", name));
  }
}
