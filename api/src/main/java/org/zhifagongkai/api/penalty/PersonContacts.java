package org.zhifagongkai.api.penalty;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's ways to be reached that are no ID, phone or account number (R3.10): e-mail addresses,
 * QQ and WeChat accounts, landlines; and passport numbers, a person's identifier whoever the party
 * is. Thread-safe.
 */
final class PersonContacts {

  static final String EMAIL_REMOVED = "［电子邮箱已隐去］";
  static final String ACCOUNT_REMOVED = "［账号已隐去］";
  static final String PHONE_REMOVED = "［电话号码已隐去］";
  static final String PASSPORT_REMOVED = "［护照号码已隐去］";

  /**
   * Read from the start of a run only, and within the lengths addresses have: tried from every
   * letter of a long run of letters or digits, it would cost the square of the run's length.
   */
  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}+@[A-Za-z0-9-]{1,63}"
              + "(?:\\.[A-Za-z0-9-]{1,63}){0,8}\\.[A-Za-z]{2,24}(?![A-Za-z])");

  /** A QQ or WeChat account after its label. */
  private static final Pattern MESSENGER =
      Pattern.compile(
          "((?:QQ|qq|ＱＱ)(?:号码|号)?|微信(?:账号|号码|号)?)(\\s*+[：:]?\\s*+)"
              + "([0-9]{5,12}|[A-Za-z][-_A-Za-z0-9]{5,19})");

  /** A landline after a phone's label: 0571-87654321, (0571)87654321. */
  private static final Pattern LANDLINE =
      Pattern.compile(
          "((?:固定电话|固话|座机|电话|联系电话|联系方式)(?:号码)?)(\\s*+[：:]?\\s*+)"
              + "([(（]?0[0-9]{2,3}[)）]?[-－\\s]?[0-9]{3,4}[-\\s]?[0-9]{3,4}(?:[-－][0-9]{1,5})?)");

  private static final Pattern PASSPORT =
      Pattern.compile(
          "(护照(?:号码|号|编号)?|(?:有效)?证件(?:号码|号))(\\s*+[：:]?\\s*+)([A-Za-z]{1,2}[0-9]{6,9})(?![0-9A-Za-z])");

  private PersonContacts() {}

  /** {@code text} without a person's e-mail, QQ, WeChat or landline. */
  static String withoutContacts(String text) {
    String clean = EMAIL.matcher(asciiDigits(text)).replaceAll(EMAIL_REMOVED);
    clean = labelled(MESSENGER, clean, ACCOUNT_REMOVED);
    return labelled(LANDLINE, clean, PHONE_REMOVED);
  }

  /** {@code text} without passport numbers. */
  static String withoutPassports(String text) {
    return labelled(PASSPORT, text, PASSPORT_REMOVED);
  }

  /** Full-width digits and hyphens (０５７１－８８８８１２３４) as ASCII ones, the text otherwise as it is. */
  private static String asciiDigits(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    text.codePoints()
        .map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c == '－' ? '-' : c)
        .forEach(folded::appendCodePoint);
    return folded.toString();
  }

  private static String labelled(Pattern pattern, String text, String removed) {
    return pattern
        .matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + removed));
  }
}
