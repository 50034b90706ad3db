package org.zhifagongkai.api.complaint;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.staff.Staff;
import org.zhifagongkai.api.staff.StaffRole;

/**
 * A complaint and its work order as the API shows it.
 *
 * @param enterprise who complained; null where the viewer is the body complained about and the
 *     enterprise did not agree to be named
 * @param handler who handles the order now: a contact point or a supervision body
 * @param supervisionBody the 司法行政 body that supervises the body complained about
 * @param overdue whether the current stage's due date has passed
 * @param toHotline whether a copy went to the 12345 hotline
 * @param viewer who reads this copy; {@link ComplaintVisibility} decides what of it they see
 */
public record Complaint(
    long id,
    String trackingNumber,
    ComplaintStatus status,
    ComplaintCategory category,
    long agencyId,
    String agencyName,
    @Nullable Long penaltyDecisionId,
    @Nullable Long enforcementItemId,
    @Nullable String fieldCode,
    String description,
    boolean identityShown,
    @Nullable Enterprise enterprise,
    OffsetDateTime filedAt,
    @Nullable Handler handler,
    @Nullable Handler supervisionBody,
    @Nullable Long routingRuleId,
    @Nullable LocalDate acceptanceDue,
    @Nullable LocalDate conclusionDue,
    boolean extended,
    boolean overdue,
    @Nullable Refusal refusal,
    @Nullable String answer,
    @Nullable LocalDate answeredOn,
    @Nullable Integer satisfaction,
    @Nullable String ratingComment,
    int escalationLevel,
    @Nullable Handler escalatedTo,
    @Nullable Long mergedInto,
    boolean toHotline,
    Viewer viewer) {

  /** The enterprise that complained, and whom to call back. */
  public record Enterprise(
      String name, String creditCode, String regionCode, String contactName, String contactPhone) {}

  /** A party handling or supervising the order. */
  public record Handler(HandlerKind kind, long id, String name, @Nullable String phone) {}

  public enum HandlerKind {
    CONTACT_POINT,
    SUPERVISION_BODY
  }

  /** Why the order was not accepted, and where the matter belongs instead. */
  public record Refusal(String reason, String route) {}

  public String categoryLabel() {
    return category.label();
  }

  /** Whether {@code staff} handles this order now. */
  public boolean handledBy(Staff staff) {
    return handler != null
        && switch (staff.role()) {
          case CONTACT_POINT ->
              handler.kind() == HandlerKind.CONTACT_POINT
                  && Objects.equals(staff.contactPointId(), handler.id());
          case SUPERVISOR ->
              handler.kind() == HandlerKind.SUPERVISION_BODY
                  && Objects.equals(staff.agencyId(), handler.id());
          default -> false;
        };
  }

  /** Whether {@code staff} works for a supervision body this order was sent or escalated to. */
  public boolean supervisedBy(Staff staff) {
    return staff.role() == StaffRole.SUPERVISOR
        && staff.agencyId() != null
        && ((supervisionBody != null && supervisionBody.id() == staff.agencyId())
            || (escalatedTo != null && escalatedTo.id() == staff.agencyId()));
  }

  /** How {@code staff} sees this order, or empty where they may not read it at all. */
  public Optional<Viewer> viewerFor(Staff staff) {
    // The body complained about is that first, whatever else it is (a 司法局 complained about).
    if (Objects.equals(staff.agencyId(), agencyId)) {
      return Optional.of(Viewer.AGENCY);
    }
    if (handledBy(staff)) {
      return Optional.of(Viewer.HANDLER);
    }
    if (supervisedBy(staff)) {
      return Optional.of(Viewer.SUPERVISOR);
    }
    if (staff.role() == StaffRole.HOTLINE && toHotline) {
      return Optional.of(Viewer.HOTLINE);
    }
    return Optional.empty();
  }

  /** This order as {@code staff} reads it; FORBIDDEN where they may not read it at all. */
  Complaint seenBy(Staff staff) {
    return seenAs(viewerFor(staff).orElseThrow(() -> ComplaintRefusals.forbidden(staff, id)));
  }

  /**
   * This order as {@code reader} reads it: a reader kept from who complained reads the enterprise's
   * own words (its description and rating comment) without its name, numbers and contact in them.
   */
  public Complaint seenAs(Viewer reader) {
    Complaint seen = as(reader, description, ratingComment);
    return ComplaintVisibility.shows(seen, ComplaintVisibility.Part.IDENTITY)
        ? seen
        : as(
            reader,
            Objects.requireNonNull(ComplainantMentions.without(description, enterprise)),
            ComplainantMentions.without(ratingComment, enterprise));
  }

  /**
   * {@code text} written on this order (a supervision notice) as its reader may read it: without
   * what names the enterprise, for a reader kept from who complained.
   */
  public String asRead(String text) {
    return ComplaintVisibility.shows(this, ComplaintVisibility.Part.IDENTITY)
        ? text
        : Objects.requireNonNull(ComplainantMentions.without(text, enterprise));
  }

  private Complaint as(Viewer reader, String description, @Nullable String ratingComment) {
    return new Complaint(
        id,
        trackingNumber,
        status,
        category,
        agencyId,
        agencyName,
        penaltyDecisionId,
        enforcementItemId,
        fieldCode,
        description,
        identityShown,
        enterprise,
        filedAt,
        handler,
        supervisionBody,
        routingRuleId,
        acceptanceDue,
        conclusionDue,
        extended,
        overdue,
        refusal,
        answer,
        answeredOn,
        satisfaction,
        ratingComment,
        escalationLevel,
        escalatedTo,
        mergedInto,
        toHotline,
        reader);
  }
}
