package org.zhifagongkai.api.identifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How people write an organisation's name: whole, or its core without the region before it or the
 * form after it (东湖示例贸易, 示例贸易公司), or its 字号 with a form (示例公司); each as a pattern over a {@link
 * FoldedText}, so that spacing, punctuation, width and case do not matter.
 */
public final class OrganisationNames {

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

  private OrganisationNames() {}

  /** Patterns finding {@code name} as it may be written, over a {@link FoldedText}. */
  public static List<Pattern> mentions(String name) {
    List<Pattern> patterns = new ArrayList<>();
    String given = name.strip();
    forms(given, patterns);
    String unbracketed = BRACKETED.matcher(given).replaceAll("");
    if (!unbracketed.equals(given)) {
      forms(unbracketed, patterns);
    }
    return patterns;
  }

  /**
   * The name whole, and its core (without region and form) with or without its region's parts (each
   * also without 市, 区…) and any form after it; its 字号 (the core without its trade) likewise. A core
   * or 字号 of two characters (建材) is as likely the matter's word as the enterprise, so it counts
   * only with a region before it or a form after it.
   */
  private static void forms(String name, List<Pattern> patterns) {
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
}
