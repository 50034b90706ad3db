package org.zhifagongkai.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * A hit in the order shown, with the values a cursor needs to continue after it: (score, key,
 * phase) when ranked, (day, key) when listed by date. The phase says whether the score is the
 * rescored one of the first hits ({@link #WINDOW}) or the first pass's of those after them ({@link
 * #TAIL}).
 */
record Ranked(int doc, float score, Object[] sortValues) {

  static final int WINDOW = 0;
  static final int TAIL = 1;
  static final int DATE = -1;

  static Ranked ranked(int doc, float score, long key, int phase) {
    return new Ranked(doc, score, new Object[] {score, key, phase});
  }

  /** The hits as collected, in the first pass's order. */
  static List<Ranked> of(TopDocs top, int phase) {
    List<Ranked> hits = new ArrayList<>();
    for (ScoreDoc doc : top.scoreDocs) {
      Object[] fields = ((FieldDoc) doc).fields;
      hits.add(
          phase == DATE
              ? new Ranked(doc.doc, 0f, fields)
              : ranked(doc.doc, (Float) fields[0], (Long) fields[1], phase));
    }
    return hits;
  }

  float sortScore() {
    return (Float) sortValues[0];
  }

  long key() {
    return (Long) sortValues[1];
  }

  /** Whether this hit comes after one with these score and key, best first. */
  boolean after(float score, long key) {
    int byScore = Float.compare(sortScore(), score);
    return byScore < 0 || (byScore == 0 && key() < key);
  }
}
