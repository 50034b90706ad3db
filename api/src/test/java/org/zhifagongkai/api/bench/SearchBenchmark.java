package org.zhifagongkai.api.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.PortalApplication;
import org.zhifagongkai.api.SearchBacklog;
import org.zhifagongkai.api.SharedData;
import org.zhifagongkai.api.importer.CorpusImporter;
import org.zhifagongkai.api.importer.RegionTables;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.search.SearchIndexer;
import org.zhifagongkai.api.search.SearchService;

/**
 * Search speed, measured (never asserted): indexing rate, GraphQL latency at concurrency 1 and 16
 * and saturated throughput for identifier, short Chinese and faceted queries, beside PostgreSQL's
 * own ranked trigram search on the same table. Opt-in, since it loads a large dataset:
 *
 * <pre>
 * ./mvnw -pl api -am verify -Dbenchmark=true -Dbenchmark.decisions=1000000 -Dtest=SearchBenchmark
 *     -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It prints its figures and writes them into BENCHMARKS.md between the benchmark markers.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SearchBenchmark {

  private static final List<String> SHORT_QUERIES =
      List.of(
          "人行道", "占道经营", "超过排放标准", "虚假广告", "明码标价", "安全警示标志", "建筑垃圾", "保质期", "旅行社", "道路运输", "扬尘",
          "户外广告", "教育和培训", "水污染物", "小广告", "偷税", "虚假宣传", "编制虚假", "商标", "捕捞");
  private static final List<String> EVERYDAY_QUERIES =
      List.of("卖假货", "逃税", "占道经营", "违章建筑", "黑车", "乱收费", "拖欠工资", "偷排", "超载", "无照经营");
  private static final int SAMPLE_DECISIONS = 2_000;
  private static final int WARM_UP = 2_000;
  private static final int WARM_UP_ROUND = 500;
  private static final int MAX_WARM_UP_ROUNDS = 20;
  private static final double SETTLED = 0.05;

  /** -Dbenchmark.quick=true: queries at concurrency 1 only, nothing written; for a second look. */
  private static final boolean QUICK = Boolean.getBoolean("benchmark.quick");

  private static final String PAGE =
      "{ search(query: %s, first: 10) { totalCount edges { node { __typename } } } }";
  private static final String PAGE_ONLY =
      "{ search(query: %s, first: 10) { edges { node { __typename } } } }";
  private static final String FACETED =
      "{ search(query: %s, filter: {regionCode: \"990100\"}, first: 10) { totalCount"
          + " facets { dimension values { value count } } edges { node { __typename } } } }";

  @Test
  void measure(@TempDir Path temp) throws Exception {
    if (IndexSearcher.class.desiredAssertionStatus()) {
      throw new IllegalStateException(
          "Lucene's assertions are on: they cost several times the search itself. Run the"
              + " benchmark with -Dbenchmark=true, whose profile turns them off.");
    }
    int decisions = Integer.getInteger("benchmark.decisions", 1_000_000);
    // -Dbenchmark.data=DIR keeps the database and index, so that a second run measures queries
    // again without loading and indexing a million decisions anew.
    Path data = Path.of(System.getProperty("benchmark.data", temp.toString()));
    Path loaded = data.resolve("loaded-" + decisions + ".md");
    StringBuilder report = new StringBuilder();
    long started = System.nanoTime();
    try (ConfigurableApplicationContext app =
        SpringApplication.run(
            PortalApplication.class,
            "--portal.embedded-database.data-directory=" + data.resolve("db"),
            "--portal.search.index-directory=" + data.resolve("index"),
            "--portal.sample-data.decisions=" + SAMPLE_DECISIONS,
            // Every generated decision stays searchable, whatever its term, to load the index.
            "--portal.publication.expire=false",
            // The daily publication check and the daily open-data dumps read every decision once a
            // day at start: on a new day they would run beside the measurements.
            "--portal.findings.enabled=false",
            "--portal.open-data.dumps=false",
            "--server.port=0")) {
      DatabaseClient database = app.getBean(DatabaseClient.class);
      if (!Files.exists(loaded)) {
        String load = load(app, decisions, data, seconds(started));
        Files.writeString(loaded, load);
      }
      report.append(Files.readString(loaded));
      System.gc();
      Runtime runtime = Runtime.getRuntime();
      report.append(
          String.format(
              "- heap used after GC (whole application): %.0f MB%n",
              (runtime.totalMemory() - runtime.freeMemory()) / 1e6));

      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      List<String> identifiers = identifierQueries(database);
      Function<Integer, String> identifier =
          i -> PAGE.formatted(json(identifiers.get(i % identifiers.size())));
      Function<Integer, String> shortQuery =
          i -> PAGE.formatted(json(SHORT_QUERIES.get(i % SHORT_QUERIES.size())));
      Function<Integer, String> everyday =
          i -> PAGE.formatted(json(EVERYDAY_QUERIES.get(i % EVERYDAY_QUERIES.size())));
      Function<Integer, String> pageOnly =
          i -> PAGE_ONLY.formatted(json(SHORT_QUERIES.get(i % SHORT_QUERIES.size())));
      Function<Integer, String> faceted =
          i -> FACETED.formatted(json(SHORT_QUERIES.get(i % SHORT_QUERIES.size())));
      double shortThroughput = 0;
      List<String> warmUps = new ArrayList<>();
      report.append(
          "\n| query class | concurrency | requests | p50 ms | p99 ms | throughput req/s |\n");
      report.append("|---|---|---|---|---|---|\n");
      for (var entry :
          List.of(
              java.util.Map.entry("identifier (document number or credit code)", identifier),
              java.util.Map.entry("short Chinese query", shortQuery),
              java.util.Map.entry("short everyday query (thesaurus applies)", everyday),
              java.util.Map.entry("short Chinese query, page only (no totalCount)", pageOnly),
              java.util.Map.entry("faceted query (region filter, all facets)", faceted))) {
        warmUps.add(warmUp(port, entry.getValue()));
        for (int concurrency : QUICK ? new int[] {1} : new int[] {1, 16}) {
          int requests = concurrency == 1 ? 400 : 3_200;
          double[] figures = load(port, entry.getValue(), concurrency, requests);
          report.append(row(entry.getKey(), concurrency, requests, figures));
          if (entry.getValue() == shortQuery && concurrency == 1) {
            shortThroughput = figures[2];
          }
        }
      }
      report.append(
          String.format(
              Locale.ROOT,
              "%nWarm-up before each class: %s requests at concurrency 2, until a round of %d spent"
                  + " under %.0f %% of its time compiling (\"not settled\": it still compiled more"
                  + " after %d).%n",
              String.join(", ", warmUps),
              WARM_UP_ROUND,
              SETTLED * 100,
              WARM_UP + MAX_WARM_UP_ROUNDS * WARM_UP_ROUND));
      report.append(
          String.format(
              Locale.ROOT,
              "%nTransport floor on this machine: a static file over HTTP, p50 %.1f ms (same client).%n",
              floor(port)));
      if (QUICK) {
        System.out.println(report); // a look at queries only, not written to BENCHMARKS.md
        return;
      }
      report.append(inProcess(app.getBean(SearchService.class), identifiers));
      double[] trigram = postgresBaseline(database);
      report.append(
          String.format(
              Locale.ROOT,
              "%n| PostgreSQL pg_trgm ranked word-similarity (GIN index), short Chinese"
                  + " query | 1 | %.0f | %.1f | %.1f | %.1f |%n",
              trigram[3],
              trigram[0],
              trigram[1],
              trigram[2]));
      report.append(
          String.format(
              Locale.ROOT,
              "%nShort Chinese queries through GraphQL at concurrency 1: %.0f× pg_trgm's throughput.%n",
              shortThroughput / trigram[2]));
    }
    String figures = report.toString();
    System.out.println(figures);
    write(decisions, figures);
  }

  /**
   * Loads the real corpus, writes {@code decisions} more from it and rebuilds the index; returns
   * what that took.
   */
  private static String load(
      ConfigurableApplicationContext app, int decisions, Path data, double startUp)
      throws Exception {
    StringBuilder report = new StringBuilder();
    report
        .append(line("start-up with the %,d-decision sample", SAMPLE_DECISIONS))
        .append(String.format(": %.1f s%n", startUp));
    DatabaseClient database = app.getBean(DatabaseClient.class);
    app.getBean(RegionTables.class).load(SharedData.file("regions"), "2023").block();
    CorpusImporter.Report corpus =
        app.getBean(CorpusImporter.class).importFile(SharedData.file("penalties/corpus.jsonl"));
    SearchBacklog.awaitEmpty(database, Duration.ofHours(6));
    long generated = System.nanoTime();
    long written = RealTextDecisions.generate(database, decisions);
    report.append(
        String.format(
            "- %,d decisions written from the %,d real ones (renamed, places and digits varied, a"
                + " second decision's facts appended): %.1f s; mean facts length %s characters%n",
            written,
            corpus.imported().size(),
            seconds(generated),
            database
                .sql("select round(avg(length(facts))) from penalty_decision")
                .map(row -> row.get(0, java.math.BigDecimal.class))
                .one()
                .block()));
    SearchIndexer indexer = app.getBean(SearchIndexer.class);
    long rebuildStarted = System.nanoTime();
    indexer.rebuild();
    double rebuild = seconds(rebuildStarted);
    int documents = indexer.index().size();
    report.append(
        String.format(
            "- full rebuild: %,d documents (%,d written decisions + %,d real ones + the sample"
                + " and its catalogue) in %.1f s = %,.0f documents/s%n",
            documents, written, corpus.imported().size(), rebuild, documents / rebuild));
    report.append(String.format("- index size: %.0f MB%n", size(data.resolve("index")) / 1e6));
    database.sql("create extension if not exists pg_trgm").then().block();
    long built = System.nanoTime();
    database
        .sql(
            "create index if not exists penalty_decision_text_trgm on penalty_decision using gin"
                + " ((party_name || ' ' || facts) gin_trgm_ops)")
        .then()
        .block(Duration.ofHours(2));
    report.append(
        String.format(
            "- PostgreSQL pg_trgm GIN index on the same texts, for the baseline: built in %.0f s%n",
            seconds(built)));
    return report.toString();
  }

  /**
   * Document numbers in other variants, and credit codes, of records in the database: 200 of the
   * first records (the real ones and the sample) and 200 spread over the whole table.
   */
  private static List<String> identifierQueries(DatabaseClient database) {
    List<String> queries = new ArrayList<>();
    database
        .sql(
            "(select document_number, party_credit_code from penalty_decision order by id limit 200)"
                + " union all (select document_number, party_credit_code from penalty_decision"
                + " order by (id * 7919) % 1000003 limit 200)")
        .map(row -> new String[] {row.get(0, String.class), row.get(1, String.class)})
        .all()
        .doOnNext(
            row -> {
              queries.add(row[0].replace('〔', '[').replace('〕', ']'));
              if (row[1] != null) {
                queries.add(row[1].substring(0, 8) + " " + row[1].substring(8));
              }
            })
        .blockLast();
    Collections.shuffle(queries, new java.util.Random(1));
    return queries;
  }

  /**
   * Sends {@code document}s until the JIT has compiled the path they take: {@link #WARM_UP}
   * requests, then rounds until one spends under {@link #SETTLED} of its time compiling (measured
   * compiling continued past 5,000 requests); says how many were sent, and whether it settled.
   */
  private static String warmUp(int port, Function<Integer, String> document) throws Exception {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    load(port, document, 2, WARM_UP);
    int sent = WARM_UP;
    for (int round = 0; round < MAX_WARM_UP_ROUNDS; round++) {
      long compiling = jit.getTotalCompilationTime();
      long started = System.nanoTime();
      load(port, document, 2, WARM_UP_ROUND);
      sent += WARM_UP_ROUND;
      double spent =
          (jit.getTotalCompilationTime() - compiling) / ((System.nanoTime() - started) / 1e6);
      if (spent < SETTLED) {
        return Integer.toString(sent);
      }
    }
    return sent + " (not settled)";
  }

  /**
   * Latencies in ms of {@code requests} GraphQL requests sent by {@code concurrency} threads, and
   * the wall time.
   */
  private static double[] load(
      int port, Function<Integer, String> document, int concurrency, int requests)
      throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI uri = URI.create("http://localhost:" + port + "/graphql");
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    long started = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < concurrency; t++) {
        int thread = t;
        work.add(
            pool.submit(
                () -> {
                  for (int i = thread; i < requests; i += concurrency) {
                    String body = "{\"query\":" + json(document.apply(i)) + "}";
                    HttpRequest request =
                        HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build();
                    long sent = System.nanoTime();
                    HttpResponse<String> response =
                        client.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies.add((System.nanoTime() - sent) / 1e6);
                    if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
                      throw new IllegalStateException("Failed: " + response.body());
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> future : work) {
        future.get();
      }
    }
    double wall = seconds(started);
    List<Double> sorted = latencies.stream().sorted().toList();
    return new double[] {percentile(sorted, 0.50), percentile(sorted, 0.99), requests / wall};
  }

  /** p50 of fetching a small static file, after as many unmeasured: what HTTP alone costs here. */
  private static double floor(int port) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    URI uri = URI.create("http://localhost:" + port + "/site.css");
    List<Double> latencies = new ArrayList<>();
    for (int i = 0; i < 2 * WARM_UP; i++) {
      long sent = System.nanoTime();
      client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
      if (i >= WARM_UP) {
        latencies.add((System.nanoTime() - sent) / 1e6);
      }
    }
    return percentile(latencies.stream().sorted().toList(), 0.5);
  }

  /**
   * Search latency without HTTP and GraphQL: the service called directly, one request at a time.
   */
  private static String inProcess(SearchService search, List<String> identifiers) {
    StringBuilder table =
        new StringBuilder(
            "%n| in-process (SearchService, no HTTP) | concurrency | requests | p50 ms | p99 ms | req/s |%n"
                .formatted());
    table.append("|---|---|---|---|---|---|\n");
    for (var entry :
        List.of(
            java.util.Map.entry("identifier", identifiers),
            java.util.Map.entry("short Chinese query", SHORT_QUERIES))) {
      List<Double> latencies = new ArrayList<>();
      for (int i = 0; i < 600; i++) {
        String query = entry.getValue().get(i % entry.getValue().size());
        long sent = System.nanoTime();
        search.search(query, null, PageRequest.of(10, null), SearchService.Parts.ALL).block();
        if (i >= 200) {
          latencies.add((System.nanoTime() - sent) / 1e6);
        }
      }
      List<Double> sorted = latencies.stream().sorted().toList();
      double mean = latencies.stream().mapToDouble(Double::doubleValue).average().orElse(1);
      table.append(
          String.format(
              Locale.ROOT,
              "| %s (with facets and highlights) | 1 | %d | %.1f | %.1f | %.0f |%n",
              entry.getKey(),
              latencies.size(),
              percentile(sorted, 0.5),
              percentile(sorted, 0.99),
              1000 / mean));
    }
    return table.toString();
  }

  /**
   * The same short queries as ranked trigram searches in PostgreSQL, one connection at a time: p50
   * and p99 ms, requests/s, and the number of requests.
   */
  private static double[] postgresBaseline(DatabaseClient database) {
    List<Double> latencies = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      for (String query : SHORT_QUERIES) {
        long sent = System.nanoTime();
        database
            .sql(
                "select id from penalty_decision where :q <% (party_name || ' ' || facts)"
                    + " order by word_similarity(:q, party_name || ' ' || facts) desc, id limit 10")
            .bind("q", query)
            .map(row -> row.get(0, Long.class))
            .all()
            .collectList()
            .block(Duration.ofMinutes(5));
        if (round > 0) {
          latencies.add((System.nanoTime() - sent) / 1e6);
        }
      }
    }
    List<Double> sorted = latencies.stream().sorted().toList();
    double throughput =
        1000 / (latencies.stream().mapToDouble(Double::doubleValue).sum() / latencies.size());
    return new double[] {
      percentile(sorted, 0.5), percentile(sorted, 0.99), throughput, latencies.size()
    };
  }

  private static String row(String name, int concurrency, int requests, double[] figures) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d | %.1f | %.1f | %.0f |%n",
        name,
        concurrency,
        requests,
        figures[0],
        figures[1],
        figures[2]);
  }

  private static String line(String format, Object... args) {
    return "- " + String.format(format, args);
  }

  private static double percentile(List<Double> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static long size(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static String json(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Replaces the figures between the markers in BENCHMARKS.md. */
  private static void write(int decisions, String figures) throws IOException {
    BenchmarksFile.write(
        "search-benchmark",
        "Search speed",
        "\nMeasured with `-Dbenchmark.decisions="
            + decisions
            + "` on "
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + java.time.LocalDate.now()
            + ":\n\n"
            + figures
            + "\n");
  }
}
