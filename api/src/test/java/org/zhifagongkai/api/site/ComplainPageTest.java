package org.zhifagongkai.api.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.zhifagongkai.api.KnownRecords;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.identifier.CreditCode;
import org.zhifagongkai.api.identifier.CreditCodeVectors;

/**
 * The complaint page ({@code /complain}) in a real browser: the credit code checked as typed, the
 * destination shown before sending, filing, and the tracking page finding what was filed. Its
 * complaints are about the bodies of complaint test province 97, from enterprises of their own
 * (credit codes {@code 91970102MC…}) that no other test files for.
 */
class ComplainPageTest extends BrowserTest {

  private static final AtomicInteger ENTERPRISES = new AtomicInteger();

  static final String DESTINATION =
      """
      query($input: ComplaintDestinationInput!) { complaintDestination(input: $input) {
        handler { kind name phone } supervisionBody { name phone } routingRule { id description }
        toHotline acceptanceDue acceptanceLimit { amount unit } conclusionLimit { amount unit } } }
      """;

  @BeforeEach
  void complaintRecords() {
    KnownRecords.ensureComplaintRecords(database);
  }

  /** A valid credit code registered in 乙区 (970102) that no other test uses. */
  static String newCreditCode() {
    String first17 = "91970102MC" + String.format("%07d", ENTERPRISES.incrementAndGet());
    return first17 + CreditCode.checkCharacterFor(first17);
  }

  /** "2026年11月27日", as the page writes a date of the API. */
  static String chinese(String isoDate) {
    String[] parts = isoDate.split("-");
    return Integer.parseInt(parts[0])
        + "年"
        + Integer.parseInt(parts[1])
        + "月"
        + Integer.parseInt(parts[2])
        + "日";
  }

  private void type(String id, CharSequence... keys) {
    WebElement input = browser().findElement(By.id(id));
    input.clear();
    input.sendKeys(keys);
  }

  private String text(String css) {
    return shown(css).getText();
  }

  /** Chooses the body complained about by its name, from the keyboard. */
  private void chooseAgency(String name, String id) {
    type("agency-search", name, Keys.ENTER);
    waitUntil(
        page -> !page.findElements(By.cssSelector("#agency option[value='" + id + "']")).isEmpty());
    new Select(browser().findElement(By.id("agency"))).selectByValue(id);
  }

  /** Fills every field of a complaint about 甲市市场监督管理局 (970001). */
  private void fillComplaint(String creditCode, String category) {
    open("/complain");
    shown("#complaint-form");
    chooseAgency("甲市市场监督", "970001");
    new Select(browser().findElement(By.id("field"))).selectByValue("MARKET_REGULATION");
    browser().findElement(By.id("category-" + category)).sendKeys(Keys.SPACE);
    type("description", "十月以来甲市市场监督管理局执法人员以同一事项对我公司连续进行了四次现场检查，检查内容完全相同。");
    type("enterprise-name", "网页投诉测试商贸有限公司");
    type("credit-code", creditCode);
    type("contact-name", "林经理");
    type("contact-phone", "139 0000 1234");
  }

  private Map<String, Object> destinationFacts(String creditCode, String category) {
    Map<String, Object> input = new HashMap<>();
    input.put("creditCode", creditCode);
    input.put("agencyId", "970001");
    input.put("field", "MARKET_REGULATION");
    input.put("category", category);
    return input;
  }

