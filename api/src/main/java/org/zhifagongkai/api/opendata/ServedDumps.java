package org.zhifagongkai.api.opendata;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The dumps that may be served: those on disk that are {@link DumpCurrency current}. A dump of
 * decisions made out of date by a removal or a correction is withheld from the listing, the
 * catalogue and download from the moment the removal commits, and the day's dump is written again
 * without it.
 *
 * <p>Why withhold and rewrite rather than filter the file as it is served: a dump is a gzip file of
 * up to a million rows, served with its length, ETag and byte ranges; cutting rows out on the fly
 * would cost a decompression per download and break all three. Asking the change log is one index
 * probe per dump, and it catches every path that removes a decision, not only those that raise an
 * event.
 */
@Component
class ServedDumps {

  private final DumpFiles files;
  private final DumpCurrency currency;
  private final DailyDumps writer;

  ServedDumps(DumpFiles files, DumpCurrency currency, DailyDumps writer) {
    this.files = files;
    this.currency = currency;
    this.writer = writer;
  }

  /** Every current dump, newest first, then by name. */
  Mono<List<DumpFiles.Dump>> all() {
    return Flux.fromIterable(files.all()).concatMap(this::ifCurrent).collectList();
  }

  /** The current dump named {@code fileName}; empty for any other name. */
  Mono<Optional<DumpFiles.Dump>> named(String fileName) {
    return Flux.fromIterable(files.all())
        .filter(dump -> dump.fileName().equals(fileName))
        .concatMap(this::ifCurrent)
        .next()
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty());
  }

  /** Where {@code dump} is on disk. */
  java.nio.file.Path path(DumpFiles.Dump dump) {
    return files.path(dump);
  }

  private Mono<DumpFiles.Dump> ifCurrent(DumpFiles.Dump dump) {
    return currency
        .isCurrent(dump)
        .flatMap(
            current -> {
              if (!current) {
                writer.refresh(); // deletes it and writes the day's again
              }
              return current ? Mono.just(dump) : Mono.empty();
            });
  }
}
