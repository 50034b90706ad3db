package org.zhifagongkai.api.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The enforcement catalogue ({@code /catalogue}) in a real browser, against the sample data. */
class CataloguePageTest extends BrowserTest {

  record Body(String id, String name) {}

  record Town(String code, String name) {}

  record Delegation(Town town) {}

  record Item(String id, String code, String name, List<Delegation> delegations) {}

  private Body comprehensiveBody() {
    return graphQl
        .document("{ agencies(filter: {kind: COMPREHENSIVE}, first: 1) { nodes { id name } } }")
        .execute()
        .path("agencies.nodes[0]")
        .entity(Body.class)
        .get();
  }

  @Test
  void theCatalogueFilteredByBodyAndFieldCountsWhatTheApiCounts() throws Exception {
    Body body = comprehensiveBody();
    String field =
        graphQl
            .document(
                "query($id: ID) { enforcementItems(filter: {agencyId: $id}, first: 1) { nodes { field { code } } } }")
            .variable("id", body.id())
            .execute()
            .path("enforcementItems.nodes[0].field.code")
            .entity(String.class)
            .get();
    int total =
        graphQl
            .document(
                "query($id: ID, $field: String) { enforcementItems(filter: {agencyId: $id, field: $field}, first: 1) { totalCount } }")
            .variable("id", body.id())
            .variable("field", field)
            .execute()
            .path("enforcementItems.totalCount")
            .entity(Integer.class)
            .get();
    int all =
        graphQl
            .document("{ enforcementItems(first: 1) { totalCount } }")
            .execute()
            .path("enforcementItems.totalCount")
            .entity(Integer.class)
            .get();

    open("/catalogue");
    assertThat(shown("#item-count").getText()).isEqualTo("共 " + all + " 项执法事项（第 1–20 项）");
    assertThat(all).isGreaterThan(20);
    shown(".pager button").click();
    waitUntil(
        page -> shown("#item-count").getText().endsWith("（第 21–" + Math.min(all, 40) + " 项）"));
    assertThat(browser().getCurrentUrl()).contains("after=");
    // The address alone reproduces the page, and the way back from it.
    open(browser().getCurrentUrl().substring(origin().length()));
    waitUntil(
        page -> shown("#item-count").getText().endsWith("（第 21–" + Math.min(all, 40) + " 项）"));
    browser().findElement(By.xpath("//nav[@class='pager']/button[.='上一页']")).click();
    waitUntil(page -> shown("#item-count").getText().endsWith("（第 1–20 项）"));
    // The pressed button went with its page: the keyboard goes on from the count.
    waitUntil(page -> "item-count".equals(script("return document.activeElement?.id")));

    new Select(shown("#filter-agency")).selectByValue(body.id());
    new Select(shown("#filter-field")).selectByValue(field);
    browser().findElement(By.cssSelector("#filters button[type=submit]")).click();

    waitUntil(page -> shown("#item-count").getText().startsWith("共 " + total + " 项执法事项"));
    assertThat(browser().findElements(By.cssSelector("#items article.item")))
        .hasSize(Math.min(total, 20));
    assertThat(browser().findElements(By.cssSelector("#items .item-agency")))
        .allSatisfy(cell -> assertThat(cell.getText()).isEqualTo(body.name()));
    assertThat(browser().getCurrentUrl())
        .isEqualTo(origin() + "/catalogue?agency=" + body.id() + "&field=" + field);

    // The URL alone reproduces the filters.
    open("/catalogue?agency=" + body.id() + "&field=" + field);
    assertThat(shown("#item-count").getText()).startsWith("共 " + total + " 项执法事项");
    assertThat(new Select(shown("#filter-agency")).getFirstSelectedOption().getText())
        .isEqualTo(body.name());
    assertThat(requestedUrls()).allSatisfy(url -> assertThat(url).startsWith(origin() + "/"));
  }

