package org.zhifagongkai.api.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.PortalProcess;

/**
 * Export throughput and heap on the million decisions {@link SearchBenchmark} loads: the portal
 * runs in a JVM of its own with a 512 MB heap and a GC log, and whole exports are read over HTTP as
 * a client would. The heap figure is what the log shows live after each collection during an
 * export: if an export held its rows, it would grow with them (or fail on a 3 GB file).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ExportBenchmark {

  private static final int RUNS = 3;
  private static final Pattern AFTER_GC = Pattern.compile("->(\\d+)M\\(");

  @Test
  void measure() throws Exception {
    Path data = Path.of(System.getProperty("benchmark.data", "/tmp/bench-data"));
    if (!Files.exists(data.resolve("db"))) {
      throw new IllegalStateException(
          "No benchmark data in " + data + ": run SearchBenchmark with -Dbenchmark.data first");
    }
    Path gcLog = data.resolve("export-gc.log");
    Files.deleteIfExists(gcLog);
    int port = PortalProcess.freePort();
    PortalProcess portal =
        PortalProcess.startWith(
            List.of("-Xmx512m", "-Xlog:gc:file=" + gcLog),
            data,
            port,
            "--portal.publication.expire=false");
    try {
      long published = published(PortalProcess.database(data));
      StringBuilder report = new StringBuilder();
      report.append(
          "\n| export | rows | size MB | median s | rows/s | live heap after GC, max MB (before) |\n");
      report.append("|---|---|---|---|---|---|\n");
      for (String file :
          List.of(
              "penalty-decisions.csv",
              "penalty-decisions.jsonl",
              "penalty-decisions.csv?regionCode=990000")) {
        double[] seconds = new double[RUNS];
        long[] result = new long[2];
        int heapBefore = maxHeapAfterGc(gcLog, 0);
        long logFrom = Files.size(gcLog);
        for (int run = 0; run < RUNS; run++) {
          long started = System.nanoTime();
          result = read(portal.url("/open-data/" + file), file.contains(".jsonl"));
          seconds[run] = (System.nanoTime() - started) / 1e9;
        }
        Arrays.sort(seconds);
        double median = seconds[RUNS / 2];
        report.append(
            String.format(
                "| %s | %,d | %.0f | %.1f | %,.0f | %d (%d) |%n",
                file,
                result[0],
                result[1] / 1e6,
                median,
                result[0] / median,
                maxHeapAfterGc(gcLog, logFrom),
                heapBefore));
      }
      report.append(
          String.format(
              "%nPublished decisions in the database: %,d. Rows are counted as the client reads"
                  + " them: lines of JSON, records of CSV (line breaks outside quoted cells), the"
                  + " header left out.%n",
              published));
      System.out.println(report);
      Files.writeString(Path.of("target", "export-benchmark.md"), report.toString());
    } finally {
      portal.stop();
    }
  }

  /** Reads a whole export: its rows and bytes. */
  private static long[] read(String url, boolean jsonLines)
      throws IOException, InterruptedException {
    HttpResponse<InputStream> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " answered " + response.statusCode());
    }
    long rows = 0;
    long bytes = 0;
    boolean quoted = false; // inside a quoted CSV cell, whose line breaks end no record
    byte[] buffer = new byte[1 << 16];
    try (InputStream body = response.body()) {
      for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
        for (int i = 0; i < read; i++) {
          byte b = buffer[i];
          if (!jsonLines && b == '"') {
            quoted = !quoted;
          } else if (b == '\n' && !quoted) {
            rows++;
          }
        }
        bytes += read;
      }
    }
    return new long[] {jsonLines ? rows : rows - 1, bytes};
  }

  private static int maxHeapAfterGc(Path gcLog, long from) throws IOException {
    byte[] all = Files.readAllBytes(gcLog);
    String text = new String(all, (int) from, all.length - (int) from, StandardCharsets.UTF_8);
    List<Integer> sizes = new ArrayList<>();
    Matcher matcher = AFTER_GC.matcher(text);
    while (matcher.find()) {
      sizes.add(Integer.valueOf(matcher.group(1)));
    }
    return sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  private static long published(DatabaseClient database) {
    Long count =
        database
            .sql("select count(*) from penalty_decision where status = 'PUBLISHED'")
            .map(row -> row.get(0, Long.class))
            .one()
            .block();
    return count == null ? 0 : count;
  }
}
