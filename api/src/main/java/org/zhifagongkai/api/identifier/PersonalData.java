package org.zhifagongkai.api.identifier;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.support.ChineseDates;

/**
 * Finds and removes personal data that published text must never show (R2.7, R3.10): resident ID
 * numbers, mobile phone numbers and bank card or account numbers, wherever they stand in free text
 * such as the facts. Digits are read across full-width forms and the spaces and hyphens people type
 * inside numbers. Thread-safe.
 *
 * <p>What counts: an 18-character resident ID with a real birth date and check character; an
 * 11-digit mainland mobile number; a 16–19 digit payment card number of a card issuer's range
 * passing the Luhn check; and any run of 8 or more digits right after 账号, 帐号, 账户, 卡号 or 银行卡 (the
 * accounts of organisations, which have no check digit). A resident ID partly starred ({@code
 * 5424281979****0053}) is removed whole: any part of it (region, birth date, check digits) is
 * personal data. After an ID label (身份证号, 证件号码, 公民身份号码…), any number is taken for an ID.
 */
public final class PersonalData {

  /** What a removed number is replaced with, so a reader sees that something was withheld. */
  public static final String ID_REMOVED = "［身份证号码已隐去］";

  public static final String PHONE_REMOVED = "［电话号码已隐去］";
  public static final String ACCOUNT_REMOVED = "［账号已隐去］";
  public static final String BIRTH_DATE_REMOVED = "［出生日期已隐去］";
  public static final String LICENCE_REMOVED = "［执业证号已隐去］";

  /** A professional's licence number (律师执业证号): a person's identifier, as an ID number is. */
  private static final Pattern LICENCE_LABEL =
      Pattern.compile("(?:执\\s*业\\s*证(?:书)?|注册会计师证|资格证(?:书)?)\\s*(?:证号|号码|编号|号)(?:为|是)?[:：]?\\s*$");

  /**
   * A person's birth date, in digits or Chinese numerals: 1975年6月15日出生, 一九七五年六月十五日出生,
   * 出生日期：1975-06-15, 生日为1975年6月15日, 生于1975年6月.
   */
  private static final Pattern BIRTH_DATE =
      Pattern.compile(
          "(?:(?:19|20)[0-9]{2}\\s*年\\s*[0-9]{1,2}\\s*月(?:\\s*[0-9]{1,2}\\s*日)?|"
              + ChineseDates.YEAR_MONTH
              + ")(?=\\s*(?:出生|生人|生，|生,|生）))"
              + "|(?<=出[生身]日期[:：]?\\s{0,2}|出[生身]年月[:：]?\\s{0,2}|生于|生日(?:为|是)?[:：]?\\s{0,2})"
              + "(?:(?:19|20)[0-9]{2}(?:[-./年][0-9]{1,2}(?:[-./月][0-9]{1,2}日?)?月?)?|"
              + ChineseDates.YEAR_MONTH
              + ")");

  /** A run of digits, with an ID's final X. */
  private static final Pattern DIGITS =
      Pattern.compile("(?<![0-9A-Za-z*])[0-9]+[Xx]?(?![0-9A-Za-z*])");

  /**
   * The same, broken by the single spaces or hyphens people type inside numbers. Bounded: no
   * personal number is longer (a card's 19 digits and 18 separators), and an unbounded group would
   * recurse once per digit of a long run until the stack overflows.
   */
  private static final Pattern SPACED =
      Pattern.compile(
          "(?<![0-9A-Za-z*])[0-9](?:[ \\-]?[0-9]){0,40}(?:[ \\-]?[Xx])?(?![0-9A-Za-z*])");

  private static final Pattern ACCOUNT_LABEL =
      Pattern.compile("(?:账号|帐号|账户|帐户|卡号|银行卡)(?:为|是)?[:：]?\\s*$");

  private static final Pattern DOCUMENT_LABEL = Pattern.compile("(?:文号|字号|编号)[:：]?\\s*$");

