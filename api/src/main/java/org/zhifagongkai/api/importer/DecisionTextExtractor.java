package org.zhifagongkai.api.importer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.penalty.PartyKind;
import org.zhifagongkai.api.penalty.PenaltyKind;
import org.zhifagongkai.api.penalty.PersonNames;
import org.zhifagongkai.api.support.ChineseNumerals;

/**
 * Reads a published decision's document number, party, deciding body, date, citations and penalty
 * kinds out of its title and text, for records whose structured fields are empty. Each field tries
 * a few patterns in order of reliability; what none of them finds stays null.
 */
final class DecisionTextExtractor {

  /** A document number anywhere in a text, for telling a title that ends in one. */
  private static final Pattern NUMBER = DocumentNumbers.NUMBER;

  private static final Pattern PARTY =
      Pattern.compile(
          "(?:行政相对人名称|当事人名称|当事人基本情况|当\\s*事\\s*人|(?m:^)\\s*单\\s*位|被(?:行政)?处罚人|被处罚单位|受处罚人|受处罚单位|受处罚机构|被处罚机构|单位名称(?:[(（]或船名号[)）])?"
              + "|(?<!处罚|案件)名称|被检查单位|(?<!法定代表人|负责人|经营者)姓名)\\s*[：:]\\s*([^，,。；;\\s：:]{2,60})");

  /** Labelled fields of 双公示-style records. */
  private static final Pattern LABELLED_AUTHORITY =
      Pattern.compile(
          "(?:处罚机关|(?:作出|做出)(?:行政)?处罚(?:决定)?的?机关(?:名称)?(?:和日期)?|执法机关)(?:\\s*[：:]\\s*|\\s+)([^\\s，,。：:、]{2,30})");

  /** A labelled decision date; the date itself follows, in digits or in Chinese numerals. */
  private static final Pattern LABELLED_DATE =
      Pattern.compile("(?:处罚决定日期|作出(?:行政)?处罚(?:决定)?的日期|决定日期|处罚日期)\\s*+[：:]?\\s*+(.{6,20})");

  /** A date that ends a period or sets a deadline (至2021年6月16日, 2015年12月20日前), not a signature. */
  private static final Pattern BEFORE_A_BOUND = Pattern.compile("(?:至|限|期限为|截至|到)\\s*$");

  private static final Pattern AFTER_A_BOUND = Pattern.compile("^\\s*(?:前|止|起|至|之前|以前|，缴纳)");

  /**
   * What follows a date of the case, never a signature's: the sentence going on (2024年4月1日，经批准…;
   * 2026年2月12日通过“…). A text cut short may end just after such a date.
   */
  private static final Pattern SENTENCE_GOING_ON =
      Pattern.compile("^\\s*(?:[，,、；;“\"]|通过|经|对|向|在|由|将|予以|接到)");

  /** A page's own publication date in its heading (发布时间：2015-10-13 来源：…). */
  private static final Pattern PAGE_DATE =
      Pattern.compile(
          "(?:发布时间|发布日期|公开日期|公示日期|时间)\\s*[：:]\\s*((?:19|20)[0-9]{2}\\s*[-/.年]\\s*[0-9]{1,2}\\s*[-/.月]\\s*[0-9]{1,2})");

  /** How far into a text a page's heading reaches. */
  private static final int HEADING = 200;

  /**
   * A record's own suffix after the party, as in 某公司-违反税收管理, or the next label where a page lost
   * its spacing (某公司法定代表人:某某地址:…).
   */
  private static final Pattern PARTY_SUFFIX =
      Pattern.compile(
          "(?:[-—](?:违反|违法|其他|未按)|(?<=.{2})(?:法定代表人|法人代表|负责人|地址|住所|统一社会信用代码|民办事业单位"
              + "|事业单位|经营者|注册号|组织机构代码|身份证|登记证|性别|行政处罚决定书文号|处罚名称|处罚类别|行政相对人代码)"
              + "|[、，,](?:男|女|船舶所有人|持证人|名)|[（(]以下简称|[（(][^)）]*$).*$");

