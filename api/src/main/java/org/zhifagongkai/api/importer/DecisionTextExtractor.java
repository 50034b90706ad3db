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
import org.zhifagongkai.api.support.ChineseNumerals;

/**
 * Reads a published decision's document number, party, deciding body, date, citations and penalty
 * kinds out of its title and text, for records whose structured fields are empty. Each field tries
 * a few patterns in order of reliability; what none of them finds stays null.
 */
final class DecisionTextExtractor {

  private static final Pattern NUMBER =
      Pattern.compile(
          "([\\p{IsHan}A-Za-z0-9()](?: ?[\\p{IsHan}A-Za-z0-9()]){0,19})\\s*[〔\\[(【{<]\\s*((?:19|20)[0-9]{2})\\s*[〕\\])】}>]\\s*第?\\s*([0-9]+(?:\\s*[-—–]\\s*[0-9]+)?)\\s*号");

  /** A number written year first ([2018]琼建质监罚决字第30号), which {@code DocumentNumber} parses. */
  private static final Pattern YEAR_FIRST_NUMBER =
      Pattern.compile(
          "[〔\\[(【]\\s*((?:19|20)[0-9]{2})\\s*[〕\\])】]\\s*(\\p{IsHan}[\\p{IsHan}A-Za-z0-9()]{1,19}?)\\s*第?\\s*([0-9]+)\\s*号");

  private static final Pattern PARTY =
      Pattern.compile(
          "(?:行政相对人名称|当事人名称|当事人|被处罚人|被处罚单位|单位名称|(?<!处罚|案件)名称|被检查单位)\\s*[：:]\\s*([^，,。；;\\s：:]{2,60})");

  /** Labelled fields of 双公示-style records. */
  private static final Pattern LABELLED_AUTHORITY =
      Pattern.compile("(?:处罚机关|作出处罚决定的机关(?:名称)?|执法机关)(?:\\s*[：:]\\s*|\\s+)([^\\s，,。：:]{2,30})");

  private static final Pattern LABELLED_DATE =
      Pattern.compile(
          "(?:处罚决定日期|作出处罚决定的日期|决定日期|处罚日期)(?:\\s*[：:]\\s*|\\s+)([0-9年月日/.\\-\\s]{6,20})");

  /**
   * A record's own suffix after the party, as in 某公司-违反税收管理, or the next label where a page lost
   * its spacing (某公司法定代表人:某某地址:…).
   */
  private static final Pattern PARTY_SUFFIX =
      Pattern.compile("(?:[-—](?:违反|违法|其他|未按)|(?<=.{2})(?:法定代表人|法人代表|负责人|地址|住所)).*$");

  private static final Pattern PARTY_IN_TITLE =
      Pattern.compile(
          "(?:关于|对)([^，,。]{2,40}?)(?:的行政处罚|行政处罚|的处罚|违法|未|擅自)|（([^（）]{2,40})）\\s*$|——\\s*(.{2,40})$"
              + "|^([^-—]{2,40}?(?:公司|厂|店|部|中心|社|合作社))[-—](?:违反|违法|其他|未按)");
  private static final Pattern DATE =
      Pattern.compile("((?:19|20)[0-9]{2})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日");
  private static final Pattern CHINESE_DATE =
      Pattern.compile("([〇○零一二三四五六七八九]{4})年([〇○一二三四五六七八九十]{1,3})月([〇○一二三四五六七八九十]{1,3})日");
  private static final Pattern AUTHORITY_HEADING = Pattern.compile("^\\s*(.{2,30}?)行政处罚决定书");

  /** A body named as its officers act (陇西县工商行政管理局执法人员对…): the last resort for a page unsigned. */
  private static final Pattern ACTING_BODY =
      Pattern.compile("([\\p{IsHan}]{2,30}?(?:局|厅|委员会|大队|支队|分局))执法人员");

  private static final Pattern BODY_NAME =
      Pattern.compile("(局|委员会|海关|厅|人民政府|管理处|大队|支队|中心|办公室|分局|所|监管局|银监会|保监会)$");
  private static final Pattern CITATION =
      Pattern.compile(
          "《[^《》]{2,40}》\\s*第[零〇一二两三四五六七八九十百千0-9]+条(?:第[零〇一二三四五六七八九十0-9]+款)?(?:第[（(]?[零〇一二三四五六七八九十0-9]+[)）]?项)?");
  private static final String[] HEADINGS = {"决定书", "告知书", "处罚书", "公开表", "：", ":"};

