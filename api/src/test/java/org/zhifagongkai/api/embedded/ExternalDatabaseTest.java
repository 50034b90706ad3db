package org.zhifagongkai.api.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhifagongkai.api.DatabaseCounts.count;

import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.PortalApplication;

/**
 * With spring.r2dbc.url set, the application uses that server and starts no database of its own.
 */
class ExternalDatabaseTest {

  @Test
  void aConfiguredServerIsUsedInsteadOfTheEmbeddedOne(@TempDir Path temp) {
    // A separately started PostgreSQL stands in for the external server.
    EmbeddedDatabase external = EmbeddedDatabase.acquire(temp.resolve("external"));
    Path unused = temp.resolve("embedded");
    String url = "localhost:" + external.port() + "/postgres";
    try (ConfigurableApplicationContext app =
        SpringApplication.run(
            PortalApplication.class,
            "--server.port=0",
            "--spring.r2dbc.url=r2dbc:postgresql://" + url,
            "--spring.r2dbc.username=postgres",
            "--spring.flyway.url=jdbc:postgresql://" + url,
            "--spring.flyway.user=postgres",
            "--portal.embedded-database.data-directory=" + unused,
            "--portal.search.index-directory=" + temp.resolve("index"))) {
      DatabaseClient database = app.getBean(DatabaseClient.class);
      MigrationInfoService migrations = app.getBean(Flyway.class).info();
      assertThat(migrations.pending()).isEmpty();
      assertThat(count(database, "select count(*) from flyway_schema_history where success"))
          .isEqualTo(migrations.applied().length)
          .isPositive();
      assertThat(count(database, "select count(*) from dataset_load")).isZero();
      assertThat(count(database, "select inet_server_port()")).isEqualTo(external.port());
      assertThat(Files.exists(unused)).isFalse();
    } finally {
      external.release();
    }
  }
}
