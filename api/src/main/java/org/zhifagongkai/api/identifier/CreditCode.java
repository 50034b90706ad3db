package org.zhifagongkai.api.identifier;

import java.util.Locale;
import java.util.regex.Pattern;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters over the 31-symbol alphabet without I, O, S, V and Z, the
 * last a MOD 31 check character.
 *
 * <p>Some legally issued codes (early pilots) fail the check, so the check is separate from the
 * format.
 */
public final class CreditCode {

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final Pattern FORMAT =
      Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}");

  private CreditCode() {}

  /**
   * The code in canonical form (no spaces, half-width, upper case), or an INVALID_CREDIT_CODE error
   * when it is not 18 characters of the GB 32100 alphabet in the GB 32100 layout.
   */
  public static String normalize(String code) {
    String canonical =
        PersonalData.foldWidth(code).replaceAll("[\\s\\u3000]", "").toUpperCase(Locale.ROOT);
    if (RegistrationNumber.isValid(canonical)) {
      // Enterprises registered before 2015 still quote the old number; tell them what to give.
      throw new PortalException(
          ErrorCode.INVALID_CREDIT_CODE,
          "这是 15 位工商注册号，请填写营业执照上的 18 位统一社会信用代码：" + code,
          "This is a 15-digit registration number; give the 18-character unified social credit"
              + " code on the business licence: "
              + code);
    }
    if (!FORMAT.matcher(canonical).matches()) {
      throw new PortalException(
          ErrorCode.INVALID_CREDIT_CODE,
          "统一社会信用代码应为 18 位（数字与除 I、O、S、V、Z 外的大写字母）：" + code,
          "A unified social credit code has 18 characters of digits and capitals other than I, O,"
              + " S, V and Z: "
              + code);
    }
    return canonical;
  }

  /** The check character the first 17 characters call for. */
  public static char checkCharacterFor(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /** Whether a well-formed code's last character matches its check. */
  public static boolean hasValidCheckCharacter(String code) {
    return FORMAT.matcher(code).matches() && checkCharacterFor(code) == code.charAt(17);
  }
}
