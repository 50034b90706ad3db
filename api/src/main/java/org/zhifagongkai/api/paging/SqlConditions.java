package org.zhifagongkai.api.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/**
 * The {@code where} clause of a list query, built from optional filters with bound parameters only
 * (never concatenated values). Not thread-safe; build one per query.
 */
public final class SqlConditions {

  private final List<String> clauses = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /**
   * Adds {@code clause}, which uses the parameter {@code :name}, only when {@code value} is
   * present.
   */
  public SqlConditions whenPresent(String clause, String name, @Nullable Object value) {
    if (value != null) {
      clauses.add(clause);
      parameters.put(name, value);
    }
    return this;
  }

  /** Adds a clause without parameters. */
  public SqlConditions always(String clause) {
    return always(clause, Map.of());
  }

  /** Adds a clause with the parameters it uses. */
  public SqlConditions always(String clause, Map<String, Object> clauseParameters) {
    clauses.add(clause);
    parameters.putAll(clauseParameters);
    return this;
  }

  SqlConditions copy() {
    SqlConditions copy = new SqlConditions();
    copy.clauses.addAll(clauses);
    copy.parameters.putAll(parameters);
    return copy;
  }

  /** The clause, {@code " where …"}, or empty when there is no condition. */
  public String whereClause() {
    return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
  }

  /** Binds the parameters the conditions use to {@code spec}. */
  public GenericExecuteSpec bind(GenericExecuteSpec spec) {
    GenericExecuteSpec bound = spec;
    for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
      bound = bound.bind(parameter.getKey(), parameter.getValue());
    }
    return bound;
  }
}
