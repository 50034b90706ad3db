package org.zhifagongkai.api.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.penalty.PersonNames;

/**
 * Judges the fields an importer read from a record before they are published: a document number
 * parses by the 文号 grammar, a party is a name and not a label or a fragment, a representative is a
 * person's name. Every importer's output passes through it; what it flags is counted in the
 * import's report, each flag of a kind that is either explained (the source published it so) or a
 * misreading.
 */
final class FieldValidator {

  /** What can be wrong with a field, and whether the source, not the reading, is the cause. */
  enum Flag {
    /** The record and its text give no number: one of the portal's placeholders stands for it. */
    NUMBER_NOT_PUBLISHED(true),
    /**
     * The source's own number field, not of the 文号 grammar (serial numbers, no year), as published.
     */
    NUMBER_AS_PUBLISHED(true),
    /** The text holds a number of the grammar, but none was read. */
    NUMBER_NOT_READ(false),
    /**
     * A number read from the text that does not parse, runs into prose, or is another document's.
     */
    NUMBER_MISREAD(false),
    /** The record and its text name no party. */
    PARTY_NOT_PUBLISHED(true),
    /**
     * A list of decisions (a table of rows, 汇总表) published as one record: no one party or number is
     * its own; the record stays searchable as its body published it.
     */
    LIST_OF_DECISIONS(true),
    /** The text names an organisation or labels a party, but none was read. */
    PARTY_NOT_READ(false),
    /** A party read that is a label, prose, a date or a fragment, not a name. */
    PARTY_NOT_A_NAME(false),
    /** A legal representative read that is not a person's name; it is not published. */
    REPRESENTATIVE_NOT_A_NAME(false),
    /** The source's address is not an http or https address with a host; it is not published. */
    SOURCE_NOT_A_WEB_ADDRESS(true);

    private final boolean explained;

    Flag(boolean explained) {
      this.explained = explained;
    }

    boolean explained() {
      return explained;
    }
  }

  /** One flagged field of one record. */
  record Finding(Flag flag, String field, String value) {}

  /** Words of labels and forms, never of a name (单位名称, 法定代表人, 处罚决定日期). */
  private static final Pattern LABEL =
      Pattern.compile(
          "单位名称|^名称|姓名|地址|住所|住址|法定代表人|负责人|身份证|注册号|信用代码|处罚决定|决定书|日期|当事人|履行方式|^单位$"
              + "|证书号|性别|^处罚|^代码");

  /** Prose, dates and cut-off fragments: what a name never is. */
  private static final Pattern FRAGMENT =
      Pattern.compile(
          "[0-9]{4}\\s*[年./-]|^[0-9]+月|^[0-9.\\s]+$|[、，,；;：:]$|^[(（)）]|[(（][^)）]*$|于[0-9]|未按|违反|^.$|等单位$|^开展|^[一二三四五六七八九十百0-9]+[起家个名]|^未|^(?:建筑业)?企业$|^关于|等$|^第");

  /** A person's name: Han of two to four characters, or a transcribed name with its dot. */
  private static final Pattern PERSON =
      Pattern.compile("\\p{IsHan}{2,4}|\\p{IsHan}{1,6}[·•]\\p{IsHan}[\\p{IsHan}·•]{0,10}");

  /** A number of the grammar anywhere in a text: prefix, bracketed year, sequence, 号. */
  private static final Pattern ANY_NUMBER =
      Pattern.compile("[〔\\[(（【［<]\\s*(?:19|20)[0-9]{2}\\s*[〕\\])）】］>]\\s*第?\\s*[0-9]+\\s*号");

  /** A table's header: 序号 or the columns of a sheet of many decisions, near the start. */
  private static final Pattern LIST =
      Pattern.compile(
          "^.{0,400}?(?:(?<!\\p{IsHan})序\\s*号\\s+\\S{0,12}?(?:行政处罚|决定书|文号|案件|企业名称|案\\s*由|工程名称|处罚)"
              + "|汇总表|处罚台账|行政处罚.{0,6}台账|行政相对人名称\\s+行政相对人代码|决定\\s*案号\\s+案\\s*件"
              + "|处罚名称\\s+处罚类别|案\\s*由\\s+案\\s*件\\s*来\\s*源|处罚时间\\s+立案|[一二三四]季度.{0,20}处罚案件|[0-9]{4}年度?行政处罚信息公示)",
          Pattern.DOTALL);

