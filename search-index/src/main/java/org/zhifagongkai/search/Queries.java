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

  /**
   * Weights of the parts of a query; exposed so that the relevance evaluation can compare choices.
   */
  record Weights(
      float key,
      float citation,
      float titlePhrase,
      float bodyPhrase,
      float titleWords,
      float bodyWords,
      float bodyBigrams) {

    static final Weights DEFAULT = new Weights(100f, 20f, 6f, 3f, 3f, 1f, 0.5f);
  }

  private final QueryBuilder words;
  private final QueryBuilder bigrams;
  private final Weights weights;

  Queries(Analyzer perField, Weights weights) {
    this.words = new QueryBuilder(perField);
    this.bigrams = new QueryBuilder(perField);
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
    add(best, bigrams.createPhraseQuery(SearchFields.TITLE_BIGRAMS, text), weights.titlePhrase());
    add(best, bigrams.createPhraseQuery(SearchFields.BODY_BIGRAMS, text), weights.bodyPhrase());
    add(
        best,
        words.createMinShouldMatchQuery(SearchFields.TITLE_WORDS, text, 1f),
        weights.titleWords());
    add(
        best,
        words.createMinShouldMatchQuery(SearchFields.BODY_WORDS, text, 1f),
        weights.bodyWords());
    add(
        best,
        bigrams.createMinShouldMatchQuery(SearchFields.BODY_BIGRAMS, text, 0.75f),
        weights.bodyBigrams());
    return best.isEmpty() ? null : new DisjunctionMaxQuery(best, 0.1f);
  }

  private static void add(List<Query> best, @Nullable Query query, float boost) {
    if (query != null) {
      best.add(new BoostQuery(query, boost));
    }
  }
}
