package org.zhifagongkai.api.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The dated full dumps on disk: {@code <dataset>-<yyyy-mm-dd>.<csv|jsonl>.gz} in one directory, the
 * newest {@code kept} of each dataset and format, each beside a {@code .horizon} file holding the
 * change log's horizon it was read after ({@link
 * org.zhifagongkai.api.changes.ChangeFeedService#horizon}). Only names of the dumps' shape are ever
 * served, so no request can reach another file.
 */
@Component
class DumpFiles {

  static final Pattern NAME =
      Pattern.compile("([a-z]+(?:-[a-z]+)*)-([0-9]{4}-[0-9]{2}-[0-9]{2})\\.(csv|jsonl)\\.gz");

  private static final String HORIZON = ".horizon";

  /**
   * A dump on disk.
   *
   * @param horizon the change log's horizon its rows were read after; null when not recorded (a
   *     dump written before horizons were), so unknown
   * @param modified when the file was last written: a rewrite of the day's dump changes it
   */
  record Dump(
      String fileName,
      String dataset,
      LocalDate date,
      ExportFormat format,
      long bytes,
      @Nullable Long horizon,
      Instant modified) {

    /** A strong validator of this very file, as a quoted ETag: its write time and length. */
    String etag() {
      return "\""
          + Long.toHexString(modified.toEpochMilli())
          + "-"
          + Long.toHexString(bytes)
          + "\"";
    }
  }

  private final Path directory;
  private final int kept;
  private final int decisionsKept;

  /**
   * @param decisionsKept how many dumps of penalty decisions to keep: one by default, as a dump is
   *     a snapshot; whatever the number, one showing a decision withdrawn, ended or expired since
   *     is withheld at once and then deleted ({@link DumpCurrency})
   */
  DumpFiles(
      @Value("${portal.open-data.dump-directory:data/open-data}") Path directory,
      @Value("${portal.open-data.dumps-kept:7}") int kept,
      @Value("${portal.open-data.decision-dumps-kept:1}") int decisionsKept) {
    this.directory = directory;
    this.kept = kept;
    this.decisionsKept = decisionsKept;
  }

  /** Every dump, newest first, then by name. */
  List<Dump> all() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .map(file -> dump(file.getFileName().toString(), file))
          .flatMap(Optional::stream)
          .sorted(Comparator.comparing(Dump::date).reversed().thenComparing(Dump::fileName))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file of the dump named {@code fileName}; empty for any other name. */
  Optional<Path> file(String fileName) {
    return all().stream()
        .filter(dump -> dump.fileName().equals(fileName))
        .findFirst()
        .map(dump -> directory.resolve(dump.fileName()));
  }

  Path path(Dump dump) {
    return directory.resolve(dump.fileName());
  }

  static String nameOf(String dataset, LocalDate date, ExportFormat format) {
    return dataset + "-" + date + "." + format.extension() + ".gz";
  }

  boolean exists(String dataset, LocalDate date, ExportFormat format) {
    return Files.exists(directory.resolve(nameOf(dataset, date, format)));
  }

  /**
   * Where a dump is written before it is moved into place, so a half-written one is never listed.
   */
  Path partFile(String dataset, LocalDate date, ExportFormat format) throws IOException {
    Files.createDirectories(directory);
    return directory.resolve(nameOf(dataset, date, format) + ".part");
  }

  /**
   * Moves {@code part} into place as the dump of {@code dataset} for {@code date}, read after the
   * change log's {@code horizon}, replacing the day's earlier one, and prunes the oldest.
   */
  void publish(Path part, String dataset, LocalDate date, ExportFormat format, long horizon)
      throws IOException {
    String name = nameOf(dataset, date, format);
    // The horizon is in place before the dump it belongs to, so a listed dump always has its own.
    Path horizonPart = directory.resolve(name + HORIZON + ".part");
    Files.writeString(horizonPart, Long.toString(horizon));
    Files.move(
        horizonPart,
        directory.resolve(name + HORIZON),
        java.nio.file.StandardCopyOption.ATOMIC_MOVE,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.move(
        part,
        directory.resolve(nameOf(dataset, date, format)),
        java.nio.file.StandardCopyOption.ATOMIC_MOVE,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    prune(dataset, format);
  }

  private void prune(String dataset, ExportFormat format) throws IOException {
    List<Dump> older =
        all().stream()
            .filter(dump -> dump.dataset().equals(dataset) && dump.format() == format)
            .skip(dataset.equals(DecisionDataset.NAME) ? decisionsKept : kept)
            .toList();
    for (Dump dump : older) {
      delete(dump);
    }
  }

  /** Removes {@code dump} and its horizon, unless the day's dump was written again since. */
  void delete(Dump dump) throws IOException {
    Path file = directory.resolve(dump.fileName());
    if (Files.exists(file)
        && !Files.getLastModifiedTime(file).toInstant().equals(dump.modified())) {
      return;
    }
    Files.deleteIfExists(file);
    Files.deleteIfExists(directory.resolve(dump.fileName() + HORIZON));
  }

  private static Optional<Dump> dump(String fileName, Path file) {
    Matcher matcher = NAME.matcher(fileName);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new Dump(
              fileName,
              matcher.group(1),
              LocalDate.parse(matcher.group(2)),
              matcher.group(3).equals("csv") ? ExportFormat.CSV : ExportFormat.JSONL,
              Files.size(file),
              horizon(file.resolveSibling(fileName + HORIZON)),
              Files.getLastModifiedTime(file).toInstant()));
    } catch (IOException | java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static @Nullable Long horizon(Path file) {
    try {
      return Long.valueOf(Files.readString(file).strip());
    } catch (IOException | NumberFormatException e) {
      return null;
    }
  }
}
