package org.zhifagongkai.api.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Writes a dated full dump of every dataset in both formats each night (Asia/Shanghai), at start-up
 * when today's are missing, and when a dump of decisions goes out of date ({@link DumpCurrency}),
 * so that a newsroom can fetch a whole day's copy in one file and compare days. Dumps stream from
 * the database into gzip like any export: a million rows hold no more memory than a hundred.
 * Writing runs one at a time; a request to write while it runs is served by one more run after.
 */
@Component
class DailyDumps implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DailyDumps.class);

  private final OpenDataService exports;
  private final OpenDatasets datasets;
  private final DumpFiles files;
  private final DumpCurrency currency;
  private final Clock clock;
  private final boolean enabled;
  private final AtomicBoolean writing = new AtomicBoolean();
  private final AtomicBoolean requested = new AtomicBoolean();
  private volatile boolean running;

  DailyDumps(
      OpenDataService exports,
      OpenDatasets datasets,
      DumpFiles files,
      DumpCurrency currency,
      Clock clock,
      @Value("${portal.open-data.dumps:true}") boolean enabled) {
    this.exports = exports;
    this.datasets = datasets;
    this.files = files;
    this.currency = currency;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Scheduled(cron = "0 30 2 * * *", zone = "Asia/Shanghai")
  void nightly() {
    refresh();
  }

  /**
   * Soon, in the background: deletes the dumps out of date and writes today's that are missing.
   * Returns at once; while a run is under way, asks for one more after it.
   */
  void refresh() {
    if (!enabled) {
      return;
    }
    requested.set(true);
    if (!writing.compareAndSet(false, true)) {
      return;
    }
    Mono.defer(
            () -> {
              requested.set(false);
              return write(LocalDate.now(clock));
            })
        .repeat(requested::get)
        .doFinally(
            signal -> {
              writing.set(false);
              if (requested.get()) {
                refresh(); // asked for between the last run's end and now
              }
            })
        .subscribe();
  }

  /**
   * Deletes the dumps out of date, then writes the dumps of {@code day} that are missing; completes
   * when all are in place.
   */
  Mono<Void> write(LocalDate day) {
    return removeOutOfDate()
        .thenMany(Flux.fromIterable(datasets.all()))
        .concatMap(
            dataset ->
                Flux.fromArray(ExportFormat.values())
                    .filter(format -> !files.exists(dataset.name(), day, format))
                    .concatMap(format -> write(dataset.name(), day, format)))
        .then();
  }

  private Mono<Void> removeOutOfDate() {
    return Flux.fromIterable(files.all())
        .filterWhen(dump -> currency.isCurrent(dump).map(current -> !current))
        .publishOn(Schedulers.boundedElastic())
        .doOnNext(
            dump -> {
              try {
                files.delete(dump);
                log.info("Deleted the dump {}: a decision in it left public view", dump.fileName());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        // Still withheld while on disk (ServedDumps); the next run tries again.
        .doOnError(e -> log.error("Could not delete the dumps out of date", e))
        .onErrorComplete()
        .then();
  }

  private Mono<Void> write(String dataset, LocalDate day, ExportFormat format) {
    // The horizon is read before the export's rows, so any removal the rows miss is after it.
    return currency
        .horizon()
        .flatMap(
            horizon ->
                exports
                    .export(dataset, format, Map.of())
                    .flatMap(
                        export ->
                            Mono.using(
                                () -> new Target(files.partFile(dataset, day, format)),
                                target ->
                                    export
                                        .chunks()
                                        .publishOn(Schedulers.boundedElastic())
                                        .doOnNext(target::write)
                                        .then(Mono.fromCallable(target::finish)),
                                Target::discard))
                    .flatMap(
                        part ->
                            Mono.fromCallable(
                                () -> {
                                  files.publish(part, dataset, day, format, horizon);
                                  return part;
                                })))
        .subscribeOn(Schedulers.boundedElastic())
        .doOnError(e -> log.error("The {} dump of {} for {} failed", format, dataset, day, e))
        .onErrorComplete()
        .then();
  }

  /** A dump being written: gzip over a part file, deleted unless finished. */
  private static final class Target {
    private final Path part;
    private final OutputStream out;
    private boolean finished;

    Target(Path part) throws IOException {
      this.part = part;
      this.out = new GZIPOutputStream(Files.newOutputStream(part), 1 << 16);
    }

    void write(String chunk) {
      try {
        out.write(chunk.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Path finish() throws IOException {
      out.close();
      finished = true;
      return part;
    }

    void discard() {
      try {
        out.close();
        if (!finished) {
          Files.deleteIfExists(part);
        }
      } catch (IOException e) {
        log.warn("Could not remove the unfinished dump {}", part, e);
      }
    }
  }

  @Override
  public void start() {
    running = true;
    // In the background: a million rows take a while, and the portal serves meanwhile.
    refresh();
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
