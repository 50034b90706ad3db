package org.zhifagongkai.api.penalty;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.Ordering;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.paging.Pager;
import org.zhifagongkai.api.paging.SqlConditions;
import org.zhifagongkai.api.support.Lookups;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class PenaltyDecisionRepository {

  private static final String LOOKUP_LIMIT =
      " and " + DecisionCriteria.PUBLISHED + " order by p.decision_date desc, p.id desc limit 100";

  private final DatabaseClient database;
  private final Pager pager;

  PenaltyDecisionRepository(DatabaseClient database, Pager pager) {
    this.database = database;
    this.pager = pager;
  }

  Flux<PenaltyDecision> findByIds(Collection<Long> ids) {
    return Lookups.byIds(
        database,
        "select p.* from penalty_decision p where p.id = any(:ids)",
        ids,
        PenaltyDecisionRepository::decision);
  }

  /** Decisions whose number is {@code number} or whose published range contains it. */
  Flux<PenaltyDecision> findByDocumentNumber(DocumentNumber number) {
    if (!number.parsed() || number.firstSeq() == null) {
      return database
          .sql(
              "select p.* from penalty_decision p where p.document_number_key = :key"
                  + LOOKUP_LIMIT)
          .bind("key", number.key())
          .map(PenaltyDecisionRepository::decision)
          .all();
    }
    return database
        .sql(
            "select p.* from penalty_decision p where p.document_prefix = :prefix"
                + " and p.document_year = :year and p.document_seq_first <= :first"
                + " and p.document_seq_last >= :last"
                + LOOKUP_LIMIT)
        .bind("prefix", number.prefix())
        .bind("year", number.year())
        .bind("first", number.firstSeq())
        .bind("last", number.lastSeq())
        .map(PenaltyDecisionRepository::decision)
        .all();
  }

  Mono<Connection<PenaltyDecision>> page(
      DecisionCriteria criteria, PenaltyDecisionOrder order, PageRequest request) {
    SqlConditions where = criteria.where();
    return pager.page(
        "p.*",
        "penalty_decision p",
        where,
        ordering(order),
        request,
        PenaltyDecisionRepository::decision);
  }

  private static Ordering<PenaltyDecision> ordering(PenaltyDecisionOrder order) {
    boolean descending = order.descending();
    String direction = descending ? "desc" : "asc";
    Ordering.Key<PenaltyDecision> id = new Ordering.Key<>("p.id", Long.class, PenaltyDecision::id);
    return switch (order.field()) {
      case DECISION_DATE ->
          new Ordering<>(
              "date-" + direction,
              descending,
              List.of(
                  new Ordering.Key<>(
                      "p.decision_date", LocalDate.class, PenaltyDecision::decisionDate),
                  id));
      case FINE_AMOUNT ->
          new Ordering<>(
              "fine-" + direction,
              descending,
              List.of(
                  new Ordering.Key<>(
                      "coalesce(p.fine_amount, 0)", BigDecimal.class, PenaltyDecision::fineOrZero),
                  id));
    };
  }

  private static PenaltyDecision decision(Readable row) {
    return new PenaltyDecision(
        Rows.id(row, "id"),
        Rows.text(row, "document_number"),
        Rows.text(row, "document_number_key"),
        Rows.optionalText(row, "case_name"),
        new PenaltyDecision.Party(
            Rows.enumValue(row, "party_kind", PartyKind.class),
            Rows.text(row, "party_name"),
            Rows.optionalText(row, "party_credit_code"),
            Rows.optionalText(row, "party_legal_representative")),
        Rows.text(row, "facts"),
        Rows.text(row, "violated_provisions"),
        Rows.text(row, "penalty_provisions"),
        Rows.enumList(row, "penalty_kinds", PenaltyKind.class),
        Rows.optionalDecimal(row, "fine_amount"),
        Rows.optionalDecimal(row, "confiscation_amount"),
        Rows.optionalText(row, "licence_actions"),
        Rows.date(row, "decision_date"),
        Rows.id(row, "agency_id"),
        Rows.text(row, "region_code"),
        Rows.optionalText(row, "field_code"),
        Rows.optionalId(row, "enforcement_item_id"),
        Rows.optionalId(row, "benchmark_tier_id"),
        Rows.optionalDate(row, "published_on"),
        Rows.optionalDate(row, "publish_until"),
        new PenaltyDecision.Provenance(
            Rows.optionalText(row, "source_url"),
            Rows.text(row, "source_body"),
            Rows.instant(row, "imported_at"),
            new DecisionDating(
                Rows.enumValue(row, "decision_date_basis", DecisionDateBasis.class),
                Rows.optionalDate(row, "rejected_decision_date"))),
        Rows.enumValue(row, "status", PublicationStatus.class),
        new PenaltyDecision.Term(
            Rows.optionalEnum(row, "severity_class", SeverityClass.class),
            Rows.optionalText(row, "publication_rule"),
            Rows.optionalDate(row, "publication_due"),
            Rows.optionalDate(row, "min_publish_until"),
            Rows.optionalDate(row, "removed_on")),
        withdrawal(row),
        row.get("party_credit_code_valid", Boolean.class));
  }

  private static PenaltyDecision.@Nullable Withdrawal withdrawal(Readable row) {
    OffsetDateTime withdrawnAt = row.get("withdrawn_at", OffsetDateTime.class);
    return withdrawnAt == null
        ? null
        : new PenaltyDecision.Withdrawal(
            withdrawnAt,
            Rows.text(row, "withdrawal_reason"),
            Rows.optionalEnum(row, "withdrawal_kind", WithdrawalKind.class),
            Rows.optionalDate(row, "withdrawal_cause_on"),
            Rows.optionalDate(row, "withdrawal_due"));
  }
}
