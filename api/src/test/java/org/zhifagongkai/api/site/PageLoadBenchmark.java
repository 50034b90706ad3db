package org.zhifagongkai.api.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.zhifagongkai.api.bench.BenchmarksFile;

/**
 * Each public page's load in the machine's headless Chromium, measured (never asserted): Navigation
 * Timing of the document, the end of the last response (its GraphQL answers included) and the
 * weight of everything it loaded, each visit with an empty HTTP cache, median of several visits;
 * beside it, a bare static file opened the same way, the floor of server and browser. Opt-in:
 *
 * <pre>
 * ./mvnw -pl api -am verify -Dbenchmark=true -Dtest=PageLoadBenchmark
 *     -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It prints its figures and writes them into BENCHMARKS.md between the page-load markers.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PageLoadBenchmark extends BrowserTest {

  private static final int VISITS = Integer.getInteger("benchmark.visits", 9);

  /** One visit: times in milliseconds from the start of navigation, sizes in bytes. */
  private record Visit(
      double document,
      double domContentLoaded,
      double load,
      double lastResponse,
      int files,
      long transferred,
      long decoded) {}

  @Test
  void everyPageLoads() throws Exception {
    String decision =
        graphQl
            .document("{ penaltyDecisions(first: 1) { nodes { id } } }")
            .execute()
            .path("penaltyDecisions.nodes[0].id")
            .entity(String.class)
            .get();
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("`/favicon.svg` (baseline: a static file)", "/favicon.svg");
    pages.put("`/` home: latest decisions", "/");
    pages.put("`/?q=违法建设` search with facets", "/?q=%E8%BF%9D%E6%B3%95%E5%BB%BA%E8%AE%BE");
    pages.put("`/decisions/{id}`", "/decisions/" + decision);
    pages.put("`/catalogue`", "/catalogue");
    pages.put("`/check-fine`", "/check-fine");
    pages.put("`/complain`", "/complain");
    pages.put("`/track`", "/track");
    pages.put("`/open-data` (ECharts)", "/open-data");
    StringBuilder table =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Machine: %d cores, Java %s, %s; the test portal (embedded PostgreSQL, the sample"
                    + " dataset); window 1280×900; every visit with an empty HTTP cache; median of"
                    + " %d visits after one unmeasured.%n%n"
                    + "| page | document ms | DOMContentLoaded ms | load ms | last response ms"
                    + " | files | transferred kB | decoded kB |%n"
                    + "|---|---|---|---|---|---|---|---|%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.version(),
                browser().getCapabilities().getBrowserName()
                    + " "
                    + browser().getCapabilities().getBrowserVersion(),
                VISITS));
    for (Map.Entry<String, String> page : pages.entrySet()) {
      visit(page.getValue());
      List<Visit> visits = new ArrayList<>();
      for (int i = 0; i < VISITS; i++) {
        visits.add(visit(page.getValue()));
      }
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %.1f | %.1f | %.1f | %d | %.1f | %.1f |%n",
              page.getKey(),
              median(visits, Visit::document),
              median(visits, Visit::domContentLoaded),
              median(visits, Visit::load),
              median(visits, Visit::lastResponse),
              visits.getLast().files(),
              visits.getLast().transferred() / 1000.0,
              visits.getLast().decoded() / 1000.0));
    }
    System.out.println(table);
    BenchmarksFile.write("page-load-benchmark", "Public site: page load", table.toString());
  }

  /** Opens the page and waits until it has asked for nothing more for half a second. */
  private Visit visit(String path) throws InterruptedException {
    open(path);
    int seen = -1;
    int quiet = 0;
    while (quiet < 5) {
      Thread.sleep(100);
      int now =
          ((Number) script("return performance.getEntriesByType('resource').length")).intValue();
      quiet = now == seen ? quiet + 1 : 0;
      seen = now;
    }
    NavigationTiming timing = navigationTiming();
    List<Resource> resources = resources();
    Number lastResponse =
        (Number)
            script(
                "return Math.max(performance.getEntriesByType('navigation')[0].responseEnd,"
                    + " ...performance.getEntriesByType('resource').map(r => r.responseEnd))");
    return new Visit(
        timing.responseEnd(),
        timing.domContentLoaded(),
        timing.load(),
        lastResponse.doubleValue(),
        1 + resources.size(),
        timing.transferSize() + resources.stream().mapToLong(Resource::transferSize).sum(),
        timing.decodedBodySize() + resources.stream().mapToLong(Resource::decodedBodySize).sum());
  }

  private static double median(List<Visit> visits, java.util.function.ToDoubleFunction<Visit> of) {
    double[] values = visits.stream().mapToDouble(of).sorted().toArray();
    int middle = values.length / 2;
    return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
  }
}
