package org.zhifagongkai.api.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.penalty.DocumentNumber;

/**
 * Finds the identifiers a query contains, so that they are matched exactly beside the words:
 * document numbers (in any bracket, spacing or 第 variant), credit codes (also with spaces inside)
 * and legal citations.
 */
final class QueryInterpreter {

  /**
   * A bracketed year with a sequence number; the prefix is whatever Han or Latin text precedes it,
   * as long as the longest published one (a regulator's office and the decision's title, 23
   * characters) with room to spare.
   */
  private static final Pattern DOCUMENT_NUMBER =
      Pattern.compile(
          "([\\p{IsHan}A-Za-z0-9()]{1,32})[〔\\[(【{<]((?:19|20)[0-9]{2})[〕\\])】}>]第?([0-9]+)(?:[-—–~至]([0-9]+))?号?");

  private static final Pattern CREDIT_CODE =
      Pattern.compile(
          "(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])");
  private static final int SHORTEST_PREFIX = 2;

  /**
   * The identifiers found, as index keys, the citations, and the text left beside the identifiers
   * (null when nothing is).
   */
  record Interpretation(Set<String> keys, Set<String> citations, @Nullable String besideKeys) {}

  static Interpretation interpret(String query) {
    String folded =
        Normalizer.normalize(query, Normalizer.Form.NFKC).replaceAll("[\\s\\u3000]+", "");
    Set<String> keys = new LinkedHashSet<>();
    // The query as a whole may be a number the pattern below does not see: the year first
    // ([2018]琼建质监罚决字第9号), or a prefix longer than it takes or with other marks in it.
    DocumentNumber whole = DocumentNumber.parse(folded);
    if (whole.parsed()) {
      keys.add(whole.key());
    }
    StringBuilder beside = new StringBuilder();
    Matcher number = DOCUMENT_NUMBER.matcher(folded);
    boolean seen = false;
    while (number.find()) {
      seen = true;
      number.appendReplacement(beside, " ");
      // The prefix may have swallowed words before it ("处罚决定云保监罚〔2018〕3号"): try each ending.
      String prefix = number.group(1);
      int shortest = Math.min(SHORTEST_PREFIX, prefix.length());
      for (int start = 0; start <= prefix.length() - shortest; start++) {
        String candidate =
            prefix.substring(start)
                + "〔"
                + number.group(2)
                + "〕"
                + number.group(3)
                + (number.group(4) == null ? "" : "-" + number.group(4))
                + "号";
        keys.add(DocumentNumber.parse(candidate).key());
      }
    }
    number.appendTail(beside);
    String rest = beside.toString();
    Matcher code = CREDIT_CODE.matcher(folded.toUpperCase(Locale.ROOT));
    while (code.find()) {
      keys.add(code.group());
    }
    if (!keys.isEmpty()) {
      rest = CREDIT_CODE.matcher(rest.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
    }
    if (whole.parsed() && !seen) {
      rest = ""; // the whole query is the number
    }
    boolean wordsLeft = rest.codePoints().anyMatch(Character::isLetterOrDigit);
    return new Interpretation(keys, Citations.in(folded), wordsLeft ? rest : null);
  }

  private QueryInterpreter() {}
}
