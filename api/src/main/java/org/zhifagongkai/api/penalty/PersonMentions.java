package org.zhifagongkai.api.penalty;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Persons a decision names without describing them by sex: a company's officers (时任董事长许宗林,
 * 董事吴钢、衡保华), whom securities and insurance decisions penalise beside it or name as its staff;
 * persons named with an honorific (聘任陈剑先生, 关于田庄同志), by their birth (任龙出生于…) or by a former name
 * (曾用名朱颖). Each is a natural person, masked wherever the decision names them.
 */
final class PersonMentions {

  /** Offices a company's officers hold, longest first where one ends another. */
  static final String OFFICES =
      "副董事长|董事长|独立董事|执行董事|董事会秘书|董秘|董事|监事会主席|监事|常务副总经理|副总经理|总经理|副总裁|总裁"
          + "|财务副总监|财务总监|财务负责人|财务经理|总会计师|总工程师|副经理|经理|副厂长|厂长|店长|总监";

  /** A name: a common surname and one or two characters, the shortest the next word allows. */
  private static final String NAME = "[" + Surnames.COMMON + "]\\p{IsHan}{1,2}?";

  /** Marks and words that follow a name. */
  private static final String AFTER =
      "(?=[，,。；;、（(）)：:\\s”\"]|等|是|为|在|于|系|称|说|的|与|和|及|对|作为|提出|签|担任|接手|负责|涉嫌|未|已|$)";

  private static final List<Pattern> MENTIONS =
      List.of(
          Pattern.compile("(?:" + OFFICES + ")[：:\\s]?(" + NAME + "(?:、" + NAME + ")*)" + AFTER),
          Pattern.compile(
              "(?<=^|[^\\p{IsHan}*]|聘任|任命|关于|对|由|与|和|请|经|及)(" + NAME + ")(?:等)?(?:同志|先生|女士)"),
          Pattern.compile(
              "(?<=^|[^\\p{IsHan}*]|经查)("
                  + NAME
                  + ")(?=\\s*+[，,]?\\s*+(?:出生于|生于|[0-9〇零○一二三四五六七八九]{4}年"
                  + "[0-9一二三四五六七八九十]{1,2}月(?:[0-9一二三四五六七八九十]{1,3}日)?出?生))"),
          Pattern.compile("(?:曾用名|原名|别名|化名)\\s*+[：:]?\\s*+(" + NAME + ")" + AFTER));

  /** Words an office or an honorific may stand before that are no names (监事应当, 两位同志). */
  private static final Pattern NOT_A_NAME =
      Pattern.compile(".*某.*|应当|应该|两位|各位|诸位|会议|会决|职务|职责|履行|签字|签名");

  private PersonMentions() {}

  /** The persons {@code texts} name by office, honorific, birth or former name. */
  static Set<String> in(@Nullable String... texts) {
    Set<String> persons = new LinkedHashSet<>();
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      for (Pattern mention : MENTIONS) {
        Matcher named = mention.matcher(text);
        while (named.find()) {
          for (String name : named.group(1).split("、")) {
            if (!NOT_A_NAME.matcher(name).matches()) {
              persons.add(name);
            }
          }
        }
      }
    }
    return persons;
  }
}
