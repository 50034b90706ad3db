package org.zhifagongkai.api.complaint.filing;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.complaint.Complaint;
import org.zhifagongkai.api.graphql.ClientAddress;
import reactor.core.publisher.Mono;

/** Filing and tracking, for enterprises; no account is needed, the access code is the key. */
@Controller
public class FilingController {

  private final ComplaintService complaints;
  private final Tracking tracking;
  private final DestinationPreview preview;

  FilingController(ComplaintService complaints, Tracking tracking, DestinationPreview preview) {
    this.complaints = complaints;
    this.tracking = tracking;
    this.preview = preview;
  }

  @QueryMapping
  Mono<ComplaintDestination> complaintDestination(@Argument DestinationQuery input) {
    return preview.destination(input);
  }

  @MutationMapping
  Mono<Filing> fileComplaint(@Argument NewComplaint input) {
    return complaints.file(input);
  }

  @QueryMapping
  Mono<Complaint> complaint(
      @Argument String trackingNumber, @Argument String accessCode, GraphQLContext context) {
    return tracking.complaint(trackingNumber, accessCode, ClientAddress.of(context));
  }

  @MutationMapping
  Mono<Complaint> rateComplaint(
      @Argument String trackingNumber,
      @Argument String accessCode,
      @Argument int satisfaction,
      @Argument @Nullable String comment,
      GraphQLContext context) {
    return tracking.rate(
        trackingNumber, accessCode, satisfaction, comment, ClientAddress.of(context));
  }
}
