package org.zhifagongkai.api.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The home page ({@code /}) in a real browser. */
class HomePageTest extends BrowserTest {

  @Test
  void homePageShowsTheLatestDecisionsFromThePortalAlone() throws Exception {
    open("/");
    shown("#latest tr:nth-child(20)");

    assertThat(browser().getTitle()).isEqualTo("执法公开 · Enforcement in the Open");
    assertThat(browser().findElements(By.cssSelector("#latest tr"))).hasSize(20);
    assertThat(shown("#sample-banner").getText()).startsWith("示例数据：");
    // Dates read as Chinese dates, with the machine-readable date beside them.
    String latest =
        graphQl
            .document("{ penaltyDecisions(first: 1) { nodes { decisionDate } } }")
            .execute()
            .path("penaltyDecisions.nodes[0].decisionDate")
            .entity(String.class)
            .get();
    WebElement date = browser().findElement(By.cssSelector("#latest tr:first-child time"));
    assertThat(date.getDomAttribute("datetime")).isEqualTo(latest);
    assertThat(date.getText())
        .isEqualTo(
            Integer.parseInt(latest.substring(0, 4))
                + "年"
                + Integer.parseInt(latest.substring(5, 7))
                + "月"
                + Integer.parseInt(latest.substring(8, 10))
                + "日");
    // The browser may also ask for /favicon.ico, at a moment of its own choosing.
    assertThat(requestedUrls())
        .allSatisfy(url -> assertThat(url).startsWith(origin() + "/"))
        .contains(
            origin() + "/",
            origin() + "/site.css",
            origin() + "/js/home.js",
            origin() + "/graphql");
    assertThat(resources()).allSatisfy(r -> assertThat(r.name()).startsWith(origin() + "/"));
    System.out.println("Home page, desktop: " + describe(navigationTiming(), resources()));
    screenshot("home");
  }

  @Test
  void searchBoxIsLabelledAndWorksFromTheKeyboard() throws Exception {
    open("/");
    WebElement box = browser().findElement(By.id("q"));
    assertThat(box.getAccessibleName()).isEqualTo("检索词");

    // From the top of the page: the skip link first, which leads past the header to the search box.
    Actions keyboard = new Actions(browser());
    keyboard.sendKeys(Keys.TAB).perform();
    assertThat(browser().switchTo().activeElement().getText()).isEqualTo("跳到正文");
    keyboard.sendKeys(Keys.ENTER, Keys.TAB).perform();
    assertThat(browser().switchTo().activeElement()).isEqualTo(box);
    keyboard.sendKeys("丙综执罚〔2025〕7号", Keys.ENTER).perform();

    WebElement first = shown("#results li");
    assertThat(first.findElement(By.tagName("h3")).getText()).isEqualTo("丙综执罚〔2025〕7号");
    assertThat(first.findElement(By.className("result-facts")).getText()).startsWith("乙区丙便利店 · ");
    long total =
        graphQl
            .document("{ search(query: \"丙综执罚〔2025〕7号\", first: 1) { totalCount } }")
            .execute()
            .path("search.totalCount")
            .entity(Long.class)
            .get();
    assertThat(shown("#result-count").getText()).isEqualTo("共 " + total + " 条");
    screenshot("home-search");
  }

  @Test
  void aWaitInVainSaysWhatThePageAndThePortalWereDoing() {
    open("/");
    shown("#latest tr:nth-child(20)");
    assertThatThrownBy(() -> waitUntil(page -> false, Duration.ofSeconds(1)))
        .isInstanceOf(TimeoutException.class)
        .hasMessageContaining("--- the page ---\nbusy: \n")
        .hasMessageContaining("执法公开")
        .hasMessageContaining("--- requests the browser still waits for ---\nnone")
        .hasMessageContaining("connection pool: ")
        .hasMessageContaining("PostgreSQL, statements not idle: ")
        .hasMessageNotContaining("(unknown");
  }

  @Test
  void homePagePassesAxeOnDesktopAndPhone() throws Exception {
    open("/");
    shown("#latest tr:nth-child(20)");
    assertAxePasses();

    assertReadableOnPhone("home-phone");
  }
}
