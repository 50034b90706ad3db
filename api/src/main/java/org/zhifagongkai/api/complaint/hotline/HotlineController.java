package org.zhifagongkai.api.complaint.hotline;

import graphql.GraphQLContext;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.complaint.Complaint;
import org.zhifagongkai.api.staff.StaffAuthentication;
import org.zhifagongkai.api.support.Batches;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The 12345 hotline's inbox, and each complaint's hotline copy. */
@Controller
public class HotlineController {

  private final HotlineInbox inbox;

  HotlineController(HotlineInbox inbox) {
    this.inbox = inbox;
  }

  @QueryMapping
  Flux<HotlineOrder> hotlineInbox(@Argument @Nullable Integer first, GraphQLContext context) {
    return inbox.pending(StaffAuthentication.current(context), first == null ? 20 : first);
  }

  @MutationMapping
  Mono<HotlineOrder> acknowledgeHotlineOrder(
      @Argument String id, @Argument String reference, GraphQLContext context) {
    return inbox.acknowledge(StaffAuthentication.current(context), id, reference);
  }

  @MutationMapping
  Mono<HotlineOrder> updateHotlineOrder(
      @Argument String id,
      @Argument HotlineOrderStatus status,
      @Argument @Nullable String note,
      GraphQLContext context) {
    return inbox.update(StaffAuthentication.current(context), id, status, note);
  }

  @BatchMapping
  Mono<Map<Complaint, HotlineOrder>> hotline(List<Complaint> complaints) {
    return Batches.one(complaints, Complaint::id, inbox::forComplaints, HotlineOrder::complaintId);
  }
}
