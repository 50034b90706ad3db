package org.zhifagongkai.search;

/**
 * How much each part of a query counts. Exact keys outrank citations, which outrank any text match.
 * The presets choose the Chinese analysis used for text: words (SmartChinese), bigrams, or both.
 */
public record SearchWeights(
    float key,
    float citation,
    float titlePhrase,
    float bodyPhrase,
    float titleWords,
    float bodyWords,
    float bodyBigrams) {

  /**
   * Words and bigrams together: the default, chosen by the relevance evaluation (BENCHMARKS.md).
   */
  public static final SearchWeights COMBINED = new SearchWeights(100f, 20f, 6f, 3f, 3f, 1f, 0.5f);

  /** SmartChinese words only. */
  public static final SearchWeights WORDS = new SearchWeights(100f, 20f, 0f, 0f, 3f, 1f, 0f);

  /** CJK bigrams only (phrases and loose matches). */
  public static final SearchWeights BIGRAMS = new SearchWeights(100f, 20f, 6f, 3f, 0f, 0f, 0.5f);
}
