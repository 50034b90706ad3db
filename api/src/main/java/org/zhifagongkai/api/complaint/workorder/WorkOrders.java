package org.zhifagongkai.api.complaint.workorder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.zhifagongkai.api.complaint.Complaint;
import org.zhifagongkai.api.complaint.ComplaintCategory;
import org.zhifagongkai.api.complaint.ComplaintDeadlines;
import org.zhifagongkai.api.complaint.ComplaintEvents;
import org.zhifagongkai.api.complaint.ComplaintReads;
import org.zhifagongkai.api.complaint.ComplaintRefusals;
import org.zhifagongkai.api.complaint.ComplaintStatus;
import org.zhifagongkai.api.complaint.ComplaintText;
import org.zhifagongkai.api.complaint.SupervisionNoticeKind;
import org.zhifagongkai.api.complaint.Viewer;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.region.RegionCodes;
import org.zhifagongkai.api.staff.Actor;
import org.zhifagongkai.api.staff.Staff;
import org.zhifagongkai.api.support.Binds;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Mono;

/**
 * The steps of a work order, each taken by the party it belongs to: the handler (the contact point
 * or supervision body the order is dispatched to) accepts, objects, refuses, starts, asks for more
 * time and answers; the supervising body grants time, re-categorises and issues notices. Each step
 * is one transaction with its event; a step out of order is INVALID_TRANSITION, a party out of
 * place FORBIDDEN.
 */
@Service
public class WorkOrders {

  private static final Set<ComplaintStatus> DISPATCHED = EnumSet.of(ComplaintStatus.DISPATCHED);
  private static final Set<ComplaintStatus> WORKING =
      EnumSet.of(ComplaintStatus.ACCEPTED, ComplaintStatus.IN_PROGRESS);

  private final DatabaseClient database;
  private final TransactionalOperator transaction;
  private final ComplaintReads reads;
  private final ComplaintEvents events;
  private final Redispatch redispatch;
  private final ComplaintDeadlines deadlines;
  private final Clock clock;

