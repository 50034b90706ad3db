package org.zhifagongkai.api;

import io.r2dbc.spi.ConnectionFactories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.embedded.EmbeddedDatabase;

/**
 * The portal in a process of its own, on the embedded database in {@code directory}, without the
 * sample: for tests that kill it as the operating system would (SIGKILL), mid-work.
 */
public final class PortalProcess {

  /** Generous: a loaded build machine has taken minutes to start a portal. */
  private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(10);

  private final Process process;
  private final int port;

  private PortalProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts the portal and waits until it reports itself healthy. */
  public static PortalProcess start(Path directory, int port, String... arguments) {
    PortalProcess portal = launch(directory, port, arguments);
    portal.awaitHealthy(directory);
    return portal;
  }

  /** Starts the portal with JVM options of its own (a heap size, a GC log) and waits for it. */
  public static PortalProcess startWith(
      List<String> jvmOptions, Path directory, int port, String... arguments) {
    PortalProcess portal = launch(jvmOptions, directory, port, arguments);
    portal.awaitHealthy(directory);
    return portal;
  }

  /** Starts the portal without waiting: for a command that runs and exits, such as an import. */
  public static PortalProcess launch(Path directory, int port, String... arguments) {
    return launch(List.of("-Xmx512m"), directory, port, arguments);
  }

  private static PortalProcess launch(
      List<String> jvmOptions, Path directory, int port, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElseThrow());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(PortalApplication.class.getName());
    command.add("--portal.embedded-database.data-directory=" + directory.resolve("db"));
    command.add("--portal.search.index-directory=" + directory.resolve("index"));
    command.add("--portal.sample-data.enabled=false");
    command.add("--portal.clock.start-date=2026-11-20");
    command.add("--server.port=" + port);
    command.addAll(List.of(arguments));
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(
                  ProcessBuilder.Redirect.appendTo(directory.resolve("portal.log").toFile()))
              .start();
      return new PortalProcess(process, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A port free now, for a portal about to start. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A client of the portal's embedded database, whose port its {@code postmaster.pid} records: for
   * fixtures and for checking what was stored.
   */
  public static DatabaseClient database(Path directory) {
    try {
      String port = Files.readAllLines(directory.resolve("db").resolve("postmaster.pid")).get(3);
      return DatabaseClient.create(
          ConnectionFactories.get(
              "r2dbc:postgresql://postgres@localhost:" + port.strip() + "/postgres"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts only the embedded database on what a portal left in {@code directory}, as a restarted
   * portal would (stopping a server a killed portal left behind), and hands {@code check} a client.
   */
  public static void onDatabase(Path directory, Consumer<DatabaseClient> check) {
    EmbeddedDatabase server = EmbeddedDatabase.acquire(directory.resolve("db"));
    try {
      check.accept(
          DatabaseClient.create(
              ConnectionFactories.get(
                  "r2dbc:postgresql://postgres@localhost:" + server.port() + "/postgres")));
    } finally {
      server.release();
    }
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Waits for a command to finish; its exit code, or -1 when it outlasts {@code within}. */
  public int awaitExit(Duration within) {
    try {
      return process.waitFor(within.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
          ? process.exitValue()
          : -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Kills the portal's JVM at once (SIGKILL): no shutdown hook, no lifecycle stop. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the portal as an operator would (SIGTERM), letting it shut down. */
  public void stop() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void awaitHealthy(Path directory) {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest health = HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build();
    long deadline = System.nanoTime() + HEALTHY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The portal exited with "
                + process.exitValue()
                + "; see "
                + directory.resolve("portal.log"));
      }
      try {
        if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYetListening) {
        // still starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep();
    }
    process.destroyForcibly();
    throw new IllegalStateException(
        "The portal was not healthy within "
            + HEALTHY_WITHIN
            + "; see "
            + directory.resolve("portal.log"));
  }

  private static void sleep() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
