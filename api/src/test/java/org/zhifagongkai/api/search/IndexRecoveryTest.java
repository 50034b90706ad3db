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
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.PortalApplication;
import org.zhifagongkai.api.embedded.EmbeddedDatabase;
import org.zhifagongkai.api.paging.PageRequest;

/** The index is derived: deleted, it is rebuilt on start and answers as before. */
class IndexRecoveryTest {

  @Test
  void deletingOrTruncatingTheIndexAndRestartingRestoresTheSameResults(@TempDir Path temp)
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
    // A disk that filled up, or a copy cut short: the largest segment file loses its second half.
    Path largest;
    try (Stream<Path> files = Files.list(index)) {
      largest =
          files
              .filter(f -> !f.getFileName().toString().startsWith("segments"))
              .max(Comparator.comparingLong(f -> f.toFile().length()))
              .orElseThrow();
    }
    byte[] whole = Files.readAllBytes(largest);
    Files.write(largest, java.util.Arrays.copyOf(whole, whole.length / 2));
    try (ConfigurableApplicationContext app =
        SpringApplication.run(PortalApplication.class, args)) {
      assertThat(answers(app)).isEqualTo(before);
    }
    assertThat(before).hasSize(3);
    assertThat(before.getFirst()).doesNotContain("total 0");
  }

  @Test
  void changesCommittedWhileTheIndexerIsDownAreAppliedFromTheChangeLogOnStart(@TempDir Path temp) {
    // The database outlives the portal, as an external server would.
    EmbeddedDatabase database = EmbeddedDatabase.acquire(temp.resolve("db"));
    String url = "localhost:" + database.port() + "/postgres";
    String[] args = {
      "--spring.r2dbc.url=r2dbc:postgresql://" + url,
      "--spring.r2dbc.username=postgres",
      "--spring.flyway.url=jdbc:postgresql://" + url,
      "--spring.flyway.user=postgres",
      "--portal.sample-data.enabled=true",
      "--portal.sample-data.decisions=500",
      "--portal.search.index-directory=" + temp.resolve("index"),
      "--server.port=0"
    };
    try {
      try (ConfigurableApplicationContext app =
          SpringApplication.run(PortalApplication.class, args)) {
        assertThat(total(app, "停机期间更正")).isZero();
      }
      try (ConfigurableApplicationContext app =
          SpringApplication.run(PortalApplication.class, args)) {
        // Written while no indexer runs, as a crash would leave it: only the change log knows.
        app.getBean(SearchIndexer.class).stop();
        DatabaseClient client = app.getBean(DatabaseClient.class);
        client
            .sql(
                "update penalty_decision set party_name = '停机期间更正商行' where id = (select"
                    + " min(id) from penalty_decision where status = 'PUBLISHED')")
            .then()
            .block();
        assertThat(pending(client)).isPositive();
      }
      try (ConfigurableApplicationContext app =
          SpringApplication.run(PortalApplication.class, args)) {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(3).toNanos();
        DatabaseClient client = app.getBean(DatabaseClient.class);
        // The change is searchable once the index commits; its log rows go just after.
        while ((total(app, "停机期间更正") == 0 || pending(client) > 0) && System.nanoTime() < deadline) {
          Thread.onSpinWait();
        }
        assertThat(total(app, "停机期间更正")).isEqualTo(1);
        assertThat(pending(client)).isZero();
      }
    } finally {
      database.release();
    }
  }

  private static long pending(DatabaseClient database) {
    Long rows =
        database
            .sql("select count(*) from search_change")
            .map(r -> r.get(0, Long.class))
            .one()
            .block();
    return rows == null ? 0 : rows;
  }

  private static int total(ConfigurableApplicationContext app, String query) {
    return app.getBean(SearchService.class)
        .search(query, null, PageRequest.of(1, null))
        .block()
        .totalCount();
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
