package org.zhifagongkai.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.jspecify.annotations.Nullable;

/**
 * Reads the record ids of hits from their doc values: the stored fields hold the texts too, so
 * reading an id from them meant decompressing a block of texts per hit. Documents indexed before
 * the doc values existed are read from the stored field until they are indexed again.
 */
final class HitIds {

  private static final Set<String> ID_ONLY = Set.of(SearchFields.ID);

  private HitIds() {}

  /** The id of each of {@code docs}, in their order. */
  static String[] of(IndexSearcher searcher, int[] docs) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    String[] ids = new String[docs.length];
    // Doc values are read forwards: visit the hits in index order, one reader per segment.
    Integer[] order = new Integer[docs.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
    LeafReaderContext leaf = null;
    BinaryDocValues values = null;
    StoredFields stored = null;
    for (int i : order) {
      int doc = docs[i];
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        values = leaf.reader().getBinaryDocValues(SearchFields.ID_VALUE);
      }
      String id = read(values, doc - leaf.docBase);
      if (id == null) {
        stored = stored == null ? searcher.storedFields() : stored;
        id = stored.document(doc, ID_ONLY).get(SearchFields.ID);
      }
      ids[i] = id;
    }
    return ids;
  }

  private static @Nullable String read(@Nullable BinaryDocValues values, int doc)
      throws IOException {
    return values != null && values.advanceExact(doc) ? values.binaryValue().utf8ToString() : null;
  }
}
