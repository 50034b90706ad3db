package org.zhifagongkai.api.complaint.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.complaint.Complaint;
import org.zhifagongkai.api.complaint.ComplaintDeadlines;
import org.zhifagongkai.api.complaint.routing.Routing;
import org.zhifagongkai.api.complaint.routing.RoutingRules;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.api.support.Rows;
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
    Long contactPoint = destination.contactPointId();
    Mono<Complaint.Handler> handler =
        contactPoint != null ? contactPoint(contactPoint) : body(destination.supervisionAgencyId());
    return Mono.zip(
            handler,
            body(destination.supervisionAgencyId()),
            rules.byId(destination.rule().id()),
            deadlines.limit(ComplaintDeadlines.Stage.ACCEPTANCE, region, today),
            deadlines.due(ComplaintDeadlines.Stage.ACCEPTANCE, region, today),
            deadlines.limit(ComplaintDeadlines.Stage.CONCLUSION, region, today))
        .map(
            t ->
                new ComplaintDestination(
                    t.getT1(),
                    t.getT2(),
                    t.getT3(),
                    destination.rule().toHotline(),
                    region,
                    found.field(),
                    t.getT4(),
                    t.getT5(),
                    t.getT6()));
  }

  private Mono<Complaint.Handler> contactPoint(long id) {
    return database
        .sql("select name, phone from contact_point where id = :id")
        .bind("id", id)
        .map(
            row ->
                new Complaint.Handler(
                    Complaint.HandlerKind.CONTACT_POINT,
                    id,
                    Rows.text(row, "name"),
                    Rows.optionalText(row, "phone")))
        .one();
  }

  private Mono<Complaint.Handler> body(long id) {
    return database
        .sql("select name, complaint_phone from agency where id = :id")
        .bind("id", id)
        .map(
            row ->
                new Complaint.Handler(
                    Complaint.HandlerKind.SUPERVISION_BODY,
                    id,
                    Rows.text(row, "name"),
                    Rows.optionalText(row, "complaint_phone")))
        .one();
  }
}
