package org.zhifagongkai.api.complaint.routing;

import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.agency.AgencyLevel;
import org.zhifagongkai.api.complaint.ComplaintCategory;
import org.zhifagongkai.api.complaint.ComplaintText;
import org.zhifagongkai.api.field.FieldService;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.staff.Staff;
import org.zhifagongkai.api.staff.StaffRole;
import org.zhifagongkai.api.support.Binds;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.api.support.Lookups;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The 派单目录 as data: public to read, changed only by administrators, and never edited in place. A
 * rule is ended from a day on and a new one added, so every past routing decision still names the
 * rule that made it.
 */
@Service
public class RoutingRules {

  private final DatabaseClient database;
  private final FieldService fields;
  private final Clock clock;

  RoutingRules(DatabaseClient database, FieldService fields, Clock clock) {
    this.database = database;
    this.fields = fields;
    this.clock = clock;
  }

  /** A new rule as an administrator gives it. */
  public record NewRule(
      @Nullable String regionPrefix,
      @Nullable String field,
      @Nullable ComplaintCategory category,
      @Nullable AgencyLevel agencyLevel,
      Routing.Handler handler,
      boolean toHotline,
      LocalDate effectiveFrom,
      String description) {}

  /** The rules in force on {@code day} (today by default), or all of them. */
  public Flux<RoutingRule> rules(@Nullable LocalDate day) {
    String where =
        day == null
            ? ""
            : " where effective_from <= :day and (effective_to is null or effective_to >= :day)";
    var spec = database.sql("select * from routing_rule" + where + " order by id");
    return (day == null ? spec : spec.bind("day", day)).map(RoutingRules::fromRow).all();
  }

  /** The rules with {@code ids}, in one query. */
  public Flux<RoutingRule> byIds(Collection<Long> ids) {
    return Lookups.byIds(
        database, "select * from routing_rule where id = any(:ids)", ids, RoutingRules::fromRow);
  }

  public Mono<RoutingRule> byId(long id) {
    return database
        .sql("select * from routing_rule where id = :id")
        .bind("id", id)
        .map(RoutingRules::fromRow)
        .one()
        .switchIfEmpty(Mono.error(() -> PortalException.notFound("派单规则", "routing rule", id)));
  }

  public Mono<RoutingRule> add(Staff staff, NewRule rule) {
    requireAdmin(staff);
    String prefix = rule.regionPrefix() == null ? "" : rule.regionPrefix().strip();
    if (!prefix.matches("[0-9]{0,9}")) {
      throw new PortalException(
          ErrorCode.INVALID_REGION_CODE,
          "区划前缀应为 0–9 位数字：" + prefix,
          "A region prefix has 0–9 digits: " + prefix);
    }
    if (rule.effectiveFrom().isBefore(LocalDate.now(clock))) {
      throw new PortalException(
          ErrorCode.INVALID_DATE_RANGE,
          "新规则不能追溯生效：" + rule.effectiveFrom(),
          "A new rule cannot take effect in the past: " + rule.effectiveFrom());
    }
    String description =
        ComplaintText.plain(rule.description(), 2, 500, "规则说明", "The rule's description");
    return fields
        .requireCode(rule.field())
        .flatMap(
            field -> {
              var spec =
                  database
                      .sql(
                          """
                          insert into routing_rule (region_prefix, field_code, category, agency_level,
                            handler, to_hotline, effective_from, description, created_by)
                          values (:prefix, :field, :category, :level, :handler, :hotline, :from,
                            :description, :staff)
                          returning id
                          """)
                      .bind("prefix", prefix)
                      .bind("handler", rule.handler().name())
                      .bind("hotline", rule.toHotline())
                      .bind("from", rule.effectiveFrom())
                      .bind("description", description)
                      .bind("staff", staff.id());
              spec = Binds.bind(spec, "field", field.orElse(null), String.class);
              spec =
                  Binds.bind(
                      spec,
                      "category",
                      rule.category() == null ? null : rule.category().name(),
                      String.class);
              spec =
                  Binds.bind(
                      spec,
                      "level",
                      rule.agencyLevel() == null ? null : rule.agencyLevel().name(),
                      String.class);
              return spec.map(row -> Rows.id(row, "id")).one();
            })
        .flatMap(this::byId);
  }

  /** Ends a rule: its last day is {@code lastDay}, not before today. */
  public Mono<RoutingRule> end(Staff staff, String id, LocalDate lastDay) {
    requireAdmin(staff);
    long key = Ids.parse(id, "派单规则", "routing rule");
    if (lastDay.isBefore(LocalDate.now(clock))) {
      throw new PortalException(
          ErrorCode.INVALID_DATE_RANGE,
          "规则不能追溯终止：" + lastDay,
          "A rule cannot end in the past: " + lastDay);
    }
    return database
        .sql(
            "update routing_rule set effective_to = :last where id = :id"
                + " and effective_from <= :last and (effective_to is null or effective_to > :last)")
        .bind("last", lastDay)
        .bind("id", key)
        .fetch()
        .rowsUpdated()
        .then(byId(key));
  }

  private static void requireAdmin(Staff staff) {
    if (staff.role() != StaffRole.ADMIN) {
      throw new PortalException(
          ErrorCode.FORBIDDEN, "只有管理员可以修改派单目录", "Only administrators may change the routing rules");
    }
  }

  private static RoutingRule fromRow(Readable row) {
    return new RoutingRule(
        Rows.id(row, "id"),
        Rows.text(row, "region_prefix"),
        Rows.optionalText(row, "field_code"),
        Rows.optionalEnum(row, "category", ComplaintCategory.class),
        Rows.optionalEnum(row, "agency_level", AgencyLevel.class),
        Rows.enumValue(row, "handler", Routing.Handler.class),
        Boolean.TRUE.equals(row.get("to_hotline", Boolean.class)),
        Rows.date(row, "effective_from"),
        Rows.optionalDate(row, "effective_to"),
        Rows.text(row, "description"));
  }
}
