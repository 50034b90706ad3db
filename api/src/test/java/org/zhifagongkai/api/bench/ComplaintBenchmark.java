package org.zhifagongkai.api.bench;

import static org.zhifagongkai.api.DatabaseCounts.count;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.SeparatePortal;
import org.zhifagongkai.api.complaint.ComplaintCategory;
import org.zhifagongkai.api.complaint.HangzhouBodies;
import org.zhifagongkai.api.complaint.filing.ComplaintService;
import org.zhifagongkai.api.complaint.filing.NewComplaint;
import org.zhifagongkai.api.complaint.hotline.HotlineDelivery;
import org.zhifagongkai.api.identifier.CreditCode;

/**
 * Complaint filing, measured (never asserted): latency and throughput of a whole filing (checks,
 * routing, duplicate search, the complaint, its events and its 12345 outbox row, one durable
 * transaction), as an enterprise's client sees it over GraphQL and HTTP and as the service does,
 * beside a plain single-row INSERT on the same PostgreSQL, and the hotline worker's delivery rate
 * to a local endpoint. Opt-in:
 *
 * <pre>
 * ./mvnw -pl api -am verify -Dbenchmark=true -Dtest=ComplaintBenchmark
 *     -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It prints its figures and writes them into BENCHMARKS.md between the complaint markers.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ComplaintBenchmark {

  private static final int FILINGS = Integer.getInteger("benchmark.complaints", 3000);
  private static final int RUNS = 3;

  @TempDir Path directory;

  @Test
  void filingAndDelivery() throws Exception {
    HttpServer hotline = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    AtomicInteger received = new AtomicInteger();
    hotline.createContext(
        "/orders",
        exchange -> {
          exchange.getRequestBody().readAllBytes();
          received.incrementAndGet();
          byte[] answer = "{\"reference\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    hotline.setExecutor(Executors.newFixedThreadPool(8));
    hotline.start();
    ConfigurableApplicationContext portal =
        SeparatePortal.start(
            directory,
            "--portal.hotline.endpoint=http://127.0.0.1:"
                + hotline.getAddress().getPort()
                + "/orders",
            "--portal.hotline.batch-size=100",
            "--portal.hotline.poll-interval=50ms");
    try {
      DatabaseClient database = portal.getBean(DatabaseClient.class);
      HangzhouBodies.insert(database);
      database
          .sql(
              "create table bench_insert (id bigserial primary key, body text not null,"
                  + " created_at timestamptz not null default now())")
          .then()
          .block();
      ComplaintService complaints = portal.getBean(ComplaintService.class);
      HotlineDelivery worker = portal.getBean(HotlineDelivery.class);
      AtomicInteger enterprise = new AtomicInteger();
      IntConsumer file =
          i -> {
            String first17 = "91330102MA" + String.format("%07d", enterprise.incrementAndGet());
            complaints
                .file(
                    new NewComplaint(
                        "杭州测试企业" + i,
                        first17 + CreditCode.checkCharacterFor(first17),
                        null,
                        "王经理",
                        "13900000000",
                        "1",
                        null,
                        null,
                        null,
                        ComplaintCategory.REPEATED_INSPECTION,
                        "同一检查事项一个月内被不同科室检查三次，每次要求提交相同材料，严重影响经营。",
                        false,
                        false,
                        null))
                .block();
          };
      HttpClient http = HttpClient.newHttpClient();
      URI graphQl =
          URI.create(
              "http://localhost:"
                  + portal.getEnvironment().getProperty("local.server.port")
                  + "/graphql");
      IntConsumer fileOverHttp =
          i -> {
            String first17 = "91330102MB" + String.format("%07d", enterprise.incrementAndGet());
            String body =
                """
                {"query": "mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { trackingNumber accessCode complaint { status acceptanceDue } } }",
                 "variables": {"input": {"enterpriseName": "杭州测试企业%d", "creditCode": "%s",
                   "contactName": "王经理", "contactPhone": "13900000000", "agencyId": "1",
                   "category": "REPEATED_INSPECTION",
                   "description": "同一检查事项一个月内被不同科室检查三次，每次要求提交相同材料，严重影响经营。"}}}
                """
                    .formatted(i, first17 + CreditCode.checkCharacterFor(first17));
            try {
              HttpResponse<String> answer =
                  http.send(
                      HttpRequest.newBuilder(graphQl)
                          .header("Content-Type", "application/json")
                          .POST(HttpRequest.BodyPublishers.ofString(body))
                          .build(),
                      HttpResponse.BodyHandlers.ofString());
              if (!answer.body().contains("trackingNumber\":\"ZF-")) {
                throw new IllegalStateException("Filing refused: " + answer.body());
              }
            } catch (IOException | InterruptedException e) {
              throw new IllegalStateException(e);
            }
          };
      IntConsumer insert =
          i ->
              database
                  .sql("insert into bench_insert (body) values (:body)")
                  .bind("body", "同一检查事项一个月内被不同科室检查三次，每次要求提交相同材料。" + i)
                  .then()
                  .block();
      StringBuilder report = new StringBuilder();
      report.append(
          String.format(
              Locale.ROOT,
              "Machine: %d cores, Java %s; %d filings per run, median of %d runs; embedded"
                  + " PostgreSQL 17, synchronous_commit on (every commit durable).%n%n",
              Runtime.getRuntime().availableProcessors(),
              Runtime.version(),
              FILINGS,
              RUNS));
      report.append("| operation | concurrency | p50 ms | p99 ms | per second |\n");
      report.append("|---|---|---|---|---|\n");
      worker.stop();
      for (int concurrency : new int[] {1, 8}) {
        report.append(row("fileComplaint (GraphQL over HTTP)", concurrency, fileOverHttp));
        report.append(row("fileComplaint (service, whole transaction)", concurrency, file));
        report.append(row("plain single-row INSERT (baseline)", concurrency, insert));
      }
      long pending = count(database, "select count(*) from hotline_order where status = 'PENDING'");
      long start = System.nanoTime();
      worker.start();
      while (count(database, "select count(*) from hotline_order where status = 'PENDING'") > 0) {
        Thread.sleep(20);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      report.append(
          String.format(
              Locale.ROOT,
              "%nHotline worker: %d queued orders delivered to a local endpoint in %.1f s = %.0f"
                  + " orders/s (batch 100, 4 requests in flight, signed, one database round trip"
                  + " per order to mark it).%n",
              pending,
              seconds,
              pending / seconds));
      System.out.println(report);
      write(report.toString());
    } finally {
      portal.close();
      hotline.stop(0);
    }
  }

  private static String row(String name, int concurrency, IntConsumer operation) throws Exception {
    List<double[]> runs = new ArrayList<>();
    AtomicInteger sequence = new AtomicInteger();
    for (int run = 0; run < RUNS; run++) {
      List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(concurrency);
      long start = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < FILINGS; i++) {
        done.add(
            pool.submit(
                () -> {
                  long t = System.nanoTime();
                  operation.accept(sequence.incrementAndGet());
                  latencies.add((System.nanoTime() - t) / 1e6);
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      List<Double> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      runs.add(
          new double[] {
            sorted.get(sorted.size() / 2),
            sorted.get((int) (sorted.size() * 0.99)),
            FILINGS / seconds
          });
    }
    runs.sort((a, b) -> Double.compare(a[2], b[2]));
    double[] median = runs.get(runs.size() / 2);
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.2f | %.2f | %.0f |%n",
        name,
        concurrency,
        median[0],
        median[1],
        median[2]);
  }

  private static void write(String figures) throws IOException {
    BenchmarksFile.write("complaint-benchmark", "Complaint filing", figures);
  }
}
