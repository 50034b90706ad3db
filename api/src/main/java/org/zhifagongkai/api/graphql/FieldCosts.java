package org.zhifagongkai.api.graphql;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.paging.PageRequest;

/**
 * What one selection of a field costs, and how many items a list field yields, for {@link
 * QueryShape}. The rules, in the manner of GitHub's and Shopify's APIs:
 *
 * <ul>
 *   <li>a scalar or enum costs 0, except a connection's {@code totalCount} (a count query, 1);
 *   <li>an object costs 1, and so does each object of a list;
 *   <li>a list yields its {@code first} items (at most 100), or 100 when it takes no {@code first};
 *       a connection's {@code edges} and {@code nodes} yield the connection's {@code first}, or 20;
 *       the change feed's pages are larger: at most 1,000, and 100 without {@code first};
 *   <li>{@code search} weighs 10 (a Lucene query over every kind of record) and {@code facets} 10
 *       (counting every match in seven dimensions);
 *   <li>lists the portal bounds itself yield their bound: 2 highlights per hit, 7 facets, 50 values
 *       per facet, 3 keys per statistics group.
 * </ul>
 */
final class FieldCosts {

  /** The length assumed for a list that takes no {@code first}. */
  static final int UNBOUNDED_LIST = 100;

  private static final Map<String, Long> WEIGHTS =
      Map.of(
          "Query.search", 10L,
          "SearchConnection.facets", 10L);

  private static final Map<String, Integer> LIST_SIZES =
      Map.of(
          "SearchEdge.highlights", 2, // title and body
          "SearchConnection.facets", 7, // the dimensions of SearchFields.DIMENSIONS
          "SearchFacet.values", 50, // SearchService.FACET_SIZE
          "PenaltyStatisticsGroup.keys", 3); // StatisticsService.MAX_DIMENSIONS

  /** Connections whose pages differ from {@link PageRequest}'s: their default and maximum. */
  private static final Map<String, int[]> PAGE_SIZES =
      Map.of("DecisionChangeConnection", new int[] {100, 1000}); // ChangeFeedService

  private FieldCosts() {}

  /** Whether objects of this type are pages of a Relay connection. */
  static boolean isConnection(String typeName) {
    return typeName.endsWith("Connection");
  }

  /** The cost of one selection of {@code type.field}, before multiplying by the lists above it. */
  static long weight(String type, String field, boolean leaf) {
    if (leaf) {
      return field.equals("totalCount") && isConnection(type) ? 1 : 0;
    }
    return WEIGHTS.getOrDefault(type + "." + field, 1L);
  }

  /**
   * How many items the list field {@code type.field} yields at most.
   *
   * @param connectionFirst the {@code first} of the connection {@code type} is a page of, if any
   * @param first the field's own {@code first}, null when absent or not an argument of the field
   */
  static int listSize(
      String type, String field, @Nullable Object connectionFirst, @Nullable Object first) {
    Integer bound = LIST_SIZES.get(type + "." + field);
    if (bound != null) {
      return bound;
    }
    if (isConnection(type) && (field.equals("edges") || field.equals("nodes"))) {
      int[] sizes = PAGE_SIZES.get(type);
      return sizes == null
          ? pageSize(connectionFirst, PageRequest.DEFAULT_SIZE, PageRequest.MAX_SIZE)
          : pageSize(connectionFirst, sizes[0], sizes[1]);
    }
    return pageSize(first, UNBOUNDED_LIST, PageRequest.MAX_SIZE);
  }

  /** A page size as the list will honour it: sizes beyond the maximum are refused by the field. */
  private static int pageSize(@Nullable Object first, int absent, int max) {
    if (!(first instanceof Number number)) {
      return absent;
    }
    return Math.clamp(number.longValue(), 0, max);
  }
}