  /** Where titles name the party, most telling first; each pattern's group 1 is the party. */
  private static final List<Pattern> PARTY_IN_TITLE =
      List.of(
          Pattern.compile(
              "(?:关于|对)(?:暂停|暂扣|吊销|撤销|注销|取消)?([^，,。]{2,40}?)"
                  + "(?:的行政处罚|行政处罚|的处罚|违法|未|擅自|投标资格|资质|安全生产许可证|等\\d+家)"),
          // 行政处罚信息披露（九州联合（北京）保险经纪有限公司、栾盛元）: brackets may nest once.
          Pattern.compile("[（(]((?:[^（）()]|[（(][^（）()]*[)）]){2,40})[)）]\\s*$"),
          Pattern.compile("——\\s*(.{2,40})$"),
          Pattern.compile("^([^-—]{2,40}?(?:公司|厂|店|部|中心|社|合作社))[-—](?:违反|违法|其他|未按)"),
          Pattern.compile(
              "^(\\p{IsHan}(?:\\p{IsHan}|[（(]\\p{IsHan}{1,10}[)）]){1,40}?"
                  + "(?:有限责任公司|有限公司|分公司|公司|厂|商行|经营部|门市部|合作社|协会|研究会))(?![)）])"),
          Pattern.compile("[（(](\\p{IsHan}{2,30}(?:有限责任公司|有限公司|公司))[)）]"));

  /** What a notice's title puts before the party: 某局关于暂扣…, 关于对…. */
  private static final Pattern TITLE_LEAD =
      Pattern.compile("^(?:.*?关于)?(?:对|暂停|暂扣|吊销|撤销|注销|取消|建议)*");

  /** What a title says a person did, after their name. */
  static final String TITLE_ACT =
      "(?:未|违反|违法|违规|擅自|阻碍|损毁|不|无|销售|生产|经营|殴打|非法|涉嫌|伪造|拒|利用|在|将|以|盗窃|滥伐|扰乱|卖淫|嫖娼"
          + "|购|买|使用|冒用|超|私|丢失|遗失|酒后|醉酒|驾驶|运输|出售|收购|占用|破坏|偷|逃|船舶|少批|多建|漏税|拖欠|克扣|违章"
          + "|占道|随意|聚众|寻衅|赌博|吸毒|贩卖|无照|虚假|提供|接纳|发生|故意|过失|交通|室外|货运|骗取|其他|招用|税务)";

  /** A title naming a person by what they did: 章国正阻碍执行职务案; only a surname tells the name. */
  private static final Pattern PERSON_IN_TITLE =
      Pattern.compile(
          "^(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)?(?:当事人)?(\\p{IsHan}{2,3}?)(?="
              + TITLE_ACT
              + ".{1,80}$|[（(][^）)]{2,30}[）)]"
              + TITLE_ACT
              + ")");

  /** Persons a title lists before what they did: 徐克锋、兰岩云未按规划要求建设. */
  private static final Pattern PERSONS_IN_TITLE =
      Pattern.compile("^(\\p{IsHan}{2,3}(?:、\\p{IsHan}{2,3})+)(?=" + TITLE_ACT + ")");

  /** A fishing or cargo vessel a title names as the party: 浙岱渔03928, 浙玉渔83128船. */
  private static final Pattern VESSEL_IN_TITLE =
      Pattern.compile("^(\\p{IsHan}{2,4}[0-9]{3,6}(?:号)?船?)(?=\\p{IsHan})");

  /** An organisation a title names before what it did: 嵊州市交通培训中心偷税案. */
  private static final Pattern BODY_IN_TITLE =
      Pattern.compile(
          "^(\\p{IsHan}{2,30}?(?:中心|服务部|经营部|部|站|所|院|社|队|网吧|商场|会所|医院|厅|宾馆|餐厅))"
              + "(?="
              + TITLE_ACT
              + "|[（(]|行政处罚|$)");

  /** A shop a title names before what it did: 海盐县武原镇爱华食坊发票丢失案. */
  private static final Pattern SHOP_IN_TITLE =
      Pattern.compile(
          "^(\\p{IsHan}{2,30}(?:店|坊|馆|网吧|超市|酒楼|宾馆|酒店|诊所|药房))(?="
              + TITLE_ACT
              + "|\\p{IsHan}{1,40}案$)");

  private static final Pattern DATE =
      Pattern.compile("((?:19|20)[0-9]{2})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日");

  /** Zero is also typed as a letter O (二OO七年). */
  private static final Pattern CHINESE_DATE =
      Pattern.compile("([〇○零OＯ一二三四五六七八九]{4})年([〇○OＯ一二三四五六七八九十]{1,3})月([〇○OＯ一二三四五六七八九十]{1,3})日");

