package org.zhifagongkai.api.complaint;

import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.Ordering;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.paging.Pager;
import org.zhifagongkai.api.paging.SqlConditions;
import org.zhifagongkai.api.staff.Staff;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.api.support.Lookups;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads complaints: by id, for the staff they are routed to, and page by page. */
@Component
public class ComplaintReads {

  static final Set<ComplaintStatus> OPEN =
      EnumSet.of(
          ComplaintStatus.DISPATCHED,
          ComplaintStatus.ACCEPTED,
          ComplaintStatus.IN_PROGRESS,
          ComplaintStatus.EXTENSION_REQUESTED);

  /** The open statuses as a bind value ({@code status = any(:open)}). */
  public static String[] openStatuses() {
    return OPEN.stream().map(Enum::name).toArray(String[]::new);
  }

  private static final String COLUMNS =
      """
      c.*, a.name as agency_name, cp.name as cp_name, cp.phone as cp_phone,
      h.name as handler_name, h.complaint_phone as handler_phone,
      s.name as supervision_name, s.complaint_phone as supervision_phone,
      e.name as escalated_name, e.complaint_phone as escalated_phone,
      exists (select 1 from hotline_order o where o.complaint_id = c.id) as to_hotline
      """;
  private static final String FROM =
      """
      complaint c join agency a on a.id = c.agency_id
      left join contact_point cp on cp.id = c.contact_point_id
      left join agency h on h.id = c.handler_agency_id
      left join agency s on s.id = c.supervision_agency_id
      left join agency e on e.id = c.escalated_to_agency_id
      """;
  private static final Ordering<Complaint> BY_ID = Ordering.by("c.id", Long.class, Complaint::id);

  private final DatabaseClient database;
  private final Pager pager;
  private final Clock clock;

  ComplaintReads(DatabaseClient database, Pager pager, Clock clock) {
    this.database = database;
    this.pager = pager;
    this.clock = clock;
  }

  Flux<Complaint> byIds(Collection<Long> ids) {
    LocalDate today = LocalDate.now(clock);
    return Lookups.byIds(
        database,
        "select " + COLUMNS + " from " + FROM + " where c.id = any(:ids) order by c.id",
        ids,
        row -> fromRow(row, today));
  }

  public Mono<Complaint> byId(long id) {
    return byIds(Set.of(id))
        .next()
        .switchIfEmpty(Mono.error(() -> PortalException.notFound("投诉", "complaint", id)));
  }

  /** The order if {@code staff} may read it; NOT_FOUND or FORBIDDEN otherwise. */
  public Mono<Complaint> visibleTo(Staff staff, String id) {
    return byId(Ids.parse(id, "投诉", "complaint")).map(complaint -> complaint.seenBy(staff));
  }

  /** The orders routed to {@code staff}'s contact point or body, by id. */
  public Mono<Connection<Complaint>> routedTo(
      Staff staff, @Nullable ComplaintStatus status, PageRequest request) {
    SqlConditions where = new SqlConditions();
    switch (staff.role()) {
      case CONTACT_POINT ->
          where.always("c.contact_point_id = :mine", mine(staff.contactPointId()));
      case SUPERVISOR ->
          where.always(
              "(c.handler_agency_id = :mine or c.supervision_agency_id = :mine"
                  + " or c.escalated_to_agency_id = :mine)",
              mine(staff.agencyId()));
      case AGENCY_STAFF -> where.always("c.agency_id = :mine", mine(staff.agencyId()));
      case HOTLINE ->
          where.always("exists (select 1 from hotline_order o where o.complaint_id = c.id)");
      default -> throw ComplaintRefusals.forbidden(staff, null);
    }
    where.whenPresent("c.status = :status", "status", status == null ? null : status.name());
    LocalDate today = LocalDate.now(clock);
    return pager
        .page(COLUMNS, FROM, where, BY_ID, request, row -> fromRow(row, today))
        .map(page -> page.map(c -> c.seenBy(staff)));
  }

  private static Map<String, Object> mine(@Nullable Long id) {
    return Map.of("mine", Objects.requireNonNull(id, "the account's body"));
  }

