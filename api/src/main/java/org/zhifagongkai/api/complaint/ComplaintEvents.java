package org.zhifagongkai.api.complaint;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.staff.Actor;
import org.zhifagongkai.api.support.Binds;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Appends to a complaint's timeline. The table refuses updates and deletes; callers append inside
 * the transaction that makes the change, so a step and its event are stored together or not at all.
 */
@Component
public class ComplaintEvents {

  public enum Kind {
    RECEIVED,
    DISPATCHED,
    OBJECTED,
    ACCEPTED,
    REFUSED,
    STARTED,
    EXTENSION_REQUESTED,
    EXTENSION_GRANTED,
    EXTENSION_DENIED,
    ANSWERED,
    RATED,
    CLOSED,
    RECATEGORISED,
    REASSIGNED,
    MERGED,
    DUPLICATE_JOINED,
    DUPLICATE_SUSPECTED,
    NOTICE_ISSUED,
    REMINDED,
    ESCALATED,
    HOTLINE_QUEUED,
    HOTLINE_DELIVERED,
    HOTLINE_UPDATED
  }

  /** A step of a complaint, as its timeline shows it. */
  record Event(
      String kind,
      OffsetDateTime occurredAt,
      String actor,
      @Nullable String note,
      @Nullable Long ruleId,
      @Nullable String destination) {}

  /** Where a step sent the order, for dispatches and escalations. */
  public record Target(
      @Nullable Long ruleId, @Nullable Long contactPointId, @Nullable Long agencyId) {
    static final Target NONE = new Target(null, null, null);
  }

  /** The actor shown for the enterprise's own steps, which never names it. */
  public static final Actor ENTERPRISE = Actor.portal("投诉企业");

  private final DatabaseClient database;

  ComplaintEvents(DatabaseClient database) {
    this.database = database;
  }

  public Mono<Void> append(long complaintId, Kind kind, Actor actor, @Nullable String note) {
    return append(complaintId, kind, actor, note, Target.NONE);
  }

  public Mono<Void> append(
      long complaintId, Kind kind, Actor actor, @Nullable String note, Target target) {
    var spec =
        database
            .sql(
                """
                insert into complaint_event (complaint_id, kind, staff_id, actor, note, rule_id,
                  contact_point_id, agency_id)
                values (:complaint, :kind, :staff, :actor, :note, :rule, :contactPoint, :agency)
                """)
            .bind("complaint", complaintId)
            .bind("kind", kind.name())
            .bind("actor", actor.name());
    spec = Binds.bind(spec, "staff", actor.staffId(), Long.class);
    spec = Binds.bind(spec, "note", note, String.class);
    spec = Binds.bind(spec, "rule", target.ruleId(), Long.class);
    spec = Binds.bind(spec, "contactPoint", target.contactPointId(), Long.class);
    spec = Binds.bind(spec, "agency", target.agencyId(), Long.class);
    return spec.then();
  }

  /** The timelines of {@code ids}, oldest step first. */
  Flux<Map.Entry<Long, Event>> of(Collection<Long> ids) {
    return database
        .sql(
            """
            select e.complaint_id, e.kind, e.occurred_at, e.actor, e.note, e.rule_id,
              coalesce(c.name, a.name) as destination
            from complaint_event e
            left join contact_point c on c.id = e.contact_point_id
            left join agency a on a.id = e.agency_id
            where e.complaint_id = any(:ids) order by e.complaint_id, e.id
            """)
        .bind("ids", ids.toArray(Long[]::new))
        .map(
            row ->
                Map.entry(
                    Rows.id(row, "complaint_id"),
                    new Event(
                        Rows.text(row, "kind"),
                        Rows.instant(row, "occurred_at"),
                        Rows.text(row, "actor"),
                        Rows.optionalText(row, "note"),
                        Rows.optionalId(row, "rule_id"),
                        Rows.optionalText(row, "destination"))))
        .all();
  }
}
