package org.zhifagongkai.api;

import java.time.Duration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.r2dbc.connection.init.ResourceDatabasePopulator;
import org.springframework.r2dbc.core.DatabaseClient;

/** Loads {@code fixtures/known-records.sql} once per database: the records tests assert exactly. */
public final class KnownRecords {

  private KnownRecords() {}

  public static void ensureLoaded(DatabaseClient database) {
    ensureLoaded(database, "980000", "fixtures/known-records.sql");
  }

  /**
   * Loads {@code fixtures/complaint-records.sql}: the bodies, contact points and staff of province
   * 97.
   */
  public static void ensureComplaintRecords(DatabaseClient database) {
    ensureLoaded(database, "970000", "fixtures/complaint-records.sql");
  }

  private static synchronized void ensureLoaded(
      DatabaseClient database, String markerRegion, String file) {
    Long present =
        database
            .sql("select count(*) from region where code = :code")
            .bind("code", markerRegion)
            .map(row -> row.get(0, Long.class))
            .one()
            .block(Duration.ofMinutes(3));
    if (present != null && present > 0) {
      return;
    }
    new ResourceDatabasePopulator(new ClassPathResource(file))
        .populate(database.getConnectionFactory())
        .block(Duration.ofMinutes(3));
  }
}
