package org.zhifagongkai.api.statistics;

import java.time.Duration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.r2dbc.connection.init.ResourceDatabasePopulator;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The records of {@code fixtures/statistics-records.sql} (city 960300), loaded once per database.
 */
public final class StatisticsRecords {

  private StatisticsRecords() {}

  public static synchronized void ensureLoaded(DatabaseClient database) {
    Long present =
        database
            .sql("select count(*) from region where code = '960300'")
            .map(row -> row.get(0, Long.class))
            .one()
            .block(Duration.ofMinutes(3));
    if (present == null || present == 0) {
      new ResourceDatabasePopulator(new ClassPathResource("fixtures/statistics-records.sql"))
          .populate(database.getConnectionFactory())
          .block(Duration.ofMinutes(3));
    }
  }
}
