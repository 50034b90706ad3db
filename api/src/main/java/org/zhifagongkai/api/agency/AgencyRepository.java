package org.zhifagongkai.api.agency;

import io.r2dbc.spi.Readable;
import java.util.Collection;
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
class AgencyRepository {

  private static final Ordering<Agency> BY_ID = Ordering.by("a.id", Long.class, Agency::id);

  private final DatabaseClient database;
  private final Pager pager;

  AgencyRepository(DatabaseClient database, Pager pager) {
    this.database = database;
    this.pager = pager;
  }

  Flux<Agency> findByIds(Collection<Long> ids) {
    return Lookups.byIds(
        database, "select a.* from agency a where a.id = any(:ids)", ids, AgencyRepository::agency);
  }

  Mono<Connection<Agency>> page(
      AgencyFilter filter, @Nullable String regionPrefix, PageRequest request) {
    SqlConditions where =
        new SqlConditions()
            .whenPresent("a.region_code like :region || '%'", "region", regionPrefix)
            .whenPresent(
                "a.kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name())
            .whenPresent(
                "a.level = :level", "level", filter.level() == null ? null : filter.level().name())
            .whenPresent(
                "strpos(a.name, :name) > 0",
                "name",
                filter.nameContains() == null ? null : filter.nameContains().strip());
    return pager.page("a.*", "agency a", where, BY_ID, request, AgencyRepository::agency);
  }

  private static Agency agency(Readable row) {
    return new Agency(
        Rows.id(row, "id"),
        Rows.text(row, "name"),
        Rows.optionalText(row, "credit_code"),
        Rows.text(row, "region_code"),
        Rows.enumValue(row, "level", AgencyLevel.class),
        Rows.enumValue(row, "kind", AgencyKind.class),
        Rows.optionalId(row, "parent_id"),
        new Agency.ComplaintChannel(
            Rows.optionalText(row, "complaint_phone"),
            Rows.optionalText(row, "complaint_address"),
            Rows.optionalText(row, "complaint_email")));
  }
}
