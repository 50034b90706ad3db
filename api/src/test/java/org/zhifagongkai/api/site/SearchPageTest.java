package org.zhifagongkai.api.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.graphql.test.tester.GraphQlTester;

/** The search on the home page ({@code /?q=…}): facets, chips, paging, the address and errors. */
class SearchPageTest extends BrowserTest {

  private static final String SEARCH =
      """
      query($q: String!, $filter: SearchFilter, $after: String) {
        search(query: $q, filter: $filter, first: 20, after: $after) {
          totalCount pageInfo { hasNextPage endCursor }
          interpretation { relaxed expandedTerms }
          facets { dimension values { value label count } }
          edges { node { __typename ... on PenaltyDecision { id } } } } }
      """;

  private GraphQlTester.Response api(String q, Map<String, Object> filter, String after) {
    return graphQl
        .document(SEARCH)
        .variable("q", q)
        .variable("filter", filter)
        .variable("after", after)
        .execute();
  }

  private long totalCount(GraphQlTester.Response response) {
    return response.path("search.totalCount").entity(Long.class).get();
  }

  /** The decision ids of a page of the API's answer, in order. */
  private static List<String> decisionIds(GraphQlTester.Response response) {
    return response.path("search.edges[*].node.id").entityList(String.class).get();
  }

  /** Waits until the page has shown its search, then the ids of the decisions it lists. */
  private List<String> shownDecisionIds() {
    settled();
    return browser().findElements(By.cssSelector("#results li h3 a")).stream()
        .map(a -> a.getDomAttribute("href"))
        .filter(href -> href.startsWith("/decisions/"))
        .map(href -> href.substring("/decisions/".length()))
        .toList();
  }

  /** Waits until the search has been shown: one script, so nothing goes stale in between. */
  private void settled() {
    waitUntil(
        page ->
            (Boolean)
                page.executeScript(
                    "return document.getElementById('result-count') !== null"
                        + " && !document.getElementById('search').hasAttribute('aria-busy')"));
  }

  private String countText() {
    settled();
    return browser().findElement(By.id("result-count")).getText();
  }

