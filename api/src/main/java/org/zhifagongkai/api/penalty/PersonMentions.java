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
          Pattern.compile("(?:曾用名|原名|别名|化名)\\s*+[：:]?\\s*+(" + NAME + ")" + AFTER),
          // A person whose ID card the decision cites (李源潮身份证复印件, 王中刚（身份证号码：…）).
          Pattern.compile(
              "(?<=^|[^\\p{IsHan}*]|人|员|工|和|及|与|的)("
                  + NAME
                  + ")(?=的?(?:居民)?身份证(?:复印件|件|号|明)|\\s*[（(]\\s*(?:公民)?身份证"
                  + "|[\\s，,]+(?:公民)?身份证(?:号码|号))"),
          // One of several parties a decision lists (当事人：黄翠玲，时任…; 当事人：葛建 单位：…).
          Pattern.compile(
              "当事人\\s*[：:]\\s*("
                  + NAME
                  + ")(?=\\s*[，,]\\s*(?:时任|原任|曾任|现任)|\\s+(?:单位|工作单位)\\s*[：:])"),
          // The doer a case's title, a table's row or the facts name before the act (蔡建朝未取得…经营许可,
          // 永清县张立国经营假农药案, 关于房天平销售不符合…, 驾驶员郭丽萍未取得…).
          Pattern.compile(
              "(?<=^|\\n|关于|[县市区员人]|[^\\p{IsHan}*])("
                  + NAME
                  + ")(?<![店厂部司行社馆站所场局院区县市镇乡村])"
                  + "(?=未取得|未经|无证|非法|擅自|涉嫌|经营假|经营劣|经营未|销售假|销售不|销售过期|销售无|生产假|生产不"
                  // driving a vehicle by its plate (李冰天驾驶冀R6W9R1)
                  + "|驾驶[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼])"),
          // The party named in the facts by a name its own field gives otherwise (郭某某: 当事人郭秋苹承认…).
          Pattern.compile(
              "(?:当事人|被处罚人|违法行为人)[：:]?("
                  + NAME
                  + ")(?=[，,]?(?:承认|陈述|供述|辩称|交代|没有|未按|未取得|于[0-9０-９二]|的(?:上述|行为|违法)|在(?:法定|规定)))"),
          // A name listed beside one a source masked already (马福、王*雄; 班*、石曲、拉庆).
          Pattern.compile("(?<=\\p{IsHan}[*＊]\\p{IsHan}?、)(\\p{IsHan}{2,4}?)(?=[、，,\\-－—]|$)"),
          Pattern.compile("(?<=^|[^\\p{IsHan}*]|、)(\\p{IsHan}{2,4}?)(?=、\\p{IsHan}[*＊])"));

  /** Words an office or an honorific may stand before that are no names (监事应当, 两位同志). */
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          ".*某.*|应当|应该|两位|各位|诸位|会议|会决|职务|职责|履行|签字|签名|单位|公司|本人|个人|法人|居民|公民|原件"
              + "|经营|一律|一直|于是|任何|全部|明知|严重|国家|.*居民|.*[公司店厂部局院所站中心会社行队]");

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
