package org.zhifagongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Builds the Lucene queries for a request. Exact keys outrank citations, which outrank text. Text
 * is read strictly (the phrase, every word, half the bigrams; titles above bodies), then through
 * the thesaurus, then as any of its words: the union is ranked, so a record worded differently is
 * still found, below those that say what was typed.
 */
final class Queries {

  /** How far apart, in bigrams, the query's parts may stand to count as near each other. */
  private static final int PROXIMITY_SLOP = 12;

  /** How many bigrams beside a lone character a phrase reads at most. */
  private static final int NEIGHBOURS = 4_096;

  private final QueryBuilder builder;
  private final Analyzer expanded;
  private final SearchWeights weights;

  /**
   * The queries for one request.
   *
   * @param query what to rank: the union
   * @param count what matches the same records as {@code query}, cheaper to count: without the
   *     strict reading when the union's any-word clauses already hold everything it matches
   * @param strict the request read strictly, to tell whether the union widened it; null when
   *     nothing is ranked
   * @param proximity what rescores the first hits; null when the text has fewer than two bigrams
   * @param expandedTerms the thesaurus's words added to the text
   */
  record Built(
      Query query,
      Query count,
      @Nullable Query strict,
      @Nullable Query proximity,
      List<String> expandedTerms) {}

  Queries(Analyzer perField, Analyzer expanded, SearchWeights weights) {
    this.builder = new QueryBuilder(perField);
    this.expanded = expanded;
    this.weights = weights;
  }

  Built build(SearchRequest request) {
    if (!request.ranked()) {
      Query all = filtered(MatchAllDocsQuery.INSTANCE, request);
      return new Built(all, all, null, null, List.of());
    }
    List<Query> exact = exact(request);
    String text = request.text();
    List<Query> strict = new ArrayList<>(exact);
    List<Query> union = new ArrayList<>(exact);
    List<Query> matching = new ArrayList<>(exact);
    List<String> expandedTerms = List.of();
    Query proximity = null;
    if (text != null && !text.isBlank()) {
      Query literal = literal(text);
      Map<String, Expansions.Expansion> added =
          weights.expansion() > 0 ? Expansions.of(text, builder.getAnalyzer(), expanded) : Map.of();
      expandedTerms = List.copyOf(added.keySet());
      Query synonyms = synonyms(added.values());
      Query anyBigram = oneCharacter(text);
      anyBigram =
          anyBigram != null
              ? anyBigram
              : any(SearchFields.TITLE_BIGRAMS, SearchFields.BODY_BIGRAMS, text);
      Query anyWord = any(SearchFields.TITLE_WORDS, SearchFields.BODY_WORDS, text);
      Query withinRuns = weights.withinRuns() > 0 ? withinRuns(text) : null;
      add(strict, literal, 1f);
      add(union, literal, 1f);
      add(union, synonyms, weights.expansion());
      add(union, anyBigram, weights.anyBigrams());
      add(union, anyWord, weights.anyWords());
      add(union, withinRuns, weights.withinRuns());
      // Every strict match has one of the text's bigrams or words: the any-clauses cover it.
      boolean covered = weights.anyBigrams() > 0 && weights.anyWords() > 0;
      add(matching, covered ? null : literal, 1f);
      add(matching, synonyms, weights.expansion() > 0 ? 1f : 0f);
      add(matching, anyBigram, weights.anyBigrams() > 0 ? 1f : 0f);
      // Not only the words beyond the bigrams: the segmenter joins a word over a line break or a
      // space, where the bigrams stop, so a record may hold the word without any of its bigrams.
      add(matching, anyWord, weights.anyWords() > 0 ? 1f : 0f);
      add(matching, withinRuns, 1f);
      proximity = weights.proximity() > 0 ? proximity(text) : null;
    }
    return new Built(
        filtered(either(union), request),
        filtered(either(matching), request),
        strict.isEmpty() ? null : filtered(either(strict), request),
        proximity,
        expandedTerms);
  }

  /** The identifiers and citations a request names, alone; null when it names none. */
  @Nullable Query identifiers(SearchRequest request) {
    List<Query> exact = exact(request);
    return exact.isEmpty() ? null : filtered(either(exact), request);
  }

  /** One key alone, within the request's filters. */
  Query key(SearchRequest request, String key) {
    return filtered(constant(SearchFields.KEY, key), request);
  }

  /**
   * The answer when an identifier names a record: the identifiers, with the rest of the text read
   * strictly, not widened.
   */
  Built identified(SearchRequest request) {
    List<Query> answer = exact(request);
    String beside = request.besideKeys();
    add(answer, beside == null || beside.isBlank() ? null : literal(beside), 1f);
    // A record whose text says the identifier as typed (a later decision citing 林工商处字〔2018〕1号,
    // a witness 张*丰 in another's facts) answers too, far below the records it names.
    String text = request.text();
    add(answer, text == null || text.isBlank() ? null : saidAsTyped(text), weights.anyBigrams());
    Query query = filtered(either(answer), request);
    return new Built(query, query, null, null, List.of());
  }

