package org.zhifagongkai.api.paging;

import io.r2dbc.spi.Readable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Runs keyset-paged list queries and wraps their rows into connections. */
@Component
public class Pager {

  private final DatabaseClient database;

  public Pager(DatabaseClient database) {
    this.database = database;
  }

  /**
   * Lists one page.
   *
   * @param columns the select list, such as {@code r.*}
   * @param from the from clause, such as {@code region r}
   */
  public <T> Mono<Connection<T>> page(
      String columns,
      String from,
      SqlConditions conditions,
      Ordering<T> ordering,
      PageRequest request,
      Function<Readable, T> mapper) {
    SqlConditions pageConditions = conditions.copy();
    if (request.after() != null) {
      List<Object> after = Cursors.decode(ordering, request.after());
      List<String> placeholders = new ArrayList<>();
      Map<String, Object> values = new LinkedHashMap<>();
      for (int i = 0; i < after.size(); i++) {
        placeholders.add(":after" + i);
        values.put("after" + i, after.get(i));
      }
      pageConditions.always(
          "("
              + String.join(", ", ordering.keys().stream().map(Ordering.Key::expression).toList())
              + ") "
              + (ordering.descending() ? "<" : ">")
              + " ("
              + String.join(", ", placeholders)
              + ")",
          values);
    }
    String sql =
        "select "
            + columns
            + " from "
            + from
            + pageConditions.whereClause()
            + " order by "
            + ordering.orderByClause()
            + " limit "
            + (request.first() + 1);
    Mono<Integer> totalCount =
        conditions
            .bind(database.sql("select count(*) from " + from + conditions.whereClause()))
            .map(row -> row.get(0, Long.class))
            .one()
            .map(Long::intValue);
    return pageConditions
        .bind(database.sql(sql))
        .map(mapper)
        .all()
        .collectList()
        .map(rows -> connection(rows, ordering, request, totalCount));
  }

  private static <T> Connection<T> connection(
      List<T> rows, Ordering<T> ordering, PageRequest request, Mono<Integer> totalCount) {
    boolean hasNext = rows.size() > request.first();
    List<Connection.Edge<T>> edges =
        rows.subList(0, Math.min(rows.size(), request.first())).stream()
            .map(row -> new Connection.Edge<>(Cursors.encode(ordering, row), row))
            .toList();
    PageInfo pageInfo =
        new PageInfo(
            hasNext,
            request.after() != null,
            edges.isEmpty() ? null : edges.getFirst().cursor(),
            edges.isEmpty() ? null : edges.getLast().cursor());
    return new Connection<>(edges, pageInfo, totalCount);
  }
}