  private static final Pattern AUTHORITY_HEADING = Pattern.compile("^\\s*(.{2,30}?)行政处罚决定书");

  /** A body named as its officers act (陇西县工商行政管理局执法人员对…): the last resort for a page unsigned. */
  private static final Pattern ACTING_BODY =
      Pattern.compile("([\\p{IsHan}]{2,30}?(?:局|厅|委员会|大队|支队|分局))执法人员");

  private static final Pattern BODY_NAME =
      Pattern.compile("(局|委员会|海关|厅|人民政府|管理处|大队|支队|中心|办公室|分局|所|监管局|银监会|保监会)$");
  private static final Pattern CITATION =
      Pattern.compile(
          "《[^《》]{2,40}》\\s*第[零〇一二两三四五六七八九十百千0-9]+条(?:第[零〇一二三四五六七八九十0-9]+款)?(?:第[（(]?[零〇一二三四五六七八九十0-9]+[)）]?项)?");

  private DecisionTextExtractor() {}

  static ExtractedDecision extract(String title, String text) {
    String all = Normalizer.normalize(title + "\n" + text, Normalizer.Form.NFKC);
    String party = party(title, text);
    return new ExtractedDecision(
        DocumentNumbers.inText(all),
        party,
        authority(text),
        textDate(text),
        citations(all),
        penaltyKinds(text));
  }

  /** Table layouts of 双公示 records: the label's cell, then the value's. */
  private static final Pattern PARTY_CELL =
      Pattern.compile("(?:个人姓名|单位名称|被处罚人|被处罚单位)\\s+([\\p{IsHan}·•()（）]{2,40})");

  /** What follows a place's or a body's name in a title, never a person's (张家港市, 王府井店). */
  private static final Pattern PLACE_OR_BODY_NEXT =
      Pattern.compile("[省市县区州镇乡村港路街]|公司|集团|局|所|店|厂|中心|医院|学校|大学|公安");

  /** A person after the label without its colon: 被处罚人李希轩，男. */
  private static final Pattern PERSON_WITHOUT_COLON =
      Pattern.compile("被(?:行政)?处罚人\\s*(\\p{IsHan}{2,3})[，,、（(]");

  /** A decision addressed to a person by name and ID: 桂为公：公民身份证号：…. */
  private static final Pattern PERSON_ADDRESSED =
      Pattern.compile("(?m)^\\s*(\\p{IsHan}{2,3})\\s*[：:]\\s*(?:公民)?身份证");

  /** A decision addressed to its party: a line of the party's name and a colon (某公司：). */
  private static final Pattern ADDRESSEE =
      Pattern.compile("(?m)^\\s*([\\p{IsHan}()（）·•]{2,40}?(?:公司|厂|店|部|中心|社|行|所|院))\\s*[：:]\\s*$");

