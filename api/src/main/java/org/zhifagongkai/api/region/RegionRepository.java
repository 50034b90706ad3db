package org.zhifagongkai.api.region;

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
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class RegionRepository {

  private static final Ordering<Region> BY_CODE = Ordering.by("r.code", String.class, Region::code);

  private final DatabaseClient database;
  private final Pager pager;

  RegionRepository(DatabaseClient database, Pager pager) {
    this.database = database;
    this.pager = pager;
  }

  Flux<Region> findByCodes(Collection<String> codes) {
    return database
        .sql("select r.* from region r where r.code = any(:codes)")
        .bind("codes", codes.toArray(String[]::new))
        .map(RegionRepository::region)
        .all();
  }

  Flux<Region> findChildren(Collection<String> parentCodes) {
    return database
        .sql("select r.* from region r where r.parent_code = any(:codes) order by r.code")
        .bind("codes", parentCodes.toArray(String[]::new))
        .map(RegionRepository::region)
        .all();
  }

  Flux<Region> findProvinces() {
    return database
        .sql("select r.* from region r where r.parent_code is null order by r.code")
        .map(RegionRepository::region)
        .all();
  }

  Mono<Connection<Region>> page(
      @Nullable String parentCode, @Nullable RegionLevel level, PageRequest request) {
    SqlConditions where =
        new SqlConditions()
            .whenPresent("r.parent_code = :parent", "parent", parentCode)
            .whenPresent("r.level = :level", "level", level == null ? null : level.name());
    return pager.page("r.*", "region r", where, BY_CODE, request, RegionRepository::region);
  }

  private static Region region(Readable row) {
    return new Region(
        Rows.text(row, "code"),
        Rows.text(row, "name"),
        Rows.enumValue(row, "level", RegionLevel.class),
        Rows.optionalText(row, "parent_code"),
        Rows.text(row, "revision"));
  }
}
