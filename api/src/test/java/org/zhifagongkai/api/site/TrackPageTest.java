package org.zhifagongkai.api.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.zhifagongkai.api.KnownRecords;

/**
 * The tracking page ({@code /track}) in a real browser: a complaint filed and answered through the
 * API, looked up by its tracking number and access code, rated; a wrong code refused. Its
 * complaints come from enterprises of {@link ComplainPageTest#newCreditCode()}.
 */
class TrackPageTest extends BrowserTest {

  private static final String TRACKED =
      """
      query($n: String!, $c: String!) { complaint(trackingNumber: $n, accessCode: $c) {
        status handler { name } acceptanceDue conclusionDue answer answeredOn satisfaction
        timeline { kind occurredAt } } }
      """;

  @BeforeEach
  void complaintRecords() {
    KnownRecords.ensureComplaintRecords(database);
  }

  private record Filed(String trackingNumber, String accessCode, String id) {}

  /** Files a complaint about 甲市市场监督管理局 through the API; it goes to contact point 970002. */
  private Filed file() {
    Map<String, Object> input = new HashMap<>();
    input.put("enterpriseName", "查询页测试商贸有限公司");
    input.put("creditCode", ComplainPageTest.newCreditCode());
    input.put("contactName", "周经理");
    input.put("contactPhone", "13900005678");
    input.put("agencyId", "970001");
    input.put("field", "MARKET_REGULATION");
    input.put("category", "REPEATED_INSPECTION");
    input.put("description", "同一事项在一个月内被甲市市场监督管理局三次入企检查，每次要求提供相同材料。");
    GraphQlTester.Response response =
        graphQl
            .document(
                """
                mutation($input: FileComplaintInput!) { fileComplaint(input: $input) {
                  trackingNumber accessCode complaint { id } } }
                """)
            .variable("input", input)
            .execute();
    response.errors().verify();
    return new Filed(
        response.path("fileComplaint.trackingNumber").entity(String.class).get(),
        response.path("fileComplaint.accessCode").entity(String.class).get(),
        response.path("fileComplaint.complaint.id").entity(String.class).get());
  }

  /** The contact point accepts, starts and answers the order. */
  private void answer(Filed filed, String answer) {
    GraphQlTester staff =
        graphQl.mutate().header("Authorization", "Bearer test-token-970002").build();
    for (String step : List.of("acceptWorkOrder", "startWorkOrder")) {
      staff
          .document("mutation($id: ID!) { " + step + "(id: $id) { status } }")
          .variable("id", filed.id())
          .execute()
          .errors()
          .verify();
    }
    staff
        .document(
            "mutation($id: ID!, $a: String!) { answerWorkOrder(id: $id, answer: $a) { status } }")
        .variable("id", filed.id())
        .variable("a", answer)
        .execute()
        .errors()
        .verify();
  }

  private GraphQlTester.Response tracked(Filed filed) {
    GraphQlTester.Response response =
        graphQl
            .document(TRACKED)
            .variable("n", filed.trackingNumber())
            .variable("c", filed.accessCode())
            .execute();
    response.errors().verify();
    return response;
  }

  private void lookUp(String trackingNumber, String accessCode) {
    open("/track");
    WebElement number = shown("#tracking-number");
    number.sendKeys(trackingNumber);
    browser().findElement(By.id("access-code")).sendKeys(accessCode, Keys.ENTER);
  }

  @Test
  void anAnsweredComplaintShowsItsDeadlinesTimelineAndAnswerAndCanBeRated() throws Exception {
    Filed filed = file();
    answer(filed, "经核查，三次检查分属不同专项，已责成整合为一次联合检查。\n感谢监督。");
    GraphQlTester.Response api = tracked(filed);

    lookUp(filed.trackingNumber(), filed.accessCode());
    assertThat(shown("#status").getText()).isEqualTo("已答复，待您评价");
    assertThat(api.path("complaint.status").entity(String.class).get()).isEqualTo("ANSWERED");
    assertThat(shown("#handler").getText())
        .startsWith(api.path("complaint.handler.name").entity(String.class).get());
    assertThat(shown("#acceptance-due").getText())
        .isEqualTo(
            ComplainPageTest.chinese(
                api.path("complaint.acceptanceDue").entity(String.class).get()));
    assertThat(shown("#conclusion-due").getText())
        .isEqualTo(
            ComplainPageTest.chinese(
                api.path("complaint.conclusionDue").entity(String.class).get()));
    assertThat(shown("#answer .answer-text").getText())
        .isEqualTo(api.path("complaint.answer").entity(String.class).get());
    List<String> kinds = api.path("complaint.timeline[*].kind").entityList(String.class).get();
    List<WebElement> steps = browser().findElements(By.cssSelector("#timeline li"));
    assertThat(steps).hasSize(kinds.size());
    assertThat(steps.getFirst().getText()).contains("收到投诉");
    assertThat(steps.getLast().getText()).contains("答复");
    // Nothing of the code in the address or the browser's storage.
    assertThat(browser().getCurrentUrl()).isEqualTo(origin() + "/track");
    assertThat(script("return localStorage.length + sessionStorage.length")).isEqualTo(0L);
    screenshot("track");

    assertReadableOnPhone("track-phone");

    browser().findElement(By.id("satisfaction-4")).sendKeys(Keys.SPACE);
    browser().findElement(By.id("rating-comment")).sendKeys("答复及时。");
    browser().findElement(By.cssSelector("#rating-form button[type=submit]")).click();
    assertThat(shown("#rating").getText()).isEqualTo("您的评价：4 分（满意）。答复及时。");
    tracked(filed).path("complaint.satisfaction").entity(Integer.class).isEqualTo(4);
    assertThat(shown("#status").getText()).isEqualTo("已评价");
  }

  @Test
  void aWrongAccessCodeIsRefusedWithTheChineseMessageAtTheCodeField() throws Exception {
    Filed filed = file();
    String wrong = filed.accessCode().charAt(0) == 'A' ? "B" : "A";
    lookUp(filed.trackingNumber(), wrong + filed.accessCode().substring(1));
    WebElement error = shown("#access-code-error");
    assertThat(error.getText()).isEqualTo("查询编号与查询码不匹配，请核对后重试。");
    WebElement code = browser().findElement(By.id("access-code"));
    assertThat(code.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(code.getAttribute("type")).isEqualTo("password");
    assertThat(browser().findElements(By.id("status"))).isEmpty();
    assertThat(browser().getCurrentUrl()).isEqualTo(origin() + "/track");
    screenshot("track-refused");

    // The right code, shown while typed, finds it; the tracking number was kept.
    browser().findElement(By.id("show-code")).click();
    assertThat(code.getAttribute("type")).isEqualTo("text");
    code.clear();
    code.sendKeys(filed.accessCode().toLowerCase(java.util.Locale.ROOT), Keys.ENTER);
    assertThat(shown("#status").getText()).isEqualTo("已派单，等待受理");
    assertThat(browser().findElement(By.id("access-code-error")).isDisplayed()).isFalse();
  }

  @Test
  void trackingPagePassesAxeOnDesktopAndPhone() throws Exception {
    open("/track");
    shown("#track-form");
    assertThat(browser().findElement(By.id("access-code")).getAccessibleName()).isEqualTo("查询码");
    assertAxePasses();
    assertThat(requestedUrls()).allSatisfy(url -> assertThat(url).startsWith(origin() + "/"));
    Filed filed = file();
    lookUp(filed.trackingNumber(), filed.accessCode());
    shown("#timeline li");
    assertAxePasses();

    open("/track");
    shown("#track-form");
    assertReadableOnPhone("track-form-phone");
  }
}
