package org.zhifagongkai.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of hits, the exact number of matches (null when not asked for), and facet counts over all
 * matches.
 */
public record SearchResult(@Nullable Integer totalHits, List<SearchHit> hits, List<Facet> facets) {

  /** The counts of one dimension's values (children of the expanded path). */
  public record Facet(String dimension, List<String> path, List<Count> counts) {}

  /** A value and how many matching records have it. */
  public record Count(String value, int count) {}
}
