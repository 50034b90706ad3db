package org.zhifagongkai.api.opendata;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.zhifagongkai.api.paging.SqlConditions;
import reactor.core.publisher.Mono;

/**
 * A dataset published whole: what a row is, how it is selected, and which query parameters filter
 * it. The conditions are the listing's own, so an export holds exactly what the API lists.
 *
 * @param name the file name's stem ({@code penalty-decisions})
 * @param from the SQL {@code from} clause, with the alias the conditions use
 * @param order a total order, so that two exports of the same data are identical
 * @param conditions the listing's conditions for the given parameters, or a coded error
 */
record OpenDataset(
    String name,
    String titleZh,
    String titleEn,
    String descriptionZh,
    List<String> keywords,
    String from,
    String order,
    List<Column> columns,
    Set<String> parameters,
    Function<ExportParameters, Mono<SqlConditions>> conditions) {

  String sql(SqlConditions where) {
    String select = String.join(", ", columns.stream().map(Column::selected).toList());
    return "select " + select + " from " + from + where.whereClause() + " order by " + order;
  }
}
