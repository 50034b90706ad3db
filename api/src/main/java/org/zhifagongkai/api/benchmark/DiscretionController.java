package org.zhifagongkai.api.benchmark;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.penalty.PenaltyDecision;
import reactor.core.publisher.Mono;

/** Each decision's fine checked against the benchmark tier its body applied. */
@Controller
class DiscretionController {

  private static final String MARKET_REGULATION = "MARKET_REGULATION";

  private final BenchmarkService benchmarks;

  DiscretionController(BenchmarkService benchmarks) {
    this.benchmarks = benchmarks;
  }

  @BatchMapping(typeName = "PenaltyDecision")
  Mono<Map<PenaltyDecision, DiscretionCheck>> discretion(Collection<PenaltyDecision> decisions) {
    List<Long> tierIds =
        decisions.stream().map(PenaltyDecision::benchmarkTierId).filter(Objects::nonNull).toList();
    return benchmarks
        .tiersByIds(tierIds)
        .collectMap(BenchmarkTier::id)
        .flatMap(
            tiers ->
                benchmarks
                    .tiersOf(tiers.values().stream().map(BenchmarkTier::violationId).toList())
                    .collectMultimap(BenchmarkTier::violationId)
                    .map(
                        siblings -> {
                          Map<PenaltyDecision, DiscretionCheck> checks = new LinkedHashMap<>();
                          for (PenaltyDecision decision : decisions) {
                            BenchmarkTier tier =
                                decision.benchmarkTierId() == null
                                    ? null
                                    : tiers.get(decision.benchmarkTierId());
                            List<BenchmarkTier> all =
                                tier == null
                                    ? List.of()
                                    : List.copyOf(
                                        siblings.getOrDefault(tier.violationId(), List.of()));
                            checks.put(
                                decision,
                                DiscretionCheck.of(
                                    decision.fineAmount(),
                                    tier,
                                    all,
                                    MARKET_REGULATION.equals(decision.fieldCode())));
                          }
                          return checks;
                        }));
  }
}
