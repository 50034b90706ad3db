package org.zhifagongkai.api.complaint.workorder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.zhifagongkai.api.complaint.ComplaintDeadlines;
import org.zhifagongkai.api.complaint.ComplaintEvents;
import org.zhifagongkai.api.complaint.ComplaintReads;
import org.zhifagongkai.api.complaint.routing.Routing;
import org.zhifagongkai.api.staff.Actor;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 催办 and 督办: each day, an open order past the due date of its stage (acceptance while dispatched,
 * conclusion after) is reminded once; if it is still overdue when the grace period after the
 * reminder has run, it escalates once per stage to the supervision body above its handler (the
 * order's own supervision body when a contact point handles it). Each order is one transaction with
 * its event, and the stage markers make a second run on the same day change nothing.
 */
@Component
public class OverdueOrders {

  private static final Logger log = LoggerFactory.getLogger(OverdueOrders.class);
  private static final ComplaintEvents.Kind REMINDED = ComplaintEvents.Kind.REMINDED;
  private static final Actor SUPERVISION = Actor.portal("督办");

  private final DatabaseClient database;
  private final TransactionalOperator transaction;
  private final ComplaintEvents events;
  private final ComplaintDeadlines deadlines;
  private final Routing routing;
  private final Clock clock;

  OverdueOrders(
      DatabaseClient database,
      TransactionalOperator transaction,
      ComplaintEvents events,
      ComplaintDeadlines deadlines,
      Routing routing,
      Clock clock) {
    this.database = database;
    this.transaction = transaction;
    this.events = events;
    this.deadlines = deadlines;
    this.routing = routing;
    this.clock = clock;
  }

  private record Open(
      long id,
      String stage,
      LocalDate due,
      String region,
      @Nullable String remindedStage,
      @Nullable LocalDate remindedOn,
      @Nullable String escalatedStage,
      @Nullable Long contactPointId,
      @Nullable Long handlerAgencyId,
      long supervisionAgencyId,
      @Nullable Long escalatedTo) {}

  @Scheduled(cron = "0 10 0 * * *", zone = "Asia/Shanghai")
  void daily() {
    run(LocalDate.now(clock)).block();
  }

  /** Reminds and escalates what is overdue on {@code today}; emits how many orders changed. */
  public Mono<Long> run(LocalDate today) {
    return database
        .sql(
            """
            select id, case when status = 'DISPATCHED' then 'ACCEPTANCE' else 'CONCLUSION' end as stage,
              case when status = 'DISPATCHED' then acceptance_due else conclusion_due end as due,
              enterprise_region_code, reminded_stage, reminded_on, escalated_stage,
              contact_point_id, handler_agency_id, supervision_agency_id, escalated_to_agency_id
            from complaint
            where status = any(:open)
              and case when status = 'DISPATCHED' then acceptance_due else conclusion_due end < :today
            order by id
            """)
        .bind("today", today)
        .bind("open", ComplaintReads.openStatuses())
        .map(
            row ->
                new Open(
                    Rows.id(row, "id"),
                    Rows.text(row, "stage"),
                    Rows.date(row, "due"),
                    Rows.text(row, "enterprise_region_code"),
                    Rows.optionalText(row, "reminded_stage"),
                    Rows.optionalDate(row, "reminded_on"),
                    Rows.optionalText(row, "escalated_stage"),
                    Rows.optionalId(row, "contact_point_id"),
                    Rows.optionalId(row, "handler_agency_id"),
                    Rows.id(row, "supervision_agency_id"),
                    Rows.optionalId(row, "escalated_to_agency_id")))
        .all()
        // Read them all first: each order's transaction needs a connection of its own.
        .collectList()
        .flatMapMany(Flux::fromIterable)
        .concatMap(order -> transaction.transactional(step(order, today)))
        .filter(Boolean::booleanValue)
        .count()
        .doOnNext(
            count -> {
              if (count > 0) {
                log.info("Reminded or escalated {} overdue complaint orders", count);
              }
            });
  }

  private Mono<Boolean> step(Open order, LocalDate today) {
    String stageZh = order.stage().equals("ACCEPTANCE") ? "受理" : "办结";
    if (!order.stage().equals(order.remindedStage())) {
      return once(
          database
              .sql(
                  "update complaint set reminded_stage = :stage, reminded_on = :today where id = :id"
                      + " and reminded_stage is distinct from :stage")
              .bind("stage", order.stage())
              .bind("today", today)
              .bind("id", order.id()),
          events.append(
              order.id(), REMINDED, SUPERVISION, stageZh + "期限 " + order.due() + " 已过，请尽快办理"));
    }
    if (order.stage().equals(order.escalatedStage())) {
      return Mono.just(false);
    }
    return deadlines
        .due(
            ComplaintDeadlines.Stage.ESCALATION_GRACE,
            order.region(),
            Objects.requireNonNull(order.remindedOn()))
        .flatMap(
            graceEnds ->
                today.isAfter(graceEnds)
                    ? target(order).flatMap(above -> escalate(order, above, stageZh))
                    : Mono.just(false));
  }

  /** The body above whoever handles the order now, or above the last body it escalated to. */
  private Mono<Long> target(Open order) {
    if (order.escalatedTo() != null) {
      return routing.supervisionBodyAbove(order.escalatedTo());
    }
    if (order.contactPointId() != null) {
      return Mono.just(order.supervisionAgencyId());
    }
    return routing.supervisionBodyAbove(
        Objects.requireNonNullElse(order.handlerAgencyId(), order.supervisionAgencyId()));
  }

  private Mono<Boolean> escalate(Open order, long above, String stageZh) {
    return once(
        database
            .sql(
                "update complaint set escalated_stage = :stage, escalated_to_agency_id = :above,"
                    + " escalation_level = escalation_level + 1 where id = :id"
                    + " and escalated_stage is distinct from :stage")
            .bind("stage", order.stage())
            .bind("above", above)
            .bind("id", order.id()),
        events.append(
            order.id(),
            ComplaintEvents.Kind.ESCALATED,
            SUPERVISION,
            "催办后仍超过" + stageZh + "期限 " + order.due() + "，提级督办",
            new ComplaintEvents.Target(null, null, above)));
  }

  /**
   * Runs {@code mark}, whose condition makes it change nothing when another run got there first,
   * and logs {@code event} only when it changed the order; emits whether it did.
   */
  private static Mono<Boolean> once(GenericExecuteSpec mark, Mono<Void> event) {
    return mark.fetch()
        .rowsUpdated()
        .flatMap(n -> n == 0 ? Mono.just(false) : event.thenReturn(true));
  }
}
