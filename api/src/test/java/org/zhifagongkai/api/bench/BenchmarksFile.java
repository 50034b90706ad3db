package org.zhifagongkai.api.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's BENCHMARKS.md, where each benchmark keeps its figures between its markers. */
public final class BenchmarksFile {

  private static final Path FILE = Path.of("..", "BENCHMARKS.md");

  private BenchmarksFile() {}

  /**
   * Replaces what lies between {@code <!-- name:begin -->} and {@code <!-- name:end -->} with the
   * figures; where the markers are missing, appends a section with the heading and the markers.
   */
  public static void write(String name, String heading, String figures) throws IOException {
    String begin = "<!-- " + name + ":begin -->";
    String end = "<!-- " + name + ":end -->";
    String text = Files.readString(FILE, StandardCharsets.UTF_8);
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    String block = begin + "\n" + figures + (figures.endsWith("\n") ? "" : "\n") + end;
    text =
        from < 0 || to < 0
            ? text + "\n## " + heading + "\n\n" + block + "\n"
            : text.substring(0, from) + block + text.substring(to + end.length());
    Files.writeString(FILE, text, StandardCharsets.UTF_8);
  }
}
