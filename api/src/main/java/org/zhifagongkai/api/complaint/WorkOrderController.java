package org.zhifagongkai.api.complaint;

import graphql.GraphQLContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.agency.Agency;
import org.zhifagongkai.api.contactpoint.ContactPoint;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.staff.StaffAuthentication;
import org.zhifagongkai.api.support.Batches;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The work orders for the staff they are routed to, each step of the order, and the public figures
 * of each body and contact point.
 */
@Controller
class WorkOrderController {

  private final WorkOrders orders;
  private final ComplaintReads reads;
  private final ComplaintFigures figures;
  private final DatabaseClient database;

  WorkOrderController(
      WorkOrders orders, ComplaintReads reads, ComplaintFigures figures, DatabaseClient database) {
    this.orders = orders;
    this.reads = reads;
    this.figures = figures;
    this.database = database;
  }

  /** A supervision document as the API shows it. */
  record Notice(
      long complaintId,
      SupervisionNoticeKind kind,
      String documentNumber,
      String content,
      String issuedBy,
      LocalDate issuedOn,
      LocalDate due) {}

  @QueryMapping
  Mono<Connection<Complaint>> workOrders(
      @Argument @Nullable ComplaintStatus status,
      @Argument @Nullable Integer first,
      @Argument @Nullable String after,
      GraphQLContext context) {
    return reads.routedTo(
        StaffAuthentication.current(context), status, PageRequest.of(first, after));
  }

  @QueryMapping
  Mono<Complaint> workOrder(@Argument String id, GraphQLContext context) {
    return reads.visibleTo(StaffAuthentication.current(context), id);
  }

  @MutationMapping
  Mono<Complaint> acceptWorkOrder(@Argument String id, GraphQLContext context) {
    return orders.accept(StaffAuthentication.current(context), id);
  }

  @MutationMapping
  Mono<Complaint> objectToWorkOrder(
      @Argument String id, @Argument String reason, GraphQLContext context) {
    return orders.object(StaffAuthentication.current(context), id, reason);
  }

  @MutationMapping
  Mono<Complaint> refuseWorkOrder(
      @Argument String id,
      @Argument String reason,
      @Argument String route,
      GraphQLContext context) {
    return orders.refuse(StaffAuthentication.current(context), id, reason, route);
  }

  @MutationMapping
  Mono<Complaint> startWorkOrder(@Argument String id, GraphQLContext context) {
    return orders.start(StaffAuthentication.current(context), id);
  }

  @MutationMapping
  Mono<Complaint> requestWorkOrderExtension(
      @Argument String id, @Argument String reason, GraphQLContext context) {
    return orders.requestExtension(StaffAuthentication.current(context), id, reason);
  }

  @MutationMapping
  Mono<Complaint> decideWorkOrderExtension(
      @Argument String id,
      @Argument boolean grant,
      @Argument String reason,
      GraphQLContext context) {
    return orders.decideExtension(StaffAuthentication.current(context), id, grant, reason);
  }

  @MutationMapping
  Mono<Complaint> answerWorkOrder(
      @Argument String id, @Argument String answer, GraphQLContext context) {
    return orders.answer(StaffAuthentication.current(context), id, answer);
  }

  @MutationMapping
  Mono<Complaint> closeWorkOrder(@Argument String id, GraphQLContext context) {
    return orders.close(StaffAuthentication.current(context), id);
  }

  @MutationMapping
  Mono<Complaint> recategoriseComplaint(
      @Argument String id,
      @Argument ComplaintCategory category,
      @Argument String reason,
      GraphQLContext context) {
    return orders.recategorise(StaffAuthentication.current(context), id, category, reason);
  }

  @MutationMapping
  Mono<Complaint> issueSupervisionNotice(
      @Argument String id,
      @Argument SupervisionNoticeKind kind,
      @Argument String documentNumber,
      @Argument String content,
      GraphQLContext context) {
    return orders.issueNotice(
        StaffAuthentication.current(context), id, kind, documentNumber, content);
  }

  @BatchMapping
  Mono<Map<Complaint, List<Notice>>> notices(List<Complaint> complaints) {
    return Batches.many(complaints, Complaint::id, this::noticesOf, Notice::complaintId);
  }

  private Flux<Notice> noticesOf(Collection<Long> ids) {
    return database
        .sql(
            "select n.*, a.name as issuer from supervision_notice n join agency a on a.id ="
                + " n.issued_by where n.complaint_id = any(:ids) order by n.id")
        .bind("ids", ids.toArray(Long[]::new))
        .map(
            row ->
                new Notice(
                    Rows.id(row, "complaint_id"),
                    Rows.enumValue(row, "kind", SupervisionNoticeKind.class),
                    Rows.text(row, "document_number"),
                    Rows.text(row, "content"),
                    Rows.text(row, "issuer"),
                    Rows.date(row, "issued_on"),
                    Rows.date(row, "due")))
        .all();
  }

  @BatchMapping(typeName = "Agency")
  Mono<Map<Agency, ComplaintStatistics>> complaintStatistics(List<Agency> agencies) {
    return statistics(
        agencies, Agency::id, figures.byAgency(agencies.stream().map(Agency::id).toList()));
  }

  @BatchMapping(typeName = "ContactPoint", field = "complaintStatistics")
  Mono<Map<ContactPoint, ComplaintStatistics>> contactPointStatistics(
      List<ContactPoint> contactPoints) {
    return statistics(
        contactPoints,
        ContactPoint::id,
        figures.byContactPoint(contactPoints.stream().map(ContactPoint::id).toList()));
  }

  private static <S> Mono<Map<S, ComplaintStatistics>> statistics(
      List<S> sources, ToLongFunction<S> id, Flux<Map.Entry<Long, ComplaintStatistics>> found) {
    return found
        .collectMap(Map.Entry::getKey, Map.Entry::getValue)
        .map(
            byId -> {
              Map<S, ComplaintStatistics> result = new HashMap<>();
              for (S source : sources) {
                result.put(
                    source, byId.getOrDefault(id.applyAsLong(source), ComplaintStatistics.NONE));
              }
              return result;
            });
  }
}
