package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifagongkai.api.DatabaseCounts.count;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.PortalProcess;
import org.zhifagongkai.api.SharedData;

/**
 * An import killed as the operating system would (SIGKILL) in the middle of the 信用西藏 sheet: after
 * restart nothing half-written is visible, and running the import again completes it with every
 * record once.
 */
class KilledImportTest {

  private static final Pattern REPORT =
      Pattern.compile("(\\d+) imported, (\\d+) already imported \\(updated where changed\\)");

  @Test
  void aKilledImportLeavesWholeRecordsAndARerunCompletesWithoutDuplicates(@TempDir Path temp)
      throws Exception {
    String[] importSheet = {
      "--import.kind=spreadsheet",
      "--import.file=" + SharedData.file("penalties/raw/xizang_creditxizang_shuanggongshi.xlsx"),
      "--import.source=信用西藏",
      "--import.province=西藏",
      "--import.regions=" + SharedData.file("regions")
    };
    PortalProcess first = PortalProcess.launch(temp, PortalProcess.freePort(), importSheet);
    long atKill;
    try {
      atKill = awaitDecisions(temp, 300, Duration.ofMinutes(15));
    } finally {
      first.kill();
    }
    assertThat(atKill)
        .as("decisions committed before the kill; see " + temp.resolve("portal.log"))
        .isGreaterThanOrEqualTo(300);
    // Restarted, the database holds only whole records.
    long[] committed = new long[1];
    PortalProcess.onDatabase(
        temp,
        database -> {
          assertThat(unrecorded(database)).isZero();
          committed[0] = count(database, "select count(*) from penalty_decision");
        });

    PortalProcess again = PortalProcess.launch(temp, PortalProcess.freePort(), importSheet);
    assertThat(again.awaitExit(Duration.ofMinutes(30))).isZero();
    Matcher report = lastReport(temp.resolve("portal.log"));
    long imported = Long.parseLong(report.group(1));
    long alreadyImported = Long.parseLong(report.group(2));

    PortalProcess.onDatabase(
        temp,
        database -> {
          long decisions = count(database, "select count(*) from penalty_decision");
          // Each record once: the re-run found those of the killed run and added only the rest,
          // as many as a clean import of the sheet makes (3,581, BENCHMARKS.md; one number may
          // name several parties, each a decision).
          assertThat(decisions).isEqualTo(committed[0] + imported);
          assertThat(alreadyImported).isGreaterThanOrEqualTo(committed[0]);
          assertThat(decisions).isEqualTo(3_581);
          assertThat(
                  count(
                      database,
                      "select count(*) - count(distinct (agency_id, document_number_key,"
                          + " party_name)) from penalty_decision"))
              .isZero();
          assertThat(unrecorded(database)).isZero();
        });
  }

  /** Decisions without the event that records how they came: half-written, if any. */
  private static long unrecorded(DatabaseClient database) {
    return count(
        database,
        "select count(*) from penalty_decision d where not exists"
            + " (select 1 from penalty_decision_event e where e.decision_id = d.id)");
  }

  private static long awaitDecisions(Path temp, long atLeast, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(temp.resolve("db").resolve("postmaster.pid"))) {
        try {
          long found = count(PortalProcess.database(temp), "select count(*) from penalty_decision");
          if (found >= atLeast) {
            return found;
          }
        } catch (RuntimeException notYet) {
          // the database or its tables are still being made
        }
      }
      Thread.sleep(100);
    }
    return -1;
  }

  private static Matcher lastReport(Path log) throws java.io.IOException {
    Matcher last = null;
    for (String line : Files.readAllLines(log)) {
      Matcher matcher = REPORT.matcher(line);
      if (matcher.find()) {
        last = matcher;
      }
    }
    assertThat(last).as("the import's report in " + log).isNotNull();
    return last;
  }
}