  private DecisionTextExtractor() {}

  static ExtractedDecision extract(String title, String text) {
    String all = Normalizer.normalize(title + "\n" + text, Normalizer.Form.NFKC);
    String party = party(title, text);
    return new ExtractedDecision(
        documentNumber(all),
        party,
        partyKind(party),
        authority(text),
        date(text),
        citations(all),
        penaltyKinds(text));
  }

  static @Nullable String documentNumber(String text) {
    Matcher matcher = NUMBER.matcher(text);
    if (!matcher.find()) {
      // As published: DocumentNumber reads the year-first form into its key.
      Matcher yearFirst = YEAR_FIRST_NUMBER.matcher(text);
      return yearFirst.find() ? yearFirst.group().replaceAll("\\s", "") : null;
    }
    String prefix = matcher.group(1).replaceAll("\\s", "");
    for (String heading : HEADINGS) {
      int at = prefix.lastIndexOf(heading);
      if (at >= 0) {
        prefix = prefix.substring(at + heading.length());
      }
    }
    prefix = prefix.replaceAll("^[()]+", "");
    if (prefix.isEmpty()) {
      return null;
    }
    return prefix + "〔" + matcher.group(2) + "〕" + matcher.group(3).replaceAll("\\s", "") + "号";
  }

  /** Table layouts of 双公示 records: the label's cell, then the value's. */
  private static final Pattern PARTY_CELL =
      Pattern.compile("(?:个人姓名|单位名称)\\s+([\\p{IsHan}·•()（）]{2,40})");

  /** A decision addressed to its party: a line of the party's name and a colon (某公司：). */
  private static final Pattern ADDRESSEE =
      Pattern.compile("(?m)^([\\p{IsHan}()（）·•]{2,40}?(?:公司|厂|店|部|中心|社|行|所|院))[：:]$");

  static @Nullable String party(String title, String text) {
    Matcher matcher = PARTY.matcher(text);
    while (matcher.find()) {
      String named = PARTY_SUFFIX.matcher(matcher.group(1)).replaceFirst("");
      // 名称：某局行政处罚决定书(文号)——某公司 labels the page, not the party.
      if (!named.contains("决定书")) {
        return named;
      }
    }
    for (Pattern layout : new Pattern[] {PARTY_CELL, ADDRESSEE}) {
      Matcher found = layout.matcher(text);
      if (found.find()) {
        return found.group(1);
      }
    }
    Matcher inTitle = PARTY_IN_TITLE.matcher(title.strip());
    if (inTitle.find()) {
      for (int group = 1; group <= 4; group++) {
        String named = inTitle.group(group);
        // A title ending in its document number in brackets names no party.
        if (named != null && !NUMBER.matcher(named).find()) {
          return named.strip();
        }
      }
    }
    return null;
  }

  private static final Pattern LEGAL_REPRESENTATIVE =
      Pattern.compile(
          "(?:法定代表人|法人代表|负责人|主要负责人|经营者|投资人)(?:[(（][^)）]{0,8}[)）])?(?:姓名)?"
              + "(?:\\s*[:：]\\s*([\\p{IsHan}·•]{2,10})|([\\p{IsHan}]{2,4})(?=[，,。；;\\s]|$))");

  /** The legal representative or person in charge a decision names; null when none. */
  static @Nullable String legalRepresentative(String text) {
    Matcher m = LEGAL_REPRESENTATIVE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
    return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
  }

  private static final String AMOUNT = "([0-9][0-9,，]*(?:\\.[0-9]+)?万?|[零〇一二两三四五六七八九十百千万亿]+)元";
  private static final Pattern FINE = Pattern.compile("罚款(?:人民币)?(?:计|共计)?\\s*" + AMOUNT);
  private static final Pattern CONFISCATION =
      Pattern.compile("没收(?:违法所得|非法财物)(?:人民币)?(?:计|共计)?\\s*" + AMOUNT);

  /** The first fine the text imposes, in yuan (罚款人民币20万元 → 200000); null when none. */
  static @Nullable BigDecimal fine(String text) {
    return firstAmount(FINE, text);
  }

