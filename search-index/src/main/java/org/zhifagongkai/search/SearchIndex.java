package org.zhifagongkai.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The index: owns the {@link Directory}, the {@link IndexWriter}, the {@link SearcherManager} and
 * the refresh thread ({@code search-index-refresh}).
 *
 * <p>Changes arrive in batches, each tagged with the sequence number of the last change it
 * contains. Each batch is committed with that number in the commit's user data, so after a crash
 * {@link #appliedChangeSeq()} says exactly which changes the durable index holds. An index that
 * cannot be read, or was written with another layout, is discarded on open and reported as needing
 * a rebuild ({@code appliedChangeSeq() == -1}).
 *
 * <p>Thread-safe: writes (batches and rebuilds) are serialised, searches run concurrently and each
 * acquires and releases its searcher.
 */
public final class SearchIndex implements Closeable {

  private static final String CHANGE_SEQ = "changeSeq";
  private static final String LAYOUT = "layout";
  private static final double MAX_STALE_SECONDS = 1.0;
  private static final double MIN_STALE_SECONDS = 0.01;

  /**
   * A rebuilt index is merged down to this many segments: every query looks each of its terms up in
   * every segment, and a million decisions left in 16 segments spent a tenth of a search there.
   * Four still let a search spread over the cores.
   */
  private static final int SEGMENTS_AFTER_REBUILD = 4;

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  /**
   * A query's text is read as its phrase, its words and its bigrams, in titles and bodies: 200
   * characters of names make about 1,400 clauses, past Lucene's default of 1,024.
   */
  private static final int MAX_CLAUSES = 8_192;

  static {
    if (IndexSearcher.getMaxClauseCount() < MAX_CLAUSES) {
      IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
    }
  }

  private final Directory directory;
  private final IndexWriter writer;
  private final ExecutorService slices;
  private final SearcherManager searchers;
  private final ControlledRealTimeReopenThread<IndexSearcher> refresher;
  private final Documents documents = new Documents();
  private final Searches searches;
  private final Semaphore writes = new Semaphore(1);
  private volatile long appliedChangeSeq;

  private SearchIndex(
      Directory directory, IndexWriter writer, Analyzer analyzer, Thesaurus thesaurus)
      throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.slices =
        Executors.newFixedThreadPool(
            CORES, Thread.ofPlatform().name("search-slice-", 0).daemon().factory());
    // Each search spreads over the index's segments on every core.
    this.searchers =
        new SearcherManager(
            writer,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new IndexSearcher(reader, slices);
              }
            });
    this.refresher =
        new ControlledRealTimeReopenThread<>(
            writer, searchers, MAX_STALE_SECONDS, MIN_STALE_SECONDS);
    refresher.setName("search-index-refresh");
    refresher.setDaemon(true);
    refresher.start();
    this.searches =
        new Searches(
            searchers,
            ChineseAnalysis.perField(),
            analyzer,
            ChineseAnalysis.expandedBigrams(thesaurus));
    this.appliedChangeSeq = readChangeSeq(writer);
  }

  /** Opens the index in {@code path} with the standard thesaurus. */
  public static SearchIndex open(Path path) {
    return open(path, Thesaurus.standard());
  }

  /**
   * Opens the index in {@code path}, creating it, or starting it afresh when it cannot be used;
   * queries are expanded with {@code thesaurus}.
   */
  public static SearchIndex open(Path path, Thesaurus thesaurus) {
    try {
      Files.createDirectories(path);
      Directory directory = FSDirectory.open(path);
      Analyzer analyzer = ChineseAnalysis.indexing();
      IndexWriter writer;
      try {
        writer =
            new IndexWriter(
                directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        if (readChangeSeq(writer) >= 0 && !layoutMatches(writer)) {
          writer.rollback();
          writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE));
        }
        readable(writer);
      } catch (LockObtainFailedException e) {
        throw e; // another process is writing this index: never wipe it
      } catch (IOException unreadable) {
        // Corrupt, truncated or from another Lucene version: the index is derived, so start afresh.
        for (String file : directory.listAll()) {
          directory.deleteFile(file);
        }
        writer = new IndexWriter(directory, config(analyzer, IndexWriterConfig.OpenMode.CREATE));
      }
      return new SearchIndex(directory, writer, analyzer, thesaurus);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the search index in " + path, e);
    }
  }

  /**
   * Opens every segment once, so that a truncated or damaged file (each file's footer and length
   * are checked as its reader opens) is found at start-up, not by the first search.
   */
  private static void readable(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      reader.leaves().forEach(leaf -> leaf.reader().numDocs());
    } catch (IOException | RuntimeException damaged) {
      writer.rollback();
      throw damaged instanceof IOException e ? e : new IOException(damaged);
    }
  }

  private static IndexWriterConfig config(Analyzer analyzer, IndexWriterConfig.OpenMode mode) {
    return new IndexWriterConfig(analyzer).setOpenMode(mode).setRAMBufferSizeMB(128);
  }

  private static long readChangeSeq(IndexWriter writer) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> entry : data) {
        if (entry.getKey().equals(CHANGE_SEQ)) {
          return Long.parseLong(entry.getValue());
        }
      }
    }
    return -1;
  }

  private static boolean layoutMatches(IndexWriter writer) {
    for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
      if (entry.getKey().equals(LAYOUT)) {
        return entry.getValue().equals(SearchFields.LAYOUT_VERSION);
      }
    }
    return false;
  }

  /** The sequence number of the last change durably applied; -1 when the index must be rebuilt. */
  public long appliedChangeSeq() {
    return appliedChangeSeq;
  }

  /**
   * Applies a batch: adds or replaces {@code upserts}, removes {@code deletes} (ids), commits with
   * {@code changeSeq}, and returns once searches see the batch.
   */
  public void apply(
      Collection<SearchDocument> upserts, Collection<String> deletes, long changeSeq) {
    writes.acquireUninterruptibly();
    try {
      for (SearchDocument document : upserts) {
        writer.updateDocument(
            new Term(SearchFields.ID, document.id()), documents.toLucene(document));
      }
      for (String id : deletes) {
        writer.deleteDocuments(new Term(SearchFields.ID, id));
      }
      commitAndShow(changeSeq);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not apply changes up to " + changeSeq, e);
    } finally {
      writes.release();
    }
  }

  /**
   * Starts replacing the whole index. Until the returned rebuild commits, searches see the old
   * index and other writes wait. Feed it from any thread, one batch at a time.
   */
  public Rebuild startRebuild() {
    writes.acquireUninterruptibly();
    try {
      writer.deleteAll();
    } catch (IOException e) {
      writes.release();
      throw new UncheckedIOException("Could not start rebuilding the search index", e);
    }
    return new Rebuild();
  }

  /** A rebuild in progress: add every document, then commit. */
  public final class Rebuild {

    private Rebuild() {}

    public void add(Collection<SearchDocument> batch) {
      try {
        for (SearchDocument document : batch) {
          writer.addDocument(documents.toLucene(document));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Could not add to the rebuilt search index", e);
      }
    }

    /** Commits the rebuilt index as of change {@code changeSeq} and shows it to searches. */
    public void commit(long changeSeq) {
      try {
        writer.forceMerge(SEGMENTS_AFTER_REBUILD);
        commitAndShow(changeSeq);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not commit the rebuilt search index", e);
      } finally {
        writes.release();
      }
    }
  }

  private void commitAndShow(long changeSeq) throws IOException {
    writer.setLiveCommitData(
        Map.of(CHANGE_SEQ, Long.toString(changeSeq), LAYOUT, SearchFields.LAYOUT_VERSION)
            .entrySet());
    long generation = writer.commit();
    appliedChangeSeq = changeSeq;
    try {
      refresher.waitForGeneration(generation);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while waiting for the index to refresh", e);
    }
  }

  public SearchResult search(SearchRequest request) {
    return search(request, SearchWeights.COMBINED);
  }

  /** Searches with other weights, to compare analysis choices. */
  public SearchResult search(SearchRequest request, SearchWeights weights) {
    try {
      return searches.search(request, weights);
    } catch (IOException e) {
      throw new UncheckedIOException("Search failed", e);
    }
  }

  /** How many records a search can find now. */
  public int size() {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      refresher.close();
      searchers.close();
      slices.shutdown();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not close the search index", e);
    }
  }
}
