package org.zhifagongkai.api.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a decision's own document number (文号) out of its text. A text cites other documents'
 * numbers too (告知书, 责令改正通知书, 委托鉴定书, 先行登记保存通知书) and runs prose into the number
 * (…对当事人无照经营行为以陇工商责改字〔2015〕01号); only a decision's number, cut from its prose, is its own.
 */
final class DocumentNumbers {

  /** Prefix (机关代字 and type marker), year in brackets, sequence or range, 号. */
  static final Pattern NUMBER =
      Pattern.compile(
          "([\\p{IsHan}A-Za-z0-9()](?: ?[\\p{IsHan}A-Za-z0-9()]){0,29})\\s*[〔\\[(【{<]\\s*((?:19|20)[0-9]{2})\\s*[〕\\])】}>]\\s*第?\\s*([0-9]+(?:\\s*[-—–]\\s*[0-9]+)?)\\s*号");

  /** A number written year first ([2018]琼建质监罚决字第30号), which {@code DocumentNumber} parses. */
  private static final Pattern YEAR_FIRST =
      Pattern.compile(
          "(?<![\\p{IsHan}A-Za-z0-9])[〔\\[(【]\\s*((?:19|20)[0-9]{2})\\s*[〕\\])】]\\s*((?!第)\\p{IsHan}[\\p{IsHan}A-Za-z0-9()]{1,19}?)\\s*第?\\s*([0-9]+)\\s*号");

  /** What a heading puts before the number: the number starts after it. */
  private static final Pattern HEADING =
      Pattern.compile(".*(?:决定书|告知书|通知书|处罚书|公开表|文号|[：:]|如下行政处罚(?=\\()|公司(?=\\())");

  /**
   * Prose before the number: a sentence citing it. Only words no 机关代字 uses; 于 (于都), 日 (日照, 日喀则) and
   * 经 (经信委) are place or body names, so a day counts only with its digits.
   */
  private static final Pattern PROSE =
      Pattern.compile("以|对|下发|下达|向|根据|依据|按照|依照|作出|送达|当事人|身份证|公司|[0-9]+日|的|》|《");

  /** A number followed by another document's name (…1号）通告) is that document's. */
  private static final Pattern OTHER_DOCUMENT_AFTER =
      Pattern.compile("\\s*[)）”\"]?\\s*(?:通告|通知|告知|《|的)");

  /** Type markers of documents other than a decision, ending the prefix (陇工商告字, 余盐登通存). */
  static final Pattern OTHER_DOCUMENT =
      Pattern.compile("(?:告|责改|责通|通知|鉴|登存|登通存|保存|封|扣|询|检|催|令|认定)字?$");

  private DocumentNumbers() {}

  /** A number a sentence says the decision is (送达了…罚字〔2017〕02号行政处罚决定书). */
  private static final Pattern NAMED_AS_DECISION =
      Pattern.compile("\\s*[)）]?\\s*(?:\\p{IsHan}{0,4}?(?:行政)?(?:处罚|处理)决定|作出)");

  /** A number in brackets after the name of a decision (《行政处罚决定书》（云保监罚[2014]31号）). */
  private static final Pattern AFTER_DECISION_NAME = Pattern.compile("决定书》?\\s*[(（]?\\s*$");

  /**
   * A number in brackets after another document's name is that document's: 审计报告[邯恒会所审字（2014）第4号],
   * 禁入措施（中国证监会 市场禁入决定书〔2014〕6号）; a 行政处罚通知书 is the decision itself.
   */
  static final Pattern CITING_DOCUMENT =
      Pattern.compile(
          "(?<!处罚)(?:报告|通知|通报|函|意见|措施|批复|请示|公告|通告|告知书|通知书|意见书|鉴定书|笔录|合同|协议)\\s*[\\[(（【][^\\])）】]*$");

  /** Where a sentence or line begins: what comes before it says nothing about the number. */
  private static final Pattern CLAUSE_START = Pattern.compile(".*[\\n。；;，,：:“\"]");

  /** A number of year and sequence alone on its line, under its heading (中国证监会的 〔2016〕4号). */
  private static final Pattern BARE =
      Pattern.compile(
          "(?m)^[ \\t]*[〔\\[]\\s*((?:19|20)[0-9]{2})\\s*[〕\\]]\\s*第?\\s*([0-9]+)\\s*号[ \\t]*$");

  /** A decision's number a table cell gives without its 号: 廊出决[2018]053. */
  private static final Pattern WITHOUT_HAO =
      Pattern.compile(
          "([\\p{IsHan}()]{1,20}?[决罚处]字?)\\s*[〔\\[【]\\s*((?:19|20)[0-9]{2})\\s*[〕\\]】]\\s*第?\\s*([0-9]+)(?![0-9号])");

  /** A number after its decision's quoted name: 《行政处罚决定书》〔2017〕7号. */
  private static final Pattern QUOTED_HEADING =
      Pattern.compile(
          "《(\\p{IsHan}{0,20}?决定书)》\\s*[〔\\[]\\s*((?:19|20)[0-9]{2})\\s*[〕\\]]\\s*第?\\s*([0-9]+)\\s*号");

  /** A heading that names the decision (某局行政处罚决定书, 中国证监会市场禁入决定书). */
  private static final Pattern HEADING_NAME = Pattern.compile("^\\s*(\\p{IsHan}{0,30}?决定书)");

