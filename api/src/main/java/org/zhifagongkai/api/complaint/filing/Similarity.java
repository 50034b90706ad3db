package org.zhifagongkai.api.complaint.filing;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two complaint texts are: the Dice coefficient of their character bigrams, ignoring
 * spaces and punctuation. Chinese has no spaces to split words at, and bigrams are what the search
 * index matches on too.
 */
public final class Similarity {

  private Similarity() {}

  static double of(String a, String b) {
    Map<String, Integer> left = bigrams(a);
    Map<String, Integer> right = bigrams(b);
    int total =
        left.values().stream().mapToInt(Integer::intValue).sum()
            + right.values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return 0;
    }
    int shared = 0;
    for (Map.Entry<String, Integer> gram : left.entrySet()) {
      shared += Math.min(gram.getValue(), right.getOrDefault(gram.getKey(), 0));
    }
    return 2.0 * shared / total;
  }

  private static Map<String, Integer> bigrams(String text) {
    String letters = text.replaceAll("[\\p{P}\\p{S}\\s]", "");
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + 1 < letters.length(); i++) {
      counts.merge(letters.substring(i, i + 2), 1, Integer::sum);
    }
    return counts;
  }
}