  WorkOrders(
      DatabaseClient database,
      TransactionalOperator transaction,
      ComplaintReads reads,
      ComplaintEvents events,
      Redispatch redispatch,
      ComplaintDeadlines deadlines,
      Clock clock) {
    this.database = database;
    this.transaction = transaction;
    this.reads = reads;
    this.events = events;
    this.redispatch = redispatch;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /** 受理: the conclusion is due from today. */
  public Mono<Complaint> accept(Staff staff, String id) {
    return act(
        staff,
        id,
        DISPATCHED,
        Complaint::handledBy,
        order ->
            deadlines
                .due(ComplaintDeadlines.Stage.CONCLUSION, region(order), today())
                .flatMap(
                    due ->
                        update(
                            order.id(),
                            "status = 'ACCEPTED', conclusion_due = :value",
                            due,
                            LocalDate.class))
                .thenReturn(new Step(ComplaintEvents.Kind.ACCEPTED, null)));
  }

  /**
   * 退单: the handler says the order is not theirs. It goes to the next destination the rules give
   * without them; when none is left, to the supervision body, which arbitrates. The objection is
   * logged before the new dispatch.
   */
  public Mono<Complaint> object(Staff staff, String id, String reason) {
    String why = ComplaintText.note(reason, "退单理由", "The objection's reason");
    return act(
        staff,
        id,
        DISPATCHED,
        Complaint::handledBy,
        order -> {
          var objection =
              database
                  .sql(
                      "insert into complaint_objection (complaint_id, contact_point_id, agency_id,"
                          + " reason) values (:id, :cp, :agency, :reason)")
                  .bind("id", order.id())
                  .bind("reason", why);
          objection =
              Binds.bind(
                  objection,
                  "cp",
                  handlerIdOr(order, Complaint.HandlerKind.CONTACT_POINT),
                  Long.class);
          objection =
              Binds.bind(
                  objection,
                  "agency",
                  handlerIdOr(order, Complaint.HandlerKind.SUPERVISION_BODY),
                  Long.class);
          return objection
              .then()
              .then(events.append(order.id(), ComplaintEvents.Kind.OBJECTED, Actor.of(staff), why))
              .then(redispatch.byRules(order, order.category(), "退单后重新派单"))
              .thenReturn(Step.NONE);
        });
  }

  /** 不予受理: the matter is not for enforcement supervision; the enterprise is told where it is. */
  public Mono<Complaint> refuse(Staff staff, String id, String reason, String route) {
    String why = ComplaintText.note(reason, "不予受理理由", "The refusal's reason");
    String where = ComplaintText.note(route, "正确的途径", "The right route");
    return act(
        staff,
        id,
        DISPATCHED,
        Complaint::handledBy,
        order ->
            database
                .sql(
                    "update complaint set status = 'REFUSED', refusal_reason = :reason,"
                        + " refusal_route = :route where id = :id")
                .bind("reason", why)
                .bind("route", where)
                .bind("id", order.id())
                .then()
                .thenReturn(new Step(ComplaintEvents.Kind.REFUSED, why + "；请通过：" + where)));
  }

  public Mono<Complaint> start(Staff staff, String id) {
    return act(
        staff,
        id,
        EnumSet.of(ComplaintStatus.ACCEPTED),
        Complaint::handledBy,
        order ->
            setStatus(order.id(), ComplaintStatus.IN_PROGRESS)
                .thenReturn(new Step(ComplaintEvents.Kind.STARTED, null)));
  }

  /** The handler asks once for more time; the supervising body decides. */
  public Mono<Complaint> requestExtension(Staff staff, String id, String reason) {
    String why = ComplaintText.note(reason, "延期理由", "The extension's reason");
    return act(
        staff,
        id,
        WORKING,
        Complaint::handledBy,
        order ->
            order.extended()
                ? Mono.error(
                    ComplaintRefusals.transition(
                        "该工单已延期一次，不得再次延期", "This order was extended once already"))
                : setStatus(order.id(), ComplaintStatus.EXTENSION_REQUESTED)
                    .thenReturn(new Step(ComplaintEvents.Kind.EXTENSION_REQUESTED, why)));
  }

  /** The supervising body grants (moving the conclusion date) or denies an extension. */
  public Mono<Complaint> decideExtension(Staff staff, String id, boolean grant, String reason) {
    String why = ComplaintText.note(reason, "审批理由", "The decision's reason");
    return act(
        staff,
        id,
        EnumSet.of(ComplaintStatus.EXTENSION_REQUESTED),
        Complaint::supervisedBy,
        order -> {
          if (!grant) {
            return setStatus(order.id(), ComplaintStatus.IN_PROGRESS)
                .thenReturn(new Step(ComplaintEvents.Kind.EXTENSION_DENIED, why));
          }
          LocalDate from = order.conclusionDue() == null ? today() : order.conclusionDue();
          return deadlines
              .due(ComplaintDeadlines.Stage.EXTENSION, region(order), from)
              .flatMap(
                  due ->
                      update(
                              order.id(),
                              "status = 'IN_PROGRESS', extended = true, conclusion_due = :value",
                              due,
                              LocalDate.class)
                          .thenReturn(
                              new Step(
                                  ComplaintEvents.Kind.EXTENSION_GRANTED, why + "；办结期限延至 " + due)));
        });
  }

  public Mono<Complaint> answer(Staff staff, String id, String answer) {
    String text = ComplaintText.plain(answer, 10, 5000, "答复内容", "The answer");
    return act(
        staff,
        id,
        EnumSet.of(
            ComplaintStatus.ACCEPTED,
            ComplaintStatus.IN_PROGRESS,
            ComplaintStatus.EXTENSION_REQUESTED),
        Complaint::handledBy,
        order ->
            database
                .sql(
                    "update complaint set status = 'ANSWERED', answer = :answer,"
                        + " answered_on = :today where id = :id")
                .bind("answer", text)
                .bind("today", today())
                .bind("id", order.id())
                .then()
                .thenReturn(new Step(ComplaintEvents.Kind.ANSWERED, null)));
  }

  /** 办结: after the enterprise's rating, or on an answer it did not rate. */
  public Mono<Complaint> close(Staff staff, String id) {
    return act(
        staff,
        id,
        EnumSet.of(ComplaintStatus.ANSWERED, ComplaintStatus.RATED),
        (order, s) -> order.handledBy(s) || order.supervisedBy(s),
        order ->
            setStatus(order.id(), ComplaintStatus.CLOSED)
                .thenReturn(new Step(ComplaintEvents.Kind.CLOSED, null)));
  }

  /** A new category may call for another destination: the order is routed again. */
  public Mono<Complaint> recategorise(
      Staff staff, String id, ComplaintCategory category, String reason) {
    String why = ComplaintText.note(reason, "调整类别理由", "The new category's reason");
    return act(
        staff,
        id,
        EnumSet.of(ComplaintStatus.DISPATCHED, ComplaintStatus.ACCEPTED),
        (order, s) -> order.handledBy(s) || order.supervisedBy(s),
        order ->
            update(order.id(), "category = :value", category.name(), String.class)
                .then(
                    events.append(
                        order.id(),
                        ComplaintEvents.Kind.RECATEGORISED,
                        Actor.of(staff),
                        order.category().label() + " → " + category.label() + "：" + why))
                .then(redispatch.byRules(order, category, "投诉类别调整后重新派单"))
                .thenReturn(Step.NONE));
  }

  /**
   * 改派: the supervision body arbitrates, sending the order to a contact point in its region, or
   * taking it itself when {@code contactPointId} is null, even against an earlier objection.
   */
  public Mono<Complaint> reassign(
      Staff staff, String id, @Nullable String contactPointId, String reason) {
    String why = ComplaintText.note(reason, "改派理由", "The reassignment's reason");
    @Nullable Long point = Ids.parseOptional(contactPointId, "联系点", "contact point");
    return act(
        staff,
        id,
        EnumSet.of(
            ComplaintStatus.DISPATCHED, ComplaintStatus.ACCEPTED, ComplaintStatus.IN_PROGRESS),
        Complaint::supervisedBy,
        order -> {
          // supervisedBy admits only staff of a supervision body, which has an agency id.
          long supervisor = Objects.requireNonNull(staff.agencyId());
          return chosen(order, supervisor, point)
              .then(redispatch.toChosen(order.id(), region(order), point, supervisor))
              .then(
                  events.append(
                      order.id(),
                      ComplaintEvents.Kind.REASSIGNED,
                      Actor.of(staff),
                      why,
                      new ComplaintEvents.Target(null, point, point == null ? supervisor : null)))
              .thenReturn(Step.NONE);
        });
  }

  /**
   * Refuses a choice that is the order's handler already, or a contact point outside the
   * supervision body's region.
   */
  private Mono<Void> chosen(Complaint order, long supervisor, @Nullable Long point) {
    Complaint.HandlerKind kind =
        point == null
            ? Complaint.HandlerKind.SUPERVISION_BODY
            : Complaint.HandlerKind.CONTACT_POINT;
    long target = point == null ? supervisor : point;
    if (order.handler() != null
        && order.handler().kind() == kind
        && order.handler().id() == target) {
      return Mono.error(
          ComplaintRefusals.transition("工单已由该单位办理", "The order is with that handler already"));
    }
    if (point == null) {
      return Mono.empty();
    }
    return database
        .sql(
            "select c.region_code as point, a.region_code as agency"
                + " from contact_point c, agency a where c.id = :point and a.id = :agency")
        .bind("point", point)
        .bind("agency", supervisor)
        .map(
            row ->
                Rows.text(row, "point")
                    .startsWith(RegionCodes.descendantPrefix(Rows.text(row, "agency"))))
        .one()
        .switchIfEmpty(Mono.error(() -> PortalException.notFound("联系点", "contact point", point)))
        .flatMap(
            within ->
                within
                    ? Mono.<Void>empty()
                    : Mono.error(
                        new PortalException(
                            ErrorCode.FORBIDDEN,
                            "只能改派给本辖区内的行政执法监督联系点",
                            "A supervision body reassigns only to contact points in its region")));
  }

  /** 行政执法监督通知书 / 意见书 / 决定书, with the time limit its kind carries. */
  public Mono<Complaint> issueNotice(
      Staff staff, String id, SupervisionNoticeKind kind, String number, String content) {
    String text = ComplaintText.plain(content, 10, 10000, "文书内容", "The notice's content");
    String documentNumber = ComplaintText.plain(number, 2, 100, "文书编号", "The document number");
    return act(
        staff,
        id,
        EnumSet.complementOf(EnumSet.of(ComplaintStatus.MERGED, ComplaintStatus.RECEIVED)),
        Complaint::supervisedBy,
        order ->
            deadlines
                .due(ComplaintDeadlines.Stage.valueOf(kind.name()), region(order), today())
                .flatMap(
                    due ->
                        database
                            .sql(
                                "insert into supervision_notice (complaint_id, kind,"
                                    + " document_number, content, issued_by, issued_on, due)"
                                    + " values (:id, :kind, :number, :content, :by, :today, :due)")
                            .bind("id", order.id())
                            .bind("kind", kind.name())
                            .bind("number", documentNumber)
                            .bind("content", text)
                            .bind("by", Objects.requireNonNull(staff.agencyId()))
                            .bind("today", today())
                            .bind("due", due)
                            .then()
                            .thenReturn(
                                new Step(
                                    ComplaintEvents.Kind.NOTICE_ISSUED,
                                    kind.label() + " " + documentNumber + "，期限至 " + due))));
  }

  /**
   * The event a step logs. NONE for steps that log their own, in order with the dispatch that
   * follows them.
   */
  private record Step(ComplaintEvents.@Nullable Kind kind, @Nullable String note) {
    static final Step NONE = new Step(null, null);
  }

  /**
   * Locks the order, checks that {@code staff} may take this step on it in its status, makes the
   * change, logs the step as {@code staff}'s, and answers the order as it now stands.
   */
  private Mono<Complaint> act(
      Staff staff,
      String id,
      Set<ComplaintStatus> from,
      BiPredicate<Complaint, Staff> allowed,
      Function<Complaint, Mono<Step>> change) {
    long key = Ids.parse(id, "投诉", "complaint");
    Mono<Complaint> step =
        database
            .sql("select id from complaint where id = :id for update")
            .bind("id", key)
            .map(row -> Rows.id(row, "id"))
            .one()
            .switchIfEmpty(Mono.error(() -> PortalException.notFound("投诉", "complaint", key)))
            .flatMap(reads::byId)
            .flatMap(
                order -> {
                  if (!allowed.test(order, staff)) {
                    return Mono.error(ComplaintRefusals.forbidden(staff, order.id()));
                  }
                  if (!from.contains(order.status())) {
                    return Mono.error(
                        ComplaintRefusals.transition(
                            "工单当前状态为 " + order.status() + "，不能进行此操作",
                            "The order is " + order.status() + "; this step is not open"));
                  }
                  return change
                      .apply(order)
                      .flatMap(
                          done ->
                              done.kind() == null
                                  ? Mono.<Void>empty()
                                  : events.append(
                                      order.id(), done.kind(), Actor.of(staff), done.note()))
                      .then(reads.byId(order.id()));
                });
    return transaction
        .transactional(step)
        .map(order -> order.seenAs(order.viewerFor(staff).orElse(Viewer.FORMER_HANDLER)));
  }

  private Mono<Void> setStatus(long id, ComplaintStatus status) {
    return update(id, "status = :value", status.name(), String.class);
  }

  private Mono<Void> update(long id, String assignment, Object value, Class<?> type) {
    return Binds.bind(
            database.sql("update complaint set " + assignment + " where id = :id").bind("id", id),
            "value",
            value,
            type)
        .then();
  }

  private static @Nullable Long handlerIdOr(Complaint order, Complaint.HandlerKind kind) {
    return order.handler() != null && order.handler().kind() == kind ? order.handler().id() : null;
  }

  private static String region(Complaint order) {
    return order.enterprise() == null ? "" : order.enterprise().regionCode();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