  /** Digits and stars, a final X: a number someone masked in part, its remains still readable. */
  private static final Pattern STARRED =
      Pattern.compile(
          // A spreadsheet may have turned an ID into a number (5.13224198****31E+17).
          "(?<![0-9A-Za-z*])(?:[0-9]\\.)?[A-Z]?[0-9*]{7,19}[0-9A-Za-z*](?![0-9*])");

  /** Letters a site masked digits with (512226XXXXXXXX0015, 138××××1840), read as stars. */
  private static final Pattern X_MASK = Pattern.compile("(?<=[0-9*])[Xx×]{2,}|[Xx×]{2,}(?=[0-9*])");

  /** An organisation's code, public by law even when a site starred part of it. */
  private static final Pattern CREDIT_CODE_LABEL = Pattern.compile("(?:信用代码|注册号|组织机构代码)[:：]?\\s*$");

  /** Words of an ID's label, however spaced (居民身 份证编号). */
  private static final Pattern ID_WORDS = Pattern.compile("身\\s*份|证\\s*件");

  private static final Pattern PHONE_LABEL =
      Pattern.compile("(?:电话|手机|联系方式)(?:号码)?(?:为|是)?[:：]?\\s*$");

  private static final Pattern ID_LABEL =
      Pattern.compile("(?:身份证件?(?:号码|号)?|公民身份号码|身份号码|证件号码|证件号)(?:为|是)?[:：]?\\s*$");

  /** The code of an administrative counterpart: a person's ID where it is not a credit code. */
  private static final Pattern COUNTERPART_LABEL = Pattern.compile("行政相对人代码(?:[-—_:：\\s]*|——)$");

  private static final Pattern SEPARATORS = Pattern.compile("[ \\-]");

  /** The codes of provinces (11 北京 … 65 新疆) that begin every resident ID. */
  private static final Pattern PROVINCE =
      Pattern.compile("1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]");

  private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");
  private static final Pattern INTERNATIONAL_MOBILE = Pattern.compile("(?:00)?861[3-9][0-9]{9}");
  private static final Pattern STARRED_MOBILE = Pattern.compile("1[3-9][0-9*]{9}");
  private static final Pattern LONG_RUN = Pattern.compile("[0-9]{8,}");
  private static final Pattern CARD_RANGE =
      Pattern.compile("(?:62|9[5-9]|5[1-5]|35)[0-9]{14,17}|4[0-9]{15,18}");
  private static final Pattern CARD_GROUPS =
      Pattern.compile("[0-9]{4}([ \\-][0-9]{4})+([ \\-]?[0-9]{1,3})?");

  /** No rule takes a number shorter than this: every date, amount and count stays, unread. */
  private static final int SHORTEST = 8;

  private PersonalData() {}

  /** {@code text} with every ID, mobile and account number replaced. */
  public static String redact(String text) {
    String numbersRemoved =
        hasDigit(text) ? scan(scan(scan(text, DIGITS, null), SPACED, null), STARRED, null) : text;
    if (numbersRemoved.indexOf('生') < 0 && numbersRemoved.indexOf('身') < 0) {
      return numbersRemoved; // every form of a birth date says 生 (or 出身, mistyped)
    }
    return BIRTH_DATE.matcher(numbersRemoved).replaceAll(BIRTH_DATE_REMOVED);
  }

  /** The personal numbers {@code text} shows, for sweeps that prove none is published. */
  public static List<String> find(String text) {
    List<String> found = new ArrayList<>();
    if (hasDigit(text)) {
      scan(scan(scan(text, DIGITS, found), SPACED, found), STARRED, found);
    }
    return found;
  }

  /** The birth dates of the resident ID numbers {@code text} shows. */
  public static List<java.time.LocalDate> birthDates(String text) {
    List<java.time.LocalDate> dates = new ArrayList<>();
    for (String number : find(text)) {
      String digits = SEPARATORS.matcher(number).replaceAll("");
      if (digits.length() == 18 && ResidentId.isValid(digits)) {
        dates.add(
            java.time.LocalDate.of(
                Integer.parseInt(digits.substring(6, 10)),
                Integer.parseInt(digits.substring(10, 12)),
                Integer.parseInt(digits.substring(12, 14))));
      }
    }
    return dates;
  }

