package org.zhifagongkai.api.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The open-data page ({@code /open-data}) in a real browser: its charts and their data tables show
 * exactly the API's figures for the filter, the downloads carry the filter, ECharts loads here and
 * nowhere else, and the inspection report shows the API's figures.
 */
class OpenDataPageTest extends BrowserTest {

  private static final String CITY = "990100";
  private static final String ECHARTS = "/webjars/echarts/5.5.0/echarts.esm.min.js";
  private static final List<String> BANDS =
      List.of(
          "NONE", "UNDER_1K", "FROM_1K_TO_10K", "FROM_10K_TO_100K", "FROM_100K_TO_1M", "FROM_1M");

  record Key(@Nullable String value, String label) {}

  record Group(List<Key> keys, int count, String totalFine) {}

  record Provision(String id, String citation) {}

  record ProvisionCount(Provision provision, int decisions) {}

  record Figure(String label, @Nullable String value, String unit) {}

  record Indicator(String title, List<Figure> figures) {}

  record RuleCount(String rule, int count) {}

  @Test
  void everyChartAndItsDataTableShowTheApisFiguresForTheFilter() {
    open("/open-data?regionCode=" + CITY);
    settled();
    Map<String, Object> filter = Map.of("regionCode", CITY);

    for (String chart : List.of("month", "field", "region", "band", "kind", "provision")) {
      assertThat(
              browser()
                  .findElements(
                      By.cssSelector("#chart-" + chart + " canvas, #chart-" + chart + " svg")))
          .as("a drawing in the chart " + chart)
          .isNotEmpty();
      assertThat(shown("#chart-" + chart).getAttribute("role")).isEqualTo("img");
      assertThat(shown("#chart-" + chart).getAttribute("aria-label")).isNotBlank();
    }
    assertThat(tableRows("#table-month")).isEqualTo(expectedRows(filter, "MONTH"));
    assertThat(tableRows("#table-field")).isEqualTo(expectedRows(filter, "FIELD"));
    assertThat(tableRows("#table-region")).isEqualTo(expectedRows(filter, "REGION"));
    assertThat(tableRows("#table-band")).isEqualTo(expectedRows(filter, "FINE_BAND"));
    assertThat(tableRows("#table-kind")).isEqualTo(expectedRows(filter, "PENALTY_KIND"));
    List<ProvisionCount> top =
        graphQl
            .document(
                """
                query($filter: PenaltyDecisionFilter) { penaltyStatistics(filter: $filter, groupBy: [YEAR]) {
                  topViolations(first: 10) { provision { id citation } decisions } } }""")
            .variable("filter", filter)
            .execute()
            .path("penaltyStatistics.topViolations")
            .entityList(ProvisionCount.class)
            .get();
    assertThat(top).isNotEmpty();
    assertThat(tableRows("#table-provision"))
        .isEqualTo(
            top.stream()
                .map(t -> List.of(t.provision().citation(), grouped(t.decisions())))
                .toList());
    assertThat(shown("#total-count").getText()).isEqualTo(grouped(count(filter)) + " 件");
    assertThat(requestedUrls())
        .contains(origin() + ECHARTS)
        .allSatisfy(url -> assertThat(url).startsWith(origin() + "/"));
  }

  @Test
  void changingTheFilterUpdatesTheChartsAndTheDownloadsWhichHoldExactlyTheCountedRows() {
    open("/open-data");
    settled();
    Group firstField = groups(Map.of("regionCode", CITY), "FIELD").getFirst();
    String field = firstField.keys().getFirst().value();
    assertThat(field).isNotNull();

    new Select(browser().findElement(By.id("f-region"))).selectByValue(CITY);
    new Select(browser().findElement(By.id("f-field"))).selectByValue(field);
    typeDate("f-from", "2025-01-01");
    browser().findElement(By.cssSelector("#filter button[type=submit]")).click();
    settled();

    Map<String, Object> filter =
        Map.of("regionCode", CITY, "field", field, "decidedFrom", "2025-01-01");
    long total = count(filter);
    assertThat(total).isPositive();
    assertThat(shown("#total-count").getText()).isEqualTo(grouped(total) + " 件");
    assertThat(tableRows("#table-month")).isEqualTo(expectedRows(filter, "MONTH"));
    assertThat(tableRows("#table-kind")).isEqualTo(expectedRows(filter, "PENALTY_KIND"));
    assertThat(browser().getCurrentUrl())
        .endsWith("/open-data?regionCode=" + CITY + "&field=" + field + "&from=2025-01-01");

    String csv = shown("li[data-dataset=penalty-decisions] a.csv").getDomAttribute("href");
    assertThat(csv)
        .isEqualTo(
            "/open-data/penalty-decisions.csv?regionCode="
                + CITY
                + "&field="
                + field
                + "&from=2025-01-01");
    assertThat(csvRecords(download(csv)) - 1).as("rows after the header").isEqualTo(total);
    assertThat(shown("li[data-dataset=discretion-benchmarks] a.jsonl").getDomAttribute("href"))
        .isEqualTo("/open-data/discretion-benchmarks.jsonl?field=" + field);
  }

