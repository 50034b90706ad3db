package org.zhifagongkai.api.complaint;

import java.util.regex.Pattern;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.identifier.PersonalData;

/**
 * What filers and staff type, kept as the plain text it is: nothing in it is read as markup or
 * entities (so {@code &lt;b&gt;} stays those eight characters, and {@code <b>} stays text that
 * every output escapes), control and zero-width characters removed, blank runs collapsed, and the
 * length bounded.
 */
public final class ComplaintText {

  private static final Pattern INVISIBLE =
      Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}&&[^\\n\\t]]|[\\u200B-\\u200F\\u2028\\u2029\\uFEFF]");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u3000]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n(\\s*\\n)+");

  /**
   * A mobile (1[3-9] and nine digits) or a fixed line: an area code (010, 02x, or 0 and three
   * digits from 3) and a local number of seven or eight digits, which never begins with 0 or 1.
   */
  private static final Pattern PHONE =
      Pattern.compile("1[3-9][0-9]{9}|0(?:10|2[0-9])[2-9][0-9]{7}|0[3-9][0-9]{2}[2-9][0-9]{6,7}");

  /** The longest note staff write on an order: a reason, a route, the hotline's remark. */
  public static final int NOTE_LENGTH = 2000;

  private ComplaintText() {}

  /**
   * What staff write on an order (a reason, a route, a remark), which the filer, its handlers and
   * the public site read: plain text of 1 to {@link #NOTE_LENGTH} characters; else INVALID_TEXT.
   */
  public static String note(String given, String nameZh, String nameEn) {
    return plain(given, 1, NOTE_LENGTH, nameZh, nameEn);
  }

  /**
   * Plain text of {@code given}, between {@code min} and {@code max} characters; else INVALID_TEXT.
   */
  public static String plain(String given, int min, int max, String nameZh, String nameEn) {
    String text = INVISIBLE.matcher(given).replaceAll("");
    text = SPACES.matcher(text).replaceAll(" ");
    text = BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    int length = text.codePointCount(0, text.length());
    if (length < min || length > max) {
      throw new PortalException(
          ErrorCode.INVALID_TEXT,
          nameZh + "应为 " + min + "–" + max + " 个字（去除格式后为 " + length + " 个）",
          nameEn + " must have " + min + "–" + max + " characters (got " + length + ")");
    }
    return text;
  }

  /**
   * A mobile or fixed-line number with its separators removed and full-width digits read as digits;
   * else INVALID_PHONE.
   */
  public static String phone(String given) {
    String digits = PersonalData.foldWidth(given).replaceAll("[\\s\\-－()（）]", "");
    if (!PHONE.matcher(digits).matches()) {
      throw new PortalException(
          ErrorCode.INVALID_PHONE,
          "联系电话应为 11 位手机号或带区号的固定电话：" + given,
          "The contact phone must be an 11-digit mobile or a fixed line with its area code: "
              + given);
    }
    return digits;
  }
}
