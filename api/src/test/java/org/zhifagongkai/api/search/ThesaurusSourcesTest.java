package org.zhifagongkai.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhifagongkai.api.SharedData;
import org.zhifagongkai.search.Thesaurus;

/**
 * Every group of the thesaurus names at least one word that official texts use: the laws, the
 * discretion benchmarks or the published decisions. A group of everyday words alone would find
 * nothing more than the words typed.
 */
class ThesaurusSourcesTest {

  @Test
  void everyGroupHasAWordTheOfficialTextsUse() throws IOException {
    String official =
        String.join(
            "\n",
            text(SharedData.file("laws"), ".md"),
            text(SharedData.file("benchmarks"), ".md", ".csv", ".txt"),
            Files.readString(SharedData.file("penalties/corpus.jsonl")));
    List<Set<String>> groups = Thesaurus.standard().groups();
    assertThat(groups).hasSizeGreaterThanOrEqualTo(100);
    assertThat(groups)
        .allSatisfy(
            group ->
                assertThat(group)
                    .as("a group with no word of the official texts")
                    .anyMatch(official::contains));
  }

  private static String text(Path folder, String... endings) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(file -> Stream.of(endings).anyMatch(file.toString()::endsWith))
          .sorted()
          .map(
              file -> {
                try {
                  return Files.readString(file);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .reduce("", String::concat);
    }
  }
}
