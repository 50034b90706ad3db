package org.zhifagongkai.api.identifier;

/**
 * The 15-digit business registration number (工商注册号, GS15—2006) that preceded the credit code: 6
 * digits of the registering office, 8 of sequence and an ISO 7064 MOD 11,10 check digit.
 */
public final class RegistrationNumber {

  private RegistrationNumber() {}

  /** The check digit the first 14 digits call for. */
  public static int checkDigitFor(CharSequence first14) {
    int product = 10;
    for (int i = 0; i < 14; i++) {
      int sum = product % 11 + (first14.charAt(i) - '0');
      int remainder = sum % 10;
      product = (remainder == 0 ? 10 : remainder) * 2;
    }
    return (11 - product % 11) % 10;
  }

  /** Whether {@code number} is 15 digits whose last is the check digit. */
  public static boolean isValid(CharSequence number) {
    if (number.length() != 15) {
      return false;
    }
    for (int i = 0; i < 15; i++) {
      if (number.charAt(i) < '0' || number.charAt(i) > '9') {
        return false;
      }
    }
    return checkDigitFor(number) == number.charAt(14) - '0';
  }
}
