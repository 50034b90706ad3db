package org.zhifagongkai.search;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of hits, the exact number of matches (null when not asked for), facet counts over all
 * matches, and how the text was read.
 *
 * @param relaxed no record matches the text as typed (its phrase, every word or half its bigrams):
 *     the hits match only some of its words or the thesaurus's
 * @param expandedTerms the thesaurus's words searched beside those typed
 * @param identifiers the request's keys that name a live record within the filters: of the
 *     candidates read from a typed number, the ones that exist
 */
public record SearchResult(
    @Nullable Integer totalHits,
    List<SearchHit> hits,
    List<Facet> facets,
    boolean relaxed,
    List<String> expandedTerms,
    List<String> identifiers) {

  /** The counts of one dimension's values (children of the expanded path). */
  public record Facet(String dimension, List<String> path, List<Count> counts) {}

  /** A value and how many matching records have it. */
  public record Count(String value, int count) {}
}
