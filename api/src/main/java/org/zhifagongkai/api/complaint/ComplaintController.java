package org.zhifagongkai.api.complaint;

import graphql.GraphQLContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.staff.StaffAuthentication;
import org.zhifagongkai.api.support.Batches;
import reactor.core.publisher.Mono;

/** Filing and tracking, for enterprises; no account is needed, the access code is the key. */
@Controller
class ComplaintController {

  private final ComplaintService complaints;
  private final Tracking tracking;
  private final ComplaintEvents events;
  private final ComplaintReads reads;

  ComplaintController(
      ComplaintService complaints,
      Tracking tracking,
      ComplaintEvents events,
      ComplaintReads reads) {
    this.complaints = complaints;
    this.tracking = tracking;
    this.events = events;
    this.reads = reads;
  }

  /** A category of the published catalogue with its Chinese name. */
  record CategoryEntry(ComplaintCategory category, String label) {}

  @QueryMapping
  List<CategoryEntry> complaintCategories() {
    return Arrays.stream(ComplaintCategory.values())
        .map(c -> new CategoryEntry(c, c.label()))
        .toList();
  }

  @MutationMapping
  Mono<Filing> fileComplaint(@Argument NewComplaint input) {
    return complaints.file(input);
  }

  @QueryMapping
  Mono<Complaint> complaint(@Argument String trackingNumber, @Argument String accessCode) {
    return tracking.complaint(trackingNumber, accessCode);
  }

  @MutationMapping
  Mono<Complaint> rateComplaint(
      @Argument String trackingNumber,
      @Argument String accessCode,
      @Argument int satisfaction,
      @Argument @Nullable String comment) {
    return tracking.rate(trackingNumber, accessCode, satisfaction, comment);
  }

  @BatchMapping
  Mono<Map<Complaint, List<ComplaintEvents.Event>>> timeline(List<Complaint> orders) {
    return Batches.many(orders, Complaint::id, events::of, Map.Entry::getKey)
        .map(grouped -> Batches.project(grouped, Map.Entry::getValue));
  }

  /**
   * The order a duplicate joined. Reached by its access code, it is the enterprise's own matter;
   * staff see it only where they may see the order itself.
   */
  @SchemaMapping
  Mono<Complaint> joinedOrder(Complaint duplicate, GraphQLContext context) {
    if (duplicate.mergedInto() == null) {
      return Mono.empty();
    }
    Mono<Complaint> original = reads.byId(duplicate.mergedInto());
    if (!StaffAuthentication.isStaff(context)) {
      return original;
    }
    var staff = StaffAuthentication.current(context);
    return original.filter(o -> o.visibleTo(staff)).map(o -> o.seenBy(staff));
  }
}
