package org.zhifagongkai.api.importer;

import java.util.regex.Pattern;

/**
 * Where a source system printed an empty value as {@code null} or {@code (null)}: a field that is
 * nothing else is empty; a line that is nothing else is a scraped empty column, dropped; within a
 * sentence (处罚依据：(null), 罚款null元) the published text says the original left it blank, not a word
 * nobody wrote.
 */
final class SourceBlanks {

  /** Shown in place of the blank, so that a reader knows the original gave nothing there. */
  static final String MARK = "（原文空缺）";

  private static final String TOKEN = "(?:[(（]\\s*null\\s*[)）]|null)";

  // Not inside a Latin word, a number, an address, a query string or a call (nullify, /null/,
  // ?a=null&b, f(null)).
  private static final String NOT_LATIN = "A-Za-z0-9_./%=?&#@()-";

  private static final Pattern INLINE =
      Pattern.compile(
          "(?<![" + NOT_LATIN + "])" + TOKEN + "(?![" + NOT_LATIN + "])", Pattern.CASE_INSENSITIVE);

  // The line with the break before it, so that nothing else of the text changes.
  private static final Pattern LINE =
      Pattern.compile(
          "(?m)(?:^|\\R)[ \\t\\u3000]*" + TOKEN + "[ \\t\\u3000]*(?=\\R|$)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern WHOLE =
      Pattern.compile("\\s*" + TOKEN + "\\s*", Pattern.CASE_INSENSITIVE);

  private SourceBlanks() {}

  /** A text with its blanks marked and its empty columns dropped. */
  static String marked(String text) {
    return INLINE.matcher(LINE.matcher(text).replaceAll("")).replaceAll(MARK);
  }

  /** A single field's value: empty where the source printed its emptiness as null. */
  static String field(String value) {
    return WHOLE.matcher(value).matches() ? "" : value;
  }
}
