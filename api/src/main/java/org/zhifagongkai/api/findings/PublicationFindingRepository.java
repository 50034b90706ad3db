package org.zhifagongkai.api.findings;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.Ordering;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.paging.Pager;
import org.zhifagongkai.api.paging.SqlConditions;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the findings of the publication check. */
@Repository
class PublicationFindingRepository {

  /** Newest first found first. */
  private static final Ordering<PublicationFinding> NEWEST =
      new Ordering<>(
          "found-desc",
          true,
          List.of(
              new Ordering.Key<>(
                  "f.first_found_on", LocalDate.class, PublicationFinding::firstFoundOn),
              new Ordering.Key<>("f.id", Long.class, PublicationFinding::id)));

  private final DatabaseClient database;
  private final Pager pager;

  PublicationFindingRepository(DatabaseClient database, Pager pager) {
    this.database = database;
    this.pager = pager;
  }

  /** A resolved filter: ids parsed, the region turned into its code prefix. */
  record FindingQuery(
      @Nullable Long agencyId,
      @Nullable String regionPrefix,
      @Nullable PublicationRule rule,
      @Nullable Boolean open,
      @Nullable LocalDate foundFrom,
      @Nullable LocalDate foundTo) {

    String from() {
      return regionPrefix == null
          ? "publication_finding f"
          : "publication_finding f join penalty_decision p on p.id = f.decision_id";
    }

    /** The conditions with the values they bind, in order. */
    Map<String, Map<String, Object>> conditions() {
      Map<String, Map<String, Object>> conditions = new LinkedHashMap<>();
      if (agencyId != null) {
        conditions.put("f.agency_id = :agency", Map.of("agency", agencyId));
      }
      if (regionPrefix != null) {
        conditions.put("p.region_code like :region || '%'", Map.of("region", regionPrefix));
      }
      if (rule != null) {
        conditions.put("f.rule = :rule", Map.of("rule", rule.name()));
      }
      if (open != null) {
        conditions.put(open ? "f.resolved_on is null" : "f.resolved_on is not null", Map.of());
      }
      if (foundFrom != null) {
        conditions.put("f.first_found_on >= :from", Map.of("from", foundFrom));
      }
      if (foundTo != null) {
        conditions.put("f.first_found_on <= :to", Map.of("to", foundTo));
      }
      return conditions;
    }

    SqlConditions where() {
      SqlConditions where = new SqlConditions();
      conditions().forEach(where::always);
      return where;
    }

    String whereClause() {
      return conditions().isEmpty() ? "" : " where " + String.join(" and ", conditions().keySet());
    }

    DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec) {
      DatabaseClient.GenericExecuteSpec bound = spec;
      for (Map<String, Object> values : conditions().values()) {
        for (Map.Entry<String, Object> value : values.entrySet()) {
          bound = bound.bind(value.getKey(), value.getValue());
        }
      }
      return bound;
    }
  }

  Mono<Connection<PublicationFinding>> page(FindingQuery query, PageRequest request) {
    return pager.page(
        "f.*", query.from(), query.where(), NEWEST, request, PublicationFindingRepository::finding);
  }

  Flux<PublicationFindingCount> count(
      FindingQuery query, Set<PublicationFindingGrouping> groupings) {
    List<String> keys = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    for (PublicationFindingGrouping grouping : groupings) {
      String key =
          switch (grouping) {
            case AGENCY -> "f.agency_id";
            case RULE -> "f.rule";
            case MONTH -> "to_char(f.first_found_on, 'YYYY-MM')";
          };
      keys.add(key);
      columns.add(key + " as " + grouping.name().toLowerCase(Locale.ROOT));
    }
    String sql =
        "select "
            + String.join(", ", columns)
            + (columns.isEmpty() ? "" : ", ")
            + "count(*) as n from "
            + query.from()
            + query.whereClause()
            + (keys.isEmpty() ? "" : " group by " + String.join(", ", keys))
            + (keys.isEmpty() ? "" : " order by " + String.join(", ", keys));
    return query
        .bind(database.sql(sql))
        .map(
            row ->
                new PublicationFindingCount(
                    groupings.contains(PublicationFindingGrouping.AGENCY)
                        ? Rows.optionalId(row, "agency")
                        : null,
                    groupings.contains(PublicationFindingGrouping.RULE)
                        ? Rows.optionalEnum(row, "rule", PublicationRule.class)
                        : null,
                    groupings.contains(PublicationFindingGrouping.MONTH)
                        ? Rows.optionalText(row, "month")
                        : null,
                    Math.toIntExact(Rows.id(row, "n"))))
        .all();
  }

  private static PublicationFinding finding(Readable row) {
    return new PublicationFinding(
        Rows.id(row, "id"),
        Rows.id(row, "decision_id"),
        Rows.id(row, "agency_id"),
        Rows.enumValue(row, "rule", PublicationRule.class),
        Rows.text(row, "detail"),
        Rows.date(row, "first_found_on"),
        Rows.date(row, "last_seen_on"),
        Rows.optionalDate(row, "resolved_on"));
  }
}
