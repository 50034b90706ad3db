package org.zhifagongkai.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.jspecify.annotations.Nullable;

/**
 * Reorders the first hundred hits by how close the query's parts stand in each record (Lucene's
 * {@link QueryRescorer}); hits after them keep the first pass's order. The order shown is the
 * rescored window, then the rest, and cursors follow it.
 */
final class Rescoring {

  /** How many of the first pass's best hits are rescored. */
  static final int WINDOW_SIZE = 100;

  private static final Comparator<Ranked> BEST_FIRST =
      Comparator.comparing(Ranked::sortScore).thenComparing(Ranked::key).reversed();

  private Rescoring() {}

  /**
   * The page after the request's cursor (from the start without one), from hits collected from the
   * start: the window's, then the next ones.
   */
  static List<Ranked> pageOf(
      IndexSearcher searcher,
      TopDocs top,
      @Nullable Query proximity,
      float weight,
      SearchRequest request)
      throws IOException {
    int window = Math.min(WINDOW_SIZE, top.scoreDocs.length);
    List<Ranked> order = rescored(searcher, top, window, proximity, weight);
    for (int i = window; i < top.scoreDocs.length; i++) {
      FieldDoc doc = (FieldDoc) top.scoreDocs[i];
      order.add(Ranked.ranked(doc.doc, (Float) doc.fields[0], (Long) doc.fields[1], Ranked.TAIL));
    }
    int start = 0;
    Object[] after = request.after();
    if (after != null) {
      float score = ((Number) after[0]).floatValue();
      long key = ((Number) after[1]).longValue();
      while (start < window && !order.get(start).after(score, key)) {
        start++;
      }
    }
    return order.subList(start, Math.min(order.size(), start + request.first()));
  }

  private static List<Ranked> rescored(
      IndexSearcher searcher, TopDocs top, int window, @Nullable Query proximity, float weight)
      throws IOException {
    Map<Integer, Long> keys = new HashMap<>();
    ScoreDoc[] first = new ScoreDoc[window];
    for (int i = 0; i < window; i++) {
      FieldDoc doc = (FieldDoc) top.scoreDocs[i];
      keys.put(doc.doc, (Long) doc.fields[1]);
      first[i] = new ScoreDoc(doc.doc, (Float) doc.fields[0]);
    }
    ScoreDoc[] scored =
        proximity == null || window < 2
            ? first
            : QueryRescorer.rescore(
                    searcher,
                    new TopDocs(new TotalHits(window, TotalHits.Relation.EQUAL_TO), first),
                    proximity,
                    weight,
                    window)
                .scoreDocs;
    List<Ranked> order = new ArrayList<>();
    for (ScoreDoc doc : scored) {
      order.add(Ranked.ranked(doc.doc, doc.score, keys.get(doc.doc), Ranked.WINDOW));
    }
    order.sort(BEST_FIRST);
    return order;
  }
}
