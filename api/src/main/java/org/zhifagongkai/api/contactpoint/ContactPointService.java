package org.zhifagongkai.api.contactpoint;

import io.r2dbc.spi.Readable;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.field.EnforcementField;
import org.zhifagongkai.api.field.FieldService;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.Ordering;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.paging.Pager;
import org.zhifagongkai.api.paging.SqlConditions;
import org.zhifagongkai.api.region.RegionService;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.api.support.Lookups;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads supervision contact points. */
@Service
public class ContactPointService {

  private static final Ordering<ContactPoint> BY_ID =
      Ordering.by("c.id", Long.class, ContactPoint::id);

  private final DatabaseClient database;
  private final Pager pager;
  private final RegionService regions;
  private final FieldService fields;

  ContactPointService(
      DatabaseClient database, Pager pager, RegionService regions, FieldService fields) {
    this.database = database;
    this.pager = pager;
    this.regions = regions;
    this.fields = fields;
  }

  public Mono<ContactPoint> contactPoint(String id) {
    return Lookups.one(
        id,
        "监督联系点",
        "contact point",
        ids ->
            Lookups.byIds(
                database,
                "select c.* from contact_point c where c.id = any(:ids)",
                ids,
                ContactPointService::fromRow));
  }

  public Mono<Connection<ContactPoint>> contactPoints(
      @Nullable ContactPointFilter filter, PageRequest request) {
    ContactPointFilter given = filter == null ? ContactPointFilter.NONE : filter;
    return Mono.zip(regions.descendantPrefix(given.regionCode()), fields.requireCode(given.field()))
        .flatMap(
            resolved -> {
              SqlConditions where =
                  new SqlConditions()
                      .whenPresent(
                          "c.region_code like :region || '%'",
                          "region", resolved.getT1().orElse(null))
                      .whenPresent(
                          "exists (select 1 from contact_point_field f"
                              + " where f.contact_point_id = c.id and f.field_code = :field)",
                          "field",
                          resolved.getT2().orElse(null))
                      .whenPresent(
                          "c.host_kind = :host",
                          "host",
                          given.hostKind() == null ? null : given.hostKind().name());
              return pager.page(
                  "c.*", "contact_point c", where, BY_ID, request, ContactPointService::fromRow);
            });
  }

  /** A field of enforcement that a contact point takes reports about. */
  public record CoveredField(long contactPointId, EnforcementField field) {}

  /** The fields each of the contact points covers, in one query. */
  public Flux<CoveredField> fieldsOf(Collection<Long> contactPointIds) {
    return database
        .sql(
            "select cf.contact_point_id, f.code, f.name from contact_point_field cf"
                + " join enforcement_field f on f.code = cf.field_code"
                + " where cf.contact_point_id = any(:ids) order by cf.contact_point_id, f.code")
        .bind("ids", Ids.array(contactPointIds))
        .map(
            row ->
                new CoveredField(
                    Rows.id(row, "contact_point_id"),
                    new EnforcementField(Rows.text(row, "code"), Rows.text(row, "name"))))
        .all();
  }

  private static ContactPoint fromRow(Readable row) {
    return new ContactPoint(
        Rows.id(row, "id"),
        Rows.text(row, "name"),
        Rows.enumValue(row, "host_kind", ContactPointHostKind.class),
        Rows.text(row, "host_name"),
        Rows.text(row, "region_code"),
        Rows.optionalText(row, "phone"),
        Rows.optionalText(row, "address"),
        Rows.optionalText(row, "email"),
        Rows.optionalDate(row, "established_on"));
  }
}
