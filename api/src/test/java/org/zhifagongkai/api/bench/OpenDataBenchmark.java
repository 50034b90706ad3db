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
 * Open data on the million decisions {@link SearchBenchmark} loads: the daily publication check's
 * run time, export throughput and heap, and the latency of typical statistics. The portal runs in a
 * JVM of its own with a 512 MB heap and a GC log; whole exports are read over HTTP as a client
 * would. The heap figure is what the log shows live after each collection during an export: if an
 * export held its rows, it would grow with them (or fail on a 3 GB file).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class OpenDataBenchmark {

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
            "--portal.publication.expire=false",
            // Dumps are exports written to disk; measured here as exports, not written at start.
            "--portal.open-data.dumps=false");
    try {
      DatabaseClient database = PortalProcess.database(data);
      long published = published(database);
      StringBuilder report = new StringBuilder();
      report.append(migrations(data.resolve("portal.log")));
      report.append(publicationCheck(database));
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
      report.append(statistics(portal));
      System.out.println(report);
      Files.writeString(Path.of("target", "open-data-benchmark.md"), report.toString());
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

  /** What applying the migrations new to this database took, as Flyway logged it. */
  private static String migrations(Path log) throws IOException {
    return Files.readAllLines(log).stream()
        .filter(line -> line.contains("Successfully applied"))
        .reduce((first, second) -> second)
        .map(line -> "- migrations: " + line.substring(line.indexOf("Successfully applied")) + "\n")
        .orElse("- migrations: none new\n");
  }

  /** Waits for the publication check the portal runs at start-up and reports its run. */
  private static String publicationCheck(DatabaseClient database) throws InterruptedException {
    for (int wait = 0; wait < 720; wait++) {
      String run =
          database
              .sql(
                  "select decisions, opened, resolved,"
                      + " extract(epoch from finished_at - started_at)::float8 as seconds"
                      + " from publication_check_run where finished_at is not null"
                      + " order by id desc limit 1")
              .map(
                  row ->
                      String.format(
                          "- daily publication check: %,d published decisions in %.0f s"
                              + " (%,.0f decisions/s); %,d findings opened, %,d resolved%n",
                          row.get("decisions", Integer.class),
                          row.get("seconds", Double.class),
                          row.get("decisions", Integer.class) / row.get("seconds", Double.class),
                          row.get("opened", Integer.class),
                          row.get("resolved", Integer.class)))
              .one()
              .block();
      if (run != null) {
        return run;
      }
      Thread.sleep(5_000);
    }
    return "- daily publication check: not finished within an hour\n";
  }

  private static final List<String> STATISTICS =
      List.of(
          "{ penaltyStatistics(groupBy: [REGION]) { count totalFine medianFine groups { count } } }",
          "{ penaltyStatistics(groupBy: [FIELD, YEAR]) { count groups { count totalFine } } }",
          "{ penaltyStatistics(groupBy: [FINE_BAND]) { count groups { count } } }",
          "{ penaltyStatistics(groupBy: [MONTH], filter: {decidedFrom: \"2024-01-01\"}) { count groups { count medianFine } } }",
          "{ penaltyStatistics(groupBy: [AGENCY]) { count groups { count } } }",
          "{ penaltyStatistics(groupBy: [VIOLATED_PROVISION]) { count groups { count } topCitedProvisions(first: 10) { decisions } } }",
          "{ catalogueIndicators(regionCode: \"990000\") { items idleItemCount highFrequencyItems(first: 10) { decisions } } }");

  /** Median of five runs of each statistics query, after one to warm up. */
  private static String statistics(PortalProcess portal) throws Exception {
    StringBuilder table =
        new StringBuilder("\n| statistics query (GraphQL) | median ms of 5 |\n|---|---|\n");
    HttpClient client = HttpClient.newHttpClient();
    for (String query : STATISTICS) {
      double[] ms = new double[5];
      for (int run = -1; run < ms.length; run++) {
        long started = System.nanoTime();
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(URI.create(portal.url("/graphql")))
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"query\":"
                                + tools.jackson.databind.json.JsonMapper.builder()
                                    .build()
                                    .writeValueAsString(query)
                                + "}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
          throw new IllegalStateException(query + " answered " + response.body());
        }
        if (run >= 0) {
          ms[run] = (System.nanoTime() - started) / 1e6;
        }
      }
      Arrays.sort(ms);
      table.append(String.format("| `%s` | %.0f |%n", query, ms[ms.length / 2]));
    }
    return table.toString();
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
