package org.zhifagongkai.api.penalty;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A penalty decision's document number (文号), parsed leniently: 〔〕, [], (), 【】 and their full-width
 * forms around the year, the year before the prefix, spaces, zero padding and 第 before the sequence
 * are all variants of one number. Ranges ({@code 104-116号}) cover every number in them. A sequence
 * of more than nine digits is no sequence any body issues: such a number does not parse.
 *
 * @param key the normalised form, {@code prefix〔year〕seq号}; for numbers that do not parse, the text
 *     with width and spacing folded
 * @param prefix the 机关代字 and type marker, such as {@code 云保监罚}; null when the number does not parse
 * @param firstSeq the first number of its sequence or range; null when it does not parse, or when
 *     the sequence is longer than an int
 */
public record DocumentNumber(
    String raw,
    String key,
    @Nullable String prefix,
    @Nullable Integer year,
    @Nullable Integer firstSeq,
    @Nullable Integer lastSeq) {

  private static final Pattern PARTS =
      Pattern.compile(
          "^(?<prefix>.+?)[〔\\[(【{<]\\s*(?<year>(?:19|20)[0-9]{2})\\s*[〕\\])】}>]"
              + "第?(?<first>[0-9]{1,18})(?:[-—–~至](?<last>[0-9]{1,18}))?号?$");

  /** The year first, as some bodies write it: {@code [2018]琼建质监罚决字第30号}. */
  private static final Pattern YEAR_FIRST =
      Pattern.compile(
          "^[〔\\[(【{<]\\s*(?<year>(?:19|20)[0-9]{2})\\s*[〕\\])】}>](?<prefix>.*?\\p{IsHan}.*?)"
              + "第?(?<first>[0-9]{1,18})(?:[-—–~至](?<last>[0-9]{1,18}))?号$");

  private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0\\u3000]+");

  /** Parses {@code raw}; never fails, since every published string must be storable. */
  public static DocumentNumber parse(String raw) {
    String folded = SPACE.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("");
    Matcher parts = PARTS.matcher(folded);
    if (!parts.matches()) {
      parts = YEAR_FIRST.matcher(folded);
      if (!parts.matches()) {
        return new DocumentNumber(raw, folded, null, null, null, null);
      }
    }
    String prefix = parts.group("prefix");
    int year = Integer.parseInt(parts.group("year"));
    long first = Long.parseLong(parts.group("first"));
    String lastText = parts.group("last");
    long last = lastText == null ? first : Long.parseLong(lastText);
    String sequence = last == first ? Long.toString(first) : first + "-" + last;
    String key = prefix + "〔" + year + "〕" + sequence + "号";
    long highest = Math.max(first, last);
    return highest > Integer.MAX_VALUE
        ? new DocumentNumber(raw, key, prefix, year, null, null)
        : new DocumentNumber(raw, key, prefix, year, (int) first, (int) highest);
  }

  public boolean parsed() {
    return prefix != null;
  }
}
