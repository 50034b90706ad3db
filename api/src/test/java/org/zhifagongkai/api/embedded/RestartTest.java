package org.zhifagongkai.api.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifagongkai.api.DatabaseCounts.count;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.PortalApplication;

/** The embedded database keeps its data across restarts, and the sample is loaded only once. */
class RestartTest {

  @Test
  void aRestartOnTheSameDataDirectoryFindsTheSameDataUnduplicated(@TempDir Path dataDirectory) {
    String[] args = {
      "--portal.embedded-database.data-directory=" + dataDirectory,
      "--portal.search.index-directory=" + dataDirectory.resolve("index"),
      "--server.port=0"
    };
    List<Long> first;
    try (ConfigurableApplicationContext app =
        SpringApplication.run(PortalApplication.class, args)) {
      DatabaseClient database = app.getBean(DatabaseClient.class);
      database
          .sql(
              "insert into region (code, name, level, revision) values ('970000', '重启省', 'PROVINCE', 'x')")
          .then()
          .block(Duration.ofMinutes(2));
      first = counts(database);
      // An acknowledged write is on disk: the builder's -F (no fsync) is overridden.
      for (String setting : List.of("fsync", "synchronous_commit")) {
        assertThat(
                database.sql("show " + setting).map(row -> row.get(0, String.class)).one().block())
            .as(setting)
            .isEqualTo("on");
      }
    }
    try (ConfigurableApplicationContext app =
        SpringApplication.run(PortalApplication.class, args)) {
      List<Long> second = counts(app.getBean(DatabaseClient.class));
      assertThat(second).isEqualTo(first);
    }
    assertThat(first).containsExactly(10_000L, 1L, 1L);
  }

  private static List<Long> counts(DatabaseClient database) {
    return List.of(
        count(database, "select count(*) from penalty_decision"),
        count(database, "select count(*) from dataset_load"),
        count(database, "select count(*) from region where code = '970000'"));
  }
}