  /** The text as a phrase in the title or the body. */
  private @Nullable Query saidAsTyped(String text) {
    List<Query> either = new ArrayList<>();
    add(either, phrase(SearchFields.TITLE_BIGRAMS, text), 1f);
    add(either, phrase(SearchFields.BODY_BIGRAMS, text), 1f);
    return either.isEmpty() ? null : new DisjunctionMaxQuery(either, 0.1f);
  }

  /**
   * The text as a phrase of bigrams. A Han character alone at the start or the end of the text (号
   * in 1号, 张 in 张*丰) may end or begin a longer run in a record (1号决定, 证人张*丰), where a bigram holds
   * it (号决, 人张), not a term of its own: there, it is matched in any bigram it ends or begins.
   */
  private @Nullable Query phrase(String field, String text) {
    List<String> terms = new ArrayList<>();
    boolean opens = false;
    boolean closes = false;
    try (TokenStream stream = builder.getAnalyzer().tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      int start = text.length() - text.stripLeading().length();
      int end = text.stripTrailing().length();
      while (stream.incrementToken()) {
        boolean lone = isLone(term);
        opens = terms.isEmpty() ? lone && offset.startOffset() == start : opens;
        closes = lone && offset.endOffset() == end;
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (terms.isEmpty()) {
      return null;
    }
    if (!opens && !closes) {
      return builder.createPhraseQuery(field, text);
    }
    List<SpanQuery> spans = new ArrayList<>();
    for (int i = 0; i < terms.size(); i++) {
      String term = terms.get(i);
      List<SpanQuery> either = new ArrayList<>(List.of(new SpanTermQuery(new Term(field, term))));
      if (i == 0 && opens) {
        either.add(neighbours(new WildcardQuery(new Term(field, "?" + term))));
      }
      if (i == terms.size() - 1 && closes) {
        either.add(neighbours(new PrefixQuery(new Term(field, term))));
      }
      spans.add(
          either.size() == 1
              ? either.getFirst()
              : new SpanOrQuery(either.toArray(SpanQuery[]::new)));
    }
    return spans.size() == 1
        ? spans.getFirst()
        : new SpanNearQuery(spans.toArray(SpanQuery[]::new), 0, true);
  }

  /**
   * The bigrams a pattern matches, as spans; at most as many as a query may have clauses (a
   * character begins or ends a few thousand bigrams at most).
   */
  private static SpanQuery neighbours(MultiTermQuery bigrams) {
    SpanMultiTermQueryWrapper<MultiTermQuery> spans = new SpanMultiTermQueryWrapper<>(bigrams);
    spans.setRewriteMethod(
        new SpanMultiTermQueryWrapper.TopTermsSpanBooleanQueryRewrite(NEIGHBOURS));
    return spans;
  }

  private static boolean isLone(CharSequence term) {
    return Character.codePointCount(term, 0, term.length()) == 1
        && isHan(Character.codePointAt(term, 0));
  }

  /**
   * Every run of two or more Latin letters or digits the text has, each within a run of a record's
   * (5000 within 15000元, pm2 within PM2.5); null when the text has none.
   */
  private @Nullable Query withinRuns(String text) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int runs = 0;
    for (String run : ChineseAnalysis.latinAndDigitRuns(text)) {
      if (run.length() >= 2) {
        all.add(builder.createPhraseQuery(SearchFields.LATIN_AND_DIGITS, run), Occur.MUST);
        runs++;
      }
    }
    return runs == 0 ? null : all.build();
  }

  private List<Query> exact(SearchRequest request) {
    List<Query> exact = new ArrayList<>();
    // Of the keys read from one typed number, the longest is the number as typed; its suffixes
    // (南综执罚〔2021〕1号 within 石南综执罚〔2021〕1号) may be other bodies' numbers, so rank below it.
    request
        .keys()
        .forEach(
            k ->
                add(
                    exact,
                    constant(SearchFields.KEY, k),
                    weights.key() * (1 + k.length() / 1000f)));
    request
        .citations()
        .forEach(c -> add(exact, constant(SearchFields.CITATION, c), weights.citation()));
    return exact;
  }

  private static Query either(List<Query> clauses) {
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    clauses.forEach(clause -> either.add(clause, Occur.SHOULD));
    return either.build(); // with no required clause, one of the optional ones must match
  }

  private static Query filtered(Query match, SearchRequest request) {
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(match, Occur.MUST);
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

  private static Query constant(String field, String value) {
    return new ConstantScoreQuery(new TermQuery(new Term(field, value)));
  }

  /** The text as typed: its phrase, all its words, or half its bigrams; the best of them counts. */
  private @Nullable Query literal(String text) {
    List<Query> best = new ArrayList<>();
    add(best, builder.createPhraseQuery(SearchFields.TITLE_BIGRAMS, text), weights.titlePhrase());
    add(best, builder.createPhraseQuery(SearchFields.BODY_BIGRAMS, text), weights.bodyPhrase());
    // The word fields leave out words of one character: where the text has any, every word left is
    // not all it says (无证 飞船, segmented 无证 飞 船, is not 无证), and the words cannot read it strictly.
    if (wordsHoldEveryCharacter(text)) {
      add(
          best,
          builder.createMinShouldMatchQuery(SearchFields.TITLE_WORDS, text, 1f),
          weights.titleWords());
      add(
          best,
          builder.createMinShouldMatchQuery(SearchFields.BODY_WORDS, text, 1f),
          weights.bodyWords());
    }
    add(best, half(SearchFields.BODY_BIGRAMS, text), weights.bodyBigrams());
    return best.isEmpty() ? null : new DisjunctionMaxQuery(best, 0.1f);
  }

  /** Whether the words read from {@code text} hold each of its Han characters. */
  private boolean wordsHoldEveryCharacter(String text) {
    long inWords = 0;
    try (TokenStream words = builder.getAnalyzer().tokenStream(SearchFields.TITLE_WORDS, text)) {
      CharTermAttribute term = words.addAttribute(CharTermAttribute.class);
      words.reset();
      while (words.incrementToken()) {
        inWords += term.codePoints().filter(Queries::isHan).count();
      }
      words.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return inWords >= text.codePoints().filter(Queries::isHan).count();
  }

  private static boolean isHan(int c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /**
   * Bigrams in any order: at least half of the query's, and at least two, so that a reworded phrase
   * (违规停放车辆 for 违规停车) matches strictly while a two-character overlap alone does not.
   */
  private @Nullable Query half(String field, String text) {
    Query query = builder.createBooleanQuery(field, text, Occur.SHOULD);
    if (!(query instanceof BooleanQuery bool)) {
      return query;
    }
    int clauses = bool.clauses().size();
    int needed = Math.max(Math.min(2, clauses), (clauses + 1) / 2);
    BooleanQuery.Builder half = new BooleanQuery.Builder().setMinimumNumberShouldMatch(needed);
    bool.clauses().forEach(half::add);
    return half.build();
  }

  /** The thesaurus's words for what was typed, each as a phrase in the title or the body. */
  private @Nullable Query synonyms(Iterable<Expansions.Expansion> words) {
    List<Query> phrases = new ArrayList<>();
    for (Expansions.Expansion word : words) {
      List<Query> where = new ArrayList<>();
      add(where, phrase(SearchFields.TITLE_BIGRAMS, word.bigrams()), weights.titlePhrase());
      add(where, phrase(SearchFields.BODY_BIGRAMS, word.bigrams()), weights.bodyPhrase());
      if (!where.isEmpty()) {
        phrases.add(new BoostQuery(new DisjunctionMaxQuery(where, 0.1f), word.scale()));
      }
    }
    return phrases.isEmpty() ? null : either(phrases);
  }

  private static Query phrase(String field, List<String> bigrams) {
    return bigrams.size() == 1
        ? new TermQuery(new Term(field, bigrams.getFirst()))
        : new PhraseQuery(field, bigrams.toArray(String[]::new));
  }

  /**
   * A text of one Han character (税, 证): the bigrams that begin or end with it (偷税。 has no bigram
   * beginning with 税). Neither field holds the character alone: the bigrams hold it beside a
   * neighbour, and the word fields leave out words of one character. Null for any other text.
   */
  private static @Nullable Query oneCharacter(String text) {
    String stripped = text.strip();
    if (stripped.codePointCount(0, stripped.length()) != 1 || !isHan(stripped.codePointAt(0))) {
      return null;
    }
    return either(
        List.of(
            new PrefixQuery(new Term(SearchFields.TITLE_BIGRAMS, stripped)),
            new PrefixQuery(new Term(SearchFields.BODY_BIGRAMS, stripped)),
            new WildcardQuery(new Term(SearchFields.TITLE_BIGRAMS, "?" + stripped)),
            new WildcardQuery(new Term(SearchFields.BODY_BIGRAMS, "?" + stripped))));
  }

  /** BM25 over the title and body, any of the query's terms matching. */
  private @Nullable Query any(String titleField, String bodyField, String text) {
    List<Query> fields = new ArrayList<>();
    Query title = builder.createBooleanQuery(titleField, text, Occur.SHOULD);
    Query body = builder.createBooleanQuery(bodyField, text, Occur.SHOULD);
    if (title != null) {
      fields.add(title);
    }
    if (body != null) {
      fields.add(body);
    }
    return fields.isEmpty() ? null : either(fields);
  }

  /** The query's bigrams near each other and in order, in the title or the body. */
  private @Nullable Query proximity(String text) {
    if (text.strip().split("[\\s\u3000]+").length < 2) {
      return null; // one run of characters is already scored as a phrase
    }
    Query title = builder.createPhraseQuery(SearchFields.TITLE_BIGRAMS, text, PROXIMITY_SLOP);
    Query body = builder.createPhraseQuery(SearchFields.BODY_BIGRAMS, text, PROXIMITY_SLOP);
    if (!(title instanceof PhraseQuery) || !(body instanceof PhraseQuery)) {
      return null; // one bigram: nothing to be near
    }
    return new DisjunctionMaxQuery(List.of(title, body), 0.1f);
  }

  private static void add(List<Query> clauses, @Nullable Query query, float boost) {
    if (query != null && boost > 0) {
      clauses.add(new BoostQuery(query, boost));
    }
  }
}
