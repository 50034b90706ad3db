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
 * document numbers (in any bracket, spacing or 第 variant, or with no bracket at all), credit codes
 * (also with spaces inside), a natural person's name as published (张*丰, also typed 张某丰) and legal
 * citations.
 */
final class QueryInterpreter {

  /**
   * A bracketed year with a sequence number; the prefix is whatever Han or Latin text precedes it,
   * as long as the longest published one (a regulator's office and the decision's title, 23
   * characters) with room to spare.
   */
  private static final Pattern DOCUMENT_NUMBER =
      Pattern.compile(
          "([\\p{IsHan}A-Za-z0-9()]{1,32})[〔\\[(【{<]((?:19|20)[0-9]{2})[〕\\])】}>]第?([0-9]{1,18})(?:[-—–~至]([0-9]{1,18}))?(?![-—–~至0-9])号?");

  /**
   * The year first, with words before it ({@code 处罚 [2018]琼建质监罚决字第9号}): only where a space or a
   * mark sets it apart, since {@code 食行罚(2014)南0919号} is one number with its prefix first.
   */
  private static final Pattern YEAR_FIRST_NUMBER =
      Pattern.compile(
          "(?<![\\p{IsHan}A-Za-z0-9()])[〔\\[(【{<]\\s*((?:19|20)[0-9]{2})\\s*[〕\\])】}>]\\s*"
              + "([\\p{IsHan}&&[^第]][\\p{IsHan}A-Za-z0-9()\\s]{0,31}?)\\s*第?\\s*([0-9]{1,18})"
              + "(?:\\s*[-—–~至]\\s*([0-9]{1,18}))?(?![-—–~至0-9])\\s*号");

  /**
   * A number typed without brackets, its year set apart by a space or 年 ({@code 林工商处字 2018 1号},
   * {@code 南环罚字2016年15号}); the prefix ends in a Han character or a bracket, so that no digit of it
   * is read as the year.
   */
  private static final Pattern BARE_NUMBER =
      Pattern.compile(
          "([\\p{IsHan}A-Za-z0-9()]{0,31}[\\p{IsHan})])\\s*((?:19|20)[0-9]{2})(?:\\s*年\\s*|\\s+)"
              + "第?\\s*([0-9]{1,9})(?:\\s*[-—–~至]\\s*([0-9]{1,9}))?\\s*号");

  /** The longest typed range whose numbers are asked for one by one. */
  private static final int LONGEST_RANGE = 100;

  /**
   * A body's prefix and a serial without the year ({@code 林工商处字1号}), as a reader remembers a
   * number: every year's decision of that prefix and serial answers it.
   */
  private static final Pattern PREFIX_AND_SERIAL =
      Pattern.compile("^([\\p{IsHan}A-Za-z0-9()]{0,31}?[\\p{IsHan})])第?([0-9]{1,9})号$");

  /**
   * A query that reads as a whole document number no pattern parses ({@code 许准字〔2018〕第(149)号}):
   * such numbers are indexed as published, so the query as typed may be one.
   */
  private static final Pattern UNREAD_NUMBER = Pattern.compile("^\\S{2,}[0-9]\\S*号$");

  private static final Pattern CREDIT_CODE =
      Pattern.compile(
          "(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])");
  private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");
  private static final int SHORTEST_PREFIX = 2;

  /**
   * The identifiers found, as index keys, the citations, and the text left beside the identifiers
   * (null when nothing is).
   */
  record Interpretation(
      Set<String> keys,
      Set<String> citations,
      @Nullable String besideKeys,
      Set<String> withinRanges) {}