  @Test
  void theDestinationShownBeforeSendingIsWhereTheFiledComplaintGoesAndTheTrackingPageFindsIt()
      throws Exception {
    String creditCode = newCreditCode();
    fillComplaint(creditCode, "REPEATED_INSPECTION");

    GraphQlTester.Response expected =
        graphQl
            .document(DESTINATION)
            .variable("input", destinationFacts(creditCode, "REPEATED_INSPECTION"))
            .execute();
    String handler = expected.path("complaintDestination.handler.name").entity(String.class).get();
    String handlerPhone =
        expected.path("complaintDestination.handler.phone").entity(String.class).get();
    String supervision =
        expected.path("complaintDestination.supervisionBody.name").entity(String.class).get();
    String due = expected.path("complaintDestination.acceptanceDue").entity(String.class).get();
    int days =
        expected.path("complaintDestination.acceptanceLimit.amount").entity(Integer.class).get();
    String rule =
        expected.path("complaintDestination.routingRule.description").entity(String.class).get();

    assertThat(text("#destination dd[data-part='办理单位']"))
        .isEqualTo(handler + "（电话 " + handlerPhone + "） · 行政执法监督联系点");
    assertThat(text("#destination dd[data-part='监督机关']")).startsWith(supervision + "（电话 ");
    assertThat(text("#destination dd[data-part='12345 热线']")).startsWith("同时抄送 12345");
    assertThat(text("#destination dd[data-part='受理期限']"))
        .isEqualTo(days + " 个工作日内决定是否受理（今天提交，最迟 " + chinese(due) + "）");
    assertThat(text("#destination dd[data-part='派单依据']")).isEqualTo(rule);
    // Screen readers hear where it goes and by when, not the whole card again.
    assertThat(browser().findElement(By.id("destination-status")).getDomProperty("textContent"))
        .isEqualTo("投诉将送往" + handler + "，最迟 " + chinese(due) + " 决定是否受理。");
    assertThat(browser().findElement(By.id("destination")).getDomAttribute("aria-live")).isNull();
    assertThat(text("#credit-code-ok")).isEqualTo("✓ 代码格式与校验位正确。");
    screenshot("complain");

    // Sent from the keyboard: Enter in a text field submits the form.
    browser().findElement(By.id("contact-name")).sendKeys(Keys.ENTER);
    String trackingNumber = text("#tracking-number");
    String accessCode = text("#access-code");
    assertThat(trackingNumber).matches("ZF-20261120-[0-9]{7}-[0-9]");
    assertThat(accessCode).matches("[2-9A-HJKMNP-Z]{10}");
    assertThat(browser().switchTo().activeElement().getAttribute("id")).isEqualTo("filed-title");
    assertThat(text("#filed")).contains("查询码只显示这一次");

    GraphQlTester.Response filed =
        graphQl
            .document(
                """
                query($n: String!, $c: String!) { complaint(trackingNumber: $n, accessCode: $c) {
                  status handler { name } supervisionBody { name } routingRule { description }
                  acceptanceDue conclusionDue timeline { kind } } }
                """)
            .variable("n", trackingNumber)
            .variable("c", accessCode)
            .execute();
    filed.path("complaint.handler.name").entity(String.class).isEqualTo(handler);
    filed.path("complaint.supervisionBody.name").entity(String.class).isEqualTo(supervision);
    filed.path("complaint.routingRule.description").entity(String.class).isEqualTo(rule);
    filed.path("complaint.acceptanceDue").entity(String.class).isEqualTo(due);
    assertThat(text("#filed-handler")).isEqualTo(handler + "（电话 " + handlerPhone + "）");
    assertThat(text("#filed-due")).isEqualTo(chinese(due));
    // Nothing of the filer in the address or the browser's storage.
    assertThat(browser().getCurrentUrl()).isEqualTo(origin() + "/complain");
    assertThat(script("return localStorage.length + sessionStorage.length")).isEqualTo(0L);
    screenshot("complain-filed");
    assertAxePasses();
    phone();
    assertAxePasses();
    assertThat((Boolean) script("return document.documentElement.scrollWidth <= innerWidth"))
        .isTrue();
    screenshot("complain-filed-phone");

    // The link carries the tracking number only; the access code is typed.
    browser().findElement(By.id("track-link")).click();
    shown("#track-form");
    assertThat(browser().getCurrentUrl())
        .isEqualTo(origin() + "/track?number=" + trackingNumber)
        .doesNotContain(accessCode);
    assertThat(browser().findElement(By.id("tracking-number")).getAttribute("value"))
        .isEqualTo(trackingNumber);
    type("access-code", accessCode, Keys.ENTER);
    String status = filed.path("complaint.status").entity(String.class).get();
    assertThat(status).isEqualTo("DISPATCHED");
    assertThat(text("#status")).isEqualTo("已派单，等待受理");
    assertThat(text("#handler")).startsWith(handler);
    assertThat(text("#acceptance-due")).isEqualTo(chinese(due));
    assertThat(text("#conclusion-due")).isEqualTo("受理后确定");
    filed.path("complaint.conclusionDue").valueIsNull();
    List<String> kinds = filed.path("complaint.timeline[*].kind").entityList(String.class).get();
    assertThat(browser().findElements(By.cssSelector("#timeline li"))).hasSize(kinds.size());
    assertThat(browser().getCurrentUrl()).doesNotContain(accessCode);
  }

