package org.zhifagongkai.search;

/**
 * How much each part of a query counts. Exact keys outrank citations, which outrank any text match;
 * text read strictly (the phrase, every word, half the bigrams) outranks the thesaurus's words,
 * which outrank records sharing only some of the query's words. The presets are the analysis
 * choices the relevance evaluation compares (BENCHMARKS.md).
 *
 * @param bodyBigrams at least half of the query's bigrams, in any order
 * @param anyBigrams BM25 over the query's bigrams, any of which may match (the union)
 * @param anyWords BM25 over the query's words, any of which may match
 * @param expansion the thesaurus's words for those typed, as phrases
 * @param proximity the rescoring of the first hundred hits by how close the query's bigrams stand
 * @param withinRuns the query's runs of Latin letters and digits within longer runs (5000 in 15000)
 */
public record SearchWeights(
    float key,
    float citation,
    float titlePhrase,
    float bodyPhrase,
    float titleWords,
    float bodyWords,
    float bodyBigrams,
    float anyBigrams,
    float anyWords,
    float expansion,
    float proximity,
    float withinRuns) {

  /** Everything together: the portal's default, chosen by the relevance evaluation. */
  public static final SearchWeights COMBINED =
      new SearchWeights(100f, 20f, 6f, 3f, 3f, 1f, 0.5f, 0.3f, 0.1f, 0.5f, 1f, 0.3f);

  /** Strict reading only, no union, thesaurus or rescoring: what the portal did before. */
  public static final SearchWeights STRICT =
      new SearchWeights(100f, 20f, 6f, 3f, 3f, 1f, 0.5f, 0f, 0f, 0f, 0f, 0f);

  /** SmartChinese words only: every word, then any word. */
  public static final SearchWeights WORDS =
      new SearchWeights(100f, 20f, 0f, 0f, 3f, 1f, 0f, 0f, 0.3f, 0f, 0f, 0f);

  /** CJK bigrams only: phrases, half the bigrams, then any bigram. */
  public static final SearchWeights BIGRAMS =
      new SearchWeights(100f, 20f, 6f, 3f, 0f, 0f, 0.5f, 0.3f, 0f, 0f, 0f, 0f);

  /** The plain baseline: BM25 over title and body bigrams, any of which may match, nothing else. */
  public static final SearchWeights PLAIN_BM25 =
      new SearchWeights(0f, 0f, 0f, 0f, 0f, 0f, 0f, 1f, 0f, 0f, 0f, 0f);
}
