package org.zhifagongkai.api.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.r2dbc.spi.ConnectionFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhifagongkai.api.ApiTest;
import org.zhifagongkai.api.PortalState;
import org.zhifagongkai.api.Programs;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The base of browser tests: the public site in the machine's own headless Chromium, driven by
 * Selenium through the system chromedriver, against the portal of {@link ApiTest}. One browser per
 * test class, desktop-sized before every test; {@link #phone()} narrows it.
 *
 * <p>Nothing is fetched from the network: the driver and the browser are given by path (Selenium
 * Manager never runs), host names other than {@code localhost} do not resolve inside the browser,
 * and {@link #requestedUrls()} lists what the page asked for so that tests can check it.
 *
 * <p>Needs {@code /usr/bin/chromium}, {@code /usr/bin/chromedriver} (Debian's {@code chromium} and
 * {@code chromium-driver}) and npm (for axe-core). Where they are missing the tests are skipped,
 * except in CI ({@code CI=true}), where they fail — the rule of the graphql-http audit.
 */
public abstract class BrowserTest extends ApiTest {

  static final Path CHROMIUM =
      Path.of(System.getProperty("portal.browser.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));
  static final Path SCREENSHOTS = Path.of("target/site-screenshots");

  private static final String NEEDS = CHROMIUM + ", " + CHROMEDRIVER + " and npm";

  /** A laptop's window, the size every test starts at. */
  static final Dimension DESKTOP = new Dimension(1280, 900);

  /** A common phone's viewport in CSS pixels (390 × 844). */
  static final Dimension PHONE = new Dimension(390, 844);

  private static final Duration WAIT = Duration.ofMinutes(2);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired private ConnectionFactory connections;

  private static @Nullable ChromeDriver browser;
  private static @Nullable Axe axe;

  /** Keeps a screenshot and the text of the page a failed test left behind. */
  @RegisterExtension
  static final TestWatcher SCREENSHOT_ON_FAILURE =
      new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, @Nullable Throwable cause) {
          if (browser != null) {
            String name =
                "failed-"
                    + context.getRequiredTestClass().getSimpleName()
                    + "-"
                    + context.getRequiredTestMethod().getName();
            try {
              Files.createDirectories(SCREENSHOTS);
              Files.write(
                  SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
              // The whole page's text, beyond the window: which sections were busy or failed.
              Files.writeString(
                  SCREENSHOTS.resolve(name + ".txt"), pageState(browser, Integer.MAX_VALUE));
            } catch (IOException | RuntimeException e) {
              // The test's own failure is what matters.
            }
          }
        }
      };

  @BeforeAll
  static void startBrowser() throws IOException, InterruptedException {
    browser = startChromium(true);
    if (browser != null) {
      axe = Axe.install();
    }
  }

  /**
   * Starts the machine's headless Chromium as every browser test has it: desktop-sized, offline but
   * for localhost, with its console logged, and with its network log where {@code network} (a
   * caller that never reads it leaves it off, as the driver keeps every entry until read). Null
   * where Chromium, its driver or npm are missing outside CI.
   */
  static @Nullable ChromeDriver startChromium(boolean network)
      throws IOException, InterruptedException {
    boolean present =
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) && Programs.onPath("npm");
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      assertThat(present).as(NEEDS + " (CI=true: .ci/run installs them)").isTrue();
    } else if (!present) {
      return null; // every test is skipped, one by one, in desktop()
    }
    LoggingPreferences logs = new LoggingPreferences();
    if (network) {
      logs.enable(LogType.PERFORMANCE, Level.ALL);
    }
    // The console too: script errors and the policy's refusals (CSP) show there.
    logs.enable(LogType.BROWSER, Level.ALL);
    ChromeOptions options =
        new ChromeOptions()
            .setBinary(CHROMIUM.toFile())
            .addArguments(
                "--headless=new",
                // Root in CI, in a container: Chromium's sandbox needs user namespaces it lacks.
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--window-size=" + DESKTOP.width + "," + DESKTOP.height,
                "--force-device-scale-factor=1",
                "--lang=zh-CN",
                // No name but localhost resolves: a page that reaches elsewhere fails visibly.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-default-apps",
                "--disable-extensions",
                "--disable-sync",
                "--no-first-run");
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver started = new ChromeDriver(service, options);
    started.manage().timeouts().pageLoadTimeout(WAIT).scriptTimeout(WAIT);
    return started;
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
      browser = null;
    }
  }

  @BeforeEach
  void desktop() {
    // Skipped here rather than in startBrowser(), so that the report counts each test as skipped.
    assumeThat(browser).as(NEEDS).isNotNull();
    browser().manage().window().setSize(DESKTOP);
  }

  /** The browser; fails if it did not start. */
  protected static ChromeDriver browser() {
    assertThat(browser).as("the browser").isNotNull();
    return browser;
  }

  /** {@code http://localhost:<port>}, the portal's origin. */
  protected String origin() {
    return "http://localhost:" + port;
  }

  /**
   * Opens a path of the portal, such as {@code /} or {@code /graphiql}, and waits until the page
   * and its files have loaded. Every open starts with an empty HTTP cache, so that timings and
   * weights are those of a first visit; requests already listed by {@link #requestedUrls()} are
   * forgotten.
   */
  protected void open(String path) {
    browser().executeCdpCommand("Network.clearBrowserCache", Map.of());
    requestedUrls();
    consoleProblems();
    browser().get(origin() + path);
    waitUntil(page -> "complete".equals(page.executeScript("return document.readyState")));
  }

  /** Narrows the window to a phone's viewport ({@link #PHONE}). */
  protected void phone() {
    browser().manage().window().setSize(PHONE);
  }

  /** The first element matching a CSS selector, once it is shown (waits up to two minutes). */
  protected WebElement shown(String css) {
    return waitUntil(
        page -> {
          List<WebElement> found = page.findElements(By.cssSelector(css));
          return found.isEmpty() || !found.getFirst().isDisplayed() ? null : found.getFirst();
        });
  }

  /**
   * Waits up to two minutes for a condition to give something other than null or false; on timeout
   * the failure says what the portal was doing ({@link PortalState}).
   */
  protected <T> T waitUntil(Function<ChromeDriver, @Nullable T> condition) {
    return waitUntil(condition, WAIT);
  }

  <T> T waitUntil(Function<ChromeDriver, @Nullable T> condition, Duration patience) {
    ChromeDriver page = browser();
    try {
      return new WebDriverWait(page, patience).until(driver -> condition.apply(page));
    } catch (TimeoutException e) {
      throw new TimeoutException(
          e.getMessage()
              + "\n--- the page ---\n"
              + pageState(page, 4000)
              + "\n--- requests the browser still waits for ---\n"
              + unfinishedRequests(page)
              + PortalState.describe(connections),
          e);
    }
  }

  /**
   * The requests in Chromium's network log that neither finished nor failed, with whether their
   * response had begun.
   */
  private static String unfinishedRequests(ChromeDriver page) {
    try {
      Map<String, String> open = new LinkedHashMap<>();
      for (JsonNode message : networkLog(page)) {
        JsonNode params = message.get("params");
        String id = params.path("requestId").asString("");
        switch (message.get("method").asString()) {
          case "Network.requestWillBeSent" -> {
            JsonNode request = params.get("request");
            String body = request.path("postData").asString("");
            open.put(
                id,
                request.get("method").asString()
                    + " "
                    + request.get("url").asString()
                    + (body.isEmpty()
                        ? ""
                        : " " + body.substring(0, Math.min(200, body.length()))));
          }
          case "Network.responseReceived" ->
              open.computeIfPresent(id, (k, v) -> v + " [answer begun]");
          case "Network.loadingFinished", "Network.loadingFailed" -> open.remove(id);
          default -> {}
        }
      }
      return open.isEmpty() ? "none" : String.join("\n", open.values());
    } catch (RuntimeException e) {
      return "(unknown: " + e + ")";
    }
  }

  /** The sections of the open page still busy, then its text up to {@code chars} characters. */
  private static String pageState(ChromeDriver page, int chars) {
    try {
      return String.valueOf(
          page.executeScript(
              "return 'busy: ' + [...document.querySelectorAll('[aria-busy]')]"
                  + ".map(e => e.id || e.tagName).join(', ') + '\\n'"
                  + " + document.body.innerText.slice(0, arguments[0])",
              chars));
    } catch (RuntimeException e) {
      return "(unknown: " + e + ")";
    }
  }

  /** Runs JavaScript in the page and returns its result. */
  protected @Nullable Object script(String javascript, Object... arguments) {
    return browser().executeScript(javascript, arguments);
  }

  /** axe-core's serious and critical violations on the whole open page. */
  protected List<Axe.Violation> axeViolations() {
    return axeViolationsOutside();
  }

  /** Fails with axe-core's description if the open page has a serious or critical violation. */
  protected void assertAxePasses() {
    List<Axe.Violation> violations = axeViolations();
    assertThat(violations).as(Axe.describe(violations)).isEmpty();
  }

  /**
   * Narrows the window to a phone, then checks the open page there: no serious or critical axe
   * violation, nothing wider than the phone (the page scrolls only downwards), and a screenshot.
   */
  protected void assertReadableOnPhone(String screenshotName) throws IOException {
    phone();
    assertAxePasses();
    assertThat((Boolean) script("return document.documentElement.scrollWidth <= innerWidth"))
        .isTrue();
    screenshot(screenshotName);
  }

  /**
   * axe-core's serious and critical violations on the open page outside the elements matching the
   * given CSS selectors: for third-party parts the portal cannot fix. Say why where it is used.
   */
  protected List<Axe.Violation> axeViolationsOutside(String... excluded) {
    assertThat(axe).as("axe-core").isNotNull();
    return axe.seriousViolations(browser(), List.of(excluded));
  }

  /**
   * Saves a screenshot of the whole open page (not only the window) as {@code
   * target/site-screenshots/<name>.png} and returns its path.
   */
  protected Path screenshot(String name) throws IOException {
    Dimension window = browser().manage().window().getSize();
    Number height = (Number) script("return document.documentElement.scrollHeight");
    assertThat(height).isNotNull();
    // Chromium shoots the viewport only: stretch the window to the page for the shot.
    int full = Math.min(Math.max(height.intValue(), window.height), 10_000);
    browser().manage().window().setSize(new Dimension(window.width, full));
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, browser().getScreenshotAs(OutputType.BYTES));
      return file;
    } finally {
      browser().manage().window().setSize(window);
    }
  }

  /**
   * The open page's Navigation Timing entry. Times are milliseconds since the navigation started;
   * sizes are bytes ({@code transferSize} includes headers, {@code encodedBodySize} is the body as
   * sent, {@code decodedBodySize} after decompression).
   */
  record NavigationTiming(
      double responseStart,
      double responseEnd,
      double domInteractive,
      double domContentLoaded,
      double load,
      long transferSize,
      long encodedBodySize,
      long decodedBodySize) {}

  /** One file the open page loaded, from Resource Timing; sizes as in {@link NavigationTiming}. */
  record Resource(String name, String initiatorType, long transferSize, long decodedBodySize) {}

  protected NavigationTiming navigationTiming() {
    JsonNode entry =
        JSON.readTree(
            String.valueOf(
                script("return JSON.stringify(performance.getEntriesByType('navigation')[0])")));
    return new NavigationTiming(
        entry.get("responseStart").asDouble(),
        entry.get("responseEnd").asDouble(),
        entry.get("domInteractive").asDouble(),
        entry.get("domContentLoadedEventEnd").asDouble(),
        entry.get("loadEventEnd").asDouble(),
        entry.get("transferSize").asLong(),
        entry.get("encodedBodySize").asLong(),
        entry.get("decodedBodySize").asLong());
  }

  /** Every file the open page loaded after the document itself, from Resource Timing. */
  protected List<Resource> resources() {
    JsonNode entries =
        JSON.readTree(
            String.valueOf(
                script("return JSON.stringify(performance.getEntriesByType('resource'))")));
    List<Resource> resources = new ArrayList<>();
    for (JsonNode entry : entries) {
      resources.add(
          new Resource(
              entry.get("name").asString(),
              entry.get("initiatorType").asString(),
              entry.get("transferSize").asLong(),
              entry.get("decodedBodySize").asLong()));
    }
    return resources;
  }

  /**
   * Every URL the browser asked for since the last call (or the last {@link #open}), failed ones
   * included, from Chromium's network log. {@code data:} URLs are left out: they load nothing.
   */
  protected List<String> requestedUrls() {
    List<String> urls = new ArrayList<>();
    for (JsonNode message : networkLog(browser())) {
      if ("Network.requestWillBeSent".equals(message.get("method").asString())) {
        String url = message.get("params").get("request").get("url").asString();
        if (!url.startsWith("data:")) {
          urls.add(url);
        }
      }
    }
    return urls;
  }

  /** Chromium's network events since the log was last read (reading empties it). */
  private static List<JsonNode> networkLog(ChromeDriver page) {
    List<JsonNode> messages = new ArrayList<>();
    for (LogEntry entry : page.manage().logs().get(LogType.PERFORMANCE)) {
      messages.add(JSON.readTree(entry.getMessage()).get("message"));
    }
    return messages;
  }

  /**
   * The browser console's warnings and errors since the last call (or the last {@link #open}):
   * uncaught script errors, failed requests and refusals of the Content-Security-Policy.
   */
  protected List<String> consoleProblems() {
    return consoleProblems(browser());
  }

  /** {@link #consoleProblems()} of a browser of one's own. */
  static List<String> consoleProblems(ChromeDriver browser) {
    List<String> problems = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
        problems.add(entry.getLevel() + " " + entry.getMessage());
      }
    }
    return problems;
  }

  /**
   * For printing: the measured times and the page's weight, file by file. Never asserted: on two
   * shared cores times are noise, and a file's weight is better checked where it is made.
   */
  static String describe(NavigationTiming timing, List<Resource> resources) {
    long transferred =
        timing.transferSize() + resources.stream().mapToLong(Resource::transferSize).sum();
    long decoded =
        timing.decodedBodySize() + resources.stream().mapToLong(Resource::decodedBodySize).sum();
    StringBuilder text =
        new StringBuilder(
            String.format(
                "%s%n  %d files, %d bytes transferred, %d bytes decoded",
                timing, 1 + resources.size(), transferred, decoded));
    for (Resource r : resources) {
      text.append(
          String.format(
              "%n  %8d %8d %s (%s)",
              r.transferSize(), r.decodedBodySize(), r.name(), r.initiatorType()));
    }
    return text.toString();
  }
}
