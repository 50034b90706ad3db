package org.zhifagongkai.api.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A PostgreSQL server run from the binaries on the class path, on a data directory that survives
 * restarts.
 *
 * <p>One server runs per data directory per JVM. It is reference-counted so that several
 * application contexts (as in tests) share it, and the last context to release it stops it.
 * Thread-safe.
 */
public final class EmbeddedDatabase {

  private static final Map<Path, EmbeddedDatabase> RUNNING = new HashMap<>();

  private final Path dataDirectory;
  private final EmbeddedPostgres server;
  private int users;

  private EmbeddedDatabase(Path dataDirectory, EmbeddedPostgres server) {
    this.dataDirectory = dataDirectory;
    this.server = server;
  }

  /** Starts the server on {@code dataDirectory}, creating the cluster there on first use. */
  public static EmbeddedDatabase acquire(Path dataDirectory) {
    return acquire(dataDirectory, LogFactory.getLog(EmbeddedDatabase.class));
  }

  /** As {@link #acquire(Path)}, telling {@code log} about a server a killed portal left behind. */
  public static synchronized EmbeddedDatabase acquire(Path dataDirectory, Log log) {
    Path directory = dataDirectory.toAbsolutePath().normalize();
    EmbeddedDatabase database = RUNNING.get(directory);
    if (database == null) {
      database = new EmbeddedDatabase(directory, start(directory, log));
      RUNNING.put(directory, database);
    }
    database.users++;
    return database;
  }

  private static EmbeddedPostgres start(Path directory, Log log) {
    try {
      Files.createDirectories(directory);
      OrphanedServer.stopIfAny(directory, log);
      return EmbeddedPostgres.builder()
          .setDataDirectory(directory)
          .setCleanDataDirectory(false)
          .setServerConfig("timezone", "Asia/Shanghai")
          .setServerConfig("max_connections", "100")
          // The builder turns synchronous commits off for speed; the store of record must not
          // acknowledge a complaint or a decision before it is on disk.
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("fsync", "on")
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL on " + directory + ": " + e.getMessage(), e);
    }
  }

  /** Gives up one use; the last one stops the server. Data stay in the data directory. */
  public void release() {
    synchronized (EmbeddedDatabase.class) {
      if (--users > 0) {
        return;
      }
      RUNNING.remove(dataDirectory);
    }
    try {
      server.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
    }
  }

  public int port() {
    return server.getPort();
  }

  public Path dataDirectory() {
    return dataDirectory;
  }
}
