package org.zhifagongkai.api.statistics;

import java.time.LocalDate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.zhifagongkai.api.field.EnforcementField;
import org.zhifagongkai.api.item.Catalogue;
import org.zhifagongkai.api.region.Region;
import org.zhifagongkai.api.region.RegionLevel;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;

/** Counts the catalogue indicators of a region in PostgreSQL; see {@link CatalogueIndicators}. */
@Repository
class CatalogueFigures {

  /** An item version in force on :day. */
  private static final String IN_FORCE =
      "%1$s.valid_from <= :day and (%1$s.superseded_on is null or %1$s.superseded_on > :day)";

  /** The item versions in force on :day of the bodies in the region of prefix :region. */
  private static final String SCOPE =
      "with scope as (select i.* from enforcement_item i join agency a on a.id = i.agency_id"
          + " where a.region_code like :region || '%' and "
          + IN_FORCE.formatted("i")
          + ") ";

  private final DatabaseClient database;

  CatalogueFigures(DatabaseClient database) {
    this.database = database;
  }

  Flux<CatalogueIndicators.CatalogueItems> itemsByCatalogue(String regionPrefix, LocalDate day) {
    return database
        .sql(
            SCOPE
                + "select i.catalogue, i.field_code, f.name as field_name, count(*) as items,"
                + " count(*) filter (where i.kind = 'PENALTY') as penalty_items"
                + " from scope i join enforcement_field f on f.code = i.field_code"
                + " group by i.catalogue, i.field_code, f.name order by i.catalogue, i.field_code")
        .bind("region", regionPrefix)
        .bind("day", day)
        .map(
            row ->
                new CatalogueIndicators.CatalogueItems(
                    Rows.enumValue(row, "catalogue", Catalogue.class),
                    new EnforcementField(
                        Rows.text(row, "field_code"), Rows.text(row, "field_name")),
                    Math.toIntExact(Rows.id(row, "items")),
                    Math.toIntExact(Rows.id(row, "penalty_items"))))
        .all();
  }

  /**
   * Every town and street in the region, by code, with how many item versions in force on :day are
   * delegated to it (a delegation counts from its {@code since} day).
   */
  Flux<CatalogueIndicators.TownDelegations> delegationsByTown(String regionPrefix, LocalDate day) {
    return database
        .sql(
            "select t.*, (select count(distinct d.item_id) from enforcement_item_delegation d"
                + " join enforcement_item i on i.id = d.item_id"
                + " where d.town_code = t.code and d.since <= :day and "
                + IN_FORCE.formatted("i")
                + ") as items from region t where t.level = 'TOWN' and t.code like :region || '%'"
                + " order by t.code")
        .bind("region", regionPrefix)
        .bind("day", day)
        .map(
            row ->
                new CatalogueIndicators.TownDelegations(
                    new Region(
                        Rows.text(row, "code"),
                        Rows.text(row, "name"),
                        Rows.enumValue(row, "level", RegionLevel.class),
                        Rows.optionalText(row, "parent_code"),
                        Rows.text(row, "revision")),
                    Math.toIntExact(Rows.id(row, "items"))))
        .all();
  }

  /**
   * Every PENALTY item in scope: its published decisions dated after {@code activeAfter} up to
   * :day, applying any version of the item (same code); and whether a discretion benchmark in force
   * on :day has a violation whose violated or penalty provision is one of the item's legal basis.
   */
  Flux<CatalogueIndicators.ItemActivity> penaltyItemActivity(
      String regionPrefix, LocalDate day, LocalDate activeAfter) {
    return database
        .sql(
            SCOPE
                + "select i.id, i.code, (select count(*) from penalty_decision p"
                + " join enforcement_item v on v.id = p.enforcement_item_id"
                + " where v.code = i.code and p.status = 'PUBLISHED'"
                + " and p.decision_date > :after and p.decision_date <= :day) as decisions,"
                + " exists (select 1 from enforcement_item_provision ip"
                + " join benchmark_violation bv"
                + " on ip.provision_id in (bv.violated_provision_id, bv.penalty_provision_id)"
                + " join discretion_benchmark b on b.id = bv.benchmark_id"
                + " where ip.item_id = i.id and b.effective_from <= :day"
                + " and (b.effective_to is null or b.effective_to >= :day)) as has_benchmark"
                + " from scope i where i.kind = 'PENALTY' order by decisions desc, i.code")
        .bind("region", regionPrefix)
        .bind("day", day)
        .bind("after", activeAfter)
        .map(
            row ->
                new CatalogueIndicators.ItemActivity(
                    Rows.id(row, "id"),
                    Rows.text(row, "code"),
                    Math.toIntExact(Rows.id(row, "decisions")),
                    Boolean.TRUE.equals(row.get("has_benchmark", Boolean.class))))
        .all();
  }
}
