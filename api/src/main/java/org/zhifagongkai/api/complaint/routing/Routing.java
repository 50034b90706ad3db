package org.zhifagongkai.api.complaint.routing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.complaint.ComplaintCategory;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.region.RegionCodes;
import org.zhifagongkai.api.support.Binds;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Mono;

/**
 * The 派单目录: which rule fires for a complaint, and where it sends it. The rule in force on the day
 * with the longest region prefix wins, then the one naming more of category, field and agency
 * level, then the newest. A CONTACT_POINT rule sends the order to the contact point nearest the
 * enterprise that takes the field, else to the supervision body; every order also names the
 * supervision body that supervises the agency complained about: the nearest 司法行政 body at or above
 * the agency's region, which arbitrates objections and receives escalations.
 */
@Component
public class Routing {

  public enum Handler {
    CONTACT_POINT,
    SUPERVISION
  }

  public record Rule(long id, Handler handler, boolean toHotline, String description) {}

  /** Where an order goes; exactly one of contact point and handler agency is set. */
  public record Destination(
      Rule rule,
      @Nullable Long contactPointId,
      @Nullable Long handlerAgencyId,
      long supervisionAgencyId) {}

  /** What routing looks at in a complaint. */
  public record Facts(
      String enterpriseRegion,
      @Nullable String field,
      ComplaintCategory category,
      long agencyId,
      String agencyRegion,
      String agencyLevel) {}

  private final DatabaseClient database;

  Routing(DatabaseClient database) {
    this.database = database;
  }

  /**
   * The destination for {@code facts} on {@code day}, passing over the contact points and bodies
   * that objected to it.
   */
  public Mono<Destination> route(
      Facts facts,
      LocalDate day,
      Collection<Long> objectedContactPoints,
      Collection<Long> objectedAgencies) {
    return rule(facts, day)
        .flatMap(
            rule ->
                // A body never supervises a complaint about itself: it would see who complained.
                supervisionBody(facts.agencyRegion(), with(objectedAgencies, facts.agencyId()))
                    .flatMap(
                        supervision ->
                            (rule.handler() == Handler.CONTACT_POINT
                                    ? contactPoint(
                                        facts.enterpriseRegion(),
                                        facts.field(),
                                        objectedContactPoints)
                                    : Mono.<Long>empty())
                                .map(cp -> new Destination(rule, cp, null, supervision))
                                .defaultIfEmpty(
                                    new Destination(rule, null, supervision, supervision))))
        .switchIfEmpty(
            Mono.error(
                () ->
                    new PortalException(
                        ErrorCode.NOT_ROUTABLE,
                        "没有行政执法监督联系点或监督机关可以办理针对该执法主体的投诉，请直接向该主体的投诉电话反映",
                        "No contact point or supervision body can take complaints about this"
                            + " body; use the body's own complaint line")));
  }

  Mono<Rule> rule(Facts facts, LocalDate day) {
    var spec =
        database
            .sql(
                """
                select id, handler, to_hotline, description from routing_rule
                where :region like region_prefix || '%'
                  and (field_code is null or field_code = :field)
                  and (category is null or category = :category)
                  and (agency_level is null or agency_level = :level)
                  and effective_from <= :day and (effective_to is null or effective_to >= :day)
                order by length(region_prefix) desc,
                  (category is not null)::int + (field_code is not null)::int + (agency_level is not null)::int desc,
                  id desc
                limit 1
                """)
            .bind("region", facts.enterpriseRegion())
            .bind("category", facts.category().name())
            .bind("level", facts.agencyLevel())
            .bind("day", day);
    return Binds.bind(spec, "field", facts.field(), String.class)
        .map(
            row ->
                new Rule(
                    Rows.id(row, "id"),
                    Rows.enumValue(row, "handler", Handler.class),
                    Boolean.TRUE.equals(row.get("to_hotline", Boolean.class)),
                    Rows.text(row, "description")))
        .one();
  }

  /** The contact point nearest {@code region} (itself or above) taking {@code field}. */
  private Mono<Long> contactPoint(
      String region, @Nullable String field, Collection<Long> objected) {
    var spec =
        database
            .sql(
                """
                select c.id from contact_point c
                where c.region_code = any(:ancestry) and c.id <> all(:objected)
                  and (cast(:field as text) is null or exists (select 1 from contact_point_field f
                        where f.contact_point_id = c.id and f.field_code = :field))
                order by array_position(:ancestry, c.region_code::text) desc, c.id
                limit 1
                """)
            .bind("ancestry", RegionCodes.ancestry(region).toArray(String[]::new))
            .bind("objected", Ids.array(objected));
    return Binds.bind(spec, "field", field, String.class).map(row -> Rows.id(row, "id")).one();
  }

  private static List<Long> with(Collection<Long> agencies, long agency) {
    List<Long> all = new ArrayList<>(agencies);
    all.add(agency);
    return all;
  }

  /** The 司法行政 body nearest {@code region}, itself or above, that has not objected. */
  Mono<Long> supervisionBody(String region, Collection<Long> objected) {
    return supervisionBodyIn(RegionCodes.ancestry(region), objected);
  }

  /** The supervision body above {@code agencyId}'s region: where an overdue order escalates. */
  public Mono<Long> supervisionBodyAbove(long agencyId) {
    return database
        .sql("select region_code from agency where id = :id")
        .bind("id", agencyId)
        .map(row -> Rows.text(row, "region_code"))
        .one()
        .flatMap(
            region -> {
              List<String> above = new ArrayList<>(RegionCodes.ancestry(region));
              above.removeLast();
              return above.isEmpty() ? Mono.empty() : supervisionBodyIn(above, List.of());
            });
  }

  private Mono<Long> supervisionBodyIn(List<String> ancestry, Collection<Long> objected) {
    return database
        .sql(
            """
            select a.id from agency a
            where a.kind = 'SUPERVISION' and a.region_code = any(:ancestry) and a.id <> all(:objected)
            order by array_position(:ancestry, a.region_code::text) desc, a.id
            limit 1
            """)
        .bind("ancestry", ancestry.toArray(String[]::new))
        .bind("objected", Ids.array(objected))
        .map(row -> Rows.id(row, "id"))
        .one();
  }
}
