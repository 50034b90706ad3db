package org.zhifagongkai.api.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.zhifagongkai.api.Programs;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core (from npm, pinned by {@code src/test/browser/package-lock.json}) run inside a page that
 * a {@link BrowserTest} has open. The script is installed once per build with {@code npm ci} into
 * {@code target/browser-tests} and injected with {@code executeScript}, so the pages under test
 * never reference it and its Content Security Policy does not apply to it.
 *
 * <p>Not thread-safe: one instance per browser.
 */
final class Axe {

  private static final Path SOURCES = Path.of("src/test/browser");
  private static final Path WORK = Path.of("target/browser-tests");
  private static final Path SCRIPT = WORK.resolve("node_modules/axe-core/axe.min.js");

  /** Impacts that fail a page; "minor" and "moderate" are reported by axe but tolerated here. */
  static final List<String> FAILING_IMPACTS = List.of("serious", "critical");

  /**
   * One rule that fails on a page.
   *
   * @param id axe's rule id, such as {@code label} or {@code color-contrast}
   * @param impact {@code minor}, {@code moderate}, {@code serious} or {@code critical}
   * @param targets the CSS selectors of the failing elements
   * @param detail axe's explanation for the first of them, such as the colours and their ratio
   */
  record Violation(String id, String impact, String help, List<String> targets, String detail) {}

  private final String source;

  private Axe(String source) {
    this.source = source;
  }

  /** Installs axe-core with npm (once per build) and reads its script. */
  static Axe install() throws IOException, InterruptedException {
    Files.createDirectories(WORK);
    for (String file : List.of("package.json", "package-lock.json")) {
      Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    if (!Files.isRegularFile(SCRIPT)) {
      Programs.run(WORK, List.of("npm", "ci", "--no-audit", "--no-fund"), 300);
    }
    return new Axe(Files.readString(SCRIPT));
  }

  /**
   * Runs every axe rule on the open page, except inside the elements matching the {@code excluded}
   * CSS selectors, and returns its serious and critical violations.
   */
  List<Violation> seriousViolations(JavascriptExecutor page, List<String> excluded) {
    page.executeScript(source);
    Object answer =
        page.executeAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            const excluded = arguments[0];
            axe.run(excluded.length ? { exclude: excluded } : document,
                    { resultTypes: ["violations"] })
              .then((result) => done(JSON.stringify(result.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.map((n) => n.target.join(" ")),
                detail: v.nodes[0]?.failureSummary ?? "" })))))
              .catch((error) => done("axe failed: " + error));
            """,
            excluded);
    String json = String.valueOf(answer);
    assertThat(json).as("axe-core's answer").startsWith("[");
    JsonMapper mapper = JsonMapper.builder().build();
    List<Violation> violations = List.of(mapper.readValue(json, Violation[].class));
    return violations.stream().filter(v -> FAILING_IMPACTS.contains(v.impact())).toList();
  }

  /** For messages: the violations, one a line. */
  static String describe(List<Violation> violations) {
    StringBuilder text = new StringBuilder();
    for (Violation v : violations) {
      text.append(v.impact())
          .append(' ')
          .append(v.id())
          .append(": ")
          .append(v.help())
          .append("\n  ")
          .append(v.detail().replace("\n", "\n  "))
          .append("\n  at ")
          .append(String.join(", ", v.targets()))
          .append('\n');
    }
    return text.toString();
  }
}
