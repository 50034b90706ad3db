package org.zhifagongkai.api.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DumpFilesTest {

  @Test
  void onlyTheNewestDumpsOfEachDatasetAndFormatAreKept(@TempDir Path directory) throws IOException {
    DumpFiles files = new DumpFiles(directory, 3, 1);
    for (int day = 1; day <= 5; day++) {
      for (ExportFormat format : ExportFormat.values()) {
        LocalDate date = LocalDate.of(2026, 3, day);
        Path part = files.partFile("enforcement-items", date, format);
        Files.writeString(part, "x");
        files.publish(part, "enforcement-items", date, format, 1);
      }
    }
    Path part = files.partFile("no-penalty-items", LocalDate.of(2026, 1, 1), ExportFormat.CSV);
    Files.writeString(part, "y");
    files.publish(part, "no-penalty-items", LocalDate.of(2026, 1, 1), ExportFormat.CSV, 1);

    assertThat(files.all().stream().map(DumpFiles.Dump::fileName))
        .containsExactly(
            "enforcement-items-2026-03-05.csv.gz",
            "enforcement-items-2026-03-05.jsonl.gz",
            "enforcement-items-2026-03-04.csv.gz",
            "enforcement-items-2026-03-04.jsonl.gz",
            "enforcement-items-2026-03-03.csv.gz",
            "enforcement-items-2026-03-03.jsonl.gz",
            "no-penalty-items-2026-01-01.csv.gz");
  }

  @Test
  void onlyTheLatestDumpOfDecisionsIsKept(@TempDir Path directory) throws IOException {
    DumpFiles files = new DumpFiles(directory, 7, 1);
    for (int day = 1; day <= 3; day++) {
      LocalDate date = LocalDate.of(2026, 3, day);
      Path part = files.partFile("penalty-decisions", date, ExportFormat.CSV);
      Files.writeString(part, "x");
      files.publish(part, "penalty-decisions", date, ExportFormat.CSV, day);
    }
    assertThat(files.all().stream().map(DumpFiles.Dump::fileName))
        .containsExactly("penalty-decisions-2026-03-03.csv.gz");
  }

  @Test
  void aHalfWrittenOrForeignFileIsNeitherListedNorServed(@TempDir Path directory)
      throws IOException {
    DumpFiles files = new DumpFiles(directory, 7, 1);
    Files.writeString(
        files.partFile("penalty-decisions", LocalDate.of(2026, 3, 1), ExportFormat.CSV), "x");
    Files.writeString(directory.resolve("notes.txt"), "x");
    Files.writeString(directory.resolve("penalty-decisions-2026-02-30.csv.gz"), "x");
    assertThat(files.all()).isEmpty();
    assertThat(files.file("notes.txt")).isEmpty();
    assertThat(files.file("penalty-decisions-2026-03-01.csv.gz.part")).isEmpty();
  }
}
