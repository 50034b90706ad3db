package org.zhifagongkai.api.complaint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.identifier.PersonalData;

/**
 * What names the complainant inside its own words. An enterprise that did not agree to be named
 * still writes 我司东湖市某某贸易有限公司 or its phone into its description and its rating comment, which the
 * body complained about reads: there its name (also without the region before it or the form after
 * it), credit code, contact and phone, however spaced, and any ID, mobile or account number, are
 * removed.
 */
final class ComplainantMentions {

  static final String REMOVED = "［投诉人信息已隐去］";

  /** A region before a name: 东湖市, 湖滨区, 浙江省杭州市… (each part two to six characters). */
  private static final Pattern REGION_PREFIX =
      Pattern.compile("^(?:\\p{IsHan}{1,6}?(?:省|自治区|市|自治州|地区|盟|区|县|旗|镇|乡|街道))+");

  /** The form after a name: 有限公司, 分公司, 经营部… */
  private static final Pattern FORM_SUFFIX =
      Pattern.compile("(?:股份有限公司|有限责任公司|有限公司|分公司|公司|集团|合作社|经营部|商行|门市部|厂|店|中心|事务所)$");

  /** Separators people type inside a number: spaces, hyphens, dots. */
  private static final String SEPARATOR = "[\\s\\-－.·]*";

  private ComplainantMentions() {}

  /** {@code text} without what names {@code enterprise}; null stays null. */
  static @Nullable String without(
      @Nullable String text, Complaint.@Nullable Enterprise enterprise) {
    if (text == null) {
      return null;
    }
    String clean = text;
    if (enterprise != null) {
      for (Pattern mention : mentions(enterprise)) {
        clean = mention.matcher(clean).replaceAll(REMOVED);
      }
    }
    return PersonalData.redact(clean);
  }

  /** The enterprise's names and numbers as they may be typed, longest first. */
  private static List<Pattern> mentions(Complaint.Enterprise enterprise) {
    String name = enterprise.name().strip();
    List<String> literal = new ArrayList<>();
    for (String given : List.of(name, enterprise.contactName().strip())) {
      if (given.codePointCount(0, given.length()) >= 2) {
        literal.add(given);
      }
    }
    // A shortened name of two characters (建材) is as likely the matter's word as the enterprise.
    String formless = FORM_SUFFIX.matcher(name).replaceAll("");
    Set<String> shortened =
        new LinkedHashSet<>(
            List.of(
                formless,
                REGION_PREFIX.matcher(formless).replaceAll(""),
                REGION_PREFIX.matcher(name).replaceAll("")));
    for (String one : shortened) {
      if (one.codePointCount(0, one.length()) >= 3 && !literal.contains(one)) {
        literal.add(one);
      }
    }
    literal.sort(Comparator.comparingInt(String::length).reversed());
    List<Pattern> patterns = new ArrayList<>();
    for (String one : literal) {
      patterns.add(Pattern.compile(Pattern.quote(one)));
    }
    patterns.add(spaced(enterprise.creditCode().toUpperCase(Locale.ROOT), ""));
    patterns.add(spaced(enterprise.contactPhone(), "(?:\\+?86|0086)?" + SEPARATOR));
    return patterns;
  }

  /**
   * {@code number}, its characters in any case with separators between them, after {@code lead}.
   */
  private static Pattern spaced(String number, String lead) {
    StringBuilder pattern = new StringBuilder("(?<![0-9A-Za-z])").append(lead);
    for (int i = 0; i < number.length(); i++) {
      if (i > 0) {
        pattern.append(SEPARATOR);
      }
      pattern.append(Pattern.quote(String.valueOf(number.charAt(i))));
    }
    return Pattern.compile(
        pattern.append("(?![0-9A-Za-z])").toString(),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
