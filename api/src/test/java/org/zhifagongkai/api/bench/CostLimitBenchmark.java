package org.zhifagongkai.api.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.zhifagongkai.api.PortalApplication;
import tools.jackson.databind.json.JsonMapper;

/**
 * The largest queries the cost limit admits, run on the sample: what each costs, how long it takes
 * (median of 10 after 3 warm-ups) and how much the portal allocates to answer it, beside the query
 * the limit refuses. Prints a table for BENCHMARKS.md; asserts nothing.
 *
 * <pre>./mvnw -pl api -am verify -Dbenchmark=true -Dtest=CostLimitBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class CostLimitBenchmark {

  private static final String DECISION =
      "id documentNumber caseName party { kind name creditCode legalRepresentative } facts"
          + " violatedProvisions penaltyProvisions penaltyKinds fineAmount decisionDate publishUntil"
          + " agency { id name region { code name parent { code name } } }"
          + " benchmarkTier { tier wording fineRange { min max } violation { violation"
          + " violatedProvision { citation text } } } citedProvisions { role provision { citation"
          + " text law { title } } }"
          + " history { kind actor }";

  private static final Map<String, String> QUERIES =
      Map.of(
          "page of 100 decisions, every nested object",
          "{ penaltyDecisions(first: 100) { totalCount nodes { " + DECISION + " } } }",
          "search, 100 hits with highlights and facets, twice",
          "{ a: search(query: \"罚款\", first: 100) { totalCount edges { score highlights { field"
              + " fragments } node { __typename ... on PenaltyDecision { "
              + DECISION
              + " } } } facets { dimension values { value label count } } }"
              + " b: search(query: \"超标排放\", first: 100) { totalCount edges { score highlights"
              + " { field fragments } node { __typename } } facets { dimension values { value"
              + " count } } } }",
          "refused: three nested lists of 100",
          "{ penaltyDecisions(first: 100) { nodes { citedProvisions { provision { law {"
              + " provisions { citation law { provisions { citation } } } } } } } } }");

  @Test
  void theLargestAdmittedQueries(@TempDir Path temp) {
    try (ConfigurableApplicationContext portal =
        SpringApplication.run(
            PortalApplication.class,
            "--portal.embedded-database.data-directory=" + temp.resolve("db"),
            "--portal.search.index-directory=" + temp.resolve("index"),
            "--server.port=0")) {
      WebTestClient web =
          WebTestClient.bindToServer()
              .baseUrl(
                  "http://localhost:" + portal.getEnvironment().getProperty("local.server.port"))
              .responseTimeout(java.time.Duration.ofMinutes(1))
              .codecs(c -> c.defaultCodecs().maxInMemorySize(64 * 1024 * 1024))
              .build();
      var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      JsonMapper json = JsonMapper.builder().build();
      System.out.println("| query | cost | answer | median ms | allocated MB |");
      System.out.println("|---|---|---|---|---|");
      for (var query : QUERIES.entrySet()) {
        List<Double> millis = new ArrayList<>();
        List<Double> megabytes = new ArrayList<>();
        Object cost = null;
        int size = 0;
        for (int run = 0; run < 13; run++) {
          long allocatedBefore = threads.getTotalThreadAllocatedBytes();
          long start = System.nanoTime();
          EntityExchangeResult<byte[]> result =
              web.post()
                  .uri("/graphql")
                  .contentType(MediaType.APPLICATION_JSON)
                  .bodyValue(Map.of("query", query.getValue()))
                  .exchange()
                  .expectBody()
                  .returnResult();
          long elapsed = System.nanoTime() - start;
          long allocated = threads.getTotalThreadAllocatedBytes() - allocatedBefore;
          byte[] body = result.getResponseBody();
          size = body == null ? 0 : body.length;
          Map<?, ?> answer = json.readValue(body, Map.class);
          Object extensions = answer.get("extensions");
          cost =
              extensions instanceof Map<?, ?> e && e.get("cost") instanceof Map<?, ?> c
                  ? c.get("requested")
                  : answer.get("errors");
          if (run >= 3) {
            millis.add(elapsed / 1e6);
            megabytes.add(allocated / 1048576.0);
          }
        }
        System.out.printf(
            "| %s | %s | %,d bytes | %.1f | %.1f |%n",
            query.getKey(),
            cost instanceof List<?> errors
                ? "refused: " + ((Map<?, ?>) errors.getFirst()).get("extensions")
                : cost,
            size,
            median(millis),
            median(megabytes));
      }
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