  /** The facet link that adds exactly this filter value. */
  private static String facetLink(String param, String value) {
    String pair = param + "=" + value;
    return "#facets a[href$='" + pair + "'], #facets a[href*='" + pair + "&']";
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void aFacetNarrowsTheSearchToTheApisCountAndAResultOpensItsDecision() {
    String words = "人行道摆摊";
    GraphQlTester.Response all = api(words, null, null);
    String agency = all.path("search.facets[1].values[0].value").entity(String.class).get();
    all.path("search.facets[1].dimension").entity(String.class).isEqualTo("AGENCY");
    String agencyName = all.path("search.facets[1].values[0].label").entity(String.class).get();

    open("/");
    WebElement box = shown("#q");
    box.sendKeys(words, Keys.ENTER);
    assertThat(countText()).isEqualTo("共 " + totalCount(all) + " 条");
    assertThat(browser().getCurrentUrl()).isEqualTo(origin() + "/?q=" + encoded(words));
    assertThat(browser().findElement(By.id("latest-section")).isDisplayed()).isFalse();

    shown(facetLink("agency", agency)).click();
    shown(".chips .chip");
    GraphQlTester.Response narrowed = api(words, Map.of("agencyId", agency), null);
    assertThat(countText()).isEqualTo("共 " + totalCount(narrowed) + " 条");
    assertThat(browser().findElement(By.cssSelector(".chips .chip")).getText())
        .isEqualTo("执法主体：" + agencyName + " ×");
    assertThat(shownDecisionIds()).isEqualTo(decisionIds(narrowed));

    // The chip removes its filter again.
    browser().findElement(By.cssSelector(".chips .chip")).click();
    waitUntil(page -> page.findElements(By.cssSelector(".chips .chip")).isEmpty());
    assertThat(countText()).isEqualTo("共 " + totalCount(all) + " 条");

    shown(facetLink("agency", agency)).click();
    shown(".chips .chip");
    String first = decisionIds(narrowed).getFirst();
    shown("#results li h3 a").click();
    waitUntil(page -> page.getCurrentUrl().equals(origin() + "/decisions/" + first));
    GraphQlTester.Response decision =
        graphQl
            .document(
                "query($id: ID!) { penaltyDecision(id: $id) { documentNumber party { name } } }")
            .variable("id", first)
            .execute();
    String number = decision.path("penaltyDecision.documentNumber").entity(String.class).get();
    waitUntil(page -> number.equals(page.findElement(By.tagName("h1")).getText()));
    assertThat(browser().findElement(By.cssSelector("#content dl.record")).getText())
        .contains(decision.path("penaltyDecision.party.name").entity(String.class).get());
  }

  @Test
  void theAddressReproducesASearchAndBackReturnsToIt() {
    String words = "人行道摆摊";
    Map<String, Object> filter = Map.of("kind", "PENALTY_DECISION", "year", 2026);
    GraphQlTester.Response expected = api(words, filter, null);
    String address = "/?q=" + encoded(words) + "&kind=PENALTY_DECISION&year=2026";

    open(address);
    assertThat(shownDecisionIds()).isEqualTo(decisionIds(expected));
    assertThat(countText()).isEqualTo("共 " + totalCount(expected) + " 条");
    assertThat(shown("#q").getDomProperty("value")).isEqualTo(words);
    assertThat(browser().findElements(By.cssSelector(".chips .chip")))
        .extracting(WebElement::getText)
        .containsExactly("类别：行政处罚决定 ×", "年份：2026年 ×");

    // Drill into a region, then Back: the same search as before, from the history.
    String region = expected.path("search.facets[2].values[0].value").entity(String.class).get();
    expected.path("search.facets[2].dimension").entity(String.class).isEqualTo("REGION");
    shown(facetLink("region", region)).click();
    waitUntil(page -> page.getCurrentUrl().contains("region=" + region));
    // The facet link is replaced by the new results: focus moves to their heading, not to nowhere.
    // Read in the page: an element fetched first may be replaced before it is asked for its id.
    waitUntil(page -> "search-heading".equals(script("return document.activeElement?.id")));
    Map<String, Object> inRegion =
        Map.of("kind", "PENALTY_DECISION", "year", 2026, "regionCode", region);
    assertThat(shownDecisionIds()).isEqualTo(decisionIds(api(words, inRegion, null)));
    assertThat(shown("#facets .facet h3").getText()).isNotBlank();

    browser().navigate().back();
    waitUntil(page -> page.getCurrentUrl().equals(origin() + address));
    waitUntil(page -> page.findElements(By.cssSelector(".chips .chip")).size() == 2);
    assertThat(shownDecisionIds()).isEqualTo(decisionIds(expected));
    assertThat(countText()).isEqualTo("共 " + totalCount(expected) + " 条");
  }

  @Test
  void aListingWithoutWordsPagesForwardAndBackByItsAddress() {
    Map<String, Object> filter = Map.of("kind", "PENALTY_DECISION", "agencyId", "66");
    GraphQlTester.Response first = api("", filter, null);
    String cursor = first.path("search.pageInfo.endCursor").entity(String.class).get();
    GraphQlTester.Response second = api("", filter, cursor);
    assertThat(totalCount(first)).isGreaterThan(40);

    open("/?kind=PENALTY_DECISION&agency=66");
    assertThat(shownDecisionIds()).isEqualTo(decisionIds(first));
    assertThat(countText()).isEqualTo("共 " + totalCount(first) + " 条");
    assertThat(browser().findElements(By.cssSelector("#pager a[rel=prev]"))).isEmpty();

    shown("#pager a[rel=next]").click();
    waitUntil(page -> page.getCurrentUrl().contains("after="));
    assertThat(shownDecisionIds()).isEqualTo(decisionIds(second));
    assertThat(countText()).isEqualTo("共 " + totalCount(first) + " 条，第 2 页");
    String pageTwo = browser().getCurrentUrl();

    shown("#pager a[rel=prev]").click();
    waitUntil(page -> !page.getCurrentUrl().contains("after="));
    assertThat(shownDecisionIds()).isEqualTo(decisionIds(first));

    // The second page's address alone shows the second page.
    open(pageTwo.substring(origin().length()));
    assertThat(shownDecisionIds()).isEqualTo(decisionIds(second));
    assertThat(shown("#pager .page-number").getText()).isEqualTo("第 2 页");
  }

  @Test
  void aWidenedSearchSaysSoAndNamesTheSynonymsSearched() {
    String widened = "经营 飞船";
    GraphQlTester.Response relaxed = api(widened, null, null);
    relaxed.path("search.interpretation.relaxed").entity(Boolean.class).isEqualTo(true);
    open("/?q=" + encoded(widened));
    assertThat(countText()).isEqualTo("共 " + totalCount(relaxed) + " 条");
    assertThat(shown("#relaxed-notice").getText())
        .isEqualTo("没有记录同时包含全部检索词。检索已放宽：以下结果只包含部分检索词，或只包含它们的同义词。");

    String synonyms = "卖假货";
    List<String> terms =
        api(synonyms, null, null)
            .path("search.interpretation.expandedTerms")
            .entityList(String.class)
            .get();
    assertThat(terms).isNotEmpty();
    open("/?q=" + encoded(synonyms));
    assertThat(shown("#expanded-terms").getText()).isEqualTo("同时检索了同义词：" + String.join("、", terms));
  }

  @ParameterizedTest
  @CsvSource({
    "BENCHMARK_VIOLATION, violation, BenchmarkViolation { violation }, #violation-title",
    "NO_PENALTY_ITEM, noPenalty, NoPenaltyItem { violation }, #entry .no-penalty-list strong",
    "ENFORCEMENT_ITEM, item, EnforcementItem { name }, #main h2",
  })
  void eachKindOfResultOpensThePageThatShowsIt(
      String kind, String parameter, String fields, String heading) {
    GraphQlTester.Response first =
        graphQl
            .document(
                "query($f: SearchFilter) { search(query: \"\", filter: $f, first: 1) {"
                    + " nodes { ... on "
                    + fields.replace("{", "{ id")
                    + " } } }")
            .variable("f", Map.of("kind", kind))
            .execute();
    String id = first.path("search.nodes[0].id").entity(String.class).get();
    String title =
        first
            .path("search.nodes[0]." + (kind.equals("ENFORCEMENT_ITEM") ? "name" : "violation"))
            .entity(String.class)
            .get();

    open("/?kind=" + kind);
    settled();
    shown("#results li h3 a").click();
    waitUntil(page -> page.getCurrentUrl().endsWith("?" + parameter + "=" + id));
    waitUntil(
        page ->
            page.findElements(By.cssSelector(heading)).stream()
                .anyMatch(h -> h.getText().contains(title)));
  }

  @Test
  void aQueryOfOnlyPunctuationShowsTheChineseMessageAtTheBox() {
    open("/");
    shown("#q").sendKeys("！！！", Keys.ENTER);
    WebElement alert = shown("#search-error [role=alert]");
    assertThat(alert.getText()).isEqualTo("输入的文字为空、过长，或含有无法识别的字符。 （INVALID_TEXT）");
    WebElement box = browser().findElement(By.id("q"));
    assertThat(box.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(box.getDomAttribute("aria-describedby")).contains("search-error");
  }

  @Test
  void theSearchPassesAxeOnDesktopAndPhoneAndStaysOnThePortal() throws Exception {
    open("/?q=" + encoded("人行道摆摊") + "&region=990100");
    settled();
    assertAxePasses();
    screenshot("search");

    assertReadableOnPhone("search-phone");
    assertThat(requestedUrls()).allSatisfy(url -> assertThat(url).startsWith(origin() + "/"));
  }
}
