package org.zhifagongkai.api.complaint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
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

  /** One part of a region before a name: 东湖市, 湖滨区, 浙江省… (two to six characters each). */
  private static final Pattern REGION_PART =
      Pattern.compile("\\p{IsHan}{1,6}?(?:省|自治区|市|自治州|地区|盟|区|县|旗|镇|乡|街道)");

  private static final Pattern REGION_PREFIX = Pattern.compile("^(?:" + REGION_PART + ")+");

  /** The forms after a name: 有限公司, 分公司, 经营部… */
  private static final String FORMS = "股份有限公司|有限责任公司|有限公司|分公司|公司|集团|合作社|经营部|商行|门市部|厂|店|中心|事务所";

  private static final Pattern FORM_SUFFIX = Pattern.compile("(?:" + FORMS + ")+$");

  /** The trade after a 字号: 示例 in 示例贸易. */
  private static final Pattern TRADE_SUFFIX =
      Pattern.compile(
          "(?:商贸|贸易|科技|实业|建材|建筑|工程|建设|食品|餐饮|物流|运输|电子|机械|化工|医药|网络|信息技术|技术|环保|能源|"
              + "房地产开发|房地产|置业|投资|咨询|服务|商务|文化|传媒|农业|生物|制造|设备|材料|纺织|服饰|印刷|包装|汽车|酒店|旅游)$");

  /** A part in brackets inside a name: 示例（东湖）贸易有限公司. */
  private static final Pattern BRACKETED = Pattern.compile("[（(][^）)]*[）)]");

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
          "(?i)(?:QQ|ＱＱ|微信|wechat)(?:号码|号|账号)?\\s*[：:]?\\s*[A-Za-z0-9０-９][-_A-Za-z0-9０-９]{4,19}");

  /**
   * A landline: an area code (010, 02x, 0 and three digits) and a local number of 7 or 8 digits.
   */
  private static final Pattern LANDLINE =
      Pattern.compile(
          "(?<![0-9０-９])[(（]?\\s*[0０][1-9１-９][0-9０-９]{1,2}\\s*[)）]?\\s*[-－—–\\s]?\\s*"
              + "[2-9２-９][0-9０-９]{2,3}\\s*[-－—–\\s]?\\s*[0-9０-９]{4}(?![0-9０-９])");

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
    String name = enterprise.name().strip();
    names(name, patterns);
    String unbracketed = BRACKETED.matcher(name).replaceAll("");
    if (!unbracketed.equals(name)) {
      names(unbracketed, patterns);
    }
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
   * The name whole, and its core (without region and form) with or without its region's parts (each
   * also without 市, 区…) and any form after it; its 字号 (the core without its trade) likewise. A core
   * or 字号 of two characters (建材) is as likely the matter's word as the enterprise, so it counts
   * only with a region before it or a form after it.
   */
  private static void names(String name, List<Pattern> patterns) {
    String folded = FoldedText.fold(name);
    if (folded.codePointCount(0, folded.length()) >= 2) {
      patterns.add(Pattern.compile(Pattern.quote(folded)));
    }
    Matcher regionMatch = REGION_PREFIX.matcher(name);
    String region = regionMatch.lookingAt() ? regionMatch.group() : "";
    String core = FORM_SUFFIX.matcher(name.substring(region.length())).replaceAll("");
    String regions = regionParts(region);
    String forms =
        Arrays.stream(FORMS.split("\\|"))
            .map(form -> Pattern.quote(FoldedText.fold(form)))
            .collect(Collectors.joining("|", "(?:", ")"));
    String trade = "";
    Matcher tradeMatch = TRADE_SUFFIX.matcher(core);
    String brand = core;
    if (tradeMatch.find() && tradeMatch.start() >= 2) {
      brand = core.substring(0, tradeMatch.start());
      trade = Pattern.quote(FoldedText.fold(tradeMatch.group()));
    }
    for (String shortName : List.of(core, brand)) {
      String quoted = Pattern.quote(FoldedText.fold(shortName));
      if (quoted.length() <= "\\Q\\E".length()) {
        continue;
      }
      String tradeAfter = shortName.equals(brand) && !trade.isEmpty() ? "(?:" + trade + ")?" : "";
      int length =
          FoldedText.fold(shortName).codePointCount(0, FoldedText.fold(shortName).length());
      if (length >= 3) {
        patterns.add(Pattern.compile(regions + quoted + tradeAfter + forms + "?"));
      } else if (length == 2) {
        patterns.add(Pattern.compile(regions + quoted + tradeAfter + forms));
        if (!region.isEmpty()) {
          patterns.add(
              Pattern.compile(regionsRequired(region) + quoted + tradeAfter + forms + "?"));
        }
      }
    }
  }

  /** The region's parts, each optional and each with or without its 市, 区…: (?:东湖市?)?(?:湖滨区?)?. */
  private static String regionParts(String region) {
    StringBuilder parts = new StringBuilder();
    for (String part : parts(region)) {
      parts.append("(?:").append(part).append(")?");
    }
    return parts.toString();
  }

  /** The region's parts, at least one present. */
  private static String regionsRequired(String region) {
    return "(?:" + String.join("|", parts(region)) + ")+";
  }

  private static List<String> parts(String region) {
    List<String> parts = new ArrayList<>();
    Matcher part = REGION_PART.matcher(region);
    while (part.find()) {
      String whole = part.group();
      String bare = whole.substring(0, whole.length() - 1);
      String foldedWhole = Pattern.quote(FoldedText.fold(whole));
      parts.add(
          bare.codePointCount(0, bare.length()) >= 2
              ? foldedWhole + "|" + Pattern.quote(FoldedText.fold(bare))
              : foldedWhole);
    }
    return parts;
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
