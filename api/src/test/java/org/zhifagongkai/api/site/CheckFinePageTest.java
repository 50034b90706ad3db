package org.zhifagongkai.api.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The fine check ({@code /check-fine}) in a real browser, against the sample data's benchmarks. */
class CheckFinePageTest extends BrowserTest {

  /** The page's names of the API's tier kinds and circumstances (the schema's descriptions). */
  private static final Map<String, String> TIER =
      Map.of(
          "NO_PENALTY", "不予处罚",
          "EXEMPT", "免予处罚",
          "MITIGATED", "减轻处罚",
          "LENIENT", "从轻处罚",
          "ORDINARY", "一般处罚",
          "SEVERE", "从重处罚");

  private static final Map<String, String> CIRCUMSTANCE =
      Map.of("MINOR", "情节轻微", "LESSER", "情节较轻", "SERIOUS", "情节较重", "GRAVE", "情节严重");

  /** An everyday way of saying 经营超过保质期的食品, which the search's thesaurus knows. */
  private static final String EVERYDAY = "卖过期食品";

  record Range(@Nullable String min, @Nullable String max) {}

  record Multiple(String min, String max, String base) {}

  record Tier(
      String id,
      String tier,
      @Nullable String circumstance,
      String conditions,
      @Nullable Range fineRange,
      @Nullable Multiple multipleRange) {}

  record Found(String id, String violation) {}

  private Found firstViolationFor(String query) {
    return graphQl
        .document(
            """
            query($q: String!) { search(query: $q, filter: {kind: BENCHMARK_VIOLATION}, first: 1) {
              nodes { ... on BenchmarkViolation { id violation } } } }
            """)
        .variable("q", query)
        .execute()
        .path("search.nodes[0]")
        .entity(Found.class)
        .get();
  }

  private List<Tier> tiersOf(String violationId) {
    return graphQl
        .document(
            """
            query($id: ID!) { benchmarkViolation(id: $id) {
              tiers { id tier circumstance conditions fineRange { min max } multipleRange { min max base } } } }
            """)
        .variable("id", violationId)
        .execute()
        .path("benchmarkViolation.tiers")
        .entityList(Tier.class)
        .get();
  }

  private static String yuan(String amount) {
    return new DecimalFormat("#,##0.00").format(new BigDecimal(amount)) + " 元";
  }

  private void check(String tierId, String fine) {
    shown("label[for='tier-" + tierId + "']").click();
    WebElement box = browser().findElement(By.id("fine"));
    box.clear();
    box.sendKeys(fine);
    browser().findElement(By.cssSelector("#check-form button[type=submit]")).click();
  }

  @Test
  void aFineIsCheckedAgainstTheTierOfTheChosenCircumstances() throws Exception {
    Found violation = firstViolationFor(EVERYDAY);
    List<Tier> tiers = tiersOf(violation.id());
    assertThat(tiers).hasSizeGreaterThanOrEqualTo(3);
    Tier ordinary =
        tiers.stream()
            .filter(t -> t.fineRange() != null && t.fineRange().min() != null)
            .filter(t -> t.tier().equals("ORDINARY"))
            .findFirst()
            .orElseThrow();
    Range range = ordinary.fineRange();
    assertThat(range).isNotNull();
    assertThat(range.min()).isNotNull();
    assertThat(range.max()).isNotNull();

    open("/check-fine?violation=" + violation.id());
    assertThat(shown("#violation-title").getText()).isEqualTo(violation.violation());
    // Every tier of the API is offered, by its conditions.
    assertThat(browser().findElements(By.cssSelector("input[name=tier]"))).hasSize(tiers.size());
    assertThat(shown("label[for='tier-" + ordinary.id() + "']").getText())
        .contains(ordinary.conditions());

    String inside = new BigDecimal(range.min()).add(BigDecimal.ONE).toPlainString();
    check(ordinary.id(), inside);
    assertThat(shown("#verdict").getAttribute("data-verdict")).isEqualTo("inside");
    assertThat(browser().findElement(By.id("result-tier")).getText())
        .isEqualTo(
            TIER.get(ordinary.tier()) + "（" + CIRCUMSTANCE.get(ordinary.circumstance()) + "）");
    String shownRange = yuan(range.min()) + " 至 " + yuan(range.max());
    assertThat(browser().findElement(By.id("result-range")).getText()).isEqualTo(shownRange);
    assertThat(browser().findElement(By.id("verdict")).getText())
        .isEqualTo("在基准范围内：罚款 " + yuan(inside) + " 在该阶次的范围 " + shownRange + " 之内。");
    // Screen readers hear the range and the verdict, not the whole result again.
    String announced =
        waitUntil(
            page -> {
              String said = page.findElement(By.id("result-status")).getDomProperty("textContent");
              return said == null || said.isEmpty() ? null : said;
            });
    assertThat(announced)
        .isEqualTo(shownRange + "。在基准范围内：罚款 " + yuan(inside) + " 在该阶次的范围 " + shownRange + " 之内。");
    assertThat(browser().findElement(By.id("result")).getDomAttribute("aria-live")).isNull();
    assertThat(browser().getCurrentUrl())
        .contains("tier=" + ordinary.id())
        .contains("fine=" + inside);
    script("scrollTo(0, 0)");
    screenshot("check-fine");

    String above = new BigDecimal(range.max()).add(new BigDecimal("0.01")).toPlainString();
    check(ordinary.id(), above);
    waitUntil(page -> "outside".equals(shown("#verdict").getAttribute("data-verdict")));
    assertThat(browser().findElement(By.id("verdict")).getText())
        .isEqualTo("超出基准：罚款 " + yuan(above) + " 高于该阶次的最高额 " + yuan(range.max()) + "。");
    WebElement route = browser().findElement(By.cssSelector("#complain-route a"));
    assertThat(route.getAttribute("href")).isEqualTo(origin() + "/complain");
    assertThat(browser().findElement(By.id("complain-route")).getText()).contains("罚款超出裁量基准");
    assertThat(requestedUrls()).allSatisfy(url -> assertThat(url).startsWith(origin() + "/"));
  }

