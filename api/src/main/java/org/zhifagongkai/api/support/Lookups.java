package org.zhifagongkai.api.support;

import io.r2dbc.spi.Readable;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.graphql.PortalException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The two lookups every feature makes: rows by a set of ids, and one record by its public id. */
public final class Lookups {

  private Lookups() {}

  /** Runs {@code sql}, whose only parameter is {@code :ids} (as in {@code id = any(:ids)}). */
  public static <T> Flux<T> byIds(
      DatabaseClient database, String sql, Collection<Long> ids, Function<Readable, T> mapper) {
    return database.sql(sql).bind("ids", Ids.array(ids)).map(mapper).all();
  }

  /**
   * The record with the GraphQL id {@code id}, found by {@code find}; a NOT_FOUND error naming the
   * kind of record ({@code 执法主体} / {@code enforcement body}) when there is none.
   */
  public static <T> Mono<T> one(
      String id, String kindZh, String kindEn, Function<Collection<Long>, Flux<T>> find) {
    long key = Ids.parse(id, kindZh, kindEn);
    return find.apply(List.of(key))
        .next()
        .switchIfEmpty(Mono.error(() -> PortalException.notFound(kindZh, kindEn, id)));
  }
}
