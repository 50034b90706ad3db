package org.zhifagongkai.api.portal;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The record of which datasets were loaded, so that none is loaded twice. */
@Repository
public class DatasetRepository {

  private final DatabaseClient database;

  DatasetRepository(DatabaseClient database) {
    this.database = database;
  }

  public Flux<Dataset> all() {
    return database
        .sql("select * from dataset_load order by loaded_at, name")
        .map(
            row ->
                new Dataset(
                    Rows.text(row, "name"),
                    Rows.text(row, "description"),
                    Boolean.TRUE.equals(row.get("sample", Boolean.class)),
                    Rows.integer(row, "record_count"),
                    Rows.instant(row, "loaded_at")))
        .all();
  }

  public Mono<Boolean> isLoaded(String name) {
    return database
        .sql("select count(*) from dataset_load where name = :name")
        .bind("name", name)
        .map(row -> row.get(0, Long.class))
        .one()
        .map(count -> count != null && count > 0);
  }

  /**
   * Records a load; run it in the load's own transaction so the record and the data commit
   * together.
   */
  public Mono<Void> record(String name, String description, boolean sample, int recordCount) {
    return database
        .sql(
            "insert into dataset_load (name, description, sample, record_count)"
                + " values (:name, :description, :sample, :count)")
        .bind("name", name)
        .bind("description", description)
        .bind("sample", sample)
        .bind("count", recordCount)
        .then();
  }
}