  @Test
  void theCreditCodeIsCheckedAsItIsTyped() {
    open("/complain");
    WebElement input = shown("#credit-code");
    String valid = newCreditCode();
    char wrong = valid.charAt(17) == '1' ? '2' : '1';

    input.sendKeys(valid.substring(0, 10));
    // Half typed: no error yet, nothing marked.
    assertThat(input.getAttribute("aria-invalid")).isNull();
    input.sendKeys(valid.substring(10, 17) + wrong);
    assertThat(text("#credit-code-error")).isEqualTo("校验位不符：最后一位应与前 17 位计算的结果一致，请逐位核对。");
    assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(input.getAttribute("aria-describedby")).contains("credit-code-error");
    assertThat(browser().findElements(By.id("filed"))).isEmpty();

    input.sendKeys(Keys.BACK_SPACE, String.valueOf(valid.charAt(17)));
    assertThat(text("#credit-code-ok")).isEqualTo("✓ 代码格式与校验位正确。");
    assertThat(browser().findElement(By.id("credit-code-error")).isDisplayed()).isFalse();
    assertThat(input.getAttribute("aria-invalid")).isNull();

    // A 15-digit registration number is named as such; spaces and small letters are allowed.
    input.clear();
    input.sendKeys("350100400012345", Keys.TAB);
    assertThat(text("#credit-code-error")).startsWith("这是 15 位工商注册号");
    input.clear();
    input.sendKeys(valid.substring(0, 9).toLowerCase(Locale.ROOT) + " " + valid.substring(9));
    assertThat(text("#credit-code-ok")).isEqualTo("✓ 代码格式与校验位正确。");
    // Full width, as a Chinese input method types it.
    input.clear();
    StringBuilder fullWidth = new StringBuilder();
    valid.chars().forEach(c -> fullWidth.append((char) (c + 0xFEE0)));
    input.sendKeys(fullWidth);
    assertThat(text("#credit-code-ok")).isEqualTo("✓ 代码格式与校验位正确。");
  }