  @Test
  void aFineInMultiplesOfABaseIsCheckedOnceTheBaseIsGiven() {
    Found violation = firstViolationFor("虚假广告");
    Tier tier =
        tiersOf(violation.id()).stream()
            .filter(t -> t.multipleRange() != null)
            .findFirst()
            .orElseThrow();
    Multiple multiple = tier.multipleRange();
    assertThat(multiple).isNotNull();
    BigDecimal base = new BigDecimal("10000");
    BigDecimal min = base.multiply(new BigDecimal(multiple.min())).setScale(2, RoundingMode.DOWN);
    BigDecimal max = base.multiply(new BigDecimal(multiple.max())).setScale(2, RoundingMode.DOWN);

    open("/check-fine?violation=" + violation.id());
    shown("label[for='tier-" + tier.id() + "']").click();
    assertThat(shown("#base-label").getText()).isEqualTo(multiple.base() + "（元）");
    shown("#base").sendKeys(base.toPlainString());
    check(tier.id(), max.toPlainString());
    assertThat(shown("#verdict").getAttribute("data-verdict")).isEqualTo("inside");
    assertThat(browser().findElement(By.id("result-range")).getText())
        .isEqualTo(
            multiple.base()
                + "的 "
                + new BigDecimal(multiple.min()).stripTrailingZeros().toPlainString()
                + " 倍至 "
                + new BigDecimal(multiple.max()).stripTrailingZeros().toPlainString()
                + " 倍（按"
                + multiple.base()
                + " "
                + yuan(base.toPlainString())
                + " 计："
                + yuan(min.toPlainString())
                + " 至 "
                + yuan(max.toPlainString())
                + "）");

    String below = min.subtract(new BigDecimal("0.01")).toPlainString();
    check(tier.id(), below);
    waitUntil(page -> "outside".equals(shown("#verdict").getAttribute("data-verdict")));
    assertThat(browser().findElement(By.id("verdict")).getText())
        .isEqualTo("超出基准：罚款 " + yuan(below) + " 低于该阶次的最低额 " + yuan(min.toPlainString()) + "。");
  }

  @Test
  void theSearchBoxFindsAViolationByAnEverydayWordAndTheKeyboardChoosesIt() {
    Found expected = firstViolationFor(EVERYDAY);
    open("/check-fine");
    WebElement box = shown("#violation-query");
    assertThat(box.getAccessibleName()).isEqualTo("违法行为关键词");
    box.sendKeys(EVERYDAY);
    WebElement first = shown("#violation-results li[role=option]");
    assertThat(first.findElement(By.cssSelector(".option-name")).getText())
        .isEqualTo(expected.violation());
    assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");

    box.sendKeys(Keys.ARROW_DOWN);
    assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(first.getAttribute("id"));
    assertThat(first.getAttribute("aria-selected")).isEqualTo("true");
    box.sendKeys(Keys.ENTER);

    assertThat(shown("#violation-title").getText()).isEqualTo(expected.violation());
    assertThat(browser().switchTo().activeElement().getAttribute("id"))
        .isEqualTo("violation-title");
    assertThat(browser().getCurrentUrl()).endsWith("/check-fine?violation=" + expected.id());
  }