  @Test
  void thePageAndTheFilesBesideItAnswerAtTheirPaths() {
    web.get()
        .uri("/open-data")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith("text/html");
    web.get()
        .uri("/open-data/dictionary.csv")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith("text/csv");
    web.get()
        .uri("/open-data/catalog.jsonld")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith("application/ld+json");
  }

  @Test
  void clickingARegionInTheDataTableDrillsDownToIt() {
    open("/open-data?regionCode=" + CITY);
    settled();
    Group county = groups(Map.of("regionCode", CITY), "REGION").getFirst();
    String code = county.keys().getFirst().value();

    WebElement button = browser().findElement(By.cssSelector("#table-region tbody button"));
    script("arguments[0].closest('details').open = true", button);
    assertThat(button.getText()).isEqualTo(county.keys().getFirst().label());
    button.click();
    waitUntil(page -> page.getCurrentUrl().endsWith("regionCode=" + code));
    settled();

    assertThat(
            new Select(browser().findElement(By.id("f-region")))
                .getFirstSelectedOption()
                .getDomAttribute("value"))
        .isEqualTo(code);
    assertThat(shown("#total-count").getText()).isEqualTo(grouped(county.count()) + " 件");
    assertThat(shown("#region-up").getText()).contains("返回上级地区");
  }

  @Test
  void echartsLoadsOnTheOpenDataPageAloneWithoutConsoleErrorsOrPolicyRefusals() {
    open("/");
    shown("#latest tr:nth-child(20)");
    assertThat(requestedUrls()).noneMatch(url -> url.contains("echarts"));
    assertThat(consoleProblems()).isEmpty();

    open("/open-data?regionCode=" + CITY);
    settled();
    // Redraw once more, and hover a chart so that its tooltip appears.
    browser().findElement(By.cssSelector("#filter button[type=submit]")).click();
    settled();
    new org.openqa.selenium.interactions.Actions(browser())
        .moveToElement(browser().findElement(By.id("chart-month")))
        .perform();
    assertThat(requestedUrls()).contains(origin() + ECHARTS);
    assertThat(consoleProblems()).isEmpty();
  }

  @Test
  void inspectionReportAndPublicationFindingsShowTheApisFigures() {
    open("/open-data?regionCode=" + CITY + "&from=2026-01-01&to=2026-11-20");
    settled();
    List<Indicator> indicators =
        graphQl
            .document(
                """
                { inspectionReport(regionCode: "990100", from: "2026-01-01", to: "2026-11-20") {
                  indicators { title figures { label value unit } } } }""")
            .execute()
            .path("inspectionReport.indicators")
            .entityList(Indicator.class)
            .get();
    List<List<String>> expected = new ArrayList<>();
    for (Indicator indicator : indicators) {
      for (Figure figure : indicator.figures()) {
        expected.add(List.of(indicator.title(), figure.label(), figureText(figure)));
      }
    }
    // Each indicator is a row group: its title (data-title), then one row per figure.
    @SuppressWarnings("unchecked")
    List<List<String>> shown =
        (List<List<String>>)
            script(
                "return [...document.querySelectorAll('#report-figures tbody tr.figure')]"
                    + ".map(tr => [tr.parentElement.dataset.title,"
                    + " ...[...tr.children].map(c => c.textContent.trim())])");
    assertThat(shown).isEqualTo(expected);
    assertThat(shown("#report-csv").getDomAttribute("href"))
        .isEqualTo(
            "/open-data/inspection-report.csv?regionCode=990100&from=2026-01-01&to=2026-11-20");
    assertThat(browser().findElements(By.cssSelector("#report-figures a[href]")))
        .hasSize(indicators.size());

    List<RuleCount> findings =
        graphQl
            .document(
                "{ publicationFindingCounts(filter: {regionCode: \"990100\"}, groupBy: [RULE]) { rule count } }")
            .execute()
            .path("publicationFindingCounts")
            .entityList(RuleCount.class)
            .get();
    assertThat(browser().findElements(By.cssSelector("#findings-table tbody tr"))).hasSize(8);
    for (RuleCount finding : findings) {
      String cell =
          browser()
              .findElement(
                  By.cssSelector(
                      "#findings-table tr[data-rule=" + finding.rule() + "] td:last-child"))
              .getText();
      assertThat(cell).as(finding.rule()).isEqualTo(grouped(finding.count()));
    }
  }

