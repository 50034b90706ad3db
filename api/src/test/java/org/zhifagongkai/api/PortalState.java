package org.zhifagongkai.api;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What the portal in this JVM is doing, for the message of a test that waited in vain: its
 * connection pool, what PostgreSQL is running or waiting on, and where the portal's threads stand.
 * It never throws, and it asks PostgreSQL on a connection of its own, since the pool may be the
 * thing that is stuck.
 */
public final class PortalState {

  private static final Duration PATIENCE = Duration.ofSeconds(10);
  private static final int FRAMES = 15;
  private static final List<String> THREADS =
      List.of("reactor-", "boundedElastic-", "parallel-", "publication-", "search-");

  private static final String ACTIVITY =
      """
      select pid, state, wait_event_type, wait_event,
             round(extract(epoch from now() - query_start)::numeric, 1) as seconds,
             left(regexp_replace(query, '\\s+', ' ', 'g'), 160) as query
      from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and state <> 'idle'
      order by query_start
      """;

  private PortalState() {}

  public static String describe(ConnectionFactory factory) {
    return "\n--- the portal's state ---\n"
        + safely(() -> pool(factory))
        + "\n"
        + safely(() -> activity(factory))
        + "\n"
        + safely(PortalState::threads);
  }

  private interface Part {
    String text() throws Exception;
  }

  private static String safely(Part part) {
    try {
      return part.text();
    } catch (Exception | LinkageError e) {
      return "(unknown: " + e + ")";
    }
  }

  private static String pool(ConnectionFactory factory) {
    if (!(factory instanceof ConnectionPool pool)) {
      return "connections: not pooled";
    }
    return pool.getMetrics()
        .map(
            m ->
                "connection pool: "
                    + m.acquiredSize()
                    + " in use, "
                    + m.idleSize()
                    + " idle, "
                    + m.allocatedSize()
                    + " allocated of "
                    + m.getMaxAllocatedSize()
                    + ", "
                    + m.pendingAcquireSize()
                    + " waiting")
        .orElse("connection pool: no metrics");
  }

  private static String activity(ConnectionFactory factory) {
    ConnectionFactory direct = factory instanceof ConnectionPool pool ? pool.unwrap() : factory;
    List<String> rows =
        Flux.usingWhen(
                Mono.<Connection>from(direct.create()),
                connection ->
                    Flux.from(connection.createStatement(ACTIVITY).execute())
                        .flatMap(
                            result ->
                                result.map(
                                    (row, meta) ->
                                        meta.getColumnMetadatas().stream()
                                            .map(c -> c.getName() + "=" + row.get(c.getName()))
                                            .collect(Collectors.joining(" ")))),
                Connection::close)
            .collectList()
            .block(PATIENCE);
    return "PostgreSQL, statements not idle: "
        + (rows == null || rows.isEmpty() ? "none" : "\n  " + String.join("\n  ", rows));
  }

  private static String threads() {
    StringBuilder out = new StringBuilder("threads:");
    for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
      String name = entry.getKey().getName();
      if (THREADS.stream().noneMatch(name::startsWith)) {
        continue;
      }
      out.append("\n  ").append(name).append(" (").append(entry.getKey().getState()).append(')');
      Arrays.stream(entry.getValue())
          .limit(FRAMES)
          .forEach(frame -> out.append("\n      at ").append(frame));
    }
    return out.toString();
  }
}
