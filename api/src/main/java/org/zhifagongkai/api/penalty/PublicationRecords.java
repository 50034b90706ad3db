package org.zhifagongkai.api.penalty;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.agency.Agency;
import reactor.core.publisher.Mono;

/** Counts each body's late publications and late withdrawals, for many bodies in one query. */
@Component
class PublicationRecords {

  private final DatabaseClient database;

  PublicationRecords(DatabaseClient database) {
    this.database = database;
  }

  Mono<Map<Agency, PublicationRecord>> of(Collection<Agency> agencies) {
    Long[] ids = agencies.stream().map(Agency::id).toArray(Long[]::new);
    return database
        .sql(
            """
            select agency_id,
              count(*) filter (where published_on is not null) as published,
              count(*) filter (where published_on > publication_due) as published_late,
              count(*) filter (where status = 'WITHDRAWN') as withdrawn,
              count(*) filter (where status = 'WITHDRAWN' and removed_on > withdrawal_due) as withdrawn_late
            from penalty_decision where agency_id = any(:ids) group by agency_id
            """)
        .bind("ids", ids)
        .map(
            row ->
                Map.entry(
                    row.get("agency_id", Long.class),
                    new PublicationRecord(
                        count(row, "published"),
                        count(row, "published_late"),
                        count(row, "withdrawn"),
                        count(row, "withdrawn_late"))))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue)
        .map(
            counted -> {
              Map<Agency, PublicationRecord> records = new LinkedHashMap<>();
              for (Agency agency : agencies) {
                records.put(
                    agency, counted.getOrDefault(agency.id(), new PublicationRecord(0, 0, 0, 0)));
              }
              return records;
            });
  }

  private static int count(io.r2dbc.spi.Readable row, String column) {
    Long value = row.get(column, Long.class);
    return value == null ? 0 : Math.toIntExact(value);
  }
}
