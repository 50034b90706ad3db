package org.zhifagongkai.api.changes;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.PageInfo;
import org.zhifagongkai.api.penalty.PenaltyDecision;
import org.zhifagongkai.api.penalty.WithdrawalKind;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Mono;

/**
 * Reads the change log the database's triggers write ({@code decision_change}, migration V12).
 *
 * <p>Only changes of transactions below the xmin of the statement's own snapshot are served: every
 * transaction below it has ended, so its changes are all visible or gone for good, and any change
 * still to come belongs to a transaction at or above it, after every cursor given so far.
 */
@Repository
class DecisionChangeRepository {

  private static final String COLUMNS =
      "c.seq, c.xid::text as xid, c.kind, c.decision_id, c.changed_at, c.document_number,"
          + " c.agency_id, c.withdrawn_at, c.withdrawal_reason, c.withdrawal_kind,"
          + " c.withdrawal_cause_on, c.withdrawal_due";

  private final DatabaseClient database;

  DecisionChangeRepository(DatabaseClient database) {
    this.database = database;
  }

  /** Up to {@code first} changes after {@code after} (from the start when null), in feed order. */
  Mono<Connection<DecisionChange>> page(@Nullable ChangeCursor after, int first) {
    String sql =
        "select "
            + COLUMNS
            + " from decision_change c where c.xid < pg_snapshot_xmin(pg_current_snapshot())"
            + (after == null ? "" : " and (c.xid, c.seq) > (cast(:xid as xid8), :seq)")
            + " order by c.xid, c.seq limit :limit";
    GenericExecuteSpec spec = database.sql(sql).bind("limit", first + 1);
    if (after != null) {
      spec = spec.bind("xid", Long.toString(after.xid())).bind("seq", after.seq());
    }
    return spec.map(DecisionChangeRepository::change)
        .all()
        .collectList()
        .map(changes -> connection(changes, first, after != null));
  }

  /** The xmin of a snapshot taken now: the lowest transaction that may still be running. */
  Mono<Long> horizon() {
    return database
        .sql("select pg_snapshot_xmin(pg_current_snapshot())::text as xmin")
        .map(row -> Long.parseLong(Rows.text(row, "xmin")))
        .one();
  }

  /**
   * Whether a transaction at or above {@code horizon} took a decision off public view, or corrected
   * one (a correction may remove what should never have been published).
   */
  Mono<Boolean> removedSince(long horizon) {
    return database
        .sql(
            "select exists (select 1 from decision_change c"
                + " where c.xid >= cast(:xid as xid8)"
                + " and c.kind in ('WITHDRAWN', 'ENDED_EARLY', 'EXPIRED', 'CORRECTED')) as removed")
        .bind("xid", Long.toString(horizon))
        .map(row -> Boolean.TRUE.equals(row.get("removed", Boolean.class)))
        .one();
  }

  private static Connection<DecisionChange> connection(
      List<DecisionChange> changes, int first, boolean continued) {
    List<Connection.Edge<DecisionChange>> edges =
        changes.subList(0, Math.min(first, changes.size())).stream()
            .map(c -> new Connection.Edge<>(c.cursor(), c))
            .toList();
    PageInfo pageInfo =
        new PageInfo(
            changes.size() > first,
            continued,
            edges.isEmpty() ? null : edges.getFirst().cursor(),
            edges.isEmpty() ? null : edges.getLast().cursor());
    return new Connection<>(edges, pageInfo, Mono.empty());
  }

  private static DecisionChange change(Readable row) {
    ChangeKind kind = Rows.enumValue(row, "kind", ChangeKind.class);
    return new DecisionChange(
        new ChangeCursor(Long.parseLong(Rows.text(row, "xid")), Rows.id(row, "seq")).encode(),
        kind,
        Rows.id(row, "decision_id"),
        Rows.instant(row, "changed_at"),
        Rows.text(row, "document_number"),
        Rows.id(row, "agency_id"),
        kind == ChangeKind.WITHDRAWN ? withdrawal(row) : null);
  }

  private static PenaltyDecision.Withdrawal withdrawal(Readable row) {
    OffsetDateTime withdrawnAt = Rows.instant(row, "withdrawn_at");
    return new PenaltyDecision.Withdrawal(
        withdrawnAt,
        Rows.text(row, "withdrawal_reason"),
        Rows.optionalEnum(row, "withdrawal_kind", WithdrawalKind.class),
        Rows.optionalDate(row, "withdrawal_cause_on"),
        Rows.optionalDate(row, "withdrawal_due"));
  }
}