  /** The supervision documents issued on {@code ids}, oldest first. */
  public Flux<SupervisionNotice> notices(Collection<Long> ids) {
    return Lookups.byIds(
        database,
        "select n.*, a.name as issuer from supervision_notice n join agency a on a.id ="
            + " n.issued_by where n.complaint_id = any(:ids) order by n.id",
        ids,
        row ->
            new SupervisionNotice(
                Rows.id(row, "complaint_id"),
                Rows.enumValue(row, "kind", SupervisionNoticeKind.class),
                Rows.text(row, "document_number"),
                Rows.text(row, "content"),
                Rows.text(row, "issuer"),
                Rows.date(row, "issued_on"),
                Rows.date(row, "due")));
  }

  private static Complaint fromRow(Readable row, LocalDate today) {
    ComplaintStatus status = Rows.enumValue(row, "status", ComplaintStatus.class);
    LocalDate acceptanceDue = Rows.optionalDate(row, "acceptance_due");
    LocalDate conclusionDue = Rows.optionalDate(row, "conclusion_due");
    LocalDate due = status == ComplaintStatus.DISPATCHED ? acceptanceDue : conclusionDue;
    boolean overdue = OPEN.contains(status) && due != null && due.isBefore(today);
    String refusalReason = Rows.optionalText(row, "refusal_reason");
    return new Complaint(
        Rows.id(row, "id"),
        Rows.text(row, "tracking_number"),
        status,
        Rows.enumValue(row, "category", ComplaintCategory.class),
        Rows.id(row, "agency_id"),
        Rows.text(row, "agency_name"),
        Rows.optionalId(row, "penalty_decision_id"),
        Rows.optionalId(row, "enforcement_item_id"),
        Rows.optionalText(row, "field_code"),
        Rows.text(row, "description"),
        Boolean.TRUE.equals(row.get("identity_shown", Boolean.class)),
        new Complaint.Enterprise(
            Rows.text(row, "enterprise_name"),
            Rows.text(row, "enterprise_credit_code"),
            Rows.text(row, "enterprise_region_code"),
            Rows.text(row, "contact_name"),
            Rows.text(row, "contact_phone")),
        Rows.instant(row, "filed_at"),
        handler(row),
        party(row, "supervision_agency_id", "supervision_name", "supervision_phone"),
        Rows.optionalId(row, "rule_id"),
        acceptanceDue,
        conclusionDue,
        Boolean.TRUE.equals(row.get("extended", Boolean.class)),
        overdue,
        refusalReason == null
            ? null
            : new Complaint.Refusal(refusalReason, Rows.text(row, "refusal_route")),
        Rows.optionalText(row, "answer"),
        Rows.optionalDate(row, "answered_on"),
        Rows.optionalInteger(row, "satisfaction"),
        Rows.optionalText(row, "rating_comment"),
        Rows.integer(row, "escalation_level"),
        party(row, "escalated_to_agency_id", "escalated_name", "escalated_phone"),
        Rows.optionalId(row, "merged_into"),
        Boolean.TRUE.equals(row.get("to_hotline", Boolean.class)),
        Viewer.NOBODY);
  }

  /**
   * Who handles a complaint, from a row with the columns of a complaint and its handlers ({@code
   * contact_point_id, cp_name, cp_phone, handler_agency_id, handler_name, handler_phone}).
   */
  public static Complaint.@Nullable Handler handler(Readable row) {
    Long contactPoint = Rows.optionalId(row, "contact_point_id");
    if (contactPoint != null) {
      return new Complaint.Handler(
          Complaint.HandlerKind.CONTACT_POINT,
          contactPoint,
          Rows.text(row, "cp_name"),
          Rows.optionalText(row, "cp_phone"));
    }
    return party(row, "handler_agency_id", "handler_name", "handler_phone");
  }

  /** A supervision body named by three columns of a row; null when the id column is. */
  public static Complaint.@Nullable Handler party(
      Readable row, String idColumn, String nameColumn, String phoneColumn) {
    Long id = Rows.optionalId(row, idColumn);
    return id == null
        ? null
        : new Complaint.Handler(
            Complaint.HandlerKind.SUPERVISION_BODY,
            id,
            Rows.text(row, nameColumn),
            Rows.optionalText(row, phoneColumn));
  }
}
