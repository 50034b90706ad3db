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
import org.zhifagongkai.api.PortalProcess;
import org.zhifagongkai.api.SharedData;

/**
 * The README's corpus import on a portal without the sample and without {@code --import.regions}:
 * the portal knows China's regions itself and places every body.
 */
class CorpusCommandTest {

  private static final Pattern REPORT =
      Pattern.compile(
          "(\\d+) imported, (\\d+) already imported \\(updated where changed\\), (\\d+) rejected");

  @Test
  void theCorpusImportsFromTheReadmeCommandAloneWithEveryBodyPlaced(@TempDir Path temp)
      throws Exception {
    PortalProcess command =
        PortalProcess.launch(
            temp,
            PortalProcess.freePort(),
            "--import.kind=corpus",
            "--import.file=" + SharedData.file("penalties/corpus.jsonl"));
    assertThat(command.awaitExit(Duration.ofMinutes(30))).isZero();
    String log = Files.readString(temp.resolve("portal.log"));
    Matcher report = REPORT.matcher(log);
    assertThat(report.find()).as("the import's report in portal.log").isTrue();
    // As with the region table given by hand (BENCHMARKS.md): 1,355 decisions; 780 rejected with
    // their reasons (652 item descriptions, 114 without any evidence of their date, 8 postal
    // circulars, one penalty on a minor), none by the database.
    assertThat(Integer.parseInt(report.group(1)) + Integer.parseInt(report.group(2)))
        .isEqualTo(1_355);
    assertThat(Integer.parseInt(report.group(3))).isEqualTo(780);
    assertThat(log).doesNotContain("refused by the database").doesNotContain("区划代码");
    // The command leaves the search index to the portal that serves it: every imported decision
    // is still in the change log, which that portal applies when it starts.
    PortalProcess.onDatabase(
        temp,
        database -> {
          assertThat(
                  count(
                      database,
                      "select count(*) from penalty_decision d where not exists (select 1 from"
                          + " search_change c where c.record_kind = 'PENALTY_DECISION'"
                          + " and c.record_id = d.id)"))
              .isZero();
          assertThat(count(database, "select count(*) from penalty_decision"))
              .isEqualTo(Long.parseLong(report.group(1)));
        });
  }
}