  static Interpretation interpret(String query) {
    String normalized = Normalizer.normalize(query, Normalizer.Form.NFKC);
    String folded = SPACE.matcher(normalized).replaceAll("");
    Set<String> keys = new LinkedHashSet<>();
    // The query as a whole may be a number the patterns below do not see: a prefix longer than
    // they take or with other marks in it, or a number no pattern reads, indexed as published.
    DocumentNumber whole = DocumentNumber.parse(folded);
    boolean wholeIdentifier = whole.parsed() || UNREAD_NUMBER.matcher(folded).matches();
    if (wholeIdentifier) {
      keys.add(whole.key());
    }
    Matcher yearless = PREFIX_AND_SERIAL.matcher(folded);
    if (yearless.matches()) {
      String prefix = yearless.group(1);
      int serial = Integer.parseInt(yearless.group(2));
      for (int start = 0;
          start <= prefix.length() - Math.min(SHORTEST_PREFIX, prefix.length());
          start++) {
        keys.add(yearless(prefix.substring(start), serial));
      }
      wholeIdentifier = true;
    }
    StringBuilder apart = new StringBuilder();
    Matcher number = YEAR_FIRST_NUMBER.matcher(normalized);
    while (number.find()) {
      number.appendReplacement(apart, "。");
      String prefix = SPACE.matcher(number.group(2)).replaceAll("");
      keys.add(key(prefix, number.group(1), number.group(3), number.group(4)));
    }
    number.appendTail(apart);
    StringBuilder bare = new StringBuilder();
    number = BARE_NUMBER.matcher(apart.toString());
    while (number.find()) {
      number.appendReplacement(bare, "。");
      addEndings(keys, number);
    }
    number.appendTail(bare);
    apart = bare;
    StringBuilder beside = new StringBuilder();
    number = DOCUMENT_NUMBER.matcher(SPACE.matcher(apart).replaceAll(""));
    while (number.find()) {
      number.appendReplacement(beside, " ");
      addEndings(keys, number);
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
    Set<String> masked = MaskedNames.ofTyped(folded);
    if (!masked.isEmpty()) {
      keys.addAll(masked);
      wholeIdentifier = true;
    }
    if (wholeIdentifier) {
      rest = ""; // the whole query is an identifier (when no record has it, the text is searched)
    }
    boolean wordsLeft = rest.codePoints().anyMatch(Character::isLetterOrDigit);
    // A party's name typed whole: its words are still read beside it, for the records naming it.
    String party = keys.isEmpty() ? PartyNames.typed(folded) : null;
    if (party != null) {
      keys.add(party);
    }
    Set<String> within = new LinkedHashSet<>();
    for (String key : keys) {
      // Not the endings a number's prefix was tried by: other bodies' numbers.
      if (keys.stream().noneMatch(k -> k.length() > key.length() && k.endsWith(key))) {
        within.addAll(numbersWithin(key));
      }
    }
    within.removeAll(keys);
    return new Interpretation(keys, Citations.in(folded), wordsLeft ? rest : null, within);
  }

  /**
   * The keys of a number whose prefix (group 1), year (2), first (3) and last (4) sequence numbers
   * a pattern read: the prefix may have swallowed words before it ("处罚决定云保监罚〔2018〕3号"), so each of
   * its endings is tried.
   */
  private static void addEndings(Set<String> keys, Matcher number) {
    String prefix = number.group(1);
    int shortest = Math.min(SHORTEST_PREFIX, prefix.length());
    for (int start = 0; start <= prefix.length() - shortest; start++) {
      keys.add(key(prefix.substring(start), number.group(2), number.group(3), number.group(4)));
    }
  }

  /**
   * The numbers a typed range holds (〔2016〕12-18号: 12号 to 18号), asked for when the range itself
   * names no decision; none for a longer range, or a key that is no range.
   */
  private static Set<String> numbersWithin(String key) {
    DocumentNumber number = DocumentNumber.parse(key);
    Set<String> within = new LinkedHashSet<>();
    Integer from = number.firstSeq();
    Integer to = number.lastSeq();
    if (from != null && to != null && to > from && to - from <= LONGEST_RANGE) {
      for (int seq = from; seq <= to; seq++) {
        within.add(number.prefix() + "〔" + number.year() + "〕" + seq + "号");
      }
    }
    return within;
  }

  /** The key of a prefix and serial without the year, which every decision's number has too. */
  static String yearless(String prefix, int serial) {
    return prefix + "〔〕" + serial + "号";
  }

  private static String key(String prefix, String year, String first, @Nullable String last) {
    return DocumentNumber.parse(
            prefix + "〔" + year + "〕" + first + (last == null ? "" : "-" + last) + "号")
        .key();
  }

  private QueryInterpreter() {}
}
