package org.zhifagongkai.api.complaint.workorder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.complaint.Complaint;
import org.zhifagongkai.api.complaint.ComplaintCategory;
import org.zhifagongkai.api.complaint.ComplaintDeadlines;
import org.zhifagongkai.api.complaint.routing.Dispatches;
import org.zhifagongkai.api.complaint.routing.Routing;
import org.zhifagongkai.api.support.Binds;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Mono;

/**
 * Sends an order somewhere new: routed again after an objection or a new category, or to the
 * destination a supervision body chose. The order starts over at DISPATCHED with a fresh acceptance
 * deadline; reminders and escalations of its old stage are cleared.
 */
@Component
public class Redispatch {

  private final DatabaseClient database;
  private final Routing routing;
  private final ComplaintDeadlines deadlines;
  private final Dispatches dispatches;
  private final Clock clock;

  Redispatch(
      DatabaseClient database,
      Routing routing,
      ComplaintDeadlines deadlines,
      Dispatches dispatches,
      Clock clock) {
    this.database = database;
    this.routing = routing;
    this.deadlines = deadlines;
    this.dispatches = dispatches;
    this.clock = clock;
  }

  /** What routing an order again needs: its facts and who objected to it. */
  private record Rerouting(Routing.Facts facts, List<Long> contactPoints, List<Long> agencies) {}

  /** Routes the order again, passing over everyone who objected, and logs the dispatch. */
  Mono<Void> byRules(Complaint order, ComplaintCategory category, String why) {
    return database
        .sql(
            """
            select c.enterprise_region_code, c.field_code, a.region_code, a.level,
              coalesce(array(select contact_point_id from complaint_objection
                where complaint_id = c.id and contact_point_id is not null), '{}') as cps,
              coalesce(array(select agency_id from complaint_objection
                where complaint_id = c.id and agency_id is not null), '{}') as agencies
            from complaint c join agency a on a.id = c.agency_id where c.id = :id
            """)
        .bind("id", order.id())
        .map(
            row ->
                new Rerouting(
                    new Routing.Facts(
                        Rows.text(row, "enterprise_region_code"),
                        Rows.optionalText(row, "field_code"),
                        category,
                        order.agencyId(),
                        Rows.text(row, "region_code"),
                        Rows.text(row, "level")),
                    List.of(Objects.requireNonNull(row.get("cps", Long[].class))),
                    List.of(Objects.requireNonNull(row.get("agencies", Long[].class)))))
        .one()
        .flatMap(
            again ->
                routing
                    .route(
                        again.facts(),
                        LocalDate.now(clock),
                        again.contactPoints(),
                        again.agencies())
                    .flatMap(
                        destination ->
                            to(order.id(), again.facts().enterpriseRegion(), destination)
                                .then(dispatches.logged(order.id(), destination, why))));
  }

  /** Points the order at {@code destination}, due for acceptance from today. */
  private Mono<Void> to(long id, String enterpriseRegion, Routing.Destination destination) {
    return point(
        id,
        enterpriseRegion,
        destination.rule().id(),
        destination.contactPointId(),
        destination.handlerAgencyId(),
        destination.supervisionAgencyId());
  }

  /**
   * Points the order at the handler a supervision body chose (a contact point, or itself when
   * {@code contactPointId} is null); the rule that routed it stays on record.
   */
  Mono<Void> toChosen(
      long id, String enterpriseRegion, @Nullable Long contactPointId, long supervisionAgencyId) {
    return point(
        id,
        enterpriseRegion,
        null,
        contactPointId,
        contactPointId == null ? supervisionAgencyId : null,
        supervisionAgencyId);
  }

  private Mono<Void> point(
      long id,
      String enterpriseRegion,
      @Nullable Long ruleId,
      @Nullable Long contactPointId,
      @Nullable Long handlerAgencyId,
      long supervisionAgencyId) {
    return deadlines
        .due(ComplaintDeadlines.Stage.ACCEPTANCE, enterpriseRegion, LocalDate.now(clock))
        .flatMap(
            due -> {
              var spec =
                  database
                      .sql(
                          """
                          update complaint set status = 'DISPATCHED',
                            rule_id = coalesce(:rule, rule_id),
                            contact_point_id = :cp, handler_agency_id = :handler,
                            supervision_agency_id = :supervision, acceptance_due = :due,
                            conclusion_due = null, reminded_stage = null, reminded_on = null,
                            escalated_stage = null
                          where id = :id
                          """)
                      .bind("id", id)
                      .bind("supervision", supervisionAgencyId)
                      .bind("due", due);
              spec = Binds.bind(spec, "rule", ruleId, Long.class);
              spec = Binds.bind(spec, "cp", contactPointId, Long.class);
              spec = Binds.bind(spec, "handler", handlerAgencyId, Long.class);
              return spec.then();
            });
  }
}
