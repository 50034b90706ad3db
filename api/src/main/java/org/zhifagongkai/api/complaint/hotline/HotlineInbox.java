package org.zhifagongkai.api.complaint.hotline;

import io.r2dbc.spi.Readable;
import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.zhifagongkai.api.complaint.ComplaintEvents;
import org.zhifagongkai.api.complaint.ComplaintRefusals;
import org.zhifagongkai.api.complaint.ComplaintText;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.staff.Actor;
import org.zhifagongkai.api.staff.Staff;
import org.zhifagongkai.api.staff.StaffRole;
import org.zhifagongkai.api.support.Binds;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The hotline's side of the outbox: pulling new orders and acknowledging them (where no endpoint is
 * configured), and status updates, from hotline staff or the signed callback. Acknowledging twice
 * or replaying a callback changes nothing.
 */
@Service
public class HotlineInbox {

  static final Actor HOTLINE = Actor.portal("12345热线");

  private static final String SELECT =
      """
      select o.id, o.complaint_id, c.tracking_number, o.status, o.hotline_reference, o.reply_due,
        o.attempts, o.last_error, o.created_at, o.delivered_at, o.payload::text as payload
      from hotline_order o join complaint c on c.id = o.complaint_id
      """;

  private final DatabaseClient database;
  private final TransactionalOperator transaction;
  private final ComplaintEvents events;

  HotlineInbox(DatabaseClient database, TransactionalOperator transaction, ComplaintEvents events) {
    this.database = database;
    this.transaction = transaction;
    this.events = events;
  }

  /** The oldest orders not yet acknowledged, up to {@code first}. */
  public Flux<HotlineOrder> pending(Staff staff, int first) {
    requireHotline(staff);
    if (first < 1 || first > 100) {
      throw new PortalException(
          ErrorCode.PAGE_SIZE_OUT_OF_RANGE, "first 应为 1–100", "first must be 1–100");
    }
    return database
        .sql(SELECT + " where o.status = 'PENDING' order by o.id limit :first")
        .bind("first", first)
        .map(HotlineInbox::fromRow)
        .all();
  }

  public Flux<HotlineOrder> forComplaints(Collection<Long> complaintIds) {
    return database
        .sql(SELECT + " where o.complaint_id = any(:ids)")
        .bind("ids", Ids.array(complaintIds))
        .map(HotlineInbox::fromRow)
        .all();
  }

  /** The hotline took the order under its own number. */
  public Mono<HotlineOrder> acknowledge(Staff staff, String id, String reference) {
    requireHotline(staff);
    String number = ComplaintText.plain(reference, 1, 100, "热线工单号", "The hotline's number");
    long key = Ids.parse(id, "热线工单", "hotline order");
    Mono<HotlineOrder> done =
        database
            .sql(
                """
                with taken as (
                  update hotline_order set status = 'DELIVERED', delivered_at = now(),
                    hotline_reference = :reference, lease_until = null
                  where id = :id and status = 'PENDING' returning complaint_id)
                insert into complaint_event (complaint_id, kind, staff_id, actor, note)
                select complaint_id, 'HOTLINE_DELIVERED', :staff, :actor, '热线已接收，工单号 ' || :reference
                from taken
                """)
            .bind("id", key)
            .bind("reference", number)
            .bind("staff", staff.id())
            .bind("actor", staff.name())
            .then()
            .then(byId(key));
    return transaction.transactional(done);
  }

  /** A status the hotline reports, by its staff. */
  public Mono<HotlineOrder> update(
      Staff staff, String id, HotlineOrderStatus status, @Nullable String note) {
    requireHotline(staff);
    long key = Ids.parse(id, "热线工单", "hotline order");
    String remark = note == null ? null : ComplaintText.note(note, "热线备注", "The hotline's note");
    return transaction.transactional(
        apply(key, status, null, remark, Actor.of(staff)).then(byId(key)));
  }

  /**
   * A status from the hotline's signed callback; {@code callbackId} makes a repeat a no-op. Emits
   * whether it changed anything; NOT_FOUND for an unknown key.
   */
  Mono<Boolean> callback(
      String callbackId,
      UUID key,
      HotlineOrderStatus status,
      @Nullable String reference,
      @Nullable String note) {
    Mono<Boolean> applied =
        database
            .sql("select id from hotline_order where idempotency_key = :key for update")
            .bind("key", key)
            .map(row -> Rows.id(row, "id"))
            .one()
            .switchIfEmpty(Mono.error(() -> PortalException.notFound("热线工单", "hotline order", key)))
            .flatMap(
                id ->
                    database
                        .sql(
                            "insert into hotline_callback (callback_id, order_id) values (:c, :o)"
                                + " on conflict do nothing")
                        .bind("c", callbackId)
                        .bind("o", id)
                        .fetch()
                        .rowsUpdated()
                        .flatMap(
                            inserted ->
                                inserted == 0
                                    ? Mono.just(false)
                                    : apply(id, status, reference, note, HOTLINE)
                                        .thenReturn(true)));
    return transaction.transactional(applied);
  }

  private Mono<Void> apply(
      long id,
      HotlineOrderStatus status,
      @Nullable String reference,
      @Nullable String note,
      Actor actor) {
    if (status == HotlineOrderStatus.PENDING) {
      throw ComplaintRefusals.transition("热线工单不能退回待接收", "A hotline order cannot return to pending");
    }
    var spec =
        database
            .sql(
                """
                with changed as (
                  update hotline_order set status = :status, lease_until = null,
                    hotline_reference = coalesce(:reference, hotline_reference),
                    delivered_at = coalesce(delivered_at, now())
                  where id = :id returning complaint_id)
                insert into complaint_event (complaint_id, kind, staff_id, actor, note)
                select complaint_id, 'HOTLINE_UPDATED', :staff, :actor, :note from changed
                """)
            .bind("id", id)
            .bind("status", status.name())
            .bind("actor", actor.name())
            .bind("note", "12345热线：" + status.name() + (note == null ? "" : "，" + note));
    spec = Binds.bind(spec, "reference", reference, String.class);
    spec = Binds.bind(spec, "staff", actor.staffId(), Long.class);
    return spec.then();
  }

  private Mono<HotlineOrder> byId(long id) {
    return database
        .sql(SELECT + " where o.id = :id")
        .bind("id", id)
        .map(HotlineInbox::fromRow)
        .one()
        .switchIfEmpty(Mono.error(() -> PortalException.notFound("热线工单", "hotline order", id)));
  }

  private static void requireHotline(Staff staff) {
    if (staff.role() != StaffRole.HOTLINE) {
      throw new PortalException(
          ErrorCode.FORBIDDEN,
          "账号“" + staff.name() + "”不是12345热线的账号",
          "Account '" + staff.name() + "' is not a 12345 hotline account");
    }
  }

  private static HotlineOrder fromRow(Readable row) {
    return new HotlineOrder(
        Rows.id(row, "id"),
        Rows.id(row, "complaint_id"),
        Rows.text(row, "tracking_number"),
        Rows.enumValue(row, "status", HotlineOrderStatus.class),
        Rows.optionalText(row, "hotline_reference"),
        Rows.optionalDate(row, "reply_due"),
        Rows.integer(row, "attempts"),
        Rows.optionalText(row, "last_error"),
        Rows.instant(row, "created_at"),
        row.get("delivered_at", java.time.OffsetDateTime.class),
        Rows.text(row, "payload"));
  }
}
