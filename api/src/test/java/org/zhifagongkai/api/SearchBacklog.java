package org.zhifagongkai.api;

import java.time.Duration;
import org.springframework.r2dbc.core.DatabaseClient;

/** Waits until the search index has taken in every change the database has queued for it. */
public final class SearchBacklog {

  private SearchBacklog() {}

  /** Returns once no change waits for the index; fails after {@code limit}. */
  public static void awaitEmpty(DatabaseClient database, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      Long pending =
          database
              .sql("select count(*) from search_change")
              .map(r -> r.get(0, Long.class))
              .one()
              .block();
      if (pending != null && pending == 0) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the search index", e);
      }
    }
    throw new IllegalStateException("The search index did not take in its changes within " + limit);
  }
}
