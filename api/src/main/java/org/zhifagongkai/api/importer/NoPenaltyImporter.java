package org.zhifagongkai.api.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.zhifagongkai.api.support.Binds;
import reactor.core.publisher.Flux;

/**
 * Imports a no-penalty list (不予行政处罚清单) or first-violation list (首违不罚清单) from its structured table
 * ({@code category, item_no, violation, violated_provisions, no_penalty_conditions}). Items are
 * numbered in the table's order; re-importing the same issuer, kind and effective date updates them
 * in place.
 */
@Component
public class NoPenaltyImporter {

  private final DatabaseClient database;
  private final TransactionalOperator transaction;

  NoPenaltyImporter(DatabaseClient database, TransactionalOperator transaction) {
    this.database = database;
    this.transaction = transaction;
  }

  /**
   * The list's identity.
   *
   * @param listKind {@code NO_PENALTY} or {@code FIRST_VIOLATION}
   * @param effectiveTo the last day it applies; null while in force
   */
  public record Source(
      String issuer,
      String listKind,
      String fieldCode,
      LocalDate effectiveFrom,
      @Nullable LocalDate effectiveTo) {}

  /** Imports the table; returns how many items it holds. */
  public int importTable(Path table, Source source) {
    List<CsvRows.Row> rows = CsvRows.read(table);
    transaction
        .transactional(
            Flux.range(0, rows.size()).concatMap(i -> item(source, i + 1, rows.get(i)).then()))
        .blockLast();
    return rows.size();
  }

  private GenericExecuteSpec item(Source source, int seq, CsvRows.Row row) {
    GenericExecuteSpec spec =
        database
            .sql(
                """
                insert into no_penalty_item (list_kind, issuer, field_code, seq, violation,
                  conditions, legal_ground, effective_from, effective_to)
                values (:kind, :issuer, (select code from enforcement_field where code = :field),
                  :seq, :violation, :conditions, :ground, :from, :to)
                on conflict (issuer, list_kind, seq, effective_from) do update set
                  field_code = excluded.field_code, violation = excluded.violation,
                  conditions = excluded.conditions, legal_ground = excluded.legal_ground,
                  effective_to = excluded.effective_to
                """)
            .bind("kind", source.listKind())
            .bind("issuer", source.issuer())
            .bind("field", source.fieldCode())
            .bind("seq", seq)
            .bind("violation", clean(row.get("violation")))
            .bind("conditions", clean(row.get("no_penalty_conditions")))
            .bind("ground", clean(row.get("violated_provisions")))
            .bind("from", source.effectiveFrom());
    return Binds.bind(spec, "to", source.effectiveTo(), LocalDate.class);
  }

  private static String clean(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