  @Test
  void wrongDatesAndUnknownRegionsAreRefusedInChinese() {
    open("/open-data");
    settled();
    typeDate("f-from", "2026-05-01");
    typeDate("f-to", "2026-01-01");
    browser().findElement(By.cssSelector("#filter button[type=submit]")).click();
    assertThat(shown("#f-dates-error").getText()).isEqualTo("结束日期不能早于开始日期，请改正。");
    assertThat(browser().findElement(By.id("f-from")).getDomAttribute("aria-invalid"))
        .isEqualTo("true");

    open("/open-data?regionCode=123456");
    assertThat(shown("#status .error").getText())
        .isEqualTo("行政区划代码应为 6 位或 9 位数字，且须是已知的区划。 （INVALID_REGION_CODE）");
    assertThat(shown("#status .error").getDomAttribute("role")).isEqualTo("alert");
  }

  @Test
  void openDataPagePassesAxeOnDesktopAndPhone() throws Exception {
    open("/open-data?regionCode=" + CITY);
    settled();
    script("document.querySelectorAll('details').forEach(d => d.open = true)");
    assertAxePasses();
    screenshot("open-data");

    phone();
    waitUntil(page -> script("return document.documentElement.scrollWidth <= innerWidth"));
    assertReadableOnPhone("open-data-phone");
  }

  /** Fills a date field; typed keys follow the browser's own date format, which varies. */
  private void typeDate(String id, String isoDate) {
    script(
        "arguments[0].value = arguments[1];"
            + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}))",
        browser().findElement(By.id(id)),
        isoDate);
  }

  /** Waits until every section has its figures for the filter applied last. */
  private void settled() {
    waitUntil(
        page ->
            script(
                "return !document.querySelector('[aria-busy]')"
                    + " && document.getElementById('status').textContent.startsWith('已按筛选条件更新')"
                    + " && !!document.querySelector('#findings table')"));
  }

  /** The text of each cell of each row of a table's body, whether its details are open or not. */
  @SuppressWarnings("unchecked")
  private List<List<String>> tableRows(String container) {
    return (List<List<String>>)
        script(
            "return [...document.querySelectorAll(arguments[0] + ' tbody tr')]"
                + ".map(tr => [...tr.children].map(c => c.textContent.trim()))",
            container);
  }

  private List<Group> groups(Map<String, Object> filter, String dimension) {
    return graphQl
        .document(
            "query($filter: PenaltyDecisionFilter) { penaltyStatistics(filter: $filter, groupBy: ["
                + dimension
                + "]) { groups(first: 100) { keys { value label } count totalFine } } }")
        .variable("filter", filter)
        .execute()
        .path("penaltyStatistics.groups")
        .entityList(Group.class)
        .get();
  }

  /** The rows a chart's data table should hold, in the page's order. */
  private List<List<String>> expectedRows(Map<String, Object> filter, String dimension) {
    List<Group> groups = new ArrayList<>(groups(filter, dimension));
    assertThat(groups).as(dimension).isNotEmpty();
    if (dimension.equals("MONTH")) {
      groups.sort(Comparator.comparing(g -> String.valueOf(g.keys().getFirst().value())));
    } else if (dimension.equals("FINE_BAND")) {
      groups.sort(Comparator.comparingInt(g -> BANDS.indexOf(g.keys().getFirst().value())));
    }
    return groups.stream()
        .map(g -> List.of(g.keys().getFirst().label(), grouped(g.count()), yuan(g.totalFine())))
        .toList();
  }

  private long count(Map<String, Object> filter) {
    return graphQl
        .document(
            "query($filter: PenaltyDecisionFilter) { penaltyDecisions(filter: $filter, first: 1) { totalCount } }")
        .variable("filter", filter)
        .execute()
        .path("penaltyDecisions.totalCount")
        .entity(Long.class)
        .get();
  }

  private String download(String path) {
    byte[] body =
        web.mutate()
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 << 20))
            .build()
            .get()
            .uri(path)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
    assertThat(body).isNotNull();
    return new String(body, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Records of an RFC 4180 file: line ends outside quoted cells. */
  private static long csvRecords(String csv) {
    long records = 0;
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        records++;
      }
    }
    return records;
  }

  private static String figureText(Figure figure) {
    if (figure.value() == null) {
      return "—（无法计算）";
    }
    return figure.unit().equals("%")
        ? figure.value() + "%"
        : grouped(figure.value()) + " " + figure.unit();
  }

  private static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** As the page writes numbers: thousands separated, decimals as given. */
  private static String grouped(String number) {
    String[] parts = number.split("\\.", 2);
    String whole = String.format(Locale.ROOT, "%,d", new BigInteger(parts[0]));
    return parts.length > 1 && !parts[1].isEmpty() ? whole + "." + parts[1] : whole;
  }

  private static String yuan(String amount) {
    return grouped(amount) + " 元";
  }
}
