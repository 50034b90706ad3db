package org.zhifagongkai.api.complaint.workorder;

import graphql.GraphQLContext;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.agency.Agency;
import org.zhifagongkai.api.complaint.Complaint;
import org.zhifagongkai.api.complaint.ComplaintCategory;
import org.zhifagongkai.api.complaint.ComplaintReads;
import org.zhifagongkai.api.complaint.ComplaintStatus;
import org.zhifagongkai.api.complaint.SupervisionNotice;
import org.zhifagongkai.api.complaint.SupervisionNoticeKind;
import org.zhifagongkai.api.contactpoint.ContactPoint;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.staff.StaffAuthentication;
import org.zhifagongkai.api.support.Batches;
import reactor.core.publisher.Mono;

/**
 * The work orders for the staff they are routed to, each step of the order, and the public figures
 * of each body and contact point.
 */
@Controller
public class WorkOrderController {

  private final WorkOrders orders;
  private final ComplaintReads reads;
  private final ComplaintFigures figures;

  WorkOrderController(WorkOrders orders, ComplaintReads reads, ComplaintFigures figures) {
    this.orders = orders;
    this.reads = reads;
    this.figures = figures;
  }

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
  Mono<Complaint> reassignWorkOrder(
      @Argument String id,
      @Argument @Nullable String contactPointId,
      @Argument String reason,
      GraphQLContext context) {
    return orders.reassign(StaffAuthentication.current(context), id, contactPointId, reason);
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

  /**
   * The notices issued on each order, their number and text as the order's reader may read them.
   */
  @BatchMapping
  Mono<Map<Complaint, List<SupervisionNotice>>> notices(List<Complaint> complaints) {
    return Batches.many(complaints, Complaint::id, reads::notices, SupervisionNotice::complaintId)
        .map(
            issued -> {
              Map<Complaint, List<SupervisionNotice>> read = new java.util.LinkedHashMap<>();
              issued.forEach(
                  (order, notices) ->
                      read.put(order, notices.stream().map(n -> n.readAs(order::asRead)).toList()));
              return read;
            });
  }

  @BatchMapping(typeName = "Agency")
  Mono<Map<Agency, ComplaintStatistics>> complaintStatistics(List<Agency> agencies) {
    return figures.byAgency(agencies);
  }

  @BatchMapping(typeName = "ContactPoint", field = "complaintStatistics")
  Mono<Map<ContactPoint, ComplaintStatistics>> contactPointStatistics(
      List<ContactPoint> contactPoints) {
    return figures.byContactPoint(contactPoints);
  }
}
