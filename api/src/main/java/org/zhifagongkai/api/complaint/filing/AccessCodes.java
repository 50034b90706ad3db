package org.zhifagongkai.api.complaint.filing;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.zhifagongkai.api.staff.StaffTokens;

/**
 * Tracking numbers and access codes. The number names a complaint and may be read out on the phone;
 * the code proves the holder filed it. Only the code's SHA-256 is stored: 50 random bits, with
 * guessing throttled per number, are beyond reach of a search, so no slow hash is needed.
 */
public final class AccessCodes {

  /** No 0/O, 1/I/L: codes are read aloud and typed from paper. */
  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

  private static final int CODE_LENGTH = 10;
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
  private static final SecureRandom RANDOM = new SecureRandom();

  private AccessCodes() {}

  /**
   * {@code ZF-20261120-0000042-7}: the filing day, the complaint's id and a Luhn check digit, so
   * that a mistyped number is caught before any lookup. Unique by construction; it need not be
   * secret, the access code is.
   */
  static String trackingNumber(LocalDate filedOn, long id) {
    String body = filedOn.format(DAY) + "-" + String.format("%07d", id);
    return "ZF-" + body + "-" + checkDigit(body.replace("-", ""));
  }

  /** Whether {@code number} has the layout and check digit of a tracking number. */
  public static boolean isWellFormed(String number) {
    if (!number.matches("ZF-[0-9]{8}-[0-9]{7,}-[0-9]")) {
      return false;
    }
    String body = number.substring(3, number.length() - 2).replace("-", "");
    return checkDigit(body) == number.charAt(number.length() - 1);
  }

  private static char checkDigit(String digits) {
    int sum = 0;
    boolean doubled = true;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
      doubled = !doubled;
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  static String accessCode() {
    StringBuilder code = new StringBuilder(CODE_LENGTH);
    for (int i = 0; i < CODE_LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** The stored form of a code as typed: spaces and case do not matter. */
  static byte[] hash(String code) {
    return StaffTokens.hash(code.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT));
  }

  static String normalizeTrackingNumber(String number) {
    return number.strip().toUpperCase(Locale.ROOT);
  }
}
