package org.zhifagongkai.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.zhifagongkai.api.PortalApplication;
import org.zhifagongkai.api.paging.PageRequest;

/** The index is derived: deleted, it is rebuilt on start and answers as before. */
class IndexRecoveryTest {

  @Test
  void deletingTheIndexDirectoryAndRestartingRestoresTheSameResults(@TempDir Path temp)
      throws IOException {
    Path index = temp.resolve("index");
    String[] args = {
      "--portal.embedded-database.data-directory=" + temp.resolve("db"),
      "--portal.search.index-directory=" + index,
      "--portal.sample-data.decisions=2000",
      "--server.port=0"
    };
    List<String> before;
    try (ConfigurableApplicationContext app =
        SpringApplication.run(PortalApplication.class, args)) {
      before = answers(app);
    }
    try (Stream<Path> files = Files.walk(index)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
    try (ConfigurableApplicationContext app =
        SpringApplication.run(PortalApplication.class, args)) {
      assertThat(answers(app)).isEqualTo(before);
    }
    assertThat(before).hasSize(3);
    assertThat(before.getFirst()).doesNotContain("total 0");
  }

  private static List<String> answers(ConfigurableApplicationContext app) {
    SearchService search = app.getBean(SearchService.class);
    return Stream.of("人行道摆摊", "虚假广告", "《大气污染防治法》第九十九条")
        .map(
            query -> {
              SearchConnection result =
                  search.search(query, null, PageRequest.of(20, null)).block();
              return "total "
                  + result.totalCount()
                  + " "
                  + result.edges().stream().map(e -> e.node().toString().hashCode()).toList();
            })
        .toList();
  }
}