  @Test
  void theBrowsersCheckAgreesWithTheServerOnEveryLabelledCode() throws IOException {
    open("/complain");
    shown("#credit-code");
    List<CreditCodeVectors.Vector> vectors = CreditCodeVectors.all();
    List<String> codes = vectors.stream().map(CreditCodeVectors.Vector::code).toList();
    List<Boolean> labels =
        vectors.stream().map(CreditCodeVectors.Vector::checkCharacterValid).toList();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> verdicts =
        (List<Map<String, Object>>)
            script(
                """
                const codes = arguments[0];
                return import('/js/complain.js').then((m) => codes.map((c) => ({
                  valid: m.hasValidCheckCharacter(m.normalizeCreditCode(c.replaceAll(' ', ''))),
                  accepted: m.creditCodeProblem(c) === null })));
                """,
                codes);
    assertThat(verdicts).hasSize(codes.size()).hasSizeGreaterThan(1000);
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      assertThat(verdicts.get(i).get("valid")).as(code).isEqualTo(labels.get(i));
      assertThat(verdicts.get(i).get("accepted")).as(code).isEqualTo(serverAccepts(code));
    }
  }

  /** Whether filing takes the credit code: well formed after normalising, and its check passes. */
  private static boolean serverAccepts(String code) {
    try {
      return CreditCode.hasValidCheckCharacter(CreditCode.normalize(code));
    } catch (PortalException refused) {
      return false;
    }
  }

  @Test
  void aDecisionPrefillsTheBodyComplainedAboutAndTheDestinationFollowsIt() throws Exception {
    GraphQlTester.Response decisions =
        graphQl
            .document(
                """
                { penaltyDecisions(filter: { regionCode: "990000" }, first: 1) {
                  nodes { id documentNumber agency { id name } field { code } } } }
                """)
            .execute();
    String id = decisions.path("penaltyDecisions.nodes[0].id").entity(String.class).get();
    String number =
        decisions.path("penaltyDecisions.nodes[0].documentNumber").entity(String.class).get();
    String agencyId =
        decisions.path("penaltyDecisions.nodes[0].agency.id").entity(String.class).get();
    String agency =
        decisions.path("penaltyDecisions.nodes[0].agency.name").entity(String.class).get();
    String field =
        decisions.path("penaltyDecisions.nodes[0].field.code").entity(String.class).get();

    open("/complain?decision=" + id);
    waitUntil(page -> text("#agency-chosen").contains(number));
    assertThat(text("#agency-chosen")).startsWith("被投诉的执法主体：" + agency).contains(number);
    assertThat(
            new Select(browser().findElement(By.id("agency")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo(agencyId);
    assertThat(
            new Select(browser().findElement(By.id("field")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo(field);

    String creditCode = newCreditCode();
    browser().findElement(By.id("category-FINE_OUTSIDE_BENCHMARK")).sendKeys(Keys.SPACE);
    type("credit-code", creditCode);
    Map<String, Object> facts = new HashMap<>();
    facts.put("creditCode", creditCode);
    facts.put("agencyId", agencyId);
    facts.put("penaltyDecisionId", id);
    facts.put("field", field);
    facts.put("category", "FINE_OUTSIDE_BENCHMARK");
    GraphQlTester.Response expected =
        graphQl.document(DESTINATION).variable("input", facts).execute();
    String handler = expected.path("complaintDestination.handler.name").entity(String.class).get();
    assertThat(text("#destination dd[data-part='办理单位']")).startsWith(handler);
    screenshot("complain-decision");
  }

  @Test
  void refusalsOfTheApiAppearAtTheirFieldAndNothingTypedIsLost() {
    String creditCode = newCreditCode();
    fillComplaint(creditCode, "CONDUCT");
    type("region-code", "979999", Keys.TAB);
    assertThat(text("#region-code-error")).isEqualTo("行政区划代码应为 6 位或 9 位数字，且须是已知的区划。");

    browser().findElement(By.id("send")).click();
    waitUntil(page -> text("#form-error").contains("已填写的内容都还在"));
    assertThat(text("#region-code-error")).isEqualTo("行政区划代码应为 6 位或 9 位数字，且须是已知的区划。");
    assertThat(browser().switchTo().activeElement().getAttribute("id")).isEqualTo("region-code");
    assertThat(browser().findElement(By.id("credit-code")).getAttribute("value"))
        .isEqualTo(creditCode);
    assertThat(browser().findElement(By.id("contact-phone")).getAttribute("value"))
        .isEqualTo("139 0000 1234");
    assertThat(browser().findElement(By.id("description")).getAttribute("value"))
        .startsWith("十月以来");
    assertThat(browser().findElement(By.id("category-CONDUCT")).isSelected()).isTrue();

    // Too short a description and a wrong phone are marked before anything is sent.
    type("region-code", "");
    type("description", "太短了");
    type("contact-phone", "12345");
    browser().findElement(By.id("send")).click();
    assertThat(text("#description-error")).isEqualTo("投诉内容应为 10–5000 个字（现在 3 个）。");
    assertThat(text("#contact-phone-error")).startsWith("联系电话应为 11 位手机号");
    assertThat(browser().switchTo().activeElement().getAttribute("id")).isEqualTo("description");
    assertThat(browser().findElements(By.id("filed"))).isEmpty();
  }

  @Test
  void anAnswerLostOnTheWayIsSentAgainAndTheComplaintIsFiledOnce() {
    String creditCode = newCreditCode();
    fillComplaint(creditCode, "REPEATED_INSPECTION");
    // The filing reaches the portal, but its answer does not reach the page.
    script(
        """
        const real = window.fetch;
        let lost = false;
        window.fetch = async (url, options) => {
          const response = await real(url, options);
          if (!lost && String(options?.body).includes("fileComplaint")) {
            lost = true;
            throw new TypeError("Failed to fetch");
          }
          return response;
        };
        """);
    browser().findElement(By.id("send")).click();
    waitUntil(page -> text("#form-error").contains("已填写的内容都还在"));
    assertThat(complaintsOf(creditCode)).isEqualTo(1);

    browser().findElement(By.id("send")).click();
    String trackingNumber = text("#tracking-number");
    assertThat(complaintsOf(creditCode)).isEqualTo(1);
    String stored =
        database
            .sql("select tracking_number from complaint where enterprise_credit_code = :code")
            .bind("code", creditCode)
            .map(row -> row.get(0, String.class))
            .one()
            .block();
    assertThat(trackingNumber).isEqualTo(stored);
    graphQl
        .document(
            "query($n: String!, $c: String!) { complaint(trackingNumber: $n, accessCode: $c) {"
                + " status } }")
        .variable("n", trackingNumber)
        .variable("c", text("#access-code"))
        .execute()
        .path("complaint.status")
        .entity(String.class)
        .isEqualTo("DISPATCHED");
  }

  private long complaintsOf(String creditCode) {
    return org.zhifagongkai.api.DatabaseCounts.count(
        database,
        "select count(*) from complaint where enterprise_credit_code = '" + creditCode + "'");
  }

  @Test
  void aMatterBeforeACourtIsSentToItsChannelAndNothingIsStored() {
    String creditCode = newCreditCode();
    fillComplaint(creditCode, "CONDUCT");
    browser().findElement(By.id("litigation")).sendKeys(Keys.SPACE);
    browser().findElement(By.id("send")).click();
    Map<String, Object> input = new HashMap<>(destinationFacts(creditCode, "CONDUCT"));
    input.put("enterpriseName", "网页投诉测试商贸有限公司");
    input.put("contactName", "林经理");
    input.put("contactPhone", "13900001234");
    input.put("description", "十月以来甲市市场监督管理局执法人员以同一事项对我公司连续进行了四次现场检查，检查内容完全相同。");
    input.put("inReconsiderationOrLitigation", true);
    GraphQlTester.Response redirect =
        graphQl
            .document(
                """
                mutation($input: FileComplaintInput!) { fileComplaint(input: $input) {
                  trackingNumber redirect { contact messageZh } } }
                """)
            .variable("input", input)
            .execute();
    redirect.path("fileComplaint.trackingNumber").valueIsNull();
    assertThat(text("#redirect"))
        .contains(redirect.path("fileComplaint.redirect.messageZh").entity(String.class).get())
        .contains(redirect.path("fileComplaint.redirect.contact").entity(String.class).get())
        .contains("本站没有保存这次填写的内容");
    assertThat(browser().findElements(By.id("filed"))).isEmpty();
    assertThat(
            database
                .sql("select count(*) from complaint where enterprise_credit_code = :code")
                .bind("code", creditCode)
                .map(row -> row.get(0, Long.class))
                .one()
                .block())
        .isZero();
  }

  @Test
  void everyCategoryIsExplainedAsTheCatalogueDescribesIt() {
    open("/complain");
    shown("#complaint-form");
    List<Map<String, Object>> categories =
        graphQl
            .document("{ complaintCategories { category label description } }")
            .execute()
            .path("complaintCategories")
            .entityList(
                new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {})
            .get();
    assertThat(categories).hasSize(8);
    for (Map<String, Object> category : categories) {
      String id = "category-" + category.get("category");
      assertThat(browser().findElement(By.cssSelector("label[for='" + id + "']")).getText())
          .isEqualTo(category.get("label"));
      assertThat(text("#" + id + "-about")).isEqualTo(category.get("description")).isNotBlank();
      assertThat(browser().findElement(By.id(id)).getAttribute("aria-describedby"))
          .isEqualTo(id + "-about");
    }
  }

  @Test
  void aBodyNoOneSupervisesIsSaidToBeNotRoutableBeforeSending() {
    open("/complain");
    shown("#complaint-form");
    // 甲市生态环境局 of the publication tests: no 司法行政 body above it.
    chooseAgency("甲市生态环境局", "900001");
    browser().findElement(By.id("category-OTHER")).sendKeys(Keys.SPACE);
    type("credit-code", newCreditCode());
    assertThat(text("#destination .error"))
        .startsWith("没有行政执法监督联系点或监督机关受理这一事项")
        .endsWith("（NOT_ROUTABLE）");
  }

  @Test
  void complaintPagePassesAxeOnDesktopAndPhone() throws Exception {
    fillComplaint(newCreditCode(), "OTHER");
    shown("#destination dd");
    assertAxePasses();
    assertThat(requestedUrls()).allSatisfy(url -> assertThat(url).startsWith(origin() + "/"));

    assertReadableOnPhone("complain-phone");

    // The whole form from the keyboard: the skip link, then the fields in reading order.
    open("/complain");
    shown("#complaint-form");
    Actions keyboard = new Actions(browser());
    keyboard.sendKeys(Keys.TAB, Keys.ENTER, Keys.TAB).perform();
    assertThat(browser().switchTo().activeElement().getAttribute("id")).isEqualTo("agency-search");
  }
}
