package org.zhifagongkai.api.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The few figures of the report no other feature computes. */
@Repository
class InspectionRepository {

  private final DatabaseClient database;

  InspectionRepository(DatabaseClient database) {
    this.database = database;
  }

  /** The bodies of the region and every region below it, by id. */
  Flux<Long> bodiesIn(String regionPrefix) {
    return database
        .sql("select id from agency where region_code like :prefix || '%' order by id")
        .bind("prefix", regionPrefix)
        .map(row -> Rows.id(row, "id"))
        .all();
  }

  /** How many of the region's bodies have at least one enforcement item in force on {@code day}. */
  Mono<Integer> bodiesWithItems(String regionPrefix, LocalDate day) {
    return database
        .sql(
            "select count(distinct i.agency_id)::int as bodies from enforcement_item i"
                + " join agency a on a.id = i.agency_id"
                + " where a.region_code like :prefix || '%' and i.valid_from <= :day"
                + " and (i.superseded_on is null or i.superseded_on > :day)")
        .bind("prefix", regionPrefix)
        .bind("day", day)
        .map(row -> Rows.integer(row, "bodies"))
        .one();
  }

  /**
   * Entries of the no-penalty lists in force on {@code day} issued by bodies of the region, of any
   * region below it, or of a region above it (whose lists bind it), by list kind.
   */
  Mono<Map<String, Integer>> noPenaltyEntries(
      String regionPrefix, List<String> regionsAbove, LocalDate day) {
    return database
        .sql(
            "select n.list_kind, count(*)::int as entries from no_penalty_item n"
                + " join agency a on a.id = n.issuer_agency_id"
                + " where (a.region_code like :prefix || '%' or a.region_code = any(:above))"
                + " and n.effective_from <= :day"
                + " and (n.effective_to is null or n.effective_to >= :day)"
                + " group by n.list_kind")
        .bind("prefix", regionPrefix)
        .bind("above", regionsAbove.toArray(String[]::new))
        .bind("day", day)
        .map(row -> Map.entry(Rows.text(row, "list_kind"), Rows.integer(row, "entries")))
        .all()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
