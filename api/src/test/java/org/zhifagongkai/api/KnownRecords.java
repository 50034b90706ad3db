package org.zhifagongkai.api;

import java.time.Duration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.r2dbc.connection.init.ResourceDatabasePopulator;
import org.springframework.r2dbc.core.DatabaseClient;

/** Loads {@code fixtures/known-records.sql} once per database: the records tests assert exactly. */
public final class KnownRecords {

  private KnownRecords() {}

  public static synchronized void ensureLoaded(DatabaseClient database) {
    Long present =
        database
            .sql("select count(*) from region where code = '980000'")
            .map(row -> row.get(0, Long.class))
            .one()
            .block(Duration.ofSeconds(30));
    if (present != null && present > 0) {
      return;
    }
    new ResourceDatabasePopulator(new ClassPathResource("fixtures/known-records.sql"))
        .populate(database.getConnectionFactory())
        .block(Duration.ofSeconds(30));
  }
}
