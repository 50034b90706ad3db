package org.zhifagongkai.api.item;

import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.Ordering;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.paging.Pager;
import org.zhifagongkai.api.paging.SqlConditions;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.api.support.Lookups;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class EnforcementItemRepository {

  private static final Ordering<EnforcementItem> ITEMS_BY_ID =
      Ordering.by("i.id", Long.class, EnforcementItem::id);
  private static final Ordering<Responsibility> RESPONSIBILITIES_BY_ID =
      Ordering.by("r.id", Long.class, Responsibility::id);

  /** The conditions of an item listing, already checked and resolved. */
  record ItemQuery(
      @Nullable Long agencyId,
      @Nullable String regionPrefix,
      @Nullable String field,
      @Nullable EnforcementItemKind kind,
      @Nullable Catalogue catalogue,
      @Nullable String delegatedToTown,
      boolean includeSuperseded) {}

  private final DatabaseClient database;
  private final Pager pager;

  EnforcementItemRepository(DatabaseClient database, Pager pager) {
    this.database = database;
    this.pager = pager;
  }

  Flux<EnforcementItem> findByIds(Collection<Long> ids) {
    return Lookups.byIds(
        database,
        "select i.* from enforcement_item i where i.id = any(:ids)",
        ids,
        EnforcementItemRepository::item);
  }

  Mono<EnforcementItem> findByCodeOn(String code, LocalDate day) {
    return database
        .sql(
            "select i.* from enforcement_item i where i.code = :code and i.valid_from <= :day"
                + " and (i.superseded_on is null or i.superseded_on > :day)")
        .bind("code", code)
        .bind("day", day)
        .map(EnforcementItemRepository::item)
        .one();
  }

  Flux<EnforcementItem> findVersionsOfCodes(Collection<String> codes) {
    return database
        .sql(
            "select i.* from enforcement_item i where i.code = any(:codes) order by i.code, i.version")
        .bind("codes", codes.toArray(String[]::new))
        .map(EnforcementItemRepository::item)
        .all();
  }

  /** The conditions of a listing, on {@code enforcement_item i}: what listings and exports use. */
  static SqlConditions conditions(ItemQuery query) {
    SqlConditions where =
        new SqlConditions()
            .whenPresent("i.agency_id = :agency", "agency", query.agencyId())
            .whenPresent(
                "i.agency_id in (select a.id from agency a where a.region_code like :region || '%')",
                "region", query.regionPrefix())
            .whenPresent("i.field_code = :field", "field", query.field())
            .whenPresent(
                "i.kind = :kind", "kind", query.kind() == null ? null : query.kind().name())
            .whenPresent(
                "i.catalogue = :catalogue",
                "catalogue",
                query.catalogue() == null ? null : query.catalogue().name())
            .whenPresent(
                "exists (select 1 from enforcement_item_delegation d"
                    + " where d.item_id = i.id and d.town_code = :town)",
                "town",
                query.delegatedToTown());
    if (!query.includeSuperseded()) {
      where.always("i.superseded_on is null");
    }
    return where;
  }

  Mono<Connection<EnforcementItem>> page(ItemQuery query, PageRequest request) {
    SqlConditions where = conditions(query);
    return pager.page(
        "i.*", "enforcement_item i", where, ITEMS_BY_ID, request, EnforcementItemRepository::item);
  }

  Flux<ItemProvision> findProvisionLinks(Collection<Long> itemIds) {
    return database
        .sql(
            "select item_id, provision_id from enforcement_item_provision"
                + " where item_id = any(:ids) order by item_id, provision_id")
        .bind("ids", Ids.array(itemIds))
        .map(row -> new ItemProvision(Rows.id(row, "item_id"), Rows.id(row, "provision_id")))
        .all();
  }

  Flux<Delegation> findDelegations(Collection<Long> itemIds) {
    return database
        .sql(
            "select * from enforcement_item_delegation where item_id = any(:ids)"
                + " order by item_id, town_code")
        .bind("ids", Ids.array(itemIds))
        .map(
            row ->
                new Delegation(
                    Rows.id(row, "id"),
                    Rows.id(row, "item_id"),
                    Rows.text(row, "town_code"),
                    Rows.date(row, "since"),
                    Rows.text(row, "approval")))
        .all();
  }

  Mono<Connection<Responsibility>> pageResponsibilities(
      @Nullable Long agencyId, @Nullable Long itemId, PageRequest request) {
    SqlConditions where =
        new SqlConditions()
            .whenPresent("r.agency_id = :agency", "agency", agencyId)
            .whenPresent("r.item_id = :item", "item", itemId);
    return pager.page(
        "r.*",
        "responsibility r",
        where,
        RESPONSIBILITIES_BY_ID,
        request,
        row ->
            new Responsibility(
                Rows.id(row, "id"),
                Rows.id(row, "agency_id"),
                Rows.id(row, "item_id"),
                Rows.text(row, "description")));
  }

  /** The link between an item and a provision it rests on. */
  record ItemProvision(long itemId, long provisionId) {}

  private static EnforcementItem item(Readable row) {
    return new EnforcementItem(
        Rows.id(row, "id"),
        Rows.text(row, "code"),
        Rows.integer(row, "version"),
        Rows.text(row, "name"),
        Rows.enumValue(row, "kind", EnforcementItemKind.class),
        Rows.text(row, "field_code"),
        Rows.id(row, "agency_id"),
        Rows.enumValue(row, "catalogue", Catalogue.class),
        Rows.date(row, "valid_from"),
        Rows.optionalDate(row, "superseded_on"));
  }
}
