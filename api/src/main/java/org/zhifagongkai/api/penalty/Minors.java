package org.zhifagongkai.api.penalty;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhifagongkai.api.identifier.PersonalData;
import org.zhifagongkai.api.support.ChineseDates;
import org.zhifagongkai.api.support.ChineseNumerals;

/**
 * Recognises a penalty on a minor (未成年人), which is never published (R2.7: 浙江省行政处罚结果信息网上公开暂行办法 Art.
 * 5; PIPL Art. 28). Thread-safe.
 */
public final class Minors {

  /** Words before a minor the party employed or admitted, not the party itself (招用未成年工). */
  private static final String EMPLOYED = "(?<!招用|使用|雇用|接纳|容留|招收|允许|安排|一名|多名|[0-9]名)";

  /** A minor as the party, not one the party employed or admitted (招用未成年工, 接纳未成年人). */
  private static final Pattern MINOR =
      Pattern.compile(EMPLOYED + "未成年(?!工)|未满十八周岁|不满十八周岁|未满18周岁|不满18周岁");

  /**
   * An age the facts give a person, as a description of them gives it: ，16岁， or 现年十六周岁 (not 3岁以下
   * 婴幼儿, nor the age of someone the party employed).
   */
  private static final Pattern AGE =
      Pattern.compile(
          EMPLOYED
              + "(?:(?:[，,、（(]\\s*)([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*周?岁(?=[，,、）)。；;]|$)"
              + "|(?:现年|时年|年仅|今年)([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*周?岁)");

  /** A written birth date: 2010年3月5日出生, 出生日期：2010-03-05, 生于2010年3月. */
  private static final Pattern BORN =
      Pattern.compile(
          "((?:19|20)[0-9]{2})\\s*年(?:\\s*([0-9]{1,2})\\s*月(?:\\s*([0-9]{1,2})\\s*日)?)?\\s*(?:出生|生(?=[，,）)；;、\\s]))"
              + "|(?:出[生身]日期|出[生身]年月|生于|生日(?:为|是)?)[:：]?\\s*((?:19|20)[0-9]{2})[-./年]([0-9]{1,2})(?:[-./月]([0-9]{1,2}))?");

  /** A pupil of a primary or middle school, or of the first two years of a high school. */
  private static final Pattern PUPIL =
      Pattern.compile("(?:小学|初中|初[一二三]|高[一二]|[一二三四五六七八九]年级)(?:年级)?(?:在读)?学生");

  private Minors() {}

  /**
   * Whether a natural person penalised on {@code decisionDate} is a minor: the facts say so, give
   * an age under 18 or a school year only minors are in, or a birth date (written out or in a
   * resident ID number, in the facts or the name) less than 18 years before the decision. Parties
   * other than natural persons are never minors.
   */
  public static boolean isMinorParty(
      PartyKind kind, String name, String facts, LocalDate decisionDate) {
    if (kind != PartyKind.NATURAL_PERSON) {
      return false;
    }
    // １６岁 is 16岁; 二〇一〇年三月五日 is 2010年3月5日
    String text = ChineseDates.inDigits(Normalizer.normalize(facts, Normalizer.Form.NFKC));
    return MINOR.matcher(text).find()
        || PUPIL.matcher(text).find()
        || statesAMinorsAge(text)
        || bornWithin18Years(text, decisionDate)
        || PersonalData.birthDates(text + " " + name).stream()
            .anyMatch(born -> born.plusYears(18).isAfter(decisionDate));
  }

  private static boolean statesAMinorsAge(String facts) {
    Matcher age = AGE.matcher(facts);
    while (age.find()) {
      long years = ChineseNumerals.parse(age.group(1) != null ? age.group(1) : age.group(2));
      if (years > 0 && years < 18) {
        return true;
      }
    }
    return false;
  }

  private static boolean bornWithin18Years(String facts, LocalDate decisionDate) {
    Matcher born = BORN.matcher(facts);
    while (born.find()) {
      int offset = born.group(1) != null ? 1 : 4;
      try {
        // A year or month alone is read at its end: whoever may still be under 18 is taken for it.
        int year = Integer.parseInt(born.group(offset));
        int month = born.group(offset + 1) == null ? 12 : Integer.parseInt(born.group(offset + 1));
        LocalDate date =
            born.group(offset + 2) == null
                ? YearMonth.of(year, month).atEndOfMonth()
                : LocalDate.of(year, month, Integer.parseInt(born.group(offset + 2)));
        if (date.plusYears(18).isAfter(decisionDate)) {
          return true;
        }
      } catch (DateTimeException notADate) {
        // 2010年13月: no date, so no age
      }
    }
    return false;
  }
}
