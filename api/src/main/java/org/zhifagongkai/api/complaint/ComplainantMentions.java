package org.zhifagongkai.api.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.identifier.FoldedText;
import org.zhifagongkai.api.identifier.OrganisationNames;
import org.zhifagongkai.api.identifier.PersonalData;

/**
 * What names the complainant inside its own words. An enterprise that did not agree to be named
 * still writes 我司东湖市某某贸易有限公司 or its phone into its description and its rating comment, which the
 * body complained about reads. Its name (also without the region before it or the form after it, or
 * the form alone after its 字号), credit code and organisation code, contact and phone are looked for
 * in the text read as its letters and digits only ({@link FoldedText}: full-width, lower case,
 * spaced, dotted, read out in Chinese numerals), and removed as typed; so are any e-mail address,
 * QQ or WeChat account, landline, labelled address, and any ID, mobile or account number.
 */
final class ComplainantMentions {

  static final String REMOVED = "［投诉人信息已隐去］";

  /** A mobile number however typed or read out (一三八…), over a {@link FoldedText}. */
  private static final Pattern MOBILE =
      Pattern.compile("(?<![0-9])(?:0{0,2}86)?1[3-9][0-9]{9}(?![0-9])");

  /** An e-mail address, also with full-width @ and dots. */
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9._%+\\-]+\\s*[@＠]\\s*[A-Za-z0-9\\-]+(?:\\s*[.．。]\\s*[A-Za-z0-9\\-]+)+");

  /** A QQ or WeChat account after its label. */
  private static final Pattern MESSENGER =
      Pattern.compile(
          "(?i)(?:QQ|ＱＱ|微信|wechat)(?:号码|号|账号)?\\s*+[：:]?\\s*+[A-Za-z0-9０-９][-_A-Za-z0-9０-９]{4,19}");

  /**
   * A landline: an area code (010, 02x, 0 and three digits) and a local number of 7 or 8 digits.
   */
  private static final Pattern LANDLINE =
      Pattern.compile(
          "(?<![0-9０-９])(?:[(（]\\s*[0０][1-9１-９][0-9０-９]{1,2}\\s*[)）]|[0０][1-9１-９][0-9０-９]{1,2})"
              + "\\s*+[-－—–\\s]?\\s*+[2-9２-９][0-9０-９]{2,3}\\s*+[-－—–\\s]?\\s*+[0-9０-９]{4}(?![0-9０-９])");

  /** An address after its label, up to the end of its clause. */
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?<=(?:地址|住所|住址|经营场所|办公地点|厂址|位于|坐落于)(?:在|为|是)?[：:]?\\s{0,2})"
              + "[^，。；,;、\\n（）()]{2,40}?(?:路|街|道|巷|弄|号|村|组|楼|室|幢|栋|园|广场|大厦)"
              + "(?:[^，。；,;、\\n（）()]{0,12}?(?:号|楼|室|层|单元))?");

  private ComplainantMentions() {}

  /** {@code text} without what names {@code enterprise}; null stays null. */
  static @Nullable String without(
      @Nullable String text, Complaint.@Nullable Enterprise enterprise) {
    if (text == null) {
      return null;
    }
    List<Pattern> mentions = new ArrayList<>();
    mentions.add(MOBILE);
    if (enterprise != null) {
      mentions.addAll(mentions(enterprise));
    }
    String clean = FoldedText.of(text).replace(mentions, REMOVED);
    for (Pattern contact : List.of(EMAIL, MESSENGER, LANDLINE, ADDRESS)) {
      clean = contact.matcher(clean).replaceAll(Matcher.quoteReplacement(REMOVED));
    }
    return PersonalData.redact(clean);
  }

  /** The enterprise's names and numbers as patterns over a {@link FoldedText}. */
  private static List<Pattern> mentions(Complaint.Enterprise enterprise) {
    List<Pattern> patterns = new ArrayList<>();
    patterns.addAll(OrganisationNames.mentions(enterprise.name()));
    String contact = FoldedText.fold(enterprise.contactName());
    if (contact.codePointCount(0, contact.length()) >= 2) {
      patterns.add(Pattern.compile(Pattern.quote(contact)));
    }
    String code = FoldedText.fold(enterprise.creditCode());
    patterns.add(Pattern.compile(Pattern.quote(code)));
    if (code.length() == 18) {
      // The organisation code inside it (its 9th to 17th characters) names the enterprise too.
      patterns.add(Pattern.compile(Pattern.quote(code.substring(8, 17))));
    }
    phone(FoldedText.fold(enterprise.contactPhone()), patterns);
    return patterns;
  }

  /**
   * The phone: a mobile also after +86 or 0086; a landline also after 86 without its 0, and its
   * local number alone where no digit stands beside it.
   */
  private static void phone(String digits, List<Pattern> patterns) {
    if (digits.length() < 7) {
      return;
    }
    patterns.add(Pattern.compile("(?:0{0,2}86)?" + Pattern.quote(digits)));
    if (digits.startsWith("0")) {
      patterns.add(Pattern.compile("0{0,2}86" + Pattern.quote(digits.substring(1))));
      String local = digits.replaceFirst("^0(?:10|2[0-9]|[3-9][0-9]{2})", "");
      if (local.length() >= 7 && local.length() < digits.length()) {
        patterns.add(Pattern.compile("(?<![0-9])" + Pattern.quote(local) + "(?![0-9])"));
      }
    }
  }
}