  @Test
  void theListClosesWhenTheKeyboardMovesOnAndAnOptionCanBeChosenByMouse() {
    Found expected = firstViolationFor(EVERYDAY);
    Found opened = firstViolationFor("扬尘");
    assertThat(opened.id()).isNotEqualTo(expected.id());
    open("/check-fine?violation=" + opened.id() + "&fine=123");
    assertThat(shown("#fine").getDomProperty("value")).isEqualTo("123");
    WebElement box = shown("#violation-query");
    box.sendKeys(EVERYDAY);
    shown("#violation-results li[role=option]");
    box.sendKeys(Keys.TAB);
    waitUntil(page -> !page.findElement(By.id("violation-results")).isDisplayed());
    assertThat(box.getAttribute("aria-expanded")).isEqualTo("false");

    box.clear();
    box.sendKeys(EVERYDAY);
    shown("#violation-results li[role=option]").click();
    assertThat(shown("#violation-title").getText()).isEqualTo(expected.violation());
    assertThat(browser().findElement(By.id("violation-results")).isDisplayed()).isFalse();
    // The fine of the address belonged to the violation it named, not to this one.
    assertThat(shown("#fine").getDomProperty("value")).isEmpty();
  }

  record Entry(String id, String violation, String conditions, String legalGround) {}

  @Test
  void theNoPenaltyConditionsOfAViolationAreShown() {
    Entry entry =
        graphQl
            .document(
                """
                { noPenaltyItems(filter: {listKind: FIRST_VIOLATION}, first: 1) {
                  nodes { id violation conditions legalGround } } }
                """)
            .execute()
            .path("noPenaltyItems.nodes[0]")
            .entity(Entry.class)
            .get();
    Found violation = firstViolationFor(entry.violation());
    assertThat(violation.violation()).isEqualTo(entry.violation());

    open("/check-fine?violation=" + violation.id());
    WebElement card = shown(".no-penalty-list li");
    assertThat(card.getText())
        .contains("首违不罚清单")
        .contains(entry.conditions())
        .contains(entry.legalGround());

    // Opened by the entry's own id (the search page's link), the entry comes with its violation.
    open("/check-fine?noPenalty=" + entry.id());
    assertThat(shown("#entry .no-penalty-list li").getText()).contains(entry.conditions());
    assertThat(shown("#violation-title").getText()).isEqualTo(entry.violation());
  }

  @Test
  void aBadAmountIsRefusedAtTheFieldInChinese() {
    Found violation = firstViolationFor(EVERYDAY);
    String tierId =
        tiersOf(violation.id()).stream()
            .filter(t -> t.fineRange() != null)
            .findFirst()
            .orElseThrow()
            .id();
    open("/check-fine?violation=" + violation.id());
    Map<String, String> refusals =
        Map.of(
            "12.345", "罚款金额最多保留两位小数（到分）。",
            "-5", "罚款金额只能填写数字，例如 60000 或 60000.50。",
            "0", "罚款金额应大于零。",
            "1234567890123456", "罚款金额最多 15 位整数。");
    refusals.forEach(
        (amount, message) -> {
          check(tierId, amount);
          WebElement error = shown("#fine-error");
          assertThat(error.getText()).as(amount).isEqualTo(message);
          WebElement box = browser().findElement(By.id("fine"));
          assertThat(box.getAttribute("aria-invalid")).isEqualTo("true");
          assertThat(box.getAttribute("aria-describedby")).contains("fine-error");
          assertThat(browser().findElements(By.id("verdict"))).isEmpty();
        });
    check(tierId, "100");
    shown("#verdict");
    assertThat(browser().findElement(By.id("fine")).getAttribute("aria-invalid")).isNull();
  }

  @Test
  void checkFinePassesAxeOnDesktopAndPhone() throws Exception {
    Found violation = firstViolationFor(EVERYDAY);
    Tier tier = tiersOf(violation.id()).get(1);
    open("/check-fine?violation=" + violation.id());
    check(tier.id(), "1000000");
    shown("#verdict");
    shown(".no-penalty-list li, #no-penalty p:not(.hint)");
    assertAxePasses();

    assertReadableOnPhone("check-fine-phone");

    open("/check-fine");
    shown("#violation-query").sendKeys("扬尘");
    shown("#violation-results li[role=option]");
    assertAxePasses();
    assertThat(requestedUrls()).allSatisfy(url -> assertThat(url).startsWith(origin() + "/"));
  }
}
