package org.zhifagongkai.api.importer;

import java.util.regex.Pattern;

/**
 * Where a source system printed an empty value as {@code null} or {@code (null)} (处罚依据：(null),
 * 罚款null元), the published text says that the original left it blank, not a word nobody wrote.
 */
final class SourceBlanks {

  /** Shown in place of the blank, so a reader knows the original gave nothing there. */
  static final String MARK = "（原文空缺）";

  // Not inside a Latin word, a number or an address (nullable, /null/, null.html).
  private static final Pattern BLANK =
      Pattern.compile(
          "(?<![A-Za-z0-9_./%-])(?:[(（]\\s*null\\s*[)）]|null)(?![A-Za-z0-9_./%-])",
          Pattern.CASE_INSENSITIVE);

  private SourceBlanks() {}

  static String marked(String text) {
    return BLANK.matcher(text).replaceAll(MARK);
  }
}
