package org.zhifagongkai.api.opendata;

import org.springframework.stereotype.Component;
import org.zhifagongkai.api.changes.ChangeFeedService;
import reactor.core.publisher.Mono;

/**
 * Whether a dump still shows only what is published. A dump of penalty decisions holds them as they
 * stood when it was read; once any decision is withdrawn, ended early, expires or is corrected
 * after that, by whatever path (the change log's triggers note them all), the dump must leave
 * public view: a withdrawn publication is taken down within 3 working days (R1.4), and the dump
 * would otherwise serve it until replaced. The other datasets hold no decisions, so their dumps
 * stay current.
 */
@Component
class DumpCurrency {

  private final ChangeFeedService changes;

  DumpCurrency(ChangeFeedService changes) {
    this.changes = changes;
  }

  /** The horizon to record with a dump whose rows are read after this completes. */
  Mono<Long> horizon() {
    return changes.horizon();
  }

  /**
   * False for a dump of decisions that a removal since its horizon makes out of date, or whose
   * horizon is unknown; true otherwise.
   */
  Mono<Boolean> isCurrent(DumpFiles.Dump dump) {
    if (!dump.dataset().equals(DecisionDataset.NAME)) {
      return Mono.just(true);
    }
    Long horizon = dump.horizon();
    return horizon == null
        ? Mono.just(false)
        : changes.removedSince(horizon).map(removed -> !removed);
  }
}
