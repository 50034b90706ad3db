package org.zhifagongkai.api.importer;

import org.jspecify.annotations.Nullable;

/**
 * One published decision as a source gives it, before reading: every field as text, empty where the
 * source leaves it empty, so that JSON lines and spreadsheet rows go through one import path.
 *
 * @param line where the record stands in its file, for reports (a line, or a spreadsheet row)
 * @param source the data set it comes from
 * @param province the province the source covers, for placing bodies; null when unknown
 * @param text the decision's text, HTML already read into plain text
 * @param creditCode the party's unified social credit code, where a column gives it
 * @param amounts the amounts the source lists apart from the text, in its order, one a line ({@code
 *     20万元}); empty if none
 * @param listsDecisionsOnly whether the source lists penalty decisions only (a 双公示 list), or mixes
 *     in catalogue entries that must be told apart (a crawled corpus)
 * @param datesTheDecision whether {@code date} is the decision's date (a 处罚决定日期 column), or may be
 *     the day the source published it
 */
record PublishedRecord(
    int line,
    String source,
    String sourceId,
    @Nullable String province,
    String title,
    String documentNumber,
    String party,
    String legalRepresentative,
    String authority,
    String date,
    String url,
    String text,
    String creditCode,
    String amounts,
    boolean listsDecisionsOnly,
    boolean datesTheDecision) {

  /**
   * The record without what a source system printed for nothing: a field that says only {@code
   * null} is empty; in the title and text, blanks are marked ({@link SourceBlanks}).
   */
  PublishedRecord withoutPrintedNulls() {
    return new PublishedRecord(
        line,
        source,
        sourceId,
        province,
        SourceBlanks.marked(SourceBlanks.field(title)),
        SourceBlanks.field(documentNumber),
        SourceBlanks.field(party),
        SourceBlanks.field(legalRepresentative),
        SourceBlanks.field(authority),
        SourceBlanks.field(date),
        SourceBlanks.field(url),
        SourceBlanks.marked(SourceBlanks.field(text)),
        SourceBlanks.field(creditCode),
        SourceBlanks.field(amounts),
        listsDecisionsOnly,
        datesTheDecision);
  }
}
