package org.zhifagongkai.api.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * One penalty decision's page ({@code /decisions/{id}}): as published, withdrawn, corrected,
 * unknown.
 */
class DecisionPageTest extends BrowserTest {

  private static final String DECISION =
      """
      query($id: ID!) { penaltyDecision(id: $id) {
        id documentNumber party { name creditCode } agency { name } fineAmount
        citedProvisions { provision { citation text } }
        benchmarkTier { id fineRange { min max } } discretion { finding }
        withdrawal { reason } } }
      """;

  @Autowired Clock clock;

  private GraphQlTester.Response decision(String id) {
    return graphQl.document(DECISION).variable("id", id).execute();
  }

  private HttpGraphQlTester staff() {
    return graphQl.mutate().header("Authorization", "Bearer test-token-900001").build();
  }

  /** Publishes a decision of the known test body (900005) through the API, as its staff do. */
  private String publish(String number) {
    Map<String, Object> input = new HashMap<>();
    input.put("agencyId", "900005");
    input.put("documentNumber", number);
    input.put(
        "party",
        Map.of(
            "kind",
            "LEGAL_PERSON",
            "name",
            "页面测试噪声有限公司",
            "creditCode",
            "91350100M000100Y43",
            "legalRepresentative",
            "赵一"));
    input.put("facts", "当事人在夜间施工中未采取降噪措施。");
    input.put("violatedProvisions", "《测试大气法》第十八条");
    input.put("penaltyProvisions", "《测试大气法》第九十九条");
    input.put("penaltyKinds", List.of("FINE"));
    input.put("fineAmount", "3000");
    input.put("decisionDate", LocalDate.now(clock).minusDays(2).toString());
    input.put("field", "ECO_ENVIRONMENT");
    return staff()
        .document(
            "mutation($input: PublishPenaltyDecisionInput!) { publishPenaltyDecision(input: $input) { id } }")
        .variable("input", input)
        .execute()
        .path("publishPenaltyDecision.id")
        .entity(String.class)
        .get();
  }

  /** A decision the change feed says was withdrawn, if the sample holds one. */
  private Optional<String> withdrawnInTheFeed() {
    String after = null;
    while (true) {
      GraphQlTester.Response page =
          graphQl
              .document(
                  "query($after: String) { changes(first: 1000, after: $after) {"
                      + " pageInfo { hasNextPage endCursor } nodes { kind decisionId } } }")
              .variable("after", after)
              .execute();
      List<Map<String, Object>> nodes =
          page.path("changes.nodes")
              .entity(
                  new org.springframework.core.ParameterizedTypeReference<
                      List<Map<String, Object>>>() {})
              .get();
      Optional<String> found =
          nodes.stream()
              .filter(n -> "WITHDRAWN".equals(n.get("kind")))
              .map(n -> String.valueOf(n.get("decisionId")))
              .reduce((a, b) -> b);
      if (found.isPresent()) {
        return found;
      }
      if (!page.path("changes.pageInfo.hasNextPage").entity(Boolean.class).get()) {
        return Optional.empty();
      }
      after = page.path("changes.pageInfo.endCursor").entity(String.class).get();
    }
  }

  /**
   * The newest decision whose fine lies within its benchmark tier, however many decisions other
   * tests published since.
   */
  private String firstWithinItsTier() {
    String after = null;
    while (true) {
      GraphQlTester.Response page =
          graphQl
              .document(
                  "query($after: String) { penaltyDecisions(first: 100, after: $after) {"
                      + " pageInfo { hasNextPage endCursor } nodes { id discretion { finding } } } }")
              .variable("after", after)
              .execute();
      List<String> within =
          page.path("penaltyDecisions.nodes[?(@.discretion.finding == 'WITHIN_TIER')].id")
              .entityList(String.class)
              .get();
      if (!within.isEmpty()) {
        return within.getFirst();
      }
      assertThat(page.path("penaltyDecisions.pageInfo.hasNextPage").entity(Boolean.class).get())
          .as("a decision within its benchmark tier")
          .isTrue();
      after = page.path("penaltyDecisions.pageInfo.endCursor").entity(String.class).get();
    }
  }

