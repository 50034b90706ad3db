package org.zhifagongkai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Builds the Lucene query for a request. Exact keys outrank citations, which outrank text; text
 * matches whole words (SmartChinese) and contiguous fragments (bigram phrases), titles above
 * bodies.
 */
final class Queries {

  private final QueryBuilder builder;
  private final SearchWeights weights;

  Queries(Analyzer perField, SearchWeights weights) {
    this.builder = new QueryBuilder(perField);
    this.weights = weights;
  }

  Query build(SearchRequest request) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    if (request.ranked()) {
      BooleanQuery.Builder match = new BooleanQuery.Builder();
      request
          .keys()
          .forEach(k -> match.add(constant(SearchFields.KEY, k, weights.key()), Occur.SHOULD));
      request
          .citations()
          .forEach(
              c -> match.add(constant(SearchFields.CITATION, c, weights.citation()), Occur.SHOULD));
      Query text = text(request.text());
      if (text != null) {
        match.add(text, Occur.SHOULD);
      }
      query.add(match.setMinimumNumberShouldMatch(1).build(), Occur.MUST);
    } else {
      query.add(MatchAllDocsQuery.INSTANCE, Occur.MUST);
    }
    for (Map.Entry<String, String> filter : request.filters().entrySet()) {
      query.add(
          new TermQuery(new Term(SearchFields.filterField(filter.getKey()), filter.getValue())),
          Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE + 1 : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      query.add(LongPoint.newRangeQuery(SearchFields.DATE, from, to), Occur.FILTER);
    }
    return query.build();
  }

  private static Query constant(String field, String value, float boost) {
    return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, value))), boost);
  }

  private @Nullable Query text(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    List<Query> best = new ArrayList<>();
    add(best, builder.createPhraseQuery(SearchFields.TITLE_BIGRAMS, text), weights.titlePhrase());
    add(best, builder.createPhraseQuery(SearchFields.BODY_BIGRAMS, text), weights.bodyPhrase());
    add(
        best,
        builder.createMinShouldMatchQuery(SearchFields.TITLE_WORDS, text, 1f),
        weights.titleWords());
    add(
        best,
        builder.createMinShouldMatchQuery(SearchFields.BODY_WORDS, text, 1f),
        weights.bodyWords());
    add(best, loose(SearchFields.BODY_BIGRAMS, text), weights.bodyBigrams());
    return best.isEmpty() ? null : new DisjunctionMaxQuery(best, 0.1f);
  }

  /**
   * Bigrams in any order: at least half of the query's, and at least two, so that a reworded phrase
   * (违规停放车辆 for 违规停车) still matches while a two-character overlap alone does not.
   */
  private @Nullable Query loose(String field, String text) {
    Query query = builder.createBooleanQuery(field, text, Occur.SHOULD);
    if (!(query instanceof BooleanQuery bool)) {
      return query;
    }
    int clauses = bool.clauses().size();
    int needed = Math.max(Math.min(2, clauses), (clauses + 1) / 2);
    BooleanQuery.Builder loose = new BooleanQuery.Builder().setMinimumNumberShouldMatch(needed);
    bool.clauses().forEach(loose::add);
    return loose.build();
  }

  private static void add(List<Query> best, @Nullable Query query, float boost) {
    if (query != null && boost > 0) {
      best.add(new BoostQuery(query, boost));
    }
  }
}
