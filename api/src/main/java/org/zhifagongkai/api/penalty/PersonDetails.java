package org.zhifagongkai.api.penalty;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a decision may say of a penalised person that is neither a number, an address nor a way to
 * reach them, and must still not be published: their health (R2.7(e): 健康状况; PIPL Art. 28 counts it
 * sensitive) and their native place (籍贯), which beside a masked name and a district narrows them to
 * a few people; and the number plates of their vehicles. Thread-safe.
 */
final class PersonDetails {

  static final String HEALTH_REMOVED = "［健康状况已隐去］";
  static final String ORIGIN_REMOVED = "［籍贯已隐去］";
  static final String PLATE_REMOVED = "［车牌号码已隐去］";

  /**
   * A vehicle's number plate (鲁HSV306, 豫Ｊ78210, 浙A.J293D, a new-energy 沪AD12345): a person's own
   * car found in their record.
   */
  private static final Pattern PLATE =
      Pattern.compile(
          "[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-ZＡ-ＨＪ-ＮＰ-Ｚ]"
              + "[·.．\\s]?[A-HJ-NP-Z0-9Ａ-ＨＪ-ＮＰ-Ｚ０-９]{5,6}(?![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])");

  /**
   * A condition the person has, up to the end of its clause: 身患重病, 经诊断为抑郁症; not a statute's
   * 患有…疾病的人员, which describes whom the law means, not the party.
   */
  private static final Pattern ILLNESS =
      Pattern.compile(
          "(身患|患有|罹患|确诊患有|确诊为|(?:被|经医院|经)?诊断为)"
              + "(?![^，,。；;）)\\n]*(?:的人员|的人|者|规定))[^，,。；;）)\\n]{1,30}");

  /**
   * The person described as disabled or pregnant: 当事人系残疾人, 其怀孕五个月, 持残疾证; not 怀孕母猪, which no person
   * stands before.
   */
  private static final Pattern CONDITION =
      Pattern.compile(
          "(?<=[系属]|系一名|是一名)(?:残疾人|孕妇|精神病人|精神障碍患者)"
              + "|(?<=当事人|本人|其|她|某|\\*|＊)(?:已|正|现)?(?:怀孕|妊娠)[^，,。；;）)\\n]{0,10}"
              + "|(?<=处于|正值|尚在|在)哺乳期"
              + "|(?<=持有?)(?:残疾人证|残疾证)(?:[（(][^）)\\n]{0,25}[）)]|[^，,。；;（(）)\\n]{0,25})");

  /** A labelled health or native place, up to the end of its clause: 健康状况：…, 籍贯：浙江温州. */
  private static final Pattern LABELLED =
      Pattern.compile("(健康状况|身体状况|病史|残疾等级|残疾类别|籍贯)(\\s*[：:为是]\\s*)([^，,。；;）)\\n]{1,30})");

  private PersonDetails() {}

  /** {@code text} without the person's health, native place and number plates. */
  static String withoutDetails(String text) {
    String clean =
        LABELLED
            .matcher(text)
            .replaceAll(
                m ->
                    Matcher.quoteReplacement(
                        m.group(1)
                            + m.group(2)
                            + (m.group(1).equals("籍贯") ? ORIGIN_REMOVED : HEALTH_REMOVED)));
    clean =
        ILLNESS
            .matcher(clean)
            .replaceAll(m -> Matcher.quoteReplacement(m.group(1) + HEALTH_REMOVED));
    clean = CONDITION.matcher(clean).replaceAll(HEALTH_REMOVED);
    return PLATE.matcher(clean).replaceAll(PLATE_REMOVED);
  }
}
