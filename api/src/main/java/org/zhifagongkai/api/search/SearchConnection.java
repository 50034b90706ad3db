package org.zhifagongkai.api.search;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.paging.PageInfo;

/** A page of search results with exact totals and facet counts over every match. */
public record SearchConnection(
    List<Edge> edges,
    PageInfo pageInfo,
    int totalCount,
    List<Facet> facets,
    Interpretation interpretation) {

  public List<Object> nodes() {
    return edges.stream().map(Edge::node).toList();
  }

  /**
   * A found record (a PenaltyDecision, EnforcementItem, …), its score and highlighted fragments.
   */
  public record Edge(String cursor, Object node, double score, List<Highlight> highlights) {}

  /** Fragments of one field with the matched text between {@code <em>} and {@code </em>}. */
  public record Highlight(String field, List<String> fragments) {}

  /**
   * How the query was read: whether it had to be widened, which words the thesaurus added, and the
   * identifiers matched exactly.
   */
  public record Interpretation(
      boolean relaxed, List<String> expandedTerms, List<String> identifiers) {}

  /** Counts of one dimension's values among all matches. */
  public record Facet(String dimension, @Nullable String parent, List<FacetValue> values) {}

  /** A value, its human label and how many matches have it. */
  public record FacetValue(String value, String label, int count) {}
}