  /** The party: the first candidate, in order of reliability, that is a name and not a label. */
  static @Nullable String party(String title, String text) {
    DisclosureTable.Parties table = DisclosureTable.read(text);
    if (table != null && FieldValidator.isPartyName(table.party())) {
      return table.party();
    }
    Matcher matcher = PARTY.matcher(text);
    int from = 0;
    // A label whose value is another label (当事人：单位名称（或船名号）：某船) is searched on from that value.
    while (matcher.find(from)) {
      String named = PARTY_SUFFIX.matcher(matcher.group(1)).replaceFirst("");
      // 名称：某局行政处罚决定书(文号)——某公司 labels the page, not the party.
      if (!named.contains("决定书") && FieldValidator.isPartyName(named)) {
        return named;
      }
      from = matcher.start(1);
    }
    for (Pattern layout : new Pattern[] {PARTY_CELL, ADDRESSEE}) {
      Matcher found = layout.matcher(text);
      if (found.find() && FieldValidator.isPartyName(found.group(1))) {
        return found.group(1);
      }
    }
    for (Pattern layout : new Pattern[] {PERSON_WITHOUT_COLON, PERSON_ADDRESSED}) {
      Matcher found = layout.matcher(text);
      if (found.find() && FieldValidator.isPersonNameInProse(found.group(1))) {
        return found.group(1);
      }
    }
    for (Pattern layout : PARTY_IN_TITLE) {
      Matcher inTitle = layout.matcher(title.strip());
      if (inTitle.find()) {
        String named = TITLE_LEAD.matcher(inTitle.group(1)).replaceFirst("").strip();
        // A title ending in its document number in brackets names no party.
        if (!NUMBER.matcher(named).find() && FieldValidator.isPartyName(named)) {
          return named;
        }
      }
    }
    Matcher person = PERSON_IN_TITLE.matcher(title.strip());
    if (person.find() && FieldValidator.isPersonNameInProse(person.group(1))) {
      return person.group(1);
    }
    Matcher persons = PERSONS_IN_TITLE.matcher(title.strip());
    if (persons.find()
        && java.util.Arrays.stream(persons.group(1).split("、"))
            .allMatch(FieldValidator::isPersonNameInProse)) {
      return persons.group(1);
    }
    for (Pattern named : new Pattern[] {VESSEL_IN_TITLE, SHOP_IN_TITLE, BODY_IN_TITLE}) {
      Matcher found = named.matcher(title.strip());
      if (found.find() && FieldValidator.isPartyName(found.group(1))) {
        return found.group(1);
      }
    }
    // A title that opens with a name the text repeats: 鲁桂成河道范围内违法采砂案.
    String plainTitle = title.strip();
    if (plainTitle.endsWith("案") && plainTitle.length() > 5) {
      String name = plainTitle.substring(0, 3);
      if (name.matches("\\p{IsHan}+")
          && FieldValidator.isPersonNameInProse(name)
          && !GENERIC_BODY.matcher(name).find()
          && !PLACE_OR_BODY_NEXT.matcher(name.substring(2)).lookingAt()
          && !PLACE_OR_BODY_NEXT.matcher(plainTitle.substring(3)).lookingAt()
          && (ACT_NEXT.matcher(plainTitle.substring(3)).lookingAt()
              || standsAlone(text, name, plainTitle.charAt(3)))) {
        return name;
      }
    }

    return null;
  }

  private static final Pattern ACT_NEXT = Pattern.compile(TITLE_ACT);