  /** The first amount of illegal gains or property confiscated, in yuan; null when none. */
  static @Nullable BigDecimal confiscation(String text) {
    return firstAmount(CONFISCATION, text);
  }

  private static @Nullable BigDecimal firstAmount(Pattern pattern, String text) {
    Matcher m = pattern.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
    return m.find() ? FineRanges.yuan(m.group(1)) : null;
  }

  static PartyKind partyKind(@Nullable String party) {
    if (party == null) {
      return PartyKind.OTHER_ORGANISATION;
    }
    if (party.matches(".*(公司|集团|银行|支行|分行|厂|企业|有限|合作社)$") || party.contains("公司")) {
      return PartyKind.LEGAL_PERSON;
    }
    if (party.matches(".*(店|部|馆|行|坊|摊|场|社|室|中心)$")) {
      return PartyKind.INDIVIDUAL_BUSINESS;
    }
    if (party.matches(".*(局|所|院|校|会|站|队|处|办|委|厅|协会|政府)$")) {
      return PartyKind.OTHER_ORGANISATION;
    }
    // Han names of two to four characters (赤列罗布 too), and transcribed names with their dot
    // (买买提·艾力).
    if (party.matches("[\\p{IsHan}*＊×X]{2,4}|\\p{IsHan}{1,6}[·•][\\p{IsHan}·•]{1,10}")) {
      return PartyKind.NATURAL_PERSON;
    }
    return PartyKind.OTHER_ORGANISATION;
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
        String signer = lines[i - 1].replace("处罚机关", "").strip();
        if (signer.length() >= 2 && signer.length() <= 30 && BODY_NAME.matcher(signer).find()) {
          return signer;
        }
        break;
      }
    }
    Matcher acting = ACTING_BODY.matcher(text);
    return acting.find() ? acting.group(1) : null;
  }

  /** The last date in the text, where decisions are signed. */
  static @Nullable LocalDate date(String text) {
    Matcher labelled = LABELLED_DATE.matcher(text);
    if (labelled.find() && ImportDates.parse(labelled.group(1)) != null) {
      return ImportDates.parse(labelled.group(1));
    }
    LocalDate last = null;
    Matcher digits = DATE.matcher(text);
    while (digits.find()) {
      last =
          day(
              Integer.parseInt(digits.group(1)),
              Integer.parseInt(digits.group(2)),
              Integer.parseInt(digits.group(3)),
              last);
    }
    Matcher chinese = CHINESE_DATE.matcher(text);
    while (chinese.find()) {
      StringBuilder year = new StringBuilder();
      for (char c : chinese.group(1).toCharArray()) {
        year.append(
            c == '〇' || c == '○' || c == '零' ? 0 : ChineseNumerals.parse(String.valueOf(c)));
      }
      last =
          day(
              Integer.parseInt(year.toString()),
              (int) ChineseNumerals.parse(chinese.group(2).replaceAll("[〇○]", "零")),
              (int) ChineseNumerals.parse(chinese.group(3).replaceAll("[〇○]", "零")),
              last);
    }
    return last;
  }

  private static @Nullable LocalDate day(
      int year, int month, int day, @Nullable LocalDate otherwise) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return otherwise;
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
    List<PenaltyKind> kinds = new ArrayList<>();
    if (text.contains("警告")) {
      kinds.add(PenaltyKind.WARNING);
    }
    if (text.contains("罚款") || text.contains("罚金") || text.matches("(?s).*处罚?以?人民币.*")) {
      kinds.add(PenaltyKind.FINE);
    }
    if (text.contains("没收违法所得")) {
      kinds.add(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS);
    }
    if (text.contains("没收") && !text.contains("没收违法所得")) {
      kinds.add(PenaltyKind.CONFISCATION_OF_ILLEGAL_PROPERTY);
    }
    if (text.contains("吊销")) {
      kinds.add(PenaltyKind.LICENCE_REVOCATION);
    }
    if (text.contains("责令停产停业") || text.contains("责令停业")) {
      kinds.add(PenaltyKind.ORDER_TO_SUSPEND_BUSINESS);
    }
    if (kinds.isEmpty()) {
      kinds.add(PenaltyKind.OTHER);
    }
    return kinds;
  }
}
