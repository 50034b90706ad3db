package org.zhifagongkai.api.complaint.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.complaint.Complaint;
import org.zhifagongkai.api.complaint.ComplaintDeadlines;
import org.zhifagongkai.api.complaint.ComplaintReads;
import org.zhifagongkai.api.complaint.routing.Routing;
import org.zhifagongkai.api.complaint.routing.RoutingRules;
import org.zhifagongkai.api.support.Binds;
import org.zhifagongkai.api.support.Ids;
import reactor.core.publisher.Mono;

/**
 * Where a complaint would go, before it is filed: the same facts and the same {@link Routing} as
 * {@link ComplaintService#file}, on the same day, with nothing stored. A filing that repeats an
 * open complaint of the same enterprise joins that one instead (并单); the preview cannot know that
 * without the contact, which it does not ask for.
 */
@Service
public class DestinationPreview {

  private final RoutingFacts facts;
  private final Routing routing;
  private final RoutingRules rules;
  private final ComplaintDeadlines deadlines;
  private final DatabaseClient database;
  private final Clock clock;

  DestinationPreview(
      RoutingFacts facts,
      Routing routing,
      RoutingRules rules,
      ComplaintDeadlines deadlines,
      DatabaseClient database,
      Clock clock) {
    this.facts = facts;
    this.routing = routing;
    this.rules = rules;
    this.deadlines = deadlines;
    this.database = database;
    this.clock = clock;
  }

  public Mono<ComplaintDestination> destination(DestinationQuery given) {
    String creditCode = RoutingFacts.checkedCreditCode(given.creditCode());
    long agencyId = Ids.parse(given.agencyId(), "执法主体", "enforcement body");
    Long decisionId = Ids.parseOptional(given.penaltyDecisionId(), "行政处罚决定", "penalty decision");
    Long itemId = Ids.parseOptional(given.enforcementItemId(), "执法事项", "enforcement item");
    LocalDate today = LocalDate.now(clock);
    return facts
        .of(
            creditCode,
            given.regionCode(),
            agencyId,
            decisionId,
            itemId,
            given.field(),
            given.category())
        .flatMap(
            found ->
                routing
                    .route(found, today, List.of(), List.of())
                    .flatMap(destination -> answer(found, destination, today)));
  }

  private Mono<ComplaintDestination> answer(
      Routing.Facts found, Routing.Destination destination, LocalDate today) {
    String region = found.enterpriseRegion();
    return Mono.zip(
            handlers(destination),
            rules.byId(destination.rule().id()),
            deadlines.limit(ComplaintDeadlines.Stage.ACCEPTANCE, region, today),
            deadlines.limit(ComplaintDeadlines.Stage.CONCLUSION, region, today))
        .map(
            t ->
                new ComplaintDestination(
                    t.getT1().handler(),
                    t.getT1().supervisionBody(),
                    t.getT2(),
                    destination.rule().toHotline(),
                    region,
                    found.field(),
                    t.getT3(),
                    deadlines.due(t.getT3(), today),
                    t.getT4()));
  }

  private record Handlers(Complaint.Handler handler, Complaint.Handler supervisionBody) {}

  /**
   * The handler and the supervision body in one read, with the columns and the mapping of a filed
   * complaint's ({@link ComplaintReads#handler}), so that both are named as tracking names them.
   */
  private Mono<Handlers> handlers(Routing.Destination destination) {
    DatabaseClient.GenericExecuteSpec read =
        database
            .sql(
                """
                select cp.id as contact_point_id, cp.name as cp_name, cp.phone as cp_phone,
                  h.id as handler_agency_id, h.name as handler_name, h.complaint_phone as handler_phone,
                  s.id as supervision_agency_id, s.name as supervision_name,
                  s.complaint_phone as supervision_phone
                from agency s
                  left join contact_point cp on cp.id = :contactPoint
                  left join agency h on h.id = :handler
                where s.id = :supervision
                """)
            .bind("supervision", destination.supervisionAgencyId());
    read = Binds.bind(read, "contactPoint", destination.contactPointId(), Long.class);
    read = Binds.bind(read, "handler", destination.handlerAgencyId(), Long.class);
    return read.map(
            row ->
                new Handlers(
                    Objects.requireNonNull(ComplaintReads.handler(row)),
                    Objects.requireNonNull(
                        ComplaintReads.party(
                            row,
                            "supervision_agency_id",
                            "supervision_name",
                            "supervision_phone"))))
        .one();
  }
}