  @Test
  void aDecisionShowsItsRecordProvisionsBenchmarkAndTheWayToComplain() throws Exception {
    String id = firstWithinItsTier();
    GraphQlTester.Response expected = decision(id);
    String number = expected.path("penaltyDecision.documentNumber").entity(String.class).get();

    open("/decisions/" + id);
    waitUntil(page -> number.equals(page.findElement(By.tagName("h1")).getText()));
    assertThat(browser().getTitle()).isEqualTo(number + " · 执法公开");
    String record = browser().findElement(By.cssSelector("#content dl.record")).getText();
    assertThat(browser().findElement(By.id("content")).getText()).doesNotContain("null");
    assertThat(record)
        .contains(expected.path("penaltyDecision.party.name").entity(String.class).get())
        .contains(expected.path("penaltyDecision.agency.name").entity(String.class).get());
    assertThat(shown("#benchmark-heading + dl.record").getText()).contains("✓ 罚款在该裁量阶次的幅度之内");

    // Each cited provision opens to its text.
    String citation =
        expected
            .path("penaltyDecision.citedProvisions[0].provision.citation")
            .entity(String.class)
            .get();
    String text =
        expected
            .path("penaltyDecision.citedProvisions[0].provision.text")
            .entity(String.class)
            .get();
    WebElement provision = shown("ul.provisions details");
    assertThat(provision.findElement(By.tagName("summary")).getText()).startsWith(citation);
    provision.findElement(By.tagName("summary")).click();
    assertThat(provision.findElement(By.cssSelector(".provision-text")).getText()).isEqualTo(text);

    assertThat(shown("#content a[href^='/complain']").getDomAttribute("href"))
        .isEqualTo("/complain?decision=" + id);
    assertThat(browser().findElement(By.cssSelector("#content a[href^='/complain']")).getText())
        .isEqualTo("对这一执法行为投诉");
    assertThat(shown("#history-heading + p").getText()).isEqualTo("公示以来未作更正。");

    // The fine check opens on this decision's tier and fine, and keeps the decision for a
    // complaint.
    String tierId = expected.path("penaltyDecision.benchmarkTier.id").entity(String.class).get();
    shown("#benchmark-heading ~ p a[href^='/check-fine']").click();
    waitUntil(page -> page.getCurrentUrl().contains("tier=" + tierId));
    assertThat(shown("#tier-" + tierId).isSelected()).isTrue();
    assertThat(shown("#verdict").getDomAttribute("data-verdict")).isEqualTo("inside");
    assertThat(shown("#content a[href^='/complain']").getDomAttribute("href"))
        .isEqualTo("/complain?decision=" + id);
  }

  @Test
  void aWithdrawnDecisionShowsItsNoticeAndNothingElse() throws Exception {
    String id =
        withdrawnInTheFeed()
            .orElseGet(
                () -> {
                  // The sample holds no withdrawal: withdraw one through the API, as staff do.
                  String published = publish("页面测环罚〔2026〕901号");
                  staff()
                      .document(
                          """
                          mutation($id: ID!) { withdrawPenaltyDecision(id: $id, input: {
                            kind: REVOKED, reason: "经行政复议，原处罚决定被撤销。", causeOn: "%s" }) { status } }
                          """
                              .formatted(LocalDate.now(clock).minusDays(1)))
                      .variable("id", published)
                      .execute()
                      .path("withdrawPenaltyDecision.status")
                      .entity(String.class)
                      .isEqualTo("WITHDRAWN");
                  return published;
                });
    GraphQlTester.Response expected = decision(id);
    String number = expected.path("penaltyDecision.documentNumber").entity(String.class).get();
    String reason = expected.path("penaltyDecision.withdrawal.reason").entity(String.class).get();

    open("/decisions/" + id);
    WebElement notice = shown("section.withdrawn");
    assertThat(notice.findElement(By.tagName("h2")).getText()).isEqualTo("本行政处罚决定已撤回公示");
    // A notice that is the page itself, read in order, not an alert breaking in.
    assertThat(notice.getDomAttribute("role")).isNull();
    assertThat(notice.getText()).contains(number).contains(reason);
    assertThat(browser().getTitle()).isEqualTo(number + " · 执法公开");
    assertThat(browser().findElements(By.cssSelector("#content > *"))).hasSize(1);
    assertThat(browser().findElements(By.id("facts-heading"))).isEmpty();
    assertThat(browser().findElements(By.cssSelector("#content a[href^='/complain']"))).isEmpty();
    screenshot("decision-withdrawn");
  }