  /** A title that names an organisation. */
  private static final Pattern ORGANISATION =
      Pattern.compile("\\p{IsHan}{2,30}(?:有限责任公司|有限公司|公司|厂(?!房)|合作社|商行|经营部|门市部|分行|支行|联社|事务所)");

  /** A title that opens with a person's name and what they did, or with a vessel's number. */
  private static final Pattern NAMED_IN_TITLE =
      Pattern.compile(
          "^(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)?(?:当事人)?(?:["
              + PersonNames.SURNAMES
              + "]\\p{IsHan}{1,2}(?:[（(、]|"
              + DecisionTextExtractor.TITLE_ACT
              + ")"
              + "|\\p{IsHan}{2,4}[0-9]{3,6}|\\p{IsHan}{2,30}?(?:中心|部|站|所|院|社|队|店|坊|馆|网吧|商场|超市|会所|医院|厅"
              + "|宾馆|餐厅)(?:"
              + DecisionTextExtractor.TITLE_ACT
              + "|[（(]|行政处罚|$))");

  /** A party's label with a value after it. */
  private static final Pattern LABELLED_PARTY =
      Pattern.compile(
          "(?:当\\s*事\\s*人|被处罚人|被处罚单位|受处罚人|受处罚单位|受处罚机构|相对人名称)\\s*[：:]\\s*"
              + "(?!当事人|单位|姓名|名称|地址|住所)[\\p{IsHan}A-Za-z]{2}");

  /** What marks a number as another document's: it follows the document's name or type. */
  private static final Pattern OTHER_DOCUMENT_BEFORE =
      Pattern.compile(
          "(?:告|责改|责令|指令|通知|通告|办法|标准|意见|导则|大纲|规范|鉴|保存|询|催|登|检|复议|函|请示|文件|根据|依据|按照"
              + "|依照|参照|移送|令|以及|认定|报告|(?<!决定书)》)[^\\n。；;〔\\[]{0,20}$");

  /** What marks a number as a cited rule's or another document's: what follows it. */
  private static final Pattern OTHER_DOCUMENT_AFTER =
      Pattern.compile("\\s*[)）]?\\s*(?:通告|通知|文件|规定|要求|精神|第|、|及|”)");

  /** The placeholders the importer writes where a source gives nothing. */
  static final String NO_PARTY = "（未载明当事人）";

  static final String NO_NUMBER = "无文号-";

  private FieldValidator() {}

  static boolean isPartyName(@Nullable String party) {
    return party != null
        && !party.isBlank()
        && !LABEL.matcher(party).find()
        && !FRAGMENT.matcher(party.strip()).find();
  }

  /** Words of what a form says is done with a name (负责人签字, 应当遵守), never a name. */
  private static final Pattern ACT = Pattern.compile("应当|签|批准|变更|确认|警告|给予|同意|审|处理|遵守|执行");

  /** A name where a labelled field gives it: a person's, not a label or an act. */
  static boolean isPersonName(@Nullable String name) {
    return name != null
        && PERSON.matcher(name.strip()).matches()
        && !LABEL.matcher(name).find()
        && !ACT.matcher(name).find();
  }

  /** A name read from prose, where only a surname tells a name from other words. */
  static boolean isPersonNameInProse(@Nullable String name) {
    return isPersonName(name)
        && (PersonNames.hasCommonSurname(name) || name.contains("·") || name.contains("•"));
  }

