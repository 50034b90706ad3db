package org.zhifagongkai.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/**
 * Runs requests against the current searcher: a page of hits, with exact totals and facets from the
 * same pass when asked for; without them, ranking skips what cannot reach the page.
 */
final class Searches {

  private static final Sort BY_RELEVANCE =
      new Sort(
          SortField.FIELD_SCORE, new SortField(SearchFields.SORT_KEY, SortField.Type.LONG, true));
  private static final Sort BY_DATE =
      new Sort(
          new SortField(SearchFields.DATE, SortField.Type.LONG, true),
          new SortField(SearchFields.SORT_KEY, SortField.Type.LONG, true));
  private static final String[] HIGHLIGHTED = {
    SearchFields.TITLE_BIGRAMS, SearchFields.BODY_BIGRAMS
  };

  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private @Nullable FacetState facetState;

  /** Facet ordinals of one reader; rebuilt when the searcher moves to a new reader. */
  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  Searches(SearcherManager searchers, Analyzer analyzer) {
    this.searchers = searchers;
    this.analyzer = analyzer;
  }

  SearchResult search(SearchRequest request, SearchWeights weights) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      Query query = new Queries(analyzer, weights).build(request);
      SearchRequest.Answer answer = request.answer();
      TopDocs top;
      Integer total = null;
      List<SearchResult.Facet> facets = List.of();
      if (answer.facetSize() > 0) {
        // One pass collects the page and every match's facet values, which also give the total.
        Object[] results =
            searcher.search(
                query,
                new MultiCollectorManager(
                    page(searcher, request, Integer.MAX_VALUE), new FacetsCollectorManager()));
        top = (TopDocs) results[0];
        FacetsCollector collector = (FacetsCollector) results[1];
        total = Math.toIntExact(top.totalHits.value());
        facets = facets(searcher.getIndexReader(), collector, request);
      } else if (answer.total()) {
        top = searcher.search(query, page(searcher, request, Integer.MAX_VALUE));
        total = Math.toIntExact(top.totalHits.value());
      } else {
        // Counting stops at the page, so ranking may skip blocks that cannot reach it.
        top = searcher.search(query, page(searcher, request, request.first()));
      }
      return new SearchResult(
          total,
          hits(searcher, query, top, request.ranked() && answer.highlight(), request.ranked()),
          facets);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Collects one page, counting matches exactly up to {@code countUpTo}. */
  private static TopFieldCollectorManager page(
      IndexSearcher searcher, SearchRequest request, int countUpTo) {
    Sort sort = request.ranked() ? BY_RELEVANCE : BY_DATE;
    // Only the previous page's last hit ties on every sort value (the sort ends on a unique key);
    // the highest doc id makes paging skip it, wherever it now lies.
    FieldDoc after =
        request.after() == null
            ? null
            : new FieldDoc(
                Math.max(0, searcher.getIndexReader().maxDoc() - 1), Float.NaN, request.after());
    return new TopFieldCollectorManager(sort, request.first(), after, countUpTo);
  }

  private List<SearchHit> hits(
      IndexSearcher searcher, Query query, TopDocs top, boolean highlight, boolean ranked)
      throws IOException {
    Map<String, String[]> highlights = Map.of();
    if (highlight && top.scoreDocs.length > 0) {
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, analyzer)
              .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
              .withMaxLength(20_000)
              .build();
      highlights = highlighter.highlightFields(HIGHLIGHTED, query, top, new int[] {1, 2});
    }
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc doc = top.scoreDocs[i];
      String id = searcher.storedFields().document(doc.doc).get(SearchFields.ID);
      Map<String, List<String>> fragments = new LinkedHashMap<>();
      for (String field : HIGHLIGHTED) {
        String[] perDoc = highlights.get(field);
        if (perDoc != null && perDoc[i] != null && perDoc[i].contains("<em>")) {
          fragments.put(field, List.of(perDoc[i]));
        }
      }
      Object[] sortValues = ((FieldDoc) doc).fields;
      float score = ranked ? (Float) sortValues[0] : 0f; // the relevance sort's first value
      hits.add(new SearchHit(id, score, fragments, sortValues));
    }
    return hits;
  }

  private List<SearchResult.Facet> facets(
      IndexReader reader, FacetsCollector collector, SearchRequest request) throws IOException {
    if (reader.numDocs() == 0) {
      return List.of();
    }
    SortedSetDocValuesFacetCounts counts =
        new SortedSetDocValuesFacetCounts(state(reader), collector);
    List<SearchResult.Facet> facets = new ArrayList<>();
    for (String dimension : SearchFields.DIMENSIONS) {
      List<String> path = request.expand().getOrDefault(dimension, List.of());
      FacetResult result;
      try {
        result =
            counts.getTopChildren(
                request.answer().facetSize(), dimension, path.toArray(String[]::new));
      } catch (IllegalArgumentException noSuchDimension) {
        result = null; // no document has this dimension yet
      }
      List<SearchResult.Count> values = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue value : result.labelValues) {
          values.add(new SearchResult.Count(value.label, value.value.intValue()));
        }
      }
      facets.add(new SearchResult.Facet(dimension, path, values));
    }
    return facets;
  }

  private synchronized SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
    if (facetState == null || facetState.reader() != reader) {
      facetState =
          new FacetState(
              reader,
              new DefaultSortedSetDocValuesReaderState(reader, SearchFields.facetsConfig()));
    }
    return facetState.state();
  }
}
