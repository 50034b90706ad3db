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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.Bits;
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
  private final Analyzer indexed;
  private final Analyzer expanded;
  private @Nullable FacetState facetState;

  /** Facet ordinals of one reader; rebuilt when the searcher moves to a new reader. */
  private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  /**
   * @param analyzer reads queries
   * @param indexed read the records' text into the index, and again to highlight it
   * @param expanded reads queries with the thesaurus
   */
  Searches(SearcherManager searchers, Analyzer analyzer, Analyzer indexed, Analyzer expanded) {
    this.searchers = searchers;
    this.analyzer = analyzer;
    this.indexed = indexed;
    this.expanded = expanded;
  }

  SearchResult search(SearchRequest request, SearchWeights weights) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      Queries queries = new Queries(analyzer, expanded, weights);
      // A query naming a record that exists is answered strictly: that record, not every record
      // sharing a digit or a bigram of its number.
      Query identifiers = queries.identifiers(request);
      boolean identified = identifiers != null && matchesAny(searcher, identifiers);
      Queries.Built built = identified ? queries.identified(request) : queries.build(request);
      Query ranking = built.query();
      Query counting = built.count();
      SearchRequest.Answer answer = request.answer();
      // Only rescoring needs more than the page: without it, the first pass's order is the order.
      boolean windowed =
          request.ranked()
              && (request.after() == null
                  ? built.proximity() != null
                  : phase(request) == Ranked.WINDOW);
      // From the start, the page lies within the window (or is as long); after a cursor inside the
      // window, it may run up to a page past the window's end.
      int collect =
          !windowed
              ? request.first()
              : request.after() == null
                  ? Math.max(Rescoring.WINDOW_SIZE, request.first())
                  : Rescoring.WINDOW_SIZE + request.first();
      TopDocs top;
      Integer total = null;
      List<SearchResult.Facet> facets = List.of();
      if (answer.facetSize() > 0) {
        // One pass collects the page and every match's facet values, which also give the total.
        Object[] results =
            searcher.search(
                ranking,
                new MultiCollectorManager(
                    page(searcher, request, collect, windowed, Integer.MAX_VALUE),
                    new FacetsCollectorManager()));
        top = (TopDocs) results[0];
        total = Math.toIntExact(top.totalHits.value());
        facets = facets(searcher.getIndexReader(), (FacetsCollector) results[1], request);
      } else {
        // Counting apart from ranking lets ranking skip blocks that cannot reach the page.
        total = answer.total() ? searcher.count(counting) : null;
        top = searcher.search(ranking, page(searcher, request, collect, windowed, collect));
      }
      List<Ranked> page =
          windowed
              ? Rescoring.pageOf(searcher, top, built.proximity(), weights.proximity(), request)
              : Ranked.of(top, request.ranked() ? Ranked.TAIL : Ranked.DATE);
      boolean relaxed =
          answer.relaxed()
              && built.strict() != null
              && !matchesAny(searcher, built.strict())
              && (top.scoreDocs.length > 0 || request.after() != null);
      return new SearchResult(
          total,
          hits(searcher, ranking, page, request.ranked() && answer.highlight()),
          facets,
          relaxed,
          built.expandedTerms(),
          identified ? existing(searcher, queries, request) : List.of());
    } finally {
      searchers.release(searcher);
    }
  }

  private static int phase(SearchRequest request) {
    Object[] after = request.after();
    return after != null && after.length > 2 ? ((Number) after[2]).intValue() : Ranked.TAIL;
  }

  /**
   * Collects the first {@code size} hits after the request's cursor (none when {@code fromStart}),
   * counting matches exactly up to {@code countUpTo}.
   */
  private static TopFieldCollectorManager page(
      IndexSearcher searcher, SearchRequest request, int size, boolean fromStart, int countUpTo) {
    Sort sort = request.ranked() ? BY_RELEVANCE : BY_DATE;
    // Only the previous page's last hit ties on every sort value (the sort ends on a unique key);
    // the highest doc id makes paging skip it, wherever it now lies.
    FieldDoc after =
        fromStart || request.after() == null
            ? null
            : new FieldDoc(
                Math.max(0, searcher.getIndexReader().maxDoc() - 1),
                Float.NaN,
                new Object[] {request.after()[0], request.after()[1]});
    return new TopFieldCollectorManager(sort, size, after, countUpTo);
  }

  /** The request's keys that name a live record within its filters, in the request's order. */
  private static List<String> existing(
      IndexSearcher searcher, Queries queries, SearchRequest request) throws IOException {
    List<String> existing = new ArrayList<>();
    for (String key : request.keys()) {
      if (matchesAny(searcher, queries.key(request, key))) {
        existing.add(key);
      }
    }
    return existing;
  }

  /** Whether any live record matches, stopping at the first. */
  private static boolean matchesAny(IndexSearcher searcher, Query query) throws IOException {
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          return true;
        }
      }
    }
    return false;
  }

  private List<SearchHit> hits(
      IndexSearcher searcher, Query query, List<Ranked> page, boolean highlight)
      throws IOException {
    Map<String, String[]> highlights = Map.of();
    if (highlight && !page.isEmpty()) {
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, indexed)
              .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "…", true))
              .withMaxLength(20_000)
              .build();
      ScoreDoc[] docs =
          page.stream().map(r -> new ScoreDoc(r.doc(), r.score())).toArray(ScoreDoc[]::new);
      highlights =
          highlighter.highlightFields(
              HIGHLIGHTED,
              query,
              new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs),
              new int[] {1, 2});
    }
    List<SearchHit> hits = new ArrayList<>();
    String[] ids = HitIds.of(searcher, page.stream().mapToInt(Ranked::doc).toArray());
    for (int i = 0; i < page.size(); i++) {
      Ranked ranked = page.get(i);
      String id = ids[i];
      Map<String, List<String>> fragments = new LinkedHashMap<>();
      for (String field : HIGHLIGHTED) {
        String[] perDoc = highlights.get(field);
        if (perDoc != null && perDoc[i] != null && perDoc[i].contains("<em>")) {
          fragments.put(field, List.of(perDoc[i]));
        }
      }
      hits.add(new SearchHit(id, ranked.score(), fragments, ranked.sortValues()));
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
