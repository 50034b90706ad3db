package org.zhifagongkai.api.paging;

import java.util.List;
import java.util.function.UnaryOperator;
import reactor.core.publisher.Mono;

/**
 * One page of a Relay connection. {@code totalCount} is a cold query, run only when a client
 * selects it.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Mono<Integer> totalCount) {

  public List<T> nodes() {
    return edges.stream().map(Edge::node).toList();
  }

  /** The same page with each item replaced by {@code change} of it; cursors stay. */
  public Connection<T> map(UnaryOperator<T> change) {
    return new Connection<>(
        edges.stream().map(e -> new Edge<>(e.cursor(), change.apply(e.node()))).toList(),
        pageInfo,
        totalCount);
  }

  /** An item and the cursor that continues after it. */
  public record Edge<T>(String cursor, T node) {}
}
