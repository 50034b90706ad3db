package org.zhifagongkai.api.penalty;

import java.util.function.Supplier;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Where a decision's texts are masked: dozens of patterns read texts of up to 50,000 characters,
 * which takes a second or more, and on the database driver's or the HTTP server's event loop every
 * other request would wait for it.
 */
final class Masking {

  static final Scheduler SCHEDULER = Schedulers.boundedElastic();

  private Masking() {}

  static <T> Mono<T> offEventLoops(Supplier<T> work) {
    return Mono.fromSupplier(work).subscribeOn(SCHEDULER);
  }
}
