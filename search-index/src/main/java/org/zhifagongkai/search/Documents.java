package org.zhifagongkai.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

/** Lays a {@link SearchDocument} out as Lucene fields. */
final class Documents {

  private final FacetsConfig facets = SearchFields.facetsConfig();

  Document toLucene(SearchDocument source) throws IOException {
    Document doc = new Document();
    doc.add(new StringField(SearchFields.ID, source.id(), Field.Store.NO));
    doc.add(new BinaryDocValuesField(SearchFields.ID_VALUE, new BytesRef(source.id())));
    doc.add(new NumericDocValuesField(SearchFields.SORT_KEY, source.sortKey()));
    long day = source.date() == null ? Long.MIN_VALUE : source.date().toEpochDay();
    doc.add(new LongPoint(SearchFields.DATE, day));
    doc.add(new NumericDocValuesField(SearchFields.DATE, day));
    // Text is stored once, in the bigram fields, which the highlighter reads.
    doc.add(new TextField(SearchFields.TITLE_BIGRAMS, source.title(), Field.Store.YES));
    doc.add(new TextField(SearchFields.BODY_BIGRAMS, source.body(), Field.Store.YES));
    doc.add(new TextField(SearchFields.TITLE_WORDS, source.title(), Field.Store.NO));
    doc.add(new TextField(SearchFields.BODY_WORDS, source.body(), Field.Store.NO));
    doc.add(new TextField(SearchFields.LATIN_AND_DIGITS, source.title(), Field.Store.NO));
    doc.add(new TextField(SearchFields.LATIN_AND_DIGITS, source.body(), Field.Store.NO));
    source.keys().forEach(key -> doc.add(new StringField(SearchFields.KEY, key, Field.Store.NO)));
    source
        .citations()
        .forEach(c -> doc.add(new StringField(SearchFields.CITATION, c, Field.Store.NO)));
    for (Map.Entry<String, List<String>> dimension : source.facets().entrySet()) {
      List<String> values = dimension.getValue();
      if (values.isEmpty()) {
        continue;
      }
      String filter = SearchFields.filterField(dimension.getKey());
      values.forEach(v -> doc.add(new StringField(filter, v, Field.Store.NO)));
      if (dimension.getKey().equals(SearchFields.REGION)) {
        doc.add(
            new SortedSetDocValuesFacetField(SearchFields.REGION, values.toArray(String[]::new)));
      } else {
        values.forEach(v -> doc.add(new SortedSetDocValuesFacetField(dimension.getKey(), v)));
      }
    }
    return facets.build(doc);
  }
}
