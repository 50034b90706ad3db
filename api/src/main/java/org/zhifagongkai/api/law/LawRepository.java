package org.zhifagongkai.api.law;

import io.r2dbc.spi.Readable;
import java.util.Collection;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
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

@Repository
class LawRepository {

  private static final Ordering<Law> BY_ID = Ordering.by("l.id", Long.class, Law::id);
  private static final String PROVISIONS =
      "select p.*, l.title as law_title from legal_provision p join law l on l.id = p.law_id ";

  private final DatabaseClient database;
  private final Pager pager;

  LawRepository(DatabaseClient database, Pager pager) {
    this.database = database;
    this.pager = pager;
  }

  Flux<Law> findByIds(Collection<Long> ids) {
    return Lookups.byIds(
        database, "select l.* from law l where l.id = any(:ids)", ids, LawRepository::law);
  }

  Mono<Connection<Law>> page(LawFilter filter, PageRequest request) {
    SqlConditions where =
        new SqlConditions()
            .whenPresent(
                "l.kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name())
            .whenPresent(
                "strpos(l.title, :title) > 0",
                "title",
                filter.titleContains() == null ? null : filter.titleContains().strip());
    return pager.page("l.*", "law l", where, BY_ID, request, LawRepository::law);
  }

  Flux<LegalProvision> findProvisionsByIds(Collection<Long> ids) {
    return Lookups.byIds(
        database, PROVISIONS + "where p.id = any(:ids)", ids, LawRepository::provision);
  }

  Flux<LegalProvision> findProvisionsOfLaws(Collection<Long> lawIds) {
    return Lookups.byIds(
        database,
        PROVISIONS
            + "where p.law_id = any(:ids) order by p.law_id, p.article,"
            + " p.paragraph nulls first, p.item nulls first",
        lawIds,
        LawRepository::provision);
  }

  Flux<LinkedProvision> findLinked(ProvisionLink link, Collection<Long> ownerIds) {
    return database
        .sql(
            "select x."
                + link.ownerColumn
                + " as owner_id, "
                + link.roleExpression
                + " as role, p.*, l.title as law_title from "
                + link.table
                + " x join legal_provision p on p.id = x.provision_id join law l on l.id = p.law_id"
                + " where x."
                + link.ownerColumn
                + " = any(:ids) order by owner_id, role desc nulls last, l.id, p.article,"
                + " p.paragraph nulls first, p.item nulls first")
        .bind("ids", Ids.array(ownerIds))
        .map(
            row ->
                new LinkedProvision(
                    Rows.id(row, "owner_id"), provision(row), Rows.optionalText(row, "role")))
        .all();
  }

  private static Law law(Readable row) {
    return new Law(
        Rows.id(row, "id"),
        Rows.text(row, "title"),
        Rows.enumValue(row, "kind", LawKind.class),
        Rows.text(row, "issuer"),
        Rows.date(row, "version_date"),
        Rows.optionalDate(row, "effective_from"),
        Rows.optionalDate(row, "effective_to"));
  }

  private static LegalProvision provision(Readable row) {
    return new LegalProvision(
        Rows.id(row, "id"),
        Rows.id(row, "law_id"),
        Rows.text(row, "law_title"),
        Rows.integer(row, "article"),
        Rows.optionalInteger(row, "paragraph"),
        Rows.optionalInteger(row, "item"),
        Rows.text(row, "text"));
  }
}
