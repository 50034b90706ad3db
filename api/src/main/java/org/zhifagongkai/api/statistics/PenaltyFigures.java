package org.zhifagongkai.api.statistics;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import org.zhifagongkai.api.law.LegalProvision;
import org.zhifagongkai.api.paging.SqlConditions;
import org.zhifagongkai.api.penalty.CitedProvision.CitationRole;
import org.zhifagongkai.api.penalty.DecisionCriteria;
import org.zhifagongkai.api.penalty.PenaltyKind;
import org.zhifagongkai.api.region.Region;
import org.zhifagongkai.api.region.RegionCodes;
import org.zhifagongkai.api.search.AmountBand;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Counts, sums and medians of published penalty decisions, grouped in PostgreSQL. Every query
 * selects its decisions with {@link DecisionCriteria#where()}, as the listing does.
 */
@Repository
class PenaltyFigures {

  /**
   * The median as percentile_cont(0.5) defines it, but exact: the mean of the lower and the upper
   * middle fine, both read with percentile_disc on the numeric column (percentile_cont works in
   * floating point).
   */
  private static final String AGGREGATES =
      "count(*) as decisions, coalesce(sum(p.fine_amount), 0.00) as total_fine,"
          + " percentile_disc(0.5) within group (order by p.fine_amount)"
          + " filter (where p.fine_amount > 0) as fine_low,"
          + " percentile_disc(0.5) within group (order by p.fine_amount desc)"
          + " filter (where p.fine_amount > 0) as fine_high";

  private static final String FIELD_NOT_RECORDED = "未注明领域";

  private final DatabaseClient database;

  PenaltyFigures(DatabaseClient database) {
    this.database = database;
  }

  Mono<PenaltyStatistics.Figures> overall(DecisionCriteria criteria) {
    SqlConditions where = criteria.where();
    return where
        .bind(
            database.sql("select " + AGGREGATES + " from penalty_decision p" + where.whereClause()))
        .map(PenaltyFigures::figures)
        .one();
  }

  /**
   * The groups of the decisions {@code criteria} selects, by the dimensions given, largest first.
   *
   * @param regions the regions of a REGION dimension, each counting its subtree's decisions
   */
  Flux<PenaltyStatistics.Group> groups(
      DecisionCriteria criteria, List<StatisticsDimension> dimensions, List<Region> regions) {
    StringBuilder joins = new StringBuilder();
    List<String> columns = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    for (int i = 0; i < dimensions.size(); i++) {
      String v = "v" + i;
      String n = "n" + i;
      keys.add(v);
      switch (dimensions.get(i)) {
        case AGENCY -> {
          joins.append(" join agency a%1$d on a%1$d.id = p.agency_id".formatted(i));
          columns.add("p.agency_id::text as " + v);
          columns.add("a" + i + ".name as " + n);
        }
        case REGION -> {
          joins.append(
              (" join unnest(:regionCodes%1$d::text[], :regionPrefixes%1$d::text[],"
                      + " :regionNames%1$d::text[]) as r%1$d(code, prefix, name)"
                      + " on p.region_code like r%1$d.prefix || '%%'")
                  .formatted(i));
          parameters.put(
              "regionCodes" + i, regions.stream().map(Region::code).toArray(String[]::new));
          parameters.put(
              "regionPrefixes" + i,
              regions.stream()
                  .map(r -> RegionCodes.descendantPrefix(r.code()))
                  .toArray(String[]::new));
          parameters.put(
              "regionNames" + i, regions.stream().map(Region::name).toArray(String[]::new));
          columns.add("r" + i + ".code as " + v);
          columns.add("r" + i + ".name as " + n);
        }
        case FIELD -> {
          joins.append(
              " left join enforcement_field f%1$d on f%1$d.code = p.field_code".formatted(i));
          columns.add("p.field_code as " + v);
          columns.add("f" + i + ".name as " + n);
        }
        case PENALTY_KIND -> {
          joins.append(
              " cross join lateral (select distinct unnest(p.penalty_kinds) as kind) k" + i);
          columns.add("k" + i + ".kind as " + v);
        }
        case YEAR -> columns.add("to_char(p.decision_date, 'YYYY') as " + v);
        case MONTH -> columns.add("to_char(p.decision_date, 'YYYY-MM') as " + v);
        case FINE_BAND -> columns.add(AmountBand.sqlCase("p.fine_amount") + " as " + v);
        case VIOLATED_PROVISION -> {
          joins.append(
              (" join penalty_decision_provision c%1$d on c%1$d.decision_id = p.id"
                      + " and c%1$d.role = 'VIOLATED'"
                      + " join legal_provision lp%1$d on lp%1$d.id = c%1$d.provision_id"
                      + " join law l%1$d on l%1$d.id = lp%1$d.law_id")
                  .formatted(i));
          columns.add("c" + i + ".provision_id::text as " + v);
          columns.add("l" + i + ".title as t" + i);
          columns.add("lp" + i + ".article as ar" + i);
          columns.add("lp" + i + ".paragraph as pa" + i);
          columns.add("lp" + i + ".item as it" + i);
        }
      }
    }
    List<String> grouped =
        columns.stream().map(c -> c.substring(c.lastIndexOf(" as ") + 4)).toList();
    SqlConditions where = criteria.where();
    String sql =
        "select "
            + String.join(", ", columns)
            + ", "
            + AGGREGATES
            + " from penalty_decision p"
            + joins
            + where.whereClause()
            + " group by "
            + String.join(", ", grouped)
            + " order by decisions desc, "
            + String.join(", ", keys);
    GenericExecuteSpec query = where.bind(database.sql(sql));
    for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
      query = query.bind(parameter.getKey(), parameter.getValue());
    }
    return query.map(row -> group(row, dimensions)).all();
  }

  /** The provisions the selected decisions cite most, in the role given or in either. */
  Flux<ProvisionCount> topProvisions(
      DecisionCriteria criteria, @Nullable CitationRole role, int first) {
    SqlConditions where =
        criteria.where().whenPresent("c.role = :role", "role", role == null ? null : role.name());
    return where
        .bind(
            database.sql(
                "select lp.id, lp.law_id, l.title, lp.article, lp.paragraph, lp.item, lp.text,"
                    + " c.role, count(*) as decisions from penalty_decision p"
                    + " join penalty_decision_provision c on c.decision_id = p.id"
                    + " join legal_provision lp on lp.id = c.provision_id"
                    + " join law l on l.id = lp.law_id"
                    + where.whereClause()
                    + " group by lp.id, l.id, c.role"
                    + " order by decisions desc, lp.id, c.role limit :first"))
        .bind("first", first)
        .map(
            row ->
                new ProvisionCount(
                    new LegalProvision(
                        Rows.id(row, "id"),
                        Rows.id(row, "law_id"),
                        Rows.text(row, "title"),
                        Rows.integer(row, "article"),
                        Rows.optionalInteger(row, "paragraph"),
                        Rows.optionalInteger(row, "item"),
                        Rows.text(row, "text")),
                    Rows.enumValue(row, "role", CitationRole.class),
                    count(row)))
        .all();
  }

  private static PenaltyStatistics.Group group(Readable row, List<StatisticsDimension> dimensions) {
    List<PenaltyStatistics.Key> keys = new ArrayList<>();
    for (int i = 0; i < dimensions.size(); i++) {
      StatisticsDimension dimension = dimensions.get(i);
      String value = Rows.optionalText(row, "v" + i);
      keys.add(new PenaltyStatistics.Key(dimension, value, label(row, dimension, i, value)));
    }
    PenaltyStatistics.Figures figures = figures(row);
    return new PenaltyStatistics.Group(
        List.copyOf(keys), figures.count(), figures.totalFine(), figures.medianFine());
  }

  private static String label(
      Readable row, StatisticsDimension dimension, int i, @Nullable String value) {
    if (value == null) {
      return FIELD_NOT_RECORDED; // only a decision's field may be absent
    }
    return switch (dimension) {
      case AGENCY, REGION, FIELD ->
          Objects.requireNonNullElse(row.get("n" + i, String.class), value);
      case PENALTY_KIND -> PenaltyKind.valueOf(value).label();
      case YEAR -> value + "年";
      case MONTH -> value.substring(0, 4) + "年" + Integer.parseInt(value.substring(5)) + "月";
      case FINE_BAND -> AmountBand.valueOf(value).label();
      case VIOLATED_PROVISION ->
          LegalProvision.citation(
              Rows.text(row, "t" + i),
              Rows.integer(row, "ar" + i),
              Rows.optionalInteger(row, "pa" + i),
              Rows.optionalInteger(row, "it" + i));
    };
  }

  private static PenaltyStatistics.Figures figures(Readable row) {
    BigDecimal low = Rows.optionalDecimal(row, "fine_low");
    BigDecimal high = Rows.optionalDecimal(row, "fine_high");
    return new PenaltyStatistics.Figures(
        count(row),
        Objects.requireNonNull(Rows.optionalDecimal(row, "total_fine"), "total_fine"),
        low == null || high == null ? null : low.add(high).divide(BigDecimal.TWO));
  }

  private static int count(Readable row) {
    return Math.toIntExact(Rows.id(row, "decisions"));
  }
}