  /** Replaces the personal numbers {@code numbers} finds, noting them in {@code found} if given. */
  private static String scan(String text, Pattern numbers, @Nullable List<String> found) {
    String folded = foldWidth(text);
    if (numbers == STARRED) {
      folded = X_MASK.matcher(folded).replaceAll(m -> "*".repeat(m.group().length()));
    }
    Matcher matcher = numbers.matcher(folded);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (matcher.find()) {
      String replacement = replacement(folded, matcher.start(), matcher.group());
      if (replacement != null) {
        if (found != null) {
          found.add(matcher.group());
        }
        out.append(text, last, countryCodePlus(text, matcher.start(), replacement))
            .append(replacement);
        last = matcher.end();
      }
    }
    return last == 0 ? text : out.append(text, last, text.length()).toString();
  }

  /** Where a removed number starts, with the + of a country code before it (+86 138…). */
  private static int countryCodePlus(String text, int start, String replacement) {
    return replacement.equals(PHONE_REMOVED)
            && start > 0
            && (text.charAt(start - 1) == '+' || text.charAt(start - 1) == '＋')
        ? start - 1
        : start;
  }

  private static @Nullable String replacement(String text, int start, String number) {
    String digits = SEPARATORS.matcher(number).replaceAll("");
    if (digits.length() < SHORTEST) {
      return null;
    }
    if (digits.length() == 18 && ResidentId.isValid(digits)) {
      return ID_REMOVED;
    }
    String label = before(text, start);
    if (digits.indexOf('*') >= 0) {
      return starred(digits, label);
    }
    if ((digits.length() == 15 || digits.length() == 18) && ID_LABEL.matcher(label).find()) {
      return ID_REMOVED;
    }
    if ((digits.length() == 15 || digits.length() == 18)
        && COUNTERPART_LABEL.matcher(label).find()
        && !CreditCode.hasValidCheckCharacter(digits)) {
      return ID_REMOVED;
    }
    if (looksLikeResidentId(number, digits)
        && !CREDIT_CODE_LABEL.matcher(label).find()
        && !DOCUMENT_LABEL.matcher(label).find()
        && !CreditCode.hasValidCheckCharacter(digits)) {
      return ID_REMOVED; // a first-generation ID, or one with a mistyped check character
    }
    if (MOBILE.matcher(digits).matches() || INTERNATIONAL_MOBILE.matcher(digits).matches()) {
      return PHONE_REMOVED;
    }
    if (LICENCE_LABEL.matcher(label).find()) {
      return LICENCE_REMOVED;
    }
    if (DOCUMENT_LABEL.matcher(before(text, start)).find()) {
      return null; // a document number (文号), public by law, whatever its digits look like
    }
    if (CREDIT_CODE_LABEL.matcher(label).find()) {
      return null; // an organisation's registration number (注册号), public by law
    }
    if (isCardNumber(number, digits)) {
      return ACCOUNT_REMOVED;
    }
    if (LONG_RUN.matcher(digits).matches() && ACCOUNT_LABEL.matcher(before(text, start)).find()) {
      return ACCOUNT_REMOVED;
    }
    return null;
  }

