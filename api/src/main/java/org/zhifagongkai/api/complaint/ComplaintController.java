package org.zhifagongkai.api.complaint;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.support.Batches;
import reactor.core.publisher.Mono;

/**
 * The complaint catalogue, and each complaint's timeline and joined order, for whoever reads it.
 */
@Controller
public class ComplaintController {

  private final ComplaintEvents events;
  private final ComplaintReads reads;

  ComplaintController(ComplaintEvents events, ComplaintReads reads) {
    this.events = events;
    this.reads = reads;
  }

  /** A category of the published catalogue with its Chinese name and what it covers. */
  record CategoryEntry(ComplaintCategory category, String label, String description) {}

  @QueryMapping
  List<CategoryEntry> complaintCategories() {
    return Arrays.stream(ComplaintCategory.values())
        .map(c -> new CategoryEntry(c, c.label(), c.description()))
        .toList();
  }

  @BatchMapping
  Mono<Map<Complaint, List<ComplaintEvents.Event>>> timeline(List<Complaint> orders) {
    return Batches.many(orders, Complaint::id, events::of, Map.Entry::getKey)
        .map(grouped -> Batches.project(grouped, Map.Entry::getValue))
        .map(ComplaintController::asSeen);
  }

  private static Map<Complaint, List<ComplaintEvents.Event>> asSeen(
      Map<Complaint, List<ComplaintEvents.Event>> timelines) {
    Map<Complaint, List<ComplaintEvents.Event>> seen = new LinkedHashMap<>();
    timelines.forEach(
        (order, steps) ->
            seen.put(
                order,
                steps.stream()
                    .map(e -> ComplaintVisibility.step(order, e))
                    .filter(Objects::nonNull)
                    .toList()));
    return seen;
  }

  /** The order a duplicate joined, as its progress only, to whoever reads the duplicate. */
  @SchemaMapping
  Mono<JoinedOrder> joinedOrder(Complaint duplicate) {
    Long original = duplicate.mergedInto();
    return original == null ? Mono.empty() : reads.byId(original).map(JoinedOrder::of);
  }
}
