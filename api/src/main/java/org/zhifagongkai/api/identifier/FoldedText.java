package org.zhifagongkai.api.identifier;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text read as its letters and digits only, each folded to one form, with where each came from:
 * 91990102MA0YBHQ013 however it is typed (９１９９…, 9199 0102-ma0y…), 13800138000 written 一三八零零一三八零零零
 * or 138.0013.8000, 示例贸易 written 示 例·贸 易. What is found in the folded text is replaced in the text
 * as typed, separators inside it included.
 */
public final class FoldedText {

  /** Chinese numerals people read a number out in, digit by digit (幺 for 1 on the phone). */
  private static final String NUMERALS = "〇零一二三四五六七八九";

  private static final String FORMAL_NUMERALS = "零壹贰叁肆伍陆柒捌玖";

  private final String text;
  private final String folded;
  private final int[] start;
  private final int[] end;

  private FoldedText(String text) {
    this.text = text;
    StringBuilder kept = new StringBuilder();
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      String one = fold(cp);
      for (int j = 0; j < one.length(); j++) {
        kept.append(one.charAt(j));
        spans.add(new int[] {i, next});
      }
      i = next;
    }
    this.folded = kept.toString();
    this.start = spans.stream().mapToInt(s -> s[0]).toArray();
    this.end = spans.stream().mapToInt(s -> s[1]).toArray();
  }

  public static FoldedText of(String text) {
    return new FoldedText(text);
  }

  /** {@code text}'s letters and digits, folded as a text's are: what to look for in one. */
  public static String fold(String text) {
    return new FoldedText(text).folded;
  }

  public String folded() {
    return folded;
  }

  /**
   * The text with every stretch that {@code patterns} find in its folded form replaced by {@code
   * mark}, overlapping stretches once.
   */
  public String replace(List<Pattern> patterns, String mark) {
    List<int[]> found = new ArrayList<>();
    for (Pattern pattern : patterns) {
      Matcher m = pattern.matcher(folded);
      while (m.find()) {
        if (m.end() > m.start()) {
          found.add(new int[] {start[m.start()], end[m.end() - 1]});
        }
      }
    }
    if (found.isEmpty()) {
      return text;
    }
    found.sort(Comparator.comparingInt(s -> s[0]));
    StringBuilder out = new StringBuilder();
    int last = 0;
    for (int[] span : found) {
      if (span[1] <= last) {
        continue;
      }
      if (span[0] >= last) {
        out.append(text, last, span[0]).append(mark);
      }
      last = span[1];
    }
    return out.append(text, last, text.length()).toString();
  }

  /**
   * One character as its folded letters and digits: compatibility forms (full-width) as plain ones,
   * upper case, numerals as digits; nothing for spaces, punctuation, symbols and invisible marks.
   */
  private static String fold(int cp) {
    int numeral = NUMERALS.indexOf(cp);
    if (numeral >= 0) {
      return String.valueOf(numeral == 0 ? 0 : numeral - 1);
    }
    numeral = FORMAL_NUMERALS.indexOf(cp);
    if (numeral >= 0) {
      return String.valueOf(numeral);
    }
    if (cp == '幺') {
      return "1";
    }
    String plain = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
    StringBuilder kept = new StringBuilder();
    plain
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .map(c -> Character.isDigit(c) ? '0' + Character.digit(c, 10) : c)
        .forEach(kept::appendCodePoint);
    return kept.toString().toUpperCase(Locale.ROOT);
  }
}
