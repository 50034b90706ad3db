package org.zhifagongkai.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What to look for. Without text (null or blank) and keys, every record matching the filters is
 * listed, newest first; otherwise records are ranked by relevance.
 *
 * @param keys exact identifier keys found in the text; a match ranks far above any text match
 * @param citations normalised citations found in the text
 * @param filters for some dimensions, the value a record must have (for the region, any code on its
 *     path)
 * @param after the sort values of the last hit of the previous page, as {@link
 *     SearchHit#sortValues()}
 * @param expand for some dimensions, the path whose children to count (the root when absent)
 * @param answer which costly parts of the answer to compute beside the page of hits
 * @param besideKeys the text without the identifiers found in it: when one of them names a record,
 *     only this is searched beside them, strictly (null when nothing is left)
 */
public record SearchRequest(
    @Nullable String text,
    Set<String> keys,
    Set<String> citations,
    Map<String, String> filters,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    int first,
    Object @Nullable [] after,
    Map<String, List<String>> expand,
    Answer answer,
    @Nullable String besideKeys) {

  /** A request whose whole text is searched beside its keys. */
  public SearchRequest(
      @Nullable String text,
      Set<String> keys,
      Set<String> citations,
      Map<String, String> filters,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      int first,
      Object @Nullable [] after,
      Map<String, List<String>> expand,
      Answer answer) {
    this(text, keys, citations, filters, from, to, first, after, expand, answer, text);
  }

  /**
   * The parts of an answer that cost a pass over every match or a re-analysis of the hits.
   *
   * @param total whether to count every match
   * @param facetSize how many values to count per dimension; 0 for no facets (facets count every
   *     match, so they also give the total)
   * @param highlight whether to mark the matched text in fragments
   * @param relaxed whether to tell if the strict reading found nothing (another pass over it)
   */
  public record Answer(boolean total, int facetSize, boolean highlight, boolean relaxed) {

    public static final Answer PAGE_ONLY = new Answer(false, 0, false, false);

    /** An answer that tells whether the query was widened. */
    public Answer(boolean total, int facetSize, boolean highlight) {
      this(total, facetSize, highlight, true);
    }
  }

  public boolean ranked() {
    return (text != null && !text.isBlank()) || !keys.isEmpty() || !citations.isEmpty();
  }
}