  /**
   * The decision's own number in {@code text} (its title first), normalised to 〔〕; null when it
   * gives none.
   */
  static @Nullable String inText(String text) {
    Matcher matcher = NUMBER.matcher(text);
    String headingNamed = null;
    while (matcher.find()) {
      String after = text.substring(matcher.end());
      String before = text.substring(Math.max(0, matcher.start() - 8), matcher.start());
      boolean namedAsDecision =
          NAMED_AS_DECISION.matcher(after).lookingAt()
              || AFTER_DECISION_NAME.matcher(before).find();
      if (!namedAsDecision
          && CITING_DOCUMENT
              .matcher(text.substring(Math.max(0, matcher.start() - 20), matcher.end(1)))
              .find()) {
        continue;
      }
      before = CLAUSE_START.matcher(before).replaceFirst("");
      // Under a heading (…决定书, 文号：, 如下行政处罚（) the number is the decision's, whatever precedes.
      boolean headed = HEADING.matcher(matcher.group(1).replaceAll("\\s", "")).lookingAt();
      if (!namedAsDecision
          && (OTHER_DOCUMENT_AFTER.matcher(after).lookingAt()
              || (!headed && PROSE.matcher(before).find()))) {
        continue;
      }
      String prefix =
          namedAsDecision
              ? decisionPrefix(PROSE_BEFORE.matcher(matcher.group(1)).replaceFirst(""))
              : decisionPrefix(matcher.group(1));
      String sequence = "〔" + matcher.group(2) + "〕" + matcher.group(3).replaceAll("\\s", "") + "号";
      if (prefix != null) {
        return prefix + sequence;
      }
      String heading = namedByItsHeading(matcher.group(1));
      if (headingNamed == null && heading != null) {
        headingNamed = heading + sequence;
      }
    }
    // As published: DocumentNumber reads the year-first form into its key.
    Matcher yearFirst = YEAR_FIRST.matcher(text);
    while (yearFirst.find()) {
      if (!OTHER_DOCUMENT.matcher(yearFirst.group(2)).find()) {
        return yearFirst.group().replaceAll("\\s", "");
      }
    }
    if (headingNamed != null) {
      return headingNamed;
    }
    Matcher withoutHao = WITHOUT_HAO.matcher(text);
    if (withoutHao.find()) {
      String prefix = decisionPrefix(withoutHao.group(1));
      if (prefix != null) {
        return prefix + "〔" + withoutHao.group(2) + "〕" + withoutHao.group(3);
      }
    }
    Matcher quoted = QUOTED_HEADING.matcher(text);
    if (quoted.find()) {
      return quoted.group(1) + "〔" + quoted.group(2) + "〕" + quoted.group(3) + "号";
    }
    Matcher bare = BARE.matcher(text);
    if (bare.find()) {
      Matcher heading = HEADING_NAME.matcher(text);
      return (heading.find() ? heading.group(1) : "")
          + "〔"
          + bare.group(1)
          + "〕"
          + bare.group(2)
          + "号";
    }
    return null;
  }

  /** Everything up to the last prose word, cut where a number's sentence names it as a decision. */
  private static final Pattern PROSE_BEFORE =
      Pattern.compile(".*(?:以|对|下发|根据|依据|按照|依照|作出|送达了?|当事人|[0-9]+日|的|》|《)");

  /** A number in its own labelled field (行政处罚决定书文号：[2018]05): the number as published. */
  private static final Pattern LABELLED =
      Pattern.compile(
          "(?:决定书文号|文书编号|^\\s*文号)[ \\t]*[：:][ \\t]*([^\\n，,。；;：:]*[0-9][^\\n，,。；;：:]*)",
          Pattern.MULTILINE);

  /** The number a record's labelled field gives, as written; empty when it labels none. */
  static String labelled(String text) {
    Matcher m = LABELLED.matcher(text);
    return m.find() ? m.group(1).strip() : "";
  }

  /** Whether {@code prefix} is a decision's, as this reader would read it from a text. */
  static boolean isDecisionPrefix(String prefix) {
    String plain = prefix.replaceAll("\\s", "");
    return plain.equals(decisionPrefix(plain)) || plain.equals(namedByItsHeading(plain));
  }

  /**
   * The prefix cut from the heading before it; null when it is empty, another document's, or runs
   * on from prose (a number a sentence cites is never the decision's own).
   */
  static @Nullable String decisionPrefix(String raw) {
    String prefix = raw.replaceAll("\\s", "");
    prefix = HEADING.matcher(prefix).replaceFirst("");
    if (PROSE.matcher(prefix).find()) {
      return null;
    }
    // A table row's number (序号) before the prefix: 1(东方)食药监食罚, 1琼运罚.
    prefix = prefix.replaceFirst("^[0-9]+(?=[(\\p{IsHan}])", "");
    prefix = balanced(prefix);
    if (prefix.isEmpty() || OTHER_DOCUMENT.matcher(prefix).find()) {
      return null;
    }
    return prefix;
  }

  /** A body that numbers its decisions under their heading: 中国证监会行政处罚决定书〔2014〕94号. */
  private static final Pattern DECISION_HEADING =
      Pattern.compile("(\\p{IsHan}{0,30}?(?:行政处罚|市场禁入)决定书)$");

  private static @Nullable String namedByItsHeading(String raw) {
    Matcher heading = DECISION_HEADING.matcher(raw.replaceAll("\\s", ""));
    return heading.find() && !PROSE.matcher(heading.group(1)).find() ? heading.group(1) : null;
  }

  /** A bracket the match cut in half is dropped: 屯昌)食药监 keeps no stray ")", (屯昌 no "(". */
  private static String balanced(String prefix) {
    int open = prefix.indexOf('(');
    int close = prefix.indexOf(')');
    if (close >= 0 && (open < 0 || close < open)) {
      return prefix.substring(close + 1);
    }
    if (open >= 0 && close < 0) {
      return prefix.replace("(", "");
    }
    return prefix;
  }
}
