package org.zhifagongkai.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.zhifagongkai.api.PublishedTextSweep;
import org.zhifagongkai.api.SeparatePortal;
import org.zhifagongkai.api.SharedData;
import org.zhifagongkai.api.identifier.PersonalData;
import org.zhifagongkai.api.importer.CorpusImporter;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.penalty.PenaltyDecision;
import org.zhifagongkai.search.SearchWeights;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search quality on the real corpus: 2,135 published decisions imported through the importer, 72
 * judged queries (relevance/judgments.tsv). Fails when MRR@10 falls below what BENCHMARKS.md
 * records.
 */
class RelevanceTest {

  /** MRR@10 of the default analysis as recorded in BENCHMARKS.md, less a small margin. */
  private static final double RECORDED_MRR = 0.95;

  private static ConfigurableApplicationContext app;
  private static CorpusImporter.Report imported;
  private static final Map<Long, String> SOURCE_IDS = new HashMap<>();

  record Judgment(String family, String query, Set<String> relevant) {}

  @BeforeAll
  static void importTheCorpus(@TempDir Path temp) {
    app = SeparatePortal.start(temp);
    imported =
        app.getBean(CorpusImporter.class).importFile(SharedData.file("penalties/corpus.jsonl"));
    List<String> sourceIds = sourceIds();
    imported
        .imported()
        .forEach((line, decision) -> SOURCE_IDS.put(decision, sourceIds.get(line - 1)));
    awaitIndex(app.getBean(DatabaseClient.class));
    if (System.getenv("RELEVANCE_MISSES") != null) {
      imported.rejected().forEach(line -> System.out.println("REJECTED " + line));
    }
  }