  /**
   * The fields of one record as they will be published.
   *
   * @param numberFromSource whether the number is the source's own number field, as published
   */
  static List<Finding> check(
      String number,
      boolean numberFromSource,
      String party,
      @Nullable String representative,
      String title,
      String text) {
    List<Finding> found = new ArrayList<>();
    // A list published as one record explains its missing number and party, nothing else.
    boolean list = LIST.matcher(text).find();
    if (list && (number.startsWith(NO_NUMBER) || party.equals(NO_PARTY))) {
      found.add(new Finding(Flag.LIST_OF_DECISIONS, "record", text.lines().findFirst().orElse("")));
    }
    if (number.startsWith(NO_NUMBER)) {
      String held = decisionNumberIn(text);
      if (!list) {
        found.add(
            held == null
                ? new Finding(Flag.NUMBER_NOT_PUBLISHED, "documentNumber", number)
                : new Finding(
                    Flag.NUMBER_NOT_READ, "documentNumber", number + " (text: " + held + ")"));
      }
    } else if (!parses(number)) {
      found.add(
          new Finding(
              numberFromSource ? Flag.NUMBER_AS_PUBLISHED : Flag.NUMBER_MISREAD,
              "documentNumber",
              number));
    }
    if (party.equals(NO_PARTY)) {
      if (!list) {
        found.add(
            new Finding(
                ORGANISATION.matcher(title).find()
                        || LABELLED_PARTY.matcher(text).find()
                        || NAMED_IN_TITLE.matcher(title.strip()).find()
                    ? Flag.PARTY_NOT_READ
                    : Flag.PARTY_NOT_PUBLISHED,
                "party",
                party + " (title: " + title.strip() + ")"));
      }
    } else if (!isPartyName(party)) {
      found.add(new Finding(Flag.PARTY_NOT_A_NAME, "party", party));
    }
    if (representative != null && !isPersonName(representative)) {
      found.add(new Finding(Flag.REPRESENTATIVE_NOT_A_NAME, "legalRepresentative", representative));
    }
    return found;
  }

  /** A number of the grammar in a text that is not another document's, with what precedes it. */
  private static @Nullable String decisionNumberIn(String text) {
    Matcher number = ANY_NUMBER.matcher(text);
    while (number.find()) {
      String before = text.substring(Math.max(0, number.start() - 24), number.start());
      if (!OTHER_DOCUMENT_BEFORE.matcher(before).find()
          && !DocumentNumbers.CITING_DOCUMENT.matcher(before).find()
          && !OTHER_DOCUMENT_AFTER.matcher(text.substring(number.end())).lookingAt()) {
        return (before + number.group()).replaceAll("\\s+", " ").strip();
      }
    }
    return null;
  }

  /**
   * The 文号 grammar as bodies publish it: a prefix (机关代字 and type marker), the year in brackets (or
   * bare before 第), a sequence (第, a letter series F-000001, brackets （149）, ranges), 号; or the
   * year first ([2018]琼建质监罚决字第30号).
   */
  private static final Pattern GRAMMAR;

  static {
    String prefix = "[\\p{IsHan}A-Za-z0-9()·]{1,30}?";
    String year = "(?:19|20)[0-9]{2}";
    String open = "[〔\\[(【<{]";
    String close = "[〕\\])】>}]";
    String sequence = "第?\\(?[A-Z]?[-—–]?[0-9]+(?:[-—–~至、][0-9]+)*\\)?";
    GRAMMAR =
        Pattern.compile(
            "(?<prefix>"
                + prefix
                + ")"
                + open
                + year
                + close
                + sequence
                + "号?|(?<bare>"
                + prefix
                + ")"
                + year
                + "第"
                + sequence
                + "号|"
                + open
                + year
                + close
                + "(?<after>(?!第)"
                + prefix
                + ")"
                + sequence
                + "号");
  }

  /**
   * Parses by the grammar, with a prefix that is a decision's and not prose or another document's.
   */
  static boolean parses(String number) {
    String folded =
        Normalizer.normalize(number, Normalizer.Form.NFKC)
            .replaceAll("[\\s\\u3000]", "")
            .replace('［', '[')
            .replace('］', ']');
    Matcher m = GRAMMAR.matcher(folded);
    if (!m.matches()) {
      return false;
    }
    String prefix =
        m.group("prefix") != null
            ? m.group("prefix")
            : m.group("bare") != null ? m.group("bare") : m.group("after");
    return DocumentNumbers.isDecisionPrefix(prefix);
  }
}
