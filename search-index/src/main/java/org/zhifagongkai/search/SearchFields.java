package org.zhifagongkai.search;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The index's field names and facet dimensions: the one place that says how a document is laid out.
 */
public final class SearchFields {

  /** Bumped when the layout changes, so that an index written by an older layout is rebuilt. */
  public static final String LAYOUT_VERSION = "4";

  static final String ID = "id";

  /**
   * The id again, as doc values, read for each hit. A field of its own: Lucene refuses doc values
   * on a field whose older segments have none, so an index written before it keeps working.
   */
  static final String ID_VALUE = "id_value";

  static final String SORT_KEY = "sort_key";
  static final String DATE = "date";
  static final String TITLE_WORDS = "title_words";
  static final String BODY_WORDS = "body_words";
  static final String TITLE_BIGRAMS = "title";
  static final String BODY_BIGRAMS = "body";

  /** The title's and body's runs of Latin letters and digits, as pairs of characters. */
  static final String LATIN_AND_DIGITS = "latin_digits";

  static final String KEY = "key";
  static final String CITATION = "citation";

  /** Facet dimension: the kind of record. */
  public static final String KIND = "kind";

  /** Facet dimension: the deciding or responsible body's id. */
  public static final String AGENCY = "agency";

  /**
   * Hierarchical facet dimension: region codes from province down, so a province counts its cities.
   */
  public static final String REGION = "region";

  /** Facet dimension: the field of enforcement code. */
  public static final String FIELD = "field";

  /** Multi-valued facet dimension: the penalty kinds a decision imposes. */
  public static final String PENALTY_KIND = "penalty_kind";

  /** Facet dimension: the year of the record's date. */
  public static final String YEAR = "year";

  /** Facet dimension: the band of the fine. */
  public static final String AMOUNT_BAND = "amount_band";

  public static final List<String> DIMENSIONS =
      List.of(KIND, AGENCY, REGION, FIELD, PENALTY_KIND, YEAR, AMOUNT_BAND);

  private SearchFields() {}

  static String filterField(String dimension) {
    return "filter_" + dimension;
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setHierarchical(REGION, true);
    config.setMultiValued(PENALTY_KIND, true);
    return config;
  }
}
