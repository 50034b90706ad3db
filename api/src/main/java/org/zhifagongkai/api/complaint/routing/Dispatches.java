package org.zhifagongkai.api.complaint.routing;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.complaint.ComplaintEvents;
import org.zhifagongkai.api.staff.Actor;
import reactor.core.publisher.Mono;

/** Records each dispatch of an order on its timeline, naming the rule of the 派单目录 that sent it. */
@Component
public class Dispatches {

  /** The actor of routing's own steps. */
  public static final Actor ROUTING = Actor.portal("派单目录");

  private final ComplaintEvents events;

  Dispatches(ComplaintEvents events) {
    this.events = events;
  }

  /** Appends the dispatch to {@code destination}, naming the rule. */
  public Mono<Void> logged(long id, Routing.Destination destination, @Nullable String why) {
    String note =
        "按派单规则 "
            + destination.rule().id()
            + "（"
            + destination.rule().description()
            + "）"
            + (why == null ? "" : "；" + why);
    return events.append(
        id,
        ComplaintEvents.Kind.DISPATCHED,
        ROUTING,
        note,
        new ComplaintEvents.Target(
            destination.rule().id(), destination.contactPointId(), destination.handlerAgencyId()));
  }
}
