package org.zhifagongkai.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.zhifagongkai.api.identifier.FoldedText;

/**
 * The enterprise's own identifiers, typed as people type them, in the words the body complained
 * about reads. Every way of writing an identifier (the rows) is combined with every way of typing
 * it (the columns); none may survive, and the words around it must.
 */
class ComplainantMentionsTest {

  private static final Complaint.Enterprise MOBILE_FILER =
      new Complaint.Enterprise("东湖市示例贸易有限公司", "91990102MA0YBHQ013", "990102", "陈小明", "13800138000");

  private static final Complaint.Enterprise LANDLINE_FILER =
      new Complaint.Enterprise(
          "浙江省杭州市云栖智造科技有限公司", "91330106MA27XK5U4P", "330106", "周经理", "057187654321");

  private static final String BEFORE = "我司（";
  private static final String AFTER = "）反映：同一事项一个月内被检查五次。";

  /** Ways of writing each identifier of the filer with a mobile. */
  private static final List<String> MOBILE_FILER_FORMS =
      List.of(
          "东湖市示例贸易有限公司",
          "示例贸易有限公司",
          "东湖市示例贸易",
          "东湖示例贸易有限公司",
          "示例贸易",
          "示例贸易公司",
          "示例公司",
          "东湖示例",
          "陈小明",
          "91990102MA0YBHQ013",
          "MA0YBHQ01",
          "13800138000",
          "+86 13800138000",
          "0086 13800138000");

  private static final List<String> LANDLINE_FILER_FORMS =
      List.of(
          "浙江省杭州市云栖智造科技有限公司",
          "杭州云栖智造科技",
          "云栖智造科技有限公司",
          "云栖智造",
          "周经理",
          "91330106MA27XK5U4P",
          "0571-87654321",
          "(0571) 8765 4321",
          "+86 571 8765 4321",
          "87654321");

  /** Ways of typing a form: each a rule over its characters. */
  private static final Map<String, UnaryOperator<String>> TYPINGS = typings();

  private static Map<String, UnaryOperator<String>> typings() {
    Map<String, UnaryOperator<String>> typings = new LinkedHashMap<>();
    typings.put("as is", s -> s);
    typings.put("full width", ComplainantMentionsTest::fullWidth);
    typings.put("lower case", s -> s.toLowerCase(Locale.ROOT));
    typings.put("full width lower case", s -> fullWidth(s.toLowerCase(Locale.ROOT)));
    typings.put("spaced", s -> between(s, " "));
    typings.put("ideographic spaces", s -> between(s, "　"));
    typings.put("hyphens in fours", s -> groups(s, 4, "-"));
    typings.put("dots in fours", s -> groups(s, 4, "."));
    typings.put("dashes in threes", s -> groups(s, 3, "—"));
    typings.put("middle dots", s -> between(s, "·"));
    typings.put("commas", s -> between(s, "、"));
    typings.put("zero width spaces", s -> between(s, "\u200B"));
    typings.put("byte order marks", s -> between(s, "\uFEFF"));
    typings.put("Chinese numerals", ComplainantMentionsTest::numerals);
    typings.put("Chinese numerals spaced", s -> between(numerals(s), " "));
    typings.put("full width in threes", s -> groups(fullWidth(s), 3, " "));
    return typings;
  }

  @Test
  void noIdentifierSurvivesAnyWayOfTypingIt() {
    List<String> leaked = new ArrayList<>();
    int cases = 0;
    for (var filer :
        Map.of(MOBILE_FILER, MOBILE_FILER_FORMS, LANDLINE_FILER, LANDLINE_FILER_FORMS).entrySet()) {
      for (String form : filer.getValue()) {
        for (var typing : TYPINGS.entrySet()) {
          cases++;
          String typed = BEFORE + typing.getValue().apply(form) + AFTER;
          String seen = ComplainantMentions.without(typed, filer.getKey());
          if (!secretsIn(seen, filer.getKey()).isEmpty()
              || !seen.startsWith(BEFORE)
              || !seen.endsWith(AFTER)) {
            leaked.add(typing.getKey() + ": " + typed + " → " + seen);
          }
        }
      }
    }
    assertThat(cases).isEqualTo(24 * 16);
    assertThat(leaked).isEmpty();
  }

  /** The identifying parts {@code text} still shows, read as the matching reads it. */
  private static List<String> secretsIn(String text, Complaint.Enterprise filer) {
    String folded = FoldedText.fold(text);
    String phone = filer.contactPhone();
    List<String> secrets =
        new ArrayList<>(
            List.of(
                filer.creditCode(),
                filer.creditCode().substring(8, 17),
                filer.contactName(),
                phone.startsWith("0") ? phone.substring(4) : phone,
                filer == MOBILE_FILER ? "示例" : "云栖"));
    return secrets.stream().filter(s -> folded.contains(FoldedText.fold(s))).toList();
  }

  /** Other contacts the filer may write: removed whoever they belong to. */
  @Test
  void contactsOfAnyKindAreRemoved() {
    List<String> contacts =
        List.of(
            "chen.xm@shili-trade.com",
            "chen.xm＠shili-trade.com",
            "chen.xm @ shili-trade . com",
            "QQ：12345678",
            "微信号：shili_trade88",
            "0571-88886666",
            "（０５７１）８８８８６６６６",
            "010 6655 4433",
            "(010)66554433",
            "一三九一二三四五六七八",
            "139.1234.5678",
            "139 1234 5678",
            "139-1234-5678",
            "地址：东湖市湖滨区解放路88号",
            "我司位于东湖市湖滨区解放路88号3楼");
    List<String> leaked = new ArrayList<>();
    for (String contact : contacts) {
      String typed = BEFORE + contact + AFTER;
      String seen = ComplainantMentions.without(typed, MOBILE_FILER);
      String folded = FoldedText.fold(seen);
      if (folded.matches(".*[0-9]{4,}.*")
          || seen.contains("@")
          || seen.contains("＠")
          || seen.contains("解放路")
          || !seen.startsWith(BEFORE)
          || !seen.endsWith(AFTER)) {
        leaked.add(typed + " → " + seen);
      }
    }
    assertThat(leaked).isEmpty();
  }

  /** The matter's own words, numbers and the body's name are not the enterprise. */
  @Test
  void theMatterStaysAsTyped() {
    List<String> matters =
        List.of(
            "东湖市生态环境局执法人员于2026年3月5日、3月12日两次到场检查，内容相同。",
            "处罚决定书文号东环罚〔2026〕9001号，罚款5000元，没收违法所得1200元。",
            "检查组共3人，未出示执法证件，要求我们提供近三年的台账。",
            "建材市场的商户都被检查了，贸易公司也一样。",
            "执法人员说一二三四都要整改，期限为15个工作日。");
    for (String matter : matters) {
      assertThat(ComplainantMentions.without(matter, MOBILE_FILER)).as(matter).isEqualTo(matter);
      assertThat(ComplainantMentions.without(matter, LANDLINE_FILER)).as(matter).isEqualTo(matter);
    }
  }

  private static String fullWidth(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
    }
    return out.toString();
  }

  private static String between(String s, String separator) {
    return String.join(separator, s.split(""));
  }

  private static String groups(String s, int size, String separator) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < s.length(); i += size) {
      parts.add(s.substring(i, Math.min(s.length(), i + size)));
    }
    return String.join(separator, parts);
  }

  private static String numerals(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? "零一二三四五六七八九".charAt(c - '0') : c);
    }
    return out.toString();
  }
}
