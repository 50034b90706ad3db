package org.zhifagongkai.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * The alternatives the thesaurus's synonym graph adds to a query: each side path of the graph that
 * is not the query's own wording, as its bigrams and as the word they spell.
 */
final class Expansions {

  /**
   * A word the thesaurus adds: its bigrams, and how many of the query's bigrams it stands for (the
   * typed path beside it in the graph), so that a long official wording weighs no more than the
   * short word it replaces.
   */
  record Expansion(List<String> bigrams, int replaces) {

    /** The share of a phrase's weight this expansion gets, before the thesaurus's own weight. */
    float scale() {
      return Math.min(1f, (float) replaces / bigrams.size());
    }
  }

  private Expansions() {}

  /** The added words, keyed by the word, in the order the graph gives them. */
  static Map<String, Expansion> of(String text, Analyzer plain, Analyzer expanded) {
    List<String> literal = tokens(plain, text);
    Map<String, Expansion> added = new LinkedHashMap<>();
    try (TokenStream source = expanded.tokenStream(SearchFields.BODY_BIGRAMS, text)) {
      CachingTokenFilter cached = new CachingTokenFilter(source);
      cached.reset();
      while (cached.incrementToken()) {
        // fills the cache, so that the graph below reads the tokens again without re-analysing
      }
      cached.reset();
      GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(cached);
      int[] points = graph.articulationPoints();
      int start = 0;
      for (int i = 0; i <= points.length; i++) {
        int end = i < points.length ? points[i] : -1;
        if (graph.hasSidePath(start)) {
          Iterator<TokenStream> paths = graph.getFiniteStrings(start, end);
          List<List<String>> synonyms = new ArrayList<>();
          int typed = 1;
          while (paths.hasNext()) {
            List<String> path = terms(paths.next());
            if (Collections.indexOfSubList(literal, path) >= 0) {
              typed = Math.max(typed, path.size());
            } else if (!path.isEmpty()) {
              synonyms.add(path);
            }
          }
          for (List<String> path : synonyms) {
            added.putIfAbsent(word(path), new Expansion(path, typed));
          }
        }
        start = end;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return added;
  }

  private static List<String> tokens(Analyzer analyzer, String text) {
    try (TokenStream stream = analyzer.tokenStream(SearchFields.BODY_BIGRAMS, text)) {
      return terms(stream);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> terms(TokenStream stream) throws IOException {
    TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
    List<String> terms = new ArrayList<>();
    stream.reset();
    while (stream.incrementToken()) {
      terms.add(term.getBytesRef().utf8ToString());
    }
    stream.end();
    return terms;
  }

  /** The word overlapping bigrams spell: 以假 假充 充真 → 以假充真. */
  private static String word(List<String> bigrams) {
    StringBuilder word = new StringBuilder(bigrams.getFirst());
    for (String bigram : bigrams.subList(1, bigrams.size())) {
      word.appendCodePoint(bigram.codePointBefore(bigram.length()));
    }
    return word.toString();
  }
}