  /**
   * Found by the real-record sweep: without a body chosen, the list read "null" under its count.
   */
  @Test
  void theWholeCatalogueShowsNoStrayTextBetweenItsCountAndItsItems() {
    open("/catalogue");
    shown("#item-count");
    WebElement list = browser().findElement(By.xpath("//p[@id='item-count']/.."));
    assertThat(
            (String)
                script(
                    "return [...arguments[0].childNodes].filter((n) => n.nodeType === Node.TEXT_NODE)"
                        + ".map((n) => n.textContent).join('')",
                    list))
        .isEmpty();
    assertThat(list.getText()).doesNotContain("null");
  }

  @Test
  void anItemDelegatedToTownsShowsThem() {
    Item item =
        graphQl
            .document(
                """
                { enforcementItems(filter: {catalogue: COMPREHENSIVE}, first: 1) {
                  nodes { id code name delegations { town { code name } } } } }
                """)
            .execute()
            .path("enforcementItems.nodes[0]")
            .entity(Item.class)
            .get();
    assertThat(item.delegations()).isNotEmpty();

    open("/catalogue?item=" + item.id());
    assertThat(shown("#item h2").getText()).isEqualTo(item.name());
    assertThat(browser().findElement(By.cssSelector("#item .item-code")).getText())
        .startsWith(item.code());
    List<WebElement> towns = browser().findElements(By.cssSelector("#item ul.towns li"));
    assertThat(towns.stream().map(t -> t.getAttribute("data-town")))
        .containsExactlyElementsOf(item.delegations().stream().map(d -> d.town().code()).toList());
    for (int i = 0; i < towns.size(); i++) {
      assertThat(towns.get(i).getText()).endsWith(item.delegations().get(i).town().name());
    }
    // A legal basis opens to its text.
    WebElement basis = browser().findElement(By.cssSelector("#item ul.bases details"));
    basis.findElement(By.tagName("summary")).click();
    assertThat(basis.findElement(By.cssSelector(".provision-text")).isDisplayed()).isTrue();
  }

  record Duty(String description) {}

  @Test
  void aBodysResponsibilitiesAreListedWithTheirBases() {
    Body body = comprehensiveBody();
    int total =
        graphQl
            .document(
                "query($id: ID) { responsibilities(filter: {agencyId: $id}, first: 1) { totalCount } }")
            .variable("id", body.id())
            .execute()
            .path("responsibilities.totalCount")
            .entity(Integer.class)
            .get();
    String first =
        graphQl
            .document(
                "query($id: ID) { responsibilities(filter: {agencyId: $id}, first: 1) { nodes { description } } }")
            .variable("id", body.id())
            .execute()
            .path("responsibilities.nodes[0].description")
            .entity(String.class)
            .get();

    open("/catalogue?agency=" + body.id());
    assertThat(shown("#duties-title").getText()).isEqualTo("权责清单：" + body.name());
    assertThat(shown("#duty-count").getText()).isEqualTo("共 " + total + " 项职责");
    assertThat(browser().findElements(By.cssSelector("#duties tbody tr"))).hasSize(total);
    WebElement row = browser().findElement(By.cssSelector("#duties tbody tr"));
    assertThat(row.getText()).contains(first);
    assertThat(row.findElements(By.cssSelector("ul.bases li"))).isNotEmpty();
  }

  @Test
  void cataloguePassesAxeOnDesktopAndPhone() throws Exception {
    Body body = comprehensiveBody();
    open("/catalogue?agency=" + body.id());
    shown("#items article.item");
    shown("#duties");
    assertAxePasses();
    screenshot("catalogue");

    assertReadableOnPhone("catalogue-phone");

    String itemId =
        graphQl
            .document("{ enforcementItems(first: 1) { nodes { id } } }")
            .execute()
            .path("enforcementItems.nodes[0].id")
            .entity(String.class)
            .get();
    open("/catalogue?item=" + itemId);
    shown("#item article.item");
    assertAxePasses();
    assertThat((Boolean) script("return document.documentElement.scrollWidth <= innerWidth"))
        .isTrue();
  }
}
