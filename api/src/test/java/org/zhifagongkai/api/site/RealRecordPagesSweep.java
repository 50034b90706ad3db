package org.zhifagongkai.api.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhifagongkai.api.PublishedTextSweep;
import org.zhifagongkai.api.SeparatePortal;
import org.zhifagongkai.api.SharedData;
import org.zhifagongkai.api.importer.CorpusImporter;
import org.zhifagongkai.api.importer.SpreadsheetImporter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the public site shows for every real record: all real data sets imported into a portal of
 * their own (as {@code RealRecordsTest} does), then every published decision's page opened in the
 * headless Chromium of {@link BrowserTest} and compared with what the API publishes for it; a
 * hundred searches for the records' own words; the open-data and catalogue pages once.
 *
 * <p>Slow (the whole real corpus, page by page), so it runs only with {@code -Dsweep.real=true};
 * {@code -Dsweep.limit=N} opens the pages of the first N decisions only (the searches still take
 * their words from all). Every failure is collected by kind and written to {@code
 * target/site-sweep/real-record-pages.txt} before the test fails on them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RealRecordPagesSweep {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path REPORT = Path.of("target/site-sweep/real-record-pages.txt");

  /** The same selection as the decision page's own query (decision.js), for every decision. */
  private static final String DECISIONS =
      """
      query($after: String) { penaltyDecisions(first: 100, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        nodes {
          id documentNumber caseName status
          party { kind name creditCode legalRepresentative } partyCreditCodeValid
          facts violatedProvisions penaltyProvisions
          citedProvisions { role provision { id citation text } }
          penaltyKinds fineAmount confiscationAmount licenceActions
          decisionDate decisionDateBasis
          agency { id name } region { code name } field { code name } enforcementItem { id name }
          benchmarkTier { tier circumstance conditions fineRange { min max }
            multipleRange { min max base } wording violation { id violation benchmark { title } } }
          discretion { finding reason }
          publishedOn publishUntil publicationDue publishedLate
          provenance { sourceUrl sourceBody }
          withdrawal { withdrawnAt reason kind causeOn }
          history { kind occurredAt actor reason changedParts }
        } } }
      """;

  /**
   * The home page's own search (facets selected, a page of 20), and the same words counted alone:
   * the index counts these two ways (with facets, the ranking query's hits; without, a counting
   * query of its own), so both are compared.
   */
  private static final String SEARCH =
      """
      query($q: String!) {
        page: search(query: $q, filter: {}, first: 20) { totalCount facets { dimension } }
        countOnly: search(query: $q, first: 1) { totalCount } }
      """;

  /** Texts a page shows only when it renders a missing or wrong value. */
  private static final List<String> BROKEN_TEXTS =
      List.of("undefined", "null", "NaN", "[object Object]");

  /** What the decision page's content shows, read in one script. */
  private static final String READ_DECISION_PAGE =
      """
      const value = (label) => {
        for (const dt of document.querySelectorAll('#content dl.record dt')) {
          if (dt.textContent === label) return dt.nextElementSibling.textContent;
        }
        return null;
      };
      return JSON.stringify({
        h1: document.querySelector('h1').textContent,
        title: document.title,
        text: document.body.innerText,
        creditCode: value('统一社会信用代码'),
        fine: value('罚款金额'),
        error: document.querySelector('#content .error')?.textContent ?? null,
      });
      """;

  /** The page's horizontal overflow in CSS pixels, and the first element that sticks out. */
  private static final String OVERFLOW =
      """
      const width = document.documentElement.clientWidth;
      const over = document.documentElement.scrollWidth - width;
      let culprit = null;
      if (over > 0) {
        for (const e of document.querySelectorAll('body *')) {
          const box = e.getBoundingClientRect();
          if (box.right > width + 1 && box.width > 0) {
            culprit = e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
              + ' «' + (e.textContent ?? '').trim().slice(0, 40) + '» right=' + Math.round(box.right);
          }
        }
      }
      return over + (culprit ? ' px, ' + culprit : ' px');
      """;

  private static final Pattern LAW_NAME = Pattern.compile("《([^》]{2,30})》");

  private static @Nullable ConfigurableApplicationContext app;
  private static @Nullable ChromeDriver browser;
  private static String origin = "";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final List<JsonNode> DECISIONS_SHOWN = new ArrayList<>();
  private static final Map<String, String> REPORTED = new LinkedHashMap<>();

  @BeforeAll
  static void importAllRealDataAndStartTheBrowser(@TempDir Path temp) throws Exception {
    assumeTrue(
        Boolean.getBoolean("sweep.real"), "the real-record sweep runs with -Dsweep.real=true");
    long started = System.nanoTime();
    app = SeparatePortal.start(temp);
    CorpusImporter corpus = app.getBean(CorpusImporter.class);
    SpreadsheetImporter sheets = app.getBean(SpreadsheetImporter.class);
    corpus.importFile(SharedData.file("penalties/corpus.jsonl"));
    sheets.importWorkbook(
        SharedData.file("penalties/raw/xizang_creditxizang_shuanggongshi.xlsx"), "信用西藏", "西藏");
    sheets.importWorkbook(
        SharedData.file("penalties/raw/hebei_multi_agency_penalties.xlsx"), "河北", "河北");
    sheets.importWorkbook(
        SharedData.file(
            "penalties/raw/ningxia_longde_amr_shuanggongshi_P020180208396770079220.xls"),
        "隆德",
        "宁夏");
    corpus.importFile(SharedData.file("penalties-recent/local_amr_sample.jsonl"));
    origin = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    REPORTED.put("import", seconds(started));
    browser = BrowserTest.startChromium(false);
    assumeTrue(browser != null, "needs Chromium and its driver");
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.close();
    }
    if (!REPORTED.isEmpty()) {
      StringBuilder text = new StringBuilder();
      REPORTED.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
      Files.createDirectories(REPORT.getParent());
      Files.writeString(REPORT, text);
      System.out.println("real-record page sweep\n" + text);
    }
  }

  @Test
  @Order(1)
  void everyPublishedDecisionsPageShowsWhatTheApiPublishesAndNothingMore() {
    long started = System.nanoTime();
    int limit = Integer.getInteger("sweep.limit", Integer.MAX_VALUE);
    String after = null;
    int total;
    do {
      JsonNode page =
          graphql(DECISIONS, after == null ? Map.of() : Map.of("after", after))
              .get("penaltyDecisions");
      total = page.get("totalCount").asInt();
      page.get("nodes").forEach(DECISIONS_SHOWN::add);
      JsonNode info = page.get("pageInfo");
      after = info.get("hasNextPage").asBoolean() ? info.get("endCursor").asString() : null;
    } while (after != null);
    assertThat(DECISIONS_SHOWN).as("every published decision, page by page").hasSize(total);
    REPORTED.put(
        "API listing", DECISIONS_SHOWN.size() + " of " + total + " in " + seconds(started));

    Failures failures = new Failures();
    int swept = 0;
    int phones = 0;
    int apiLeaks = 0;
    started = System.nanoTime();
    for (JsonNode decision : DECISIONS_SHOWN) {
      if (swept == limit) {
        break;
      }
      String id = decision.get("id").asString();
      String apiText = String.join("\n", texts(decision, new ArrayList<>()));
      if (!PublishedTextSweep.leaks(apiText).isEmpty()) {
        apiLeaks++;
      }
      try {
        check(decision, apiText, failures);
        if (swept % 50 == 0) {
          phones++;
          checkPhoneWidth(id, failures);
        }
      } catch (WebDriverException e) {
        failures.add("page did not render", id, firstLine(e.getMessage()));
        browser().manage().window().setSize(BrowserTest.DESKTOP);
      }
      swept++;
      if (swept % 500 == 0) {
        System.out.println("swept " + swept + " decisions in " + seconds(started));
      }
    }
    REPORTED.put(
        "decision pages", swept + " swept, " + phones + " also at 390 px, in " + seconds(started));
    REPORTED.put("decisions whose API text the sweep already flags", String.valueOf(apiLeaks));
    REPORTED.put("decision page failures", failures.toString());
    assertThat(failures.byKind).isEmpty();
  }

  private void check(JsonNode decision, String apiText, Failures failures) {
    String id = decision.get("id").asString();
    String number = decision.get("documentNumber").asString();
    open("/decisions/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    awaitPage("document.querySelector('#content').children.length > 0");
    List<String> console = BrowserTest.consoleProblems(browser());
    if (!console.isEmpty()) {
      failures.add("console problem", id, console.getFirst());
    }
    JsonNode shown = JSON.readTree(String.valueOf(browser().executeScript(READ_DECISION_PAGE)));
    if (!shown.get("error").isNull()) {
      failures.add("error shown", id, shown.get("error").asString());
      return;
    }
    if (!number.equals(shown.get("h1").asString())) {
      failures.add(
          "heading is not the document number",
          id,
          "h1 «" + shown.get("h1").asString() + "» API «" + number + "»");
    }
    if (!number.strip().replaceAll("\\s+", " ").equals(shown.get("title").asString())) {
      failures.add(
          "title is not the document number",
          id,
          "title «" + shown.get("title").asString() + "» API «" + number + "»");
    }
    String text = shown.get("text").asString();
    for (String leak : PublishedTextSweep.leaks(text)) {
      if (!apiText.contains(leak)) {
        failures.add("page adds personal data", id, "«" + around(text, leak) + "»");
      }
    }
    for (String broken : BROKEN_TEXTS) {
      if (text.contains(broken)) {
        failures.add(
            apiText.contains(broken) ? "broken text, as in the API's data" : "broken text",
            id,
            "«" + around(text, broken) + "»");
      }
    }
    JsonNode party = decision.get("party");
    String code = party.get("creditCode").isNull() ? null : party.get("creditCode").asString();
    if (code != null
        && decision.get("partyCreditCodeValid").isBoolean()
        && !decision.get("partyCreditCodeValid").asBoolean()) {
      code += "（未通过校验位检查，按来源原样公示）";
    }
    String shownCode = shown.get("creditCode").isNull() ? null : shown.get("creditCode").asString();
    if (!java.util.Objects.equals(code == null || code.isEmpty() ? null : code, shownCode)) {
      failures.add("credit code differs", id, "shown «" + shownCode + "» API «" + code + "»");
    }
    JsonNode fine = decision.get("fineAmount");
    String shownFine = shown.get("fine").isNull() ? null : shown.get("fine").asString();
    if (fine.isNull()) {
      if (shownFine != null) {
        failures.add("fine differs", id, "shown «" + shownFine + "» API null");
      }
    } else if (shownFine == null
        || !shownFine.matches("[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]+)? 元")
        || new BigDecimal(shownFine.replace(",", "").replace(" 元", ""))
                .compareTo(new BigDecimal(fine.asString()))
            != 0) {
      failures.add("fine differs", id, "shown «" + shownFine + "» API " + fine.asString());
    }
  }

  private void checkPhoneWidth(String id, Failures failures) {
    browser().manage().window().setSize(BrowserTest.PHONE);
    try {
      browser().navigate().refresh();
      awaitPage("document.querySelector('#content').children.length > 0");
      String overflow = String.valueOf(browser().executeScript(OVERFLOW));
      if (!overflow.startsWith("0 px") && !overflow.startsWith("-")) {
        failures.add("overflows at 390 px", id, overflow);
      }
      BrowserTest.consoleProblems(browser());
    } finally {
      browser().manage().window().setSize(BrowserTest.DESKTOP);
    }
  }

  /**
   * A hundred searches for the records' own words, chosen by stride over the listing, not by hand:
   * a fragment of a party's name, a document number, a law a decision says was violated.
   */
  @Test
  @Order(2)
  void searchesForTheRecordsOwnWordsShowTheApisCountAndOpenTheirFirstResult() {
    assumeTrue(!DECISIONS_SHOWN.isEmpty(), "the decisions are listed by the first test");
    long started = System.nanoTime();
    Set<String> queries = new LinkedHashSet<>();
    int stride = Math.max(1, DECISIONS_SHOWN.size() / 100);
    for (int i = 0; i < DECISIONS_SHOWN.size() && queries.size() < 100; i += stride) {
      JsonNode d = DECISIONS_SHOWN.get(i);
      String name = d.get("party").get("name").asString();
      if (!name.contains("*") && name.length() >= 4) {
        queries.add(name.substring(0, Math.min(6, name.length())));
      }
      String number = d.get("documentNumber").asString();
      if (!number.startsWith("无文号")) {
        queries.add(number);
      }
      Matcher law = LAW_NAME.matcher(d.get("violatedProvisions").asString());
      if (law.find()) {
        queries.add(law.group(1));
      }
    }
    Failures failures = new Failures();
    int zero = 0;
    int opened = 0;
    for (String q : queries) {
      JsonNode api = graphql(SEARCH, Map.of("q", q.strip()));
      long expected = api.get("page").get("totalCount").asLong();
      long counted = api.get("countOnly").get("totalCount").asLong();
      if (counted != expected) {
        failures.add(
            "search API: totalCount differs with and without facets",
            q,
            expected + " with facets, " + counted + " without");
      }
      if (expected == 0) {
        zero++;
      }
      try {
        open("/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8).replace("+", "%20"));
        awaitPage(
            "document.querySelector('#result-count') !== null"
                + " || document.querySelector('#search-error').children.length > 0");
        List<String> console = BrowserTest.consoleProblems(browser());
        if (!console.isEmpty()) {
          failures.add("search: console problem", q, console.getFirst());
        }
        String count =
            String.valueOf(
                browser()
                    .executeScript(
                        "return document.querySelector('#result-count')?.textContent"
                            + " ?? document.querySelector('#search-error').textContent"));
        Matcher shown = Pattern.compile("^共 ([0-9]+) 条").matcher(count);
        if (!shown.find() || Long.parseLong(shown.group(1)) != expected) {
          failures.add("search: count differs", q, "shown «" + count + "» API " + expected);
          continue;
        }
        Object href =
            browser()
                .executeScript(
                    "return document.querySelector('#results li.result h3 a')?.getAttribute('href') ?? null");
        if (href == null) {
          if (expected > 0) {
            failures.add("search: no first result link", q, count);
          }
          continue;
        }
        opened++;
        open(String.valueOf(href));
        String loaded = openedPage(String.valueOf(href));
        if (loaded != null) {
          failures.add("search: first result does not load", q, href + " " + loaded);
        }
      } catch (WebDriverException e) {
        failures.add("search: page did not render", q, firstLine(e.getMessage()));
      }
    }
    REPORTED.put(
        "searches",
        queries.size()
            + " queries ("
            + zero
            + " with no result in the API), "
            + opened
            + " first results opened, in "
            + seconds(started));
    REPORTED.put("search failures", failures.toString());
    assertThat(failures.byKind).isEmpty();
  }

  /** Null when the page a result links to loaded and shows no error; what went wrong otherwise. */
  private @Nullable String openedPage(String href) {
    if (href.startsWith("/decisions/")) {
      awaitPage("document.querySelector('#content').children.length > 0");
    } else {
      pause();
    }
    List<String> console = BrowserTest.consoleProblems(browser());
    Object error =
        browser()
            .executeScript(
                "return [...document.querySelectorAll('main .error')].map((e) => e.textContent.trim())"
                    + ".find(Boolean) ?? (document.querySelector('h1').textContent.startsWith('未找到')"
                    + " ? document.querySelector('h1').textContent : null)");
    if (error != null) {
      return "shows «" + error + "»";
    }
    return console.isEmpty() ? null : console.getFirst();
  }

  @Test
  @Order(3)
  void theOpenDataAndCataloguePagesLoadTheRealRecordsWithoutConsoleProblems() {
    Failures failures = new Failures();
    for (String path : List.of("/open-data", "/catalogue")) {
      open(path);
      pause();
      List<String> console = BrowserTest.consoleProblems(browser());
      console.forEach(problem -> failures.add("console problem", path, problem));
      String text = String.valueOf(browser().executeScript("return document.body.innerText"));
      for (String broken : BROKEN_TEXTS) {
        if (text.contains(broken)) {
          failures.add("broken text", path, "«" + around(text, broken) + "»");
        }
      }
      Object error =
          browser()
              .executeScript(
                  "return [...document.querySelectorAll('main .error')].map((e) => e.textContent.trim()).find(Boolean) ?? null");
      if (error != null) {
        failures.add("error shown", path, String.valueOf(error));
      }
    }
    REPORTED.put("open-data and catalogue failures", failures.toString());
    assertThat(failures.byKind).isEmpty();
  }

  /** Failures by kind: how many, and the first three examples of each. */
  private static final class Failures {
    final Map<String, List<String>> byKind = new TreeMap<>();

    void add(String kind, String id, String what) {
      byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(id + ": " + what);
    }

    @Override
    public String toString() {
      if (byKind.isEmpty()) {
        return "none";
      }
      StringBuilder text = new StringBuilder();
      byKind.forEach(
          (kind, all) -> {
            text.append("\n  ").append(kind).append(": ").append(all.size());
            all.stream().limit(3).forEach(example -> text.append("\n    ").append(example));
          });
      return text.toString();
    }
  }

  private static ChromeDriver browser() {
    assertThat(browser).as("the browser").isNotNull();
    return browser;
  }

  /** Opens a path of the real-data portal; the console's earlier entries are dropped. */
  private static void open(String path) {
    BrowserTest.consoleProblems(browser());
    browser().get(origin + path);
  }

  /** Waits up to 30 s, polling every 20 ms in the page, for a JavaScript condition to hold. */
  private static void awaitPage(String condition) {
    browser()
        .executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "const ok = () => { try { return Boolean("
                + condition
                + "); } catch (e) { return false; } };"
                + "if (ok()) { done(true); return; }"
                + "const timer = setInterval(() => { if (ok()) { clearInterval(timer); done(true); } }, 20);");
  }

  /** For pages without one element that says they are done: their requests have time to end. */
  private static void pause() {
    try {
      Thread.sleep(3_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static JsonNode graphql(String query, Map<String, Object> variables) {
    try {
      HttpResponse<String> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(origin + "/graphql"))
                  .header("Content-Type", "application/json")
                  .timeout(Duration.ofSeconds(60))
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          JSON.writeValueAsString(Map.of("query", query, "variables", variables))))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      JsonNode body = JSON.readTree(response.body());
      assertThat(body.has("errors")).as(response.body()).isFalse();
      return body.get("data");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Every text and number in a node of the API's answer. */
  private static List<String> texts(JsonNode node, List<String> into) {
    if (node.isContainer()) {
      node.forEach(child -> texts(child, into));
    } else if (!node.isNull()) {
      into.add(node.asString());
    }
    return into;
  }

  private static String around(String text, String part) {
    int at = Math.max(0, text.indexOf(part));
    return text.substring(Math.max(0, at - 20), Math.min(text.length(), at + part.length() + 12))
        .replace('\n', '⏎');
  }

  private static String firstLine(@Nullable String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  private static String seconds(long startedNanos) {
    return String.format("%.1f s", (System.nanoTime() - startedNanos) / 1e9);
  }
}
