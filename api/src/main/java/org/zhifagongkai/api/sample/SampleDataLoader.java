package org.zhifagongkai.api.sample;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.zhifagongkai.api.penalty.PublicationTerms;
import org.zhifagongkai.api.portal.DatasetRepository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loads the labelled sample dataset once per database, before the web server takes requests.
 *
 * <p>The load is one transaction under an advisory lock, so a crash leaves nothing half-loaded and
 * two instances starting together load it once; {@code dataset_load} records it so restarts never
 * reload it.
 */
@Component
class SampleDataLoader implements SmartLifecycle {

  private static final Log log = LogFactory.getLog(SampleDataLoader.class);
  private static final long LOCK = 0x5a46474b; // any constant shared by every instance

  private final SampleDataProperties properties;
  private final DatabaseClient database;
  private final TableWriter writer;
  private final DatasetRepository datasets;
  private final Clock clock;
  private final PublicationTerms terms;
  private final TransactionalOperator transaction;
  private volatile boolean running;

  SampleDataLoader(
      SampleDataProperties properties,
      DatabaseClient database,
      TableWriter writer,
      DatasetRepository datasets,
      TransactionalOperator transaction,
      Clock clock,
      PublicationTerms terms) {
    this.clock = clock;
    this.terms = terms;
    this.properties = properties;
    this.database = database;
    this.writer = writer;
    this.datasets = datasets;
    this.transaction = transaction;
  }

  @Override
  public void start() {
    running = true;
    if (!properties.enabled()) {
      return;
    }
    long started = System.nanoTime();
    Integer written = loadOnce().block(Duration.ofMinutes(10));
    if (written != null && written > 0) {
      log.info(
          "Loaded the sample dataset: "
              + written
              + " records in "
              + Duration.ofNanos(System.nanoTime() - started).toMillis()
              + " ms. Every record on this portal is generated sample data.");
    }
  }

  /** Loads the dataset unless it is there; emits how many records were written (0 when none). */
  Mono<Integer> loadOnce() {
    Mono<Integer> load =
        database
            .sql("select pg_advisory_xact_lock(" + LOCK + ")")
            .then()
            .then(datasets.isLoaded(SampleDataset.NAME))
            .flatMap(loaded -> loaded ? Mono.just(0) : write());
    return transaction.transactional(load);
  }

  private Mono<Integer> write() {
    SampleDataset dataset =
        new SampleDataset(properties.seed(), properties.decisions(), LocalDate.now(clock), terms);
    return Flux.fromIterable(dataset.tables())
        .concatMap(table -> writer.write(table).then(advanceSequence(table)))
        .then(
            datasets.record(
                SampleDataset.NAME, SampleDataset.DESCRIPTION, true, dataset.recordCount()))
        .thenReturn(dataset.recordCount());
  }

  /** Rows were written with their ids; move the table's id sequence past them. */
  private Mono<Void> advanceSequence(Table table) {
    if (table.size() == 0 || !table.columns().getFirst().name().equals("id")) {
      return Mono.empty();
    }
    return database
        .sql(
            "select setval(pg_get_serial_sequence('"
                + table.name()
                + "', 'id'), (select max(id) from "
                + table.name()
                + "))")
        .then();
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    // Before the web server, which starts in a late phase, so no request sees an empty portal.
    return 0;
  }
}