  /** The corpus's record id of each line. */
  private static List<String> sourceIds() {
    JsonMapper json = JsonMapper.builder().build();
    try {
      return Files.readAllLines(SharedData.file("penalties/corpus.jsonl")).stream()
          .map(line -> json.readTree(line).get("src_id").asString())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  static void close() {
    app.close();
  }

  private static void awaitIndex(DatabaseClient database) {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline) {
      Long pending =
          database
              .sql("select count(*) from search_change")
              .map(r -> r.get(0, Long.class))
              .one()
              .block();
      if (pending != null && pending == 0) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Test
  void everyRecordIsImportedOrRejectedWithAReason() {
    assertThat(imported.imported().size() + imported.updated().size() + imported.rejected().size())
        .isEqualTo(2_135);
    // Most rejections are enforcement item descriptions published beside decisions; the rest are
    // records with no evidence of their date at all. Both counts are recorded in BENCHMARKS.md.
    assertThat(imported.imported().size()).isGreaterThanOrEqualTo(1_200);
    assertThat(imported.rejected())
        .allMatch(
            reason ->
                reason.contains("not a decision")
                    || reason.contains("without any evidence of its date")
                    || reason.contains("a duplicate"));
  }

  /**
   * The importer removes every resident ID, mobile and bank account number from what it publishes:
   * none is readable in any public answer, though the corpus shows many.
   */
  @Test
  void noPersonalNumberIsReadableInAnyPublicAnswer() throws IOException {
    long inTheCorpus =
        Files.readAllLines(SharedData.file("penalties/corpus.jsonl")).stream()
            .mapToLong(line -> PersonalData.find(line).size())
            .sum();
    assertThat(inTheCorpus).as("personal numbers in the raw corpus").isPositive();
    System.out.println("masking sweep: " + inTheCorpus + " personal numbers in the raw corpus");

    String port = app.getEnvironment().getProperty("local.server.port");
    WebTestClient web =
        WebTestClient.bindToServer()
            .baseUrl("http://localhost:" + port + "/graphql")
            .responseTimeout(Duration.ofMinutes(1))
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
            .build();
    long starredInCorpus =
        Files.readAllLines(SharedData.file("penalties/corpus.jsonl")).stream()
            .mapToLong(line -> PublishedTextSweep.HALF_MASKED.matcher(line).results().count())
            .sum();
    System.out.println(
        "masking sweep: " + starredInCorpus + " half-masked numbers in the raw corpus");
    assertThat(starredInCorpus).isPositive();
    assertThat(
            Files.readAllLines(SharedData.file("penalties/corpus.jsonl")).stream()
                .filter(line -> PublishedTextSweep.BIRTH_DATE.matcher(line).find())
                .count())
        .as("records showing a birth date in the raw corpus")
        .isPositive();
    String after = null;
    int pages = 0;
    List<String> leaked = new ArrayList<>();
    do {
      String body =
          answer(web, DECISION_PAGE.formatted(after == null ? "null" : "\"" + after + "\""));
      leaked.addAll(PublishedTextSweep.leaks(body));
      after = body.contains("\"hasNextPage\":true") ? endCursor(body) : null;
      pages++;
    } while (after != null);
    assertThat(pages).isGreaterThanOrEqualTo(imported.imported().size() / 100);
    for (String query : List.of("身份证", "联系电话", "银行账号", "手机", "当事人")) {
      leaked.addAll(PublishedTextSweep.leaks(answer(web, SEARCH.formatted(query))));
    }
    assertThat(leaked).isEmpty();
  }

  private static final String DECISION_PAGE =
      "{ penaltyDecisions(first: 100, after: %s) { pageInfo { hasNextPage endCursor } nodes {"
          + " documentNumber caseName facts violatedProvisions penaltyProvisions licenceActions"
          + " party { name creditCode legalRepresentative } } } }";
  private static final String SEARCH =
      "{ search(query: \"%s\", first: 100) { edges { highlights { fragments } node {"
          + " ... on PenaltyDecision { facts party { name legalRepresentative } } } } } }";

  private static String answer(WebTestClient web, String document) {
    String body =
        web.post()
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
            .bodyValue(Map.of("query", document))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(body).doesNotContain("\"errors\"");
    return body;
  }

  private static String endCursor(String body) {
    int at = body.indexOf("\"endCursor\":\"") + "\"endCursor\":\"".length();
    return body.substring(at, body.indexOf('"', at));
  }

  @Test
  void theDefaultAnalysisRanksTheRightRecordsFirst() throws IOException {
    List<Judgment> judgments = judgments();
    assertThat(judgments).hasSizeGreaterThanOrEqualTo(60);
    System.out.println(
        "relevance: "
            + judgments.size()
            + " judged queries over "
            + SOURCE_IDS.size()
            + " decisions");
    Map<String, SearchWeights> choices = new LinkedHashMap<>();
    choices.put("combined", SearchWeights.COMBINED);
    choices.put("words", SearchWeights.WORDS);
    choices.put("bigrams", SearchWeights.BIGRAMS);
    Map<String, double[]> scores = new LinkedHashMap<>();
    StringBuilder report = new StringBuilder("relevance (MRR@10, recall@10) by family:\n");
    for (Map.Entry<String, SearchWeights> choice : choices.entrySet()) {
      Map<String, List<double[]>> byFamily = new LinkedHashMap<>();
      for (Judgment judgment : judgments) {
        byFamily
            .computeIfAbsent(judgment.family(), f -> new ArrayList<>())
            .add(evaluate(judgment, choice.getValue()));
      }
      List<double[]> all = byFamily.values().stream().flatMap(List::stream).toList();
      scores.put(choice.getKey(), mean(all));
      report.append(
          String.format("%-9s all %.3f %.3f", choice.getKey(), mean(all)[0], mean(all)[1]));
      byFamily.forEach(
          (family, values) ->
              report.append(
                  String.format("  %s %.3f %.3f", family, mean(values)[0], mean(values)[1])));
      report.append('\n');
    }
    System.out.println(report);
    assertThat(scores.get("combined")[0]).isGreaterThanOrEqualTo(RECORDED_MRR);
  }

  /**
   * Reciprocal rank of the first relevant record in the top 10, and the share of relevant ones
   * found.
   */
  private static double[] evaluate(Judgment judgment, SearchWeights weights) {
    SearchService search = app.getBean(SearchService.class);
    SearchConnection result =
        search
            .search(
                judgment.query(), null, PageRequest.of(10, null), SearchService.Parts.ALL, weights)
            .block();
    List<String> ranked =
        result.edges().stream()
            .map(SearchConnection.Edge::node)
            .filter(PenaltyDecision.class::isInstance)
            .map(node -> SOURCE_IDS.get(((PenaltyDecision) node).id()))
            .toList();
    double reciprocal = 0;
    int found = 0;
    for (int i = 0; i < ranked.size(); i++) {
      if (judgment.relevant().contains(ranked.get(i))) {
        found++;
        if (reciprocal == 0) {
          reciprocal = 1.0 / (i + 1);
        }
      }
    }
    if (reciprocal < 1 && System.getenv("RELEVANCE_MISSES") != null) {
      System.out.println(
          "MISS " + judgment.query() + " -> " + ranked + " want " + judgment.relevant());
    }
    return new double[] {reciprocal, (double) found / Math.min(10, judgment.relevant().size())};
  }

  private static double[] mean(List<double[]> values) {
    return new double[] {
      values.stream().mapToDouble(v -> v[0]).average().orElse(0),
      values.stream().mapToDouble(v -> v[1]).average().orElse(0)
    };
  }

  private static List<Judgment> judgments() throws IOException {
    String text =
        new ClassPathResource("relevance/judgments.tsv").getContentAsString(StandardCharsets.UTF_8);
    List<Judgment> judgments = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      // Only records the portal publishes can be found; a query left with none is not judged.
      Set<String> published = new HashSet<>(List.of(columns[2].split(",")));
      published.retainAll(SOURCE_IDS.values());
      if (!published.isEmpty()) {
        judgments.add(new Judgment(columns[0], columns[1], published));
      }
    }
    return judgments;
  }
}