  /**
   * Whether {@code text} names {@code name} somewhere not followed by {@code next}, the character
   * after it in the title: a person is written apart from what they did (鲁桂成，男; 鲁桂成在…), the start
   * of a longer word is always followed by the rest of it (杭州科 by 技, 施工单 by 位).
   */
  private static boolean standsAlone(String text, String name, char next) {
    for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      int after = at + name.length();
      if (after >= text.length() || text.charAt(after) != next) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern LEGAL_REPRESENTATIVE =
      Pattern.compile(
          "(?:法定代表人|法人代表|负责人|主要负责人|经营者|投资人)(?:[(（][^)）]{0,8}[)）])?(?:姓名)?"
              + "(?:\\s*[:：]\\s*([\\p{IsHan}·•]{2,10})|([\\p{IsHan}]{2,4})(?=[，,。；;\\s]|$))");

  /** What follows a name run together with the next label (陈起盛地址：…). */
  private static final Pattern AFTER_NAME =
      Pattern.compile("(?:地址|住所|住址|电话|性别|职务|身份证|证件|经营|注册|统一|联系|出生|民族).*$");

  /**
   * The legal representative or person in charge a decision names, where it is a person's name;
   * null when none is (an empty cell followed by the next label reads as 处罚决定日期).
   */
  static @Nullable String legalRepresentative(String text) {
    DisclosureTable.Parties table = DisclosureTable.read(text);
    if (table != null) {
      return FieldValidator.isPersonName(table.representative()) ? table.representative() : null;
    }
    Matcher m = LEGAL_REPRESENTATIVE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
    while (m.find()) {
      String name =
          AFTER_NAME.matcher(m.group(1) != null ? m.group(1) : m.group(2)).replaceFirst("");
      if (FieldValidator.isPersonNameInProse(name)) {
        return name;
      }
    }
    return null;
  }

  /** An amount in yuan, as typed: spaces around it (50,000 元) and a stray point (200.元) allowed. */
  private static final String AMOUNT =
      "([0-9][0-9,，]*(?:\\.[0-9]*)?\\s*万?|[零〇一二两三四五六七八九十百千万亿]+)\\s*元";

  /**
   * 罚款1200元, and the amount before the word: 处以人民币10000元的罚款, 并处3000元（叁仟元）人民币罚款; a total after it:
   * 处应扣未扣税款百分之五十罚款，计2676.60元.
   */
  private static final Pattern FINE =
      Pattern.compile(
          "罚款(?:人民币)?(?:[，,]?\\s*(?:计|共计|合计))?(?:人民币)?\\s*"
              + AMOUNT
              + "|处以?(?:人民币)?\\s*"
              + AMOUNT
              + "(?:[（(][^）)]{1,20}[）)])?(?:人民币)?的?罚款");

  /**
   * A 双公示 record's 处罚状态 giving the fine's amount alone (处罚状态：200, 每人1000元) under the category 罚款,
   * or after 处罚 (处罚状态：处罚79470元).
   */
  private static final Pattern STATED_FINE =
      Pattern.compile(
          "处罚状态[：:]\\s*(?:(?:每人|罚款)\\s*)?([0-9][0-9,]*(?:\\.[0-9]+)?\\s*万?)\\s*元?(?![0-9.万])");

  private static final Pattern FINE_CATEGORY = Pattern.compile("处罚类别[12][：:]\\s*罚款");

  private static final Pattern PUNISHED_BY =
      Pattern.compile("处罚状态[：:]\\s*处罚\\s*([0-9][0-9,]*(?:\\.[0-9]+)?\\s*万?)\\s*元");

  private static final Pattern CONFISCATION =
      Pattern.compile("没收(?:违法所得|非法财物)(?:人民币)?(?:计|共计)?\\s*" + AMOUNT);

  /** The first fine the text imposes, in yuan (罚款人民币20万元 → 200000); null when none. */
  static @Nullable BigDecimal fine(String text) {
    BigDecimal fine = firstAmount(FINE, text);
    if (fine == null && FINE_CATEGORY.matcher(text).find()) {
      fine = firstAmount(STATED_FINE, text);
    }
    return fine != null ? fine : firstAmount(PUNISHED_BY, text);
  }

  /** The first amount of illegal gains or property confiscated, in yuan; null when none. */
  static @Nullable BigDecimal confiscation(String text) {
    return firstAmount(CONFISCATION, text);
  }

  /** Amounts in the numerals of accounts (壹万叁仟元整, 叁仟陆佰伍拾圆整) read as common numerals. */
  private static final String FORMAL = "壹贰叁肆伍陆柒捌玖拾佰仟";

  private static final String COMMON = "一二三四五六七八九十百千";

  /** A number written as it would be said: formal numerals, 圆 for 元, 20万 without its 元. */
  private static String amountsAsWritten(String text) {
    StringBuilder plain = new StringBuilder(Normalizer.normalize(text, Normalizer.Form.NFKC));
    for (int i = 0; i < plain.length(); i++) {
      int formal = FORMAL.indexOf(plain.charAt(i));
      if (formal >= 0) {
        plain.setCharAt(i, COMMON.charAt(formal));
      }
    }
    return plain
        .toString()
        .replaceAll("([一二三四五六七八九十百千万零]+)圆", "$1元")
        .replaceAll("([0-9])万(?![元0-9.])", "$1万元");
  }

  private static @Nullable BigDecimal firstAmount(Pattern pattern, String text) {
    Matcher m = pattern.matcher(amountsAsWritten(text));
    if (!m.find()) {
      return null;
    }
    String amount = m.group(1) != null ? m.group(1) : m.group(m.groupCount());
    return FineRanges.yuan(amount.replaceAll("\\s", "").replaceFirst("\\.(?=万?$)", ""));
  }

  /**
   * What no person's name contains: the words of organisations, businesses and places. A name
   * without any is a person's, however long (藏族 names such as 嘎玛次仁多吉 run to six or more).
   */
  private static final Pattern ORGANISATION_WORD =
      Pattern.compile(
          "公司|集团|银行|厂|企业|有限|合作社|店|部|馆|行|坊|摊|场|社|室|中心|局|所|院|校|会|站|队|处|办|委|厅|政府|超市|网咖|网吧"
              + "|酒吧|汽修|宾馆|酒店|饭店|餐|茶|门市|诊所|药|美容|美发|理发|维修|家具|建材|百货|批发|经营|商贸|器材|用品|服装|摄影"
              + "|广告|装饰|工作室|联社|矿|井|船|号|庄|苑|城|楼|园|铺|府|堂|屋|吧|居|阁|轩|斋|汇|源|业|学|医|卫生|工程|项目|车|电"
              + "|气|油|台|村|组|协会|基金|小吃|大队|支队|[0-9A-Za-zＡ-Ｚａ-ｚ（()）]");

  /** A person's name, or a list of them (韦定王、黄正友). */
  private static final Pattern PERSONS =
      Pattern.compile(
          "(?:[\\p{IsHan}*＊×X]{2,8}|\\p{IsHan}{1,6}[·•][\\p{IsHan}·•]{1,10})"
              + "(?:[、，,](?:[\\p{IsHan}*＊×X]{2,8}|\\p{IsHan}{1,6}[·•][\\p{IsHan}·•]{1,10}))*");

  /** Organisations of three characters that begin like a surname: never a person. */
  private static final Pattern GENERIC_BODY =
      Pattern.compile("公安局|税务局|派出所|卫生院|信用社|合作社|供销社|批发部|门市部|经营部|百货店|杂货店|商店|饭店|酒店|宾馆|网吧");

  /** A vessel (浙岱渔03928, 浙玉渔83128船): its owner is nearly always a person. */
  private static final Pattern VESSEL = Pattern.compile("\\p{IsHan}{2,6}[0-9]{3,6}(?:号)?船?");

  static PartyKind partyKind(@Nullable String party) {
    if (party == null) {
      return PartyKind.OTHER_ORGANISATION;
    }
    String name = party.strip();
    if (VESSEL.matcher(name).matches()) {
      return PartyKind.INDIVIDUAL_BUSINESS;
    }
    // Two characters are a name whatever they end with (马会); so are three beginning with a
    // surname (魏银行, 邵长委), unless a common body's word: masking a shop's name costs less than
    // showing a person's.
    if (name.matches("[\\p{IsHan}*＊×X]{2}")
        || (name.matches("\\p{IsHan}{3}")
            && PersonNames.hasCommonSurname(name)
            && !GENERIC_BODY.matcher(name).find())) {
      return PartyKind.NATURAL_PERSON;
    }
    if (name.matches(".*(公司|集团|银行|支行|分行|厂|企业|有限|合作社|联社|信用社)$") || name.contains("公司")) {
      return PartyKind.LEGAL_PERSON;
    }
    if (name.matches(".*(店|部|馆|行|坊|摊|场|社|室|中心)$")) {
      return PartyKind.INDIVIDUAL_BUSINESS;
    }
    if (name.matches(".*(局|所|院|校|会|站|队|处|办|委|厅|协会|政府)$")) {
      return PartyKind.OTHER_ORGANISATION;
    }
    // Han names of two to four characters, masked or not, and lists of them; longer names and
    // transcribed ones (买买提·艾力) where they name no organisation: an unmasked name is the costlier
    // mistake.
    if (name.matches("[\\p{IsHan}*＊×X]{2,4}(?:[、，,][\\p{IsHan}*＊×X]{2,4})*")
        || (PERSONS.matcher(name).matches() && !ORGANISATION_WORD.matcher(name).find())) {
      return PartyKind.NATURAL_PERSON;
    }
    return PartyKind.OTHER_ORGANISATION;
  }

  /** A record's own evidence that its party is a person: a resident ID given, or 姓名 with 性别. */
  private static final Pattern PERSON_EVIDENCE =
      Pattern.compile(
          "居民身份证(?:号码?)?[)）]?\\s*[：:]\\s*[0-9*＊]{6,}|姓\\s*名\\s*[：:]\\s*[^，,。；;\\n]{2,40}?[，,；;\\s]*(?:性\\s*别|护照)");

  /**
   * The party's kind, from its name and the record: a party the record gives a resident ID or a
   * person's particulars for is a person, unless its name is a company's (嘎桑曲处, RAITANI SUNIL
   * KUMAR).
   */
  static PartyKind partyKind(@Nullable String party, String text) {
    PartyKind kind = partyKind(party);
    if (party != null
        && (kind == PartyKind.OTHER_ORGANISATION || kind == PartyKind.INDIVIDUAL_BUSINESS)
        && !VESSEL.matcher(party.strip()).matches()
        && !ORGANISATION_WORD.matcher(party.replaceAll("[A-Za-z ]", "")).find()
        && PERSON_EVIDENCE.matcher(text).find()) {
      return PartyKind.NATURAL_PERSON;
    }
    return kind;
  }

  /**
   * The heading's body, else the body signing off just before the last date, else the body whose
   * officers the text says acted.
   */
  static @Nullable String authority(String text) {
    Matcher labelled = LABELLED_AUTHORITY.matcher(text);
    if (labelled.find()) {
      return labelled.group(1);
    }
    Matcher heading = AUTHORITY_HEADING.matcher(text);
    if (heading.find() && BODY_NAME.matcher(heading.group(1).strip()).find()) {
      return heading.group(1).strip();
    }
    String[] lines = text.split("\\n");
    for (int i = lines.length - 1; i > 0; i--) {
      if (DATE.matcher(lines[i]).find() || CHINESE_DATE.matcher(lines[i]).find()) {
        // A signer's line may keep its label (作出行政处罚机关名称：某局).
        String signer = lines[i - 1].replace("处罚机关", "").replaceFirst("^.*[：:]", "").strip();
        if (signer.length() >= 2 && signer.length() <= 30 && BODY_NAME.matcher(signer).find()) {
          return signer;
        }
        break;
      }
    }
    Matcher acting = ACTING_BODY.matcher(text);
    return acting.find() ? acting.group(1) : null;
  }

  /**
   * A date a decision's text gives: labelled as the decision's (处罚决定日期), else the last one, signed
   * when nothing but its signer's name follows it.
   */
  record TextDate(LocalDate day, boolean labelled, boolean signed) {}

  /** What follows a signature's date at most: a seal or the body's name again. */
  private static final int AFTER_SIGNATURE = 40;

  static @Nullable TextDate textDate(String text) {
    Matcher labelled = LABELLED_DATE.matcher(text);
    if (labelled.find()) {
      Matcher chinese = CHINESE_DATE.matcher(labelled.group(1));
      LocalDate day =
          chinese.lookingAt() ? chineseDay(chinese) : ImportDates.parse(labelled.group(1));
      if (day != null) {
        return new TextDate(day, true, false);
      }
    }
    LocalDate last = null;
    int start = -1;
    int end = -1;
    Matcher digits = DATE.matcher(text);
    while (digits.find()) {
      LocalDate day =
          day(
              Integer.parseInt(digits.group(1)),
              Integer.parseInt(digits.group(2)),
              Integer.parseInt(digits.group(3)));
      if (day != null) {
        last = day;
        start = digits.start();
        end = digits.end();
      }
    }
    Matcher chinese = CHINESE_DATE.matcher(text);
    while (chinese.find()) {
      LocalDate day = chineseDay(chinese);
      if (day != null && chinese.end() > end) {
        last = day;
        start = chinese.start();
        end = chinese.end();
      }
    }
    return last == null
        ? null
        : new TextDate(
            last,
            false,
            text.substring(end).strip().length() <= AFTER_SIGNATURE
                && !bound(text, start, end)
                && !SENTENCE_GOING_ON.matcher(text.substring(end)).lookingAt());
  }

  /** The publication date a page states in its heading, as written; empty when none. */
  static String pageDate(String text) {
    Matcher m = PAGE_DATE.matcher(text.substring(0, Math.min(text.length(), HEADING)));
    return m.find() ? m.group(1) : "";
  }

  /** Whether the date at {@code start}–{@code end} bounds a period or a deadline. */
  private static boolean bound(String text, int start, int end) {
    return BEFORE_A_BOUND.matcher(text.substring(Math.max(0, start - 4), start)).find()
        || AFTER_A_BOUND.matcher(text.substring(end, Math.min(text.length(), end + 6))).find();
  }

  private static @Nullable LocalDate chineseDay(Matcher chinese) {
    StringBuilder year = new StringBuilder();
    for (char c : zeros(chinese.group(1)).toCharArray()) {
      year.append(c == '零' ? 0 : ChineseNumerals.parse(String.valueOf(c)));
    }
    return day(
        Integer.parseInt(year.toString()),
        (int) ChineseNumerals.parse(zeros(chinese.group(2))),
        (int) ChineseNumerals.parse(zeros(chinese.group(3))));
  }

  private static String zeros(String numerals) {
    return numerals.replaceAll("[〇○OＯ]", "零");
  }

  private static @Nullable LocalDate day(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  static List<String> citations(String text) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = CITATION.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replaceAll("\\s", ""));
    }
    return new ArrayList<>(found);
  }

  static List<PenaltyKind> penaltyKinds(String text) {
    return PenaltyClause.kinds(text);
  }
}
