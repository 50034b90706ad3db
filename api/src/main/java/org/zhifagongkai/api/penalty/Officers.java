package org.zhifagongkai.api.penalty;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The enforcement officers a decision names (执法人员：任力、江军平; 执法人员王恩嗣、尉少伟进行调查): the body's staff,
 * natural persons whose names the public record does not need. Each is removed wherever the text
 * names them, masked (马*顺) or not. Thread-safe.
 */
final class Officers {

  /** An officer's name as written: a common surname and one or two characters, or masked (马*顺). */
  private static final String NAME =
      "(?:[" + Surnames.COMMON + "]\\p{IsHan}{1,2}?|\\p{IsHan}[*＊]{1,2}\\p{IsHan}?)";

  /** A later name of a list, whose surname may be a rare one (赵娜、户恩林). */
  private static final String LATER = "(?:\\p{IsHan}{2,3}?|\\p{IsHan}[*＊]{1,2}\\p{IsHan}?)";

  /** A label, then names separated by 、 or spaces, up to a mark or what officers do. */
  private static final Pattern NAMED =
      Pattern.compile(
          "((?:行政|运政|港政|渔政|水政|盐政|路政|稽查)?(?:执法人员|执法人|执法队员|承办人员?|办案人员?|检查人员?)"
              + "(?:姓名)?)(\\s*+[：:]?\\s*+)("
              + NAME
              + "(?:(?:、|\\s+)"
              + LATER
              // bounded: a group repeated once per name would recurse through a list of any length
              + "){0,30})"
              + "(?=[，,。；;、（()）\\s]|等|进行|出示|依法|检查|调查|组成|持|在|对|到|向|于|赴|现场|$)");

  /** Words after an officer's label that begin with a surname's character but are no names. */
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "[和及与或被]|于当|于是|查实|查获|查处|查明|依法|现场|发现|检查|调查|当场|随即|立即|立案|进行|一行|两名|二人|等人|在场|出示|共同|经查"
              + "|同时|向当|对当|对该|对其|对你|对此|对上|对现|对涉|在检|在现|在该|在当|将|按|根据|应当|持证|持有|签名|签字|单位"
              + "|姓名|执法|证号|时间|申请|回避|全部|万元|范围|计划|和当|及当|当事|相关|有关|其他|工作|检查|调查|询问");

  private Officers() {}

  /** {@code text} without the names of the officers it names. */
  static String without(String text) {
    Set<String> named = new LinkedHashSet<>();
    StringBuilder out = new StringBuilder();
    Matcher label = NAMED.matcher(text);
    int last = 0;
    while (label.find()) {
      String[] names = label.group(3).split("、|\\s+");
      if (java.util.Arrays.stream(names)
          .anyMatch(
              name ->
                  name.codePointCount(0, name.length()) < 2
                      || NOT_A_NAME.matcher(name).lookingAt())) {
        continue;
      }
      for (String name : names) {
        if (name.indexOf('*') < 0 && name.indexOf('＊') < 0) {
          named.add(name);
        }
      }
      out.append(text, last, label.start())
          .append(label.group(1))
          .append(label.group(2))
          .append(
              String.join(
                  "、", java.util.Collections.nCopies(names.length, PersonText.NAME_REMOVED)));
      last = label.end();
    }
    String clean = out.append(text, last, text.length()).toString();
    return PersonText.removeNames(clean, named);
  }
}
