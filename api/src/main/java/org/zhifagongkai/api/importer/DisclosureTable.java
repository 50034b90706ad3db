package org.zhifagongkai.api.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The 行政处罚信息公开表 of the banking and insurance regulators, read as text: a cell for a person's name
 * (个人姓名) and one for an institution's (单位名称, often split over lines as 单 / 位 / 名称), each empty or
 * "/" where it does not apply, then the institution's legal representative or person in charge.
 * Read as free text, the label 单位 passes for a surname; read as cells, the party is the filled one.
 */
final class DisclosureTable {

  private static final Pattern LAYOUT =
      Pattern.compile("个人姓名(.*?)单位名称(.*?)(?:法定代表人|主要负责人)[^姓]{0,12}姓名(.*?)(?:主要违法|案由|行政处罚依据|$)");

  private static final Pattern EMPTY = Pattern.compile("[/／\\-—无、]*");

  private DisclosureTable() {}

  /**
   * The table's parties; null when the text is not such a table.
   *
   * @param person the individual penalised, where the table names one
   * @param institution the institution penalised, where it names one
   * @param representative the institution's legal representative or person in charge
   */
  record Parties(
      @Nullable String person, @Nullable String institution, @Nullable String representative) {

    /** The party penalised: the person where one is named, else the institution. */
    @Nullable String party() {
      return person != null ? person : institution;
    }
  }

  static @Nullable Parties read(String text) {
    String cells = text.replaceAll("\\s", "");
    if (!cells.contains("个人姓名")) {
      return null;
    }
    Matcher m = LAYOUT.matcher(cells);
    if (!m.find()) {
      return null;
    }
    String person = value(m.group(1));
    return new Parties(person, value(m.group(2)), person == null ? value(m.group(3)) : null);
  }

  private static @Nullable String value(String cell) {
    return EMPTY.matcher(cell).matches() ? null : cell;
  }
}