  /**
   * What a half-masked number is, by its label and shape: an organisation's code stays; after an
   * account or phone label, or shaped as a mobile number, it goes as such; any other with 14 or
   * more characters is taken for a resident ID, a shorter one with three or more stars for the ends
   * of an account.
   */
  private static @Nullable String starred(String digits, String label) {
    long shown = digits.chars().filter(Character::isDigit).count();
    if (shown < 3 || digits.chars().filter(c -> c == '*').count() < 2) {
      return null;
    }
    if (ID_WORDS.matcher(label).find()) {
      return ID_REMOVED; // 居民身份证编号 ends like a document number's label, but is an ID's
    }
    if (CREDIT_CODE_LABEL.matcher(label).find()) {
      return null;
    }
    // A document's number may be starred in part; one of an ID's length is an ID, whatever the
    // label (驾驶证档案编号).
    if (DOCUMENT_LABEL.matcher(label).find() && digits.length() < 14) {
      return null;
    }
    if (ACCOUNT_LABEL.matcher(label).find()) {
      return ACCOUNT_REMOVED;
    }
    if (PHONE_LABEL.matcher(label).find() || STARRED_MOBILE.matcher(digits).matches()) {
      return PHONE_REMOVED;
    }
    if (digits.length() >= 14) {
      return ID_REMOVED;
    }
    // Shorter remains (深圳（01*****094）, 资金账号10*****126) are the ends of accounts.
    return digits.chars().filter(c -> c == '*').count() >= 3 ? ACCOUNT_REMOVED : null;
  }

  /**
   * A resident ID however written: 15 digits (the first generation, born 19YYMMDD) that are no
   * business registration number (注册号, whose last digit checks the others), or 17 and a check
   * character whatever the check; after a province's code, with a real birth date, and typed whole
   * or split where an ID's parts meet (110105 19491231 002X), not as a document number's parts.
   */
  private static boolean looksLikeResidentId(String typed, String digits) {
    boolean old = digits.length() == 15;
    if (!(old || digits.length() == 18)
        || !PROVINCE.matcher(digits).lookingAt()
        || (old && isRegistrationNumber(digits))
        || !splitAsAnId(typed, old ? 12 : 14)) {
      return false;
    }
    String born = old ? "19" + digits.substring(6, 12) : digits.substring(6, 14);
    try {
      int year = Integer.parseInt(born.substring(0, 4));
      java.time.LocalDate.of(
          year, Integer.parseInt(born.substring(4, 6)), Integer.parseInt(born.substring(6, 8)));
      return year >= 1900 && year < 2100;
    } catch (DateTimeException | NumberFormatException notADate) {
      return false;
    }
  }

  /** Whether every separator in {@code typed} stands after the region (6) or the birth date. */
  private static boolean splitAsAnId(String typed, int birthEnd) {
    int seen = 0;
    for (int i = 0; i < typed.length(); i++) {
      if (Character.isDigit(typed.charAt(i)) || typed.charAt(i) == 'X' || typed.charAt(i) == 'x') {
        seen++;
      } else if (seen != 6 && seen != birthEnd) {
        return false;
      }
    }
    return true;
  }

  /** A 15-digit business registration number's check (GB/T 17710, ISO 7064 MOD 11,10). */
  private static boolean isRegistrationNumber(String digits) {
    int p = 10;
    for (int i = 0; i < 14; i++) {
      int s = (p + digits.charAt(i) - '0') % 10;
      p = (s == 0 ? 10 : s) * 2 % 11;
    }
    return (11 - p) % 10 == digits.charAt(14) - '0';
  }

  /**
   * A payment card number: 16 to 19 digits of a card issuer's range (UnionPay 62, the older
   * domestic 95–99, Visa 4, Mastercard 51–55, JCB 35), typed whole or in groups of four, passing
   * the Luhn check. A credit code is never one.
   */
  private static boolean isCardNumber(String typed, String digits) {
    return CARD_RANGE.matcher(digits).matches()
        && (typed.equals(digits) || CARD_GROUPS.matcher(typed).matches())
        && !(digits.length() == 18 && CreditCode.hasValidCheckCharacter(digits))
        && luhn(digits);
  }

  /** The few characters before a number, where its label stands. */
  private static String before(String text, int start) {
    return text.substring(Math.max(0, start - 12), start);
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /** Whether {@code text} holds a digit, ASCII or full-width. */
  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
        return true;
      }
    }
    return false;
  }

  /**
   * Full-width digits and letters folded to ASCII, one char for one, so offsets stay: a Chinese
   * input method types ９１３３… as readily as 9133….
   */
  public static String foldWidth(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ' || c == '＊') {
        chars[i] = (char) (c - 0xFEE0);
      } else if (c == '　') {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }
}
