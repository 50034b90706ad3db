package org.zhifagongkai.api.complaint;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one place that decides what each reader sees of a complaint. Every field of the schema's
 * {@code Complaint} type is listed here as part of the case or of the complainant's identity;
 * {@link ComplaintFieldGuard} enforces the table on every field the API resolves, and refuses a
 * field missing from it, so that a new field cannot reach a reader unclassified.
 *
 * <p>The identity (the enterprise, its contact, the 12345 copy, which carries both, and who handles
 * the order by which rule, which follow the enterprise's region) reaches the handler, the
 * supervision bodies, the hotline and the filer; the body complained about sees it only where the
 * enterprise agreed. A filer whose complaint joined another sees that order only as {@link
 * JoinedOrder}, its progress, never its content.
 */
public final class ComplaintVisibility {

  /** What a field shows. */
  enum Part {
    /** The matter and how it is handled. */
    CASE,
    /** Who complained and how to reach them. */
    IDENTITY,
    /** Who handles it by which rule: where the enterprise is, which routing follows. */
    ROUTING,
    /**
     * What staff wrote to the enterprise (the answer, a refusal's reason and route): whoever writes
     * it may name the enterprise, so it is shown exactly where the timeline's notes are.
     */
    STAFF_TEXT
  }

  static final Map<String, Part> COMPLAINT_FIELDS =
      Map.ofEntries(
          entry("id", Part.CASE),
          entry("trackingNumber", Part.CASE),
          entry("status", Part.CASE),
          entry("category", Part.CASE),
          entry("categoryLabel", Part.CASE),
          entry("agencyId", Part.CASE),
          entry("agencyName", Part.CASE),
          // A decision's party is, nearly always, who complains about it.
          entry("penaltyDecisionId", Part.IDENTITY),
          entry("enforcementItemId", Part.CASE),
          entry("fieldCode", Part.CASE),
          entry("description", Part.CASE),
          entry("identityShown", Part.CASE),
          entry("enterprise", Part.IDENTITY),
          entry("filedAt", Part.CASE),
          // Routing follows the enterprise's region: who handles it tells where the enterprise is.
          entry("handler", Part.ROUTING),
          entry("supervisionBody", Part.CASE),
          entry("routingRule", Part.ROUTING),
          entry("acceptanceDue", Part.CASE),
          entry("conclusionDue", Part.CASE),
          entry("extended", Part.CASE),
          entry("overdue", Part.CASE),
          entry("refusal", Part.STAFF_TEXT),
          entry("answer", Part.STAFF_TEXT),
          entry("answeredOn", Part.CASE),
          entry("satisfaction", Part.CASE),
          // The enterprise's own words, as its description is.
          entry("ratingComment", Part.CASE),
          entry("escalationLevel", Part.CASE),
          entry("escalatedTo", Part.CASE),
          // An order joined to another (并单) was filed by the same enterprise and phone: the link,
          // and the other order's handler (routed by the enterprise's region), are its identity.
          entry("mergedInto", Part.IDENTITY),
          entry("joinedOrder", Part.IDENTITY),
          // Whether a copy went to 12345 is the routing rule's choice, by the enterprise's region.
          entry("toHotline", Part.ROUTING),
          entry("hotline", Part.IDENTITY),
          entry("timeline", Part.CASE),
          // Supervision documents are served on the body complained about, which must act on them:
          // their issuer writes them for that reader.
          entry("notices", Part.CASE),
          entry("__typename", Part.CASE));

  /** The 12345 hotline's steps. */
  private static final Set<String> HOTLINE_STEPS =
      Set.of(
          ComplaintEvents.Kind.HOTLINE_QUEUED.name(),
          ComplaintEvents.Kind.HOTLINE_DELIVERED.name(),
          ComplaintEvents.Kind.HOTLINE_UPDATED.name());

  /** Who acted, as the body complained about reads it where routing is hidden from it. */
  static final String HANDLING_UNIT = "办理单位";

  /** Actors that are the portal's own steps, naming no unit. */
  private static final Set<String> PORTAL_ACTORS =
      Set.of(ComplaintEvents.ENTERPRISE.name(), "派单目录", "督办");

  /**
   * Steps only the order's handlers read: that it may repeat an open order tells whoever filed it,
   * or the body complained about, which enterprise and phone filed that order.
   */
  private static final Set<String> HANDLERS_STEPS =
      Set.of(ComplaintEvents.Kind.DUPLICATE_SUSPECTED.name());

  private ComplaintVisibility() {}

  /** The part {@code field} of {@code Complaint} shows, or null for a field nobody classified. */
  static @Nullable Part partOf(String field) {
    return COMPLAINT_FIELDS.get(field);
  }

  /** Whether the reader of {@code complaint} may see {@code part} of it. */
  static boolean shows(Complaint complaint, Part part) {
    if (part == Part.STAFF_TEXT) {
      return shows(complaint, Part.IDENTITY);
    }
    return switch (complaint.viewer()) {
      case HANDLER, SUPERVISOR, HOTLINE, FILER -> true;
      case AGENCY -> part == Part.CASE || complaint.identityShown();
      case FORMER_HANDLER -> part != Part.IDENTITY;
      case NOBODY -> false;
    };
  }

  /**
   * A step of the timeline as the reader of {@code complaint} may see it, or null for a step it may
   * not see. A reader kept from the identity reads no notes: whoever writes one (a handler
   * objecting, the hotline) may name the enterprise in it, as in an answer ({@link
   * Part#STAFF_TEXT}); one kept from the routing reads no rules or destinations either, since where
   * an order was sent follows the enterprise's region.
   */
  static ComplaintEvents.@Nullable Event step(Complaint complaint, ComplaintEvents.Event event) {
    if (HANDLERS_STEPS.contains(event.kind())) {
      return switch (complaint.viewer()) {
        case HANDLER, SUPERVISOR, HOTLINE -> event;
        default -> null;
      };
    }
    if (shows(complaint, Part.IDENTITY)) {
      return event;
    }
    if (shows(complaint, Part.ROUTING)) {
      return new ComplaintEvents.Event(
          event.kind(),
          event.occurredAt(),
          event.actor(),
          null,
          event.ruleId(),
          event.destination());
    }
    if (HOTLINE_STEPS.contains(event.kind())) {
      return null; // whether the order went to 12345 follows the rule, and the rule the region
    }
    // The staff who acted name their unit, which routing chose by the enterprise's region.
    String actor = PORTAL_ACTORS.contains(event.actor()) ? event.actor() : HANDLING_UNIT;
    return new ComplaintEvents.Event(event.kind(), event.occurredAt(), actor, null, null, null);
  }
}
