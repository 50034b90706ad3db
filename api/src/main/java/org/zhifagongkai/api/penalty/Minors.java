package org.zhifagongkai.api.penalty;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.zhifagongkai.api.identifier.PersonalData;

/**
 * Recognises a penalty on a minor (未成年人), which is never published (R2.7: 浙江省行政处罚结果信息网上公开暂行办法 Art.
 * 5; PIPL Art. 28). Thread-safe.
 */
public final class Minors {

  /** A minor as the party, not one the party employed or admitted (招用未成年工, 接纳未成年人). */
  private static final Pattern MINOR =
      Pattern.compile("(?<!招用|使用|雇用|接纳|容留|招收|允许|安排|一名|多名|[0-9]名)未成年(?!工)|未满十八周岁");

  private Minors() {}

  /**
   * Whether a natural person penalised on {@code decisionDate} is a minor: the facts say so, or a
   * resident ID number in the facts or the name gives a birth date less than 18 years before the
   * decision. Parties other than natural persons are never minors.
   */
  public static boolean isMinorParty(
      PartyKind kind, String name, String facts, LocalDate decisionDate) {
    if (kind != PartyKind.NATURAL_PERSON) {
      return false;
    }
    return MINOR.matcher(facts).find()
        || PersonalData.birthDates(facts + " " + name).stream()
            .anyMatch(born -> born.plusYears(18).isAfter(decisionDate));
  }
}
