package org.zhifagongkai.api.nopenalty;

import io.r2dbc.spi.Readable;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.field.FieldService;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.Ordering;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.paging.Pager;
import org.zhifagongkai.api.paging.SqlConditions;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.api.support.Lookups;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the published no-penalty lists. Small enough to need no repository of its own. */
@Service
public class NoPenaltyService {

  private static final Ordering<NoPenaltyItem> BY_ID =
      Ordering.by("n.id", Long.class, NoPenaltyItem::id);

  private final DatabaseClient database;
  private final Pager pager;
  private final FieldService fields;

  NoPenaltyService(DatabaseClient database, Pager pager, FieldService fields) {
    this.database = database;
    this.pager = pager;
    this.fields = fields;
  }

  public Mono<NoPenaltyItem> item(String id) {
    return Lookups.one(id, "不予处罚清单事项", "no-penalty entry", this::byIds);
  }

  public Flux<NoPenaltyItem> byIds(Collection<Long> ids) {
    return Lookups.byIds(
        database,
        "select n.* from no_penalty_item n where n.id = any(:ids)",
        ids,
        NoPenaltyService::fromRow);
  }

  public Mono<Connection<NoPenaltyItem>> items(
      @Nullable NoPenaltyItemFilter filter, PageRequest request) {
    return listingConditions(filter)
        .flatMap(
            where ->
                pager.page(
                    "n.*", "no_penalty_item n", where, BY_ID, request, NoPenaltyService::fromRow));
  }

  /**
   * The SQL conditions, on {@code no_penalty_item n}, of the entries {@code filter} lists: the same
   * as {@link #items}, refusing an invalid filter alike.
   */
  public Mono<SqlConditions> listingConditions(@Nullable NoPenaltyItemFilter filter) {
    NoPenaltyItemFilter given = filter == null ? NoPenaltyItemFilter.NONE : filter;
    Long issuer = Ids.parseOptional(given.issuerAgencyId(), "执法主体", "enforcement body");
    return fields
        .requireCode(given.field())
        .map(
            field ->
                new SqlConditions()
                    .whenPresent("n.field_code = :field", "field", field.orElse(null))
                    .whenPresent(
                        "n.list_kind = :kind",
                        "kind",
                        given.listKind() == null ? null : given.listKind().name())
                    .whenPresent("n.issuer_agency_id = :issuer", "issuer", issuer));
  }

  private static NoPenaltyItem fromRow(Readable row) {
    return new NoPenaltyItem(
        Rows.id(row, "id"),
        Rows.enumValue(row, "list_kind", NoPenaltyListKind.class),
        Rows.text(row, "issuer"),
        Rows.optionalId(row, "issuer_agency_id"),
        Rows.optionalText(row, "field_code"),
        Rows.integer(row, "seq"),
        Rows.text(row, "violation"),
        Rows.text(row, "conditions"),
        Rows.text(row, "legal_ground"),
        Rows.date(row, "effective_from"),
        Rows.optionalDate(row, "effective_to"));
  }
}