  @Test
  void aCorrectedDecisionListsItsCorrections() throws Exception {
    String id = publish("页面测环罚〔2026〕902号");
    staff()
        .document(
            """
            mutation($id: ID!) { correctPenaltyDecision(id: $id, input: {
              fineAmount: "5000", reason: "罚款金额录入有误，予以更正。" }) { fineAmount } }
            """)
        .variable("id", id)
        .execute()
        .path("correctPenaltyDecision.fineAmount")
        .entity(String.class)
        .isEqualTo("5000.00");

    open("/decisions/" + id);
    WebElement history = shown("#history");
    List<String> rows =
        history.findElements(By.cssSelector("tbody tr")).stream().map(WebElement::getText).toList();
    assertThat(rows).anySatisfy(row -> assertThat(row).contains("更正", "罚款金额", "罚款金额录入有误，予以更正。"));
    assertThat(
            browser().findElement(By.id("penalty-heading")).findElement(By.xpath("..")).getText())
        .contains("5,000.00 元");
    screenshot("decision-corrected");
  }

  @Test
  void aSourceAddressThatIsNoWebPageIsRefusedByTheDatabaseAndNeverMadeALink() {
    String id = publish("页面测环罚〔2026〕903号");
    for (String address :
        List.of(
            "javascript:document.title='源地址'",
            "data:text/html,<script>alert(1)</script>",
            "http://sthjt.example.gov.cn@elsewhere.example/",
            "/xzcf/903.html")) {
      assertThatThrownBy(
              () ->
                  database
                      .sql("update penalty_decision set source_url = :url where id = :id")
                      .bind("url", address)
                      .bind("id", Long.parseLong(id))
                      .then()
                      .block())
          .as(address)
          .hasMessageContaining("penalty_decision_source_url_web");
    }
    graphQl
        .document("query($id: ID!) { penaltyDecision(id: $id) { provenance { sourceUrl } } }")
        .variable("id", id)
        .execute()
        .path("penaltyDecision.provenance.sourceUrl")
        .valueIsNull();

    // Should one reach a page all the same, the page's own element maker leaves it text.
    open("/decisions/" + id);
    shown("h1");
    Object href =
        browser()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " import('/js/site.js').then(site => done(["
                    + " site.el('a', { href: \"javascript:document.title='x'\" }, 't').getAttribute('href'),"
                    + " site.el('a', { href: 'https://example.gov.cn/1' }, 't').getAttribute('href')]));");
    assertThat(href).isEqualTo(Arrays.asList(null, "https://example.gov.cn/1"));
  }

  @Test
  void anUnknownDecisionSaysItWasNotFound() {
    open("/decisions/999999999");
    assertThat(shown("#content [role=alert]").getText())
        .isEqualTo("没有找到编号为“999999999”的行政处罚决定：编号可能有误，或该决定已不再公示。");
    assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("未找到行政处罚决定");
  }

  @Test
  void theDecisionPassesAxeOnDesktopAndPhoneAndStaysOnThePortal() throws Exception {
    String id =
        graphQl
            .document("{ penaltyDecisions(first: 1) { nodes { id } } }")
            .execute()
            .path("penaltyDecisions.nodes[0].id")
            .entity(String.class)
            .get();
    open("/decisions/" + id);
    shown("#content a[href^='/complain']");
    for (WebElement summary : browser().findElements(By.cssSelector("ul.provisions summary"))) {
      summary.click();
    }
    assertAxePasses();
    script("window.scrollTo(0, 0)");
    screenshot("decision");

    assertReadableOnPhone("decision-phone");
    assertThat(requestedUrls()).allSatisfy(url -> assertThat(url).startsWith(origin() + "/"));
  }
}
