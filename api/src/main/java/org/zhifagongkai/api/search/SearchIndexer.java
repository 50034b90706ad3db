package org.zhifagongkai.api.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.zhifagongkai.api.support.Rows;
import org.zhifagongkai.search.SearchDocument;
import org.zhifagongkai.search.SearchIndex;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Keeps the search index in step with the database.
 *
 * <p>On start it opens the index and, when the index asks for it (new, unreadable, other layout) or
 * {@code portal.search.rebuild} is set, rebuilds it from one repeatable-read snapshot that also
 * deletes the change rows the snapshot covers. Then a single thread ({@code search-indexer}) drains
 * the change log: it reads a batch of rows, re-reads those records' current public state, applies
 * it, and deletes the rows. Before the web server starts, so that no request meets an empty index.
 */
@Component
public class SearchIndexer implements SmartLifecycle {

  private static final Log log = LogFactory.getLog(SearchIndexer.class);
  private static final int BATCH = 1_000;
  private static final Duration DATABASE_TIMEOUT = Duration.ofMinutes(10);

  /** A rebuild reads every record in one snapshot: a million decisions take half an hour. */
  private static final Duration REBUILD_TIMEOUT = Duration.ofHours(6);

  private final SearchProperties properties;
  private final DatabaseClient database;
  private final SearchDocuments documents;
  private final TransactionalOperator snapshot;
  private final boolean importCommand;
  private volatile SearchIndex index;
  private volatile ScheduledExecutorService worker;

  SearchIndexer(
      SearchProperties properties,
      DatabaseClient database,
      SearchDocuments documents,
      ReactiveTransactionManager transactions,
      Environment environment) {
    this.properties = properties;
    this.importCommand = environment.containsProperty("import.kind");
    this.database = database;
    this.documents = documents;
    DefaultTransactionDefinition repeatableRead = new DefaultTransactionDefinition();
    repeatableRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.snapshot = TransactionalOperator.create(transactions, repeatableRead);
  }

  /** The index, for searching. */
  public SearchIndex index() {
    return index;
  }

  @Override
  public void start() {
    index = SearchIndex.open(Path.of(properties.indexDirectory()), properties.readThesaurus());
    if (importCommand) {
      // An import command only writes the database. The portal that serves the index applies the
      // change log (at its next start, or now if it runs on the same database): the command
      // neither competes with the import for the processor nor takes the changes from that portal.
      log.info("Import command: the serving portal brings the search index up to date");
      return;
    }
    if (properties.rebuild() || index.appliedChangeSeq() < 0) {
      rebuild();
    }
    worker =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "search-indexer");
              thread.setDaemon(true);
              return thread;
            });
    worker.scheduleWithFixedDelay(
        this::drainSafely, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Rebuilds the whole index from the database. */
  public void rebuild() {
    long started = System.nanoTime();
    Mono<Long> rebuilt =
        database
            .sql("select coalesce(max(seq), 0) from search_change")
            .map(row -> row.get(0, Long.class))
            .one()
            .flatMap(
                seq ->
                    database
                        .sql("delete from search_change where seq <= :seq")
                        .bind("seq", seq)
                        .then()
                        .then(write(seq)));
    Long seq = snapshot.transactional(rebuilt).block(REBUILD_TIMEOUT);
    log.info(
        "Rebuilt the search index: "
            + index.size()
            + " documents in "
            + Duration.ofNanos(System.nanoTime() - started).toMillis()
            + " ms, as of change "
            + seq);
  }

  /**
   * Streams every document into a fresh index inside the snapshot transaction, then commits it.
   * Batches are analysed on every core at once: Chinese segmentation is most of a rebuild's work.
   */
  private Mono<Long> write(long seq) {
    SearchIndex.Rebuild rebuild = index.startRebuild();
    return documents
        .all()
        .buffer(BATCH)
        .flatMap(
            batch ->
                Mono.fromRunnable(() -> rebuild.add(batch))
                    .subscribeOn(Schedulers.boundedElastic()),
            Runtime.getRuntime().availableProcessors())
        .then(Mono.fromRunnable(() -> rebuild.commit(seq)).subscribeOn(Schedulers.boundedElastic()))
        .thenReturn(seq);
  }

  private void drainSafely() {
    try {
      while (drainBatch() > 0) {
        // keep going while there is a backlog
      }
    } catch (RuntimeException e) {
      // The rows stay in the log and are tried again on the next tick.
      log.warn("Search indexing failed; will retry", e);
    }
  }

  /** Applies one batch of changes; returns how many change rows it consumed. */
  int drainBatch() {
    List<Change> changes =
        database
            .sql(
                "select seq, record_kind, record_id from search_change order by seq limit " + BATCH)
            .map(
                row ->
                    new Change(
                        Rows.id(row, "seq"),
                        SearchRecordKind.valueOf(Rows.text(row, "record_kind")),
                        Rows.id(row, "record_id")))
            .all()
            .collectList()
            .block(DATABASE_TIMEOUT);
    if (changes == null || changes.isEmpty()) {
      return 0;
    }
    Map<SearchRecordKind, Set<Long>> byKind = new HashMap<>();
    changes.forEach(
        c -> byKind.computeIfAbsent(c.kind(), k -> new LinkedHashSet<>()).add(c.recordId()));
    List<SearchDocument> upserts =
        Flux.fromIterable(byKind.entrySet())
            .concatMap(entry -> documents.of(entry.getKey(), entry.getValue()))
            .collectList()
            .block(DATABASE_TIMEOUT);
    Set<String> present = new HashSet<>();
    upserts.forEach(d -> present.add(d.id()));
    List<String> deletes = new ArrayList<>();
    byKind.forEach(
        (kind, ids) ->
            ids.stream()
                .map(kind::documentId)
                .filter(id -> !present.contains(id))
                .forEach(deletes::add));
    long last = changes.getLast().seq();
    index.apply(upserts, deletes, last);
    database
        .sql("delete from search_change where seq = any(:seqs)")
        .bind("seqs", changes.stream().map(Change::seq).toArray(Long[]::new))
        .then()
        .block(DATABASE_TIMEOUT);
    return changes.size();
  }

  private record Change(long seq, SearchRecordKind kind, long recordId) {}

  @Override
  public void stop() {
    if (worker != null) {
      worker.shutdown();
      try {
        worker.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (index != null) {
      index.close();
      index = null;
    }
  }

  @Override
  public boolean isRunning() {
    return index != null;
  }

  @Override
  public int getPhase() {
    // After the sample load (phase 0), before the web server.
    return 1;
  }
}
