package org.zhifagongkai.api.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.logging.Log;

/**
 * A PostgreSQL server left running on a data directory by a portal that was killed (kill -9, the
 * out-of-memory killer): its server outlives it, holding the directory, and the next start would
 * fail. No live process holds the directory's lock then, so the server is stopped the way an
 * administrator would (a smart shutdown, as its clients are gone) before the new one starts.
 */
final class OrphanedServer {

  /** The lock file the embedded server's owner holds while it runs. */
  private static final String LOCK_FILE = "epg-lock";

  private OrphanedServer() {}

  /** Stops the server a dead portal left on {@code directory}, if there is one. */
  static void stopIfAny(Path directory, Log log) {
    Optional<ProcessHandle> found = postmaster(directory);
    if (found.isEmpty()) {
      return;
    }
    ProcessHandle server = found.get();
    if (!lockIsFree(directory.resolve(LOCK_FILE))) {
      throw new IllegalStateException(
          "The data directory "
              + directory
              + " is in use by another running portal (PostgreSQL pid "
              + server.pid()
              + "); stop it or give another --portal.embedded-database.data-directory.");
    }
    log.warn(
        "A PostgreSQL server (pid "
            + server.pid()
            + ") outlived the portal that started it on "
            + directory
            + "; stopping it before starting again.");
    server.destroy();
    try {
      server.onExit().get(60, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      throw new IllegalStateException(
          "The PostgreSQL server (pid "
              + server.pid()
              + ") on "
              + directory
              + " did not stop within 60 s; stop it before starting the portal.",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while stopping an orphaned server", e);
    }
  }

  /** The live postmaster that {@code postmaster.pid} names for this directory, if any. */
  private static Optional<ProcessHandle> postmaster(Path directory) {
    Path pidFile = directory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + pidFile, e);
    }
    if (lines.size() < 2 || !lines.get(0).strip().matches("\\d+")) {
      return Optional.empty();
    }
    boolean sameDirectory = Path.of(lines.get(1).strip()).normalize().equals(directory);
    return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
        .filter(ProcessHandle::isAlive)
        .filter(p -> sameDirectory && p.info().command().orElse("").endsWith("/postgres"));
  }

  private static boolean lockIsFree(Path lockFile) {
    try (FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return false;
      }
      lock.release();
      return true;
    } catch (OverlappingFileLockException heldInThisJvm) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not check " + lockFile, e);
    }
  }
}
