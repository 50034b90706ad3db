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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/** Runs requests against the current searcher: hits, exact totals and facets in one pass. */
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
      Sort sort = request.ranked() ? BY_RELEVANCE : BY_DATE;
      FacetsCollectorManager facets = new FacetsCollectorManager(true);
      FacetsCollectorManager.FacetsResult result =
          request.after() == null
              ? FacetsCollectorManager.search(searcher, query, request.first(), sort, true, facets)
              : FacetsCollectorManager.searchAfter(
                  searcher,
                  // Only the previous page's last hit ties on every sort value (the sort ends on a
                  // unique key); the highest doc id makes paging skip it, wherever it now lies.
                  new FieldDoc(
                      Math.max(0, searcher.getIndexReader().maxDoc() - 1),
                      Float.NaN,
                      request.after()),
                  query,
                  request.first(),
                  sort,
                  true,
                  facets);
      TopDocs top = result.topDocs();
      FacetsCollector collector = result.facetsCollector();
      int total =
          collector.getMatchingDocs().stream()
              .mapToInt(FacetsCollector.MatchingDocs::totalHits)
              .sum();
      return new SearchResult(
          total,
          hits(searcher, query, top, request.ranked() && request.highlight(), request.ranked()),
          facets(searcher.getIndexReader(), collector, request));
    } finally {
      searchers.release(searcher);
    }
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
      hits.add(new SearchHit(id, ranked ? doc.score : 0f, fragments, sortValues));
    }
    return hits;
  }

  private List<SearchResult.Facet> facets(
      IndexReader reader, FacetsCollector collector, SearchRequest request) throws IOException {
    if (request.facetSize() <= 0 || reader.numDocs() == 0) {
      return List.of();
    }
    SortedSetDocValuesFacetCounts counts =
        new SortedSetDocValuesFacetCounts(state(reader), collector);
    List<SearchResult.Facet> facets = new ArrayList<>();
    for (String dimension : SearchFields.DIMENSIONS) {
      List<String> path = request.expand().getOrDefault(dimension, List.of());
      FacetResult result;
      try {
        result = counts.getTopChildren(request.facetSize(), dimension, path.toArray(String[]::new));
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
