package org.zhifagongkai.api.sample;

import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes tables with multi-row inserts of bound parameters, a few hundred rows a statement, staying
 * well under PostgreSQL's limit of 65,535 parameters a statement.
 */
@Component
class TableWriter {

  private static final int MAX_PARAMETERS = 20_000;

  private final DatabaseClient database;

  TableWriter(DatabaseClient database) {
    this.database = database;
  }

  Mono<Void> write(Table table) {
    int rowsPerStatement = Math.max(1, MAX_PARAMETERS / table.columns().size());
    List<List<@Nullable Object[]>> chunks = new ArrayList<>();
    for (int start = 0; start < table.size(); start += rowsPerStatement) {
      chunks.add(table.rows().subList(start, Math.min(table.size(), start + rowsPerStatement)));
    }
    return Flux.fromIterable(chunks).concatMap(chunk -> insert(table, chunk)).then();
  }

  private Mono<Long> insert(Table table, List<@Nullable Object[]> rows) {
    int width = table.columns().size();
    StringBuilder sql =
        new StringBuilder("insert into ")
            .append(table.name())
            .append(" (")
            .append(String.join(", ", table.columns().stream().map(Table.Column::name).toList()))
            .append(") values ");
    for (int r = 0; r < rows.size(); r++) {
      sql.append(r == 0 ? "(" : ", (");
      for (int c = 0; c < width; c++) {
        sql.append(c == 0 ? "$" : ", $").append(r * width + c + 1);
      }
      sql.append(')');
    }
    // Bound on the driver's statement: DatabaseClient copies its bindings on every bind, which is
    // quadratic for thousands of parameters. inConnection keeps the surrounding transaction.
    return database.inConnection(
        connection -> {
          Statement statement = connection.createStatement(sql.toString());
          for (int r = 0; r < rows.size(); r++) {
            Object[] row = rows.get(r);
            for (int c = 0; c < width; c++) {
              int index = r * width + c;
              if (row[c] == null) {
                statement.bindNull(index, table.columns().get(c).type());
              } else {
                statement.bind(index, row[c]);
              }
            }
          }
          return Flux.from(statement.execute())
              .flatMap(Result::getRowsUpdated)
              .reduce(0L, Long::sum);
        });
  }
}
