package org.zhifagongkai.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.zhifagongkai.api.ApiTest;

/** What every answer carries, GraphiQL from the portal's own files, and the closed actuator. */
class EdgeTest extends ApiTest {

  private static final String METRICS_TOKEN = "test-metrics-token";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/js/site.js",
        "/decisions/1",
        "/graphiql",
        "/graphiql/graphiql-start.js",
        "/actuator/health",
        "/actuator/prometheus",
        "/no-such-page"
      })
  void everyAnswerCarriesTheSecurityHeaders(String path) {
    HttpHeaders headers =
        web.get().uri(path).exchange().expectBody().returnResult().getResponseHeaders();
    assertSecurityHeaders(headers, path.equals("/graphiql"));
  }

  @Test
  void theGraphQlAnswerCarriesTheSecurityHeaders() {
    HttpHeaders headers =
        web.post()
            .uri("/graphql")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"query\":\"{ portal { sampleData } }\"}")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseHeaders();
    assertSecurityHeaders(headers, false);
  }

  @Test
  void graphiqlLoadsOnlyThePortalsOwnFiles() {
    web.get().uri("/graphiql").exchange().expectHeader().contentType("text/html;charset=UTF-8");
    String html = get("/graphiql");
    Document page = Jsoup.parse(html, "http://localhost:" + port + "/graphiql");
    List<String> assets =
        page.select("script, link[rel=stylesheet]").stream().map(EdgeTest::reference).toList();
    assertThat(assets)
        .containsExactly(
            "/graphiql/graphiql.min.css",
            "/graphiql/graphiql-page.css",
            "/graphiql/react.production.min.js",
            "/graphiql/react-dom.production.min.js",
            "/graphiql/graphiql.min.js",
            "/graphiql/graphiql-start.js");
    assertThat(page.select("script").stream().map(Element::data)).allMatch(String::isBlank);
    assertThat(page.select("[style]")).isEmpty();
    for (String asset : assets) {
      assertThat(asset(asset)).as(asset).isGreaterThan(50);
    }
    assertThat(get("/graphiql/graphiql-start.js")).contains("url: \"/graphql\"");
  }

  @ParameterizedTest
  @CsvSource({
    "/, home",
    "/decisions/900001, decision",
    "/catalogue, catalogue",
    "/check-fine, check-fine",
    "/complain, complain",
    "/track, track",
    "/open-data, open-data"
  })
  void everyPageOfThePublicSiteLoadsItsOwnFilesWithoutInlineScriptStyleOrHandler(
      String path, String module) {
    web.get().uri(path).exchange().expectHeader().contentType("text/html;charset=UTF-8");
    Document page = Jsoup.parse(get(path), "http://localhost:" + port + path);
    assertThat(page.select("html").attr("lang")).isEqualTo("zh-CN");
    assertThat(page.select("script").stream().map(Element::data)).allMatch(String::isBlank);
    assertThat(page.select("style, [style]")).isEmpty();
    assertThat(page.getAllElements().stream().flatMap(e -> e.attributes().asList().stream()))
        .noneMatch(attribute -> attribute.getKey().startsWith("on"));
    assertThat(page.select("script[src], link[href]").stream().map(EdgeTest::reference))
        .containsExactly("/favicon.svg", "/site.css", "/js/" + module + ".js");
    assertThat(asset("/js/" + module + ".js")).isGreaterThan(50);
  }

  @Test
  void pagesScriptsAndStylesAreCompressedForBrowsersThatAskButExportsAreNot() {
    for (String path : new String[] {"/site.css", "/js/site.js", "/js/errors.js"}) {
      web.get()
          .uri(path)
          .header(HttpHeaders.ACCEPT_ENCODING, "gzip")
          .exchange()
          .expectHeader()
          .valueEquals(HttpHeaders.CONTENT_ENCODING, "gzip");
    }
    web.get().uri("/site.css").exchange().expectHeader().doesNotExist(HttpHeaders.CONTENT_ENCODING);
  }

  @Test
  void echartsIsServedFromThePortalsOwnWebJar() {
    web.mutate()
        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 << 20))
        .build()
        .get()
        .uri("/webjars/echarts/5.5.0/echarts.min.js")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .consumeWith(body -> assertThat(body.getResponseBody()).hasSizeGreaterThan(1_000_000));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/static/site.css", // the folder itself is not a path of the site
        "/application.yml",
        "/org/zhifagongkai/api/PortalApplication.class",
        "/META-INF/MANIFEST.MF",
        "/webjars/../site.css",
        "/js/../../application.yml",
        "/no-such-file.css"
      })
  void onlyTheSitesOwnFilesAreServed(String path) {
    web.get()
        .uri(path)
        .exchange()
        .expectStatus()
        .value(status -> assertThat(status).isIn(400, 404));
  }

  @Test
  void healthShowsStatusesButNoDetails() {
    String health = get("/actuator/health");
    assertThat(health)
        .contains("\"status\":\"UP\"")
        .contains("\"r2dbc\":{\"status\":\"UP\"}")
        .doesNotContain("details")
        .doesNotContain("path")
        .doesNotContain("/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/actuator/prometheus", "/actuator", "/actuator/info"})
  void theActuatorBeyondHealthIsRefusedWithoutTheMetricsToken(String path) {
    web.get()
        .uri(path)
        .exchange()
        .expectStatus()
        .isUnauthorized()
        .expectHeader()
        .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    web.get()
        .uri(path)
        .header(HttpHeaders.AUTHORIZATION, "Bearer wrong-" + METRICS_TOKEN)
        .exchange()
        .expectStatus()
        .isUnauthorized();
  }

  @Test
  void metricsStayClosedHoweverTheirPathIsSpelled() {
    for (String path :
        List.of("/actuator;x/prometheus", "/%61ctuator/prometheus", "/actuator/prometheus;x")) {
      web.get()
          .uri(java.net.URI.create("http://localhost:" + port + path))
          .exchange()
          .expectStatus()
          .value(status -> assertThat(status).as(path).isIn(400, 401, 404));
    }
  }

  @Test
  void prometheusAnswersWithTheMetricsToken() {
    String metrics =
        web.get()
            .uri("/actuator/prometheus")
            .header(HttpHeaders.AUTHORIZATION, "Bearer " + METRICS_TOKEN)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    assertThat(metrics).contains("jvm_memory_used_bytes");
  }

  private static void assertSecurityHeaders(HttpHeaders headers, boolean graphiql) {
    assertThat(headers.getFirst("Content-Security-Policy"))
        .isEqualTo(
            "default-src 'self'; script-src 'self'; style-src 'self'"
                + (graphiql ? " 'unsafe-inline'" : "")
                + "; img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
                + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(headers.getFirst("Permissions-Policy"))
        .isEqualTo("camera=(), microphone=(), geolocation=(), payment=(), usb=()");
  }

  /** A same-origin path, or the whole address when the reference leaves the portal. */
  private static String reference(Element element) {
    String attribute = element.hasAttr("src") ? "src" : "href";
    String absolute = element.absUrl(attribute);
    String origin = element.ownerDocument().location().replaceAll("^(https?://[^/]+).*", "$1");
    return absolute.startsWith(origin + "/")
        ? absolute.substring(origin.length())
        : element.attr(attribute);
  }

  /** The size of a same-origin asset, which must answer 200 with a type that browsers run. */
  private int asset(String path) {
    MediaType type =
        path.endsWith(".js") ? new MediaType("text", "javascript") : new MediaType("text", "css");
    byte[] body =
        web.mutate()
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 << 20))
            .build()
            .get()
            .uri(path)
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(type)
            .expectBody(byte[].class)
            .returnResult()
            .getResponseBody();
    return body == null ? 0 : body.length;
  }

  private String get(String path) {
    EntityExchangeResult<String> result =
        web.get()
            .uri(path)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult();
    return result.getResponseBody();
  }
}
