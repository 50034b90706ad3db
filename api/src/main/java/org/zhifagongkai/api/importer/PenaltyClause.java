package org.zhifagongkai.api.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhifagongkai.api.penalty.PenaltyKind;

/**
 * The penalties a decision imposes, read from the clause that imposes them (决定处罚如下：…; 行政处罚决定：…; a
 * 双公示 record's 处罚类别 and 处罚状态), never from the statutes it quotes: a statute quoted in full lists
 * every penalty it allows (给予警告，没收违法所得，可以并处…罚款；情节严重的，吊销营业执照), of which the decision imposes one or
 * two. Kinds are those of 行政处罚法 Art. 9 (2021).
 */
final class PenaltyClause {

  private PenaltyClause() {}

  /** Where a decision turns to what it imposes; the clause runs from there. */
  private static final Pattern OPENING =
      Pattern.compile(
          "(?:处罚如下|如下(?:行政|水行政)?处罚(?:决定)?|下列行政处罚|(?:行政)?处罚决定(?=\\s*[：:]|\\s)|处罚(?:内容|结果|种类|类别[12]?|状态)"
              + "|行政处罚的种类|处罚的种类|决定给予|决定对|决定[：:]|决定如下)");

  /** Where the clause ends: how to pay, how to appeal, the next label of a table. */
  private static final Pattern CLOSING =
      Pattern.compile(
          "。|如不服|当事人(?:应|如)|限(?:于|你|该|期)|逾期|缴纳|作出(?:处罚决定|行政处罚)|行政相对人|地方编码|处罚依据|处罚事由|履行"
              + "|(?=处罚类别[12]|处罚状态)");

  /** The longest clause: a list of penalties, not the rest of the decision. */
  private static final int LONGEST = 300;

  /**
   * Statutes and rules quoted in full, and 【】 quotations: what the law allows, not what was
   * imposed.
   */
  private static final Pattern QUOTED =
      Pattern.compile("“[^”]{0,2000}”|【[^】]{0,2000}】|\"[^\"]{0,2000}\"");

  /** A penalty waived or not imposed (免除罚款处罚, 不予罚款) imposes nothing. */
  private static final Pattern WAIVED = Pattern.compile("(?:免除|免予|免于|不予)(?:行政)?(?:处罚)?(?:的)?罚款");

  /** A 双公示 template's catch-all, which names no penalty. */
  private static final Pattern CATCH_ALL = Pattern.compile("其他[（(]见处罚类别2[)）]|法律、法规规定的其他行政处罚方式");

  /** What each kind is called in decisions, most specific first. */
  private static final Map<PenaltyKind, Pattern> WORDS =
      Map.ofEntries(
          Map.entry(PenaltyKind.WARNING, Pattern.compile("警告(?!书)")),
          Map.entry(PenaltyKind.CIRCULATED_CRITICISM, Pattern.compile("通报批评")),
          Map.entry(
              PenaltyKind.FINE, Pattern.compile("罚款|罚金|罚没|并罚|处罚?以?人民币\\s*[0-9一二三四五六七八九十百千万]")),
          Map.entry(
              PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS,
              Pattern.compile("没收(?:其)?(?:违法|非法)(?:所得|收入)")),
          Map.entry(
              PenaltyKind.CONFISCATION_OF_ILLEGAL_PROPERTY,
              Pattern.compile("没收(?:其)?(?!(?:违法|非法)(?:所得|收入)(?!和非法财物))|和非法财物|非法财物")),
          Map.entry(PenaltyKind.LICENCE_SUSPENSION, Pattern.compile("暂扣")),
          Map.entry(PenaltyKind.QUALIFICATION_DOWNGRADE, Pattern.compile("降低资质等级")),
          Map.entry(PenaltyKind.LICENCE_REVOCATION, Pattern.compile("吊销")),
          Map.entry(PenaltyKind.BUSINESS_RESTRICTION, Pattern.compile("限制开展生产经营活动")),
          Map.entry(
              PenaltyKind.ORDER_TO_SUSPEND_BUSINESS, Pattern.compile("责令停产停业|责令停业|停业整顿|责令停止营业")),
          Map.entry(PenaltyKind.ORDER_TO_CLOSE, Pattern.compile("责令关闭")),
          Map.entry(
              PenaltyKind.PRACTICE_RESTRICTION,
              Pattern.compile("限制从业|禁止从业|取消[^，。；;]{0,12}任职资格|市场禁入|禁止[^，。；;]{0,10}从事")),
          Map.entry(PenaltyKind.ADMINISTRATIVE_DETENTION, Pattern.compile("拘留|行政拘")));

  /**
   * The kinds the decision imposes: read from its penalty clauses where it has any, else from its
   * text outside quotations; {@link PenaltyKind#OTHER} when none is named.
   */
  static List<PenaltyKind> kinds(String text) {
    String plain = QUOTED.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    List<String> clauses = clauses(plain);
    Set<PenaltyKind> kinds = EnumSet.noneOf(PenaltyKind.class);
    for (String clause : clauses.isEmpty() ? List.of(plain) : clauses) {
      String imposed = CATCH_ALL.matcher(WAIVED.matcher(clause).replaceAll("")).replaceAll("");
      WORDS.forEach(
          (kind, words) -> {
            if (words.matcher(imposed).find()) {
              kinds.add(kind);
            }
          });
    }
    return kinds.isEmpty() ? List.of(PenaltyKind.OTHER) : List.copyOf(kinds);
  }

  /** The text of each penalty clause, in order. */
  static List<String> clauses(String text) {
    List<String> clauses = new ArrayList<>();
    Matcher opening = OPENING.matcher(text);
    int from = 0;
    while (from < text.length() && opening.find(from)) {
      int start = opening.end();
      String rest = text.substring(start, Math.min(text.length(), start + LONGEST));
      // A label's colon and the spaces of a table cell are no end.
      Matcher closing = CLOSING.matcher(rest);
      String clause = closing.find(leading(rest)) ? rest.substring(0, closing.start()) : rest;
      clauses.add(clause);
      from = Math.max(start + clause.length(), opening.end());
    }
    return clauses;
  }

  private static int leading(String text) {
    int at = 0;
    while (at < text.length()
        && (Character.isWhitespace(text.charAt(at))
            || text.charAt(at) == '：'
            || text.charAt(at) == ':')) {
      at++;
    }
    return at;
  }
}
