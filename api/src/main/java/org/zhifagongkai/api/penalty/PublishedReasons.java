package org.zhifagongkai.api.penalty;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.zhifagongkai.api.identifier.FoldedText;
import org.zhifagongkai.api.identifier.OrganisationNames;

/**
 * The reasons staff give for a correction or a withdrawal, as the decision's history and notice
 * publish them. Staff explain a change by what it changes: a reason names the person the decision
 * masks (李再生 where the facts read 李*生), quotes what a correction took out (删除第三人张翠花的姓名), or names
 * the party whose decision a withdrawal takes off view. None of that is published: every person the
 * decision masks is masked in the reason too, what a correction removed is removed from its reason,
 * and a withdrawal's reason calls the party 当事人, as its notice shows no party.
 */
final class PublishedReasons {

  /** What stands for the words a correction took out of the decision. */
  static final String REMOVED = "［更正删去的内容］";

  /** A masked name in a published text: 王*明, 李*, 欧*明. */
  private static final Pattern MASKED_NAME = Pattern.compile("\\p{IsHan}\\*(?:\\p{IsHan}(?!\\*))?");

  /** A run of Chinese characters, in which a name or a removed phrase is looked for. */
  private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,}");

  /** The longest phrase looked for; a name or an address's words are shorter. */
  private static final int LONGEST = 12;

  private PublishedReasons() {}

  /**
   * A correction's reason: masked as the decision is and as its earlier versions were, without what
   * the correction removed.
   */
  static String correction(
      String why, PenaltyDecision before, PenaltyDecision after, String earlier) {
    String masked = masked(why, before, earlier);
    return withoutRemoved(masked, correctable(before), correctable(after));
  }

  /**
   * A withdrawal's reason: masked as the decision is, and as its earlier versions ({@code earlier},
   * from {@link DecisionEvents#earlierTexts}) were, the party named 当事人.
   */
  static String withdrawal(String why, PenaltyDecision decision, String earlier) {
    String masked = masked(why, decision, earlier);
    String party = decision.party().name().strip();
    if (party.length() < 2) {
      return masked;
    }
    String named = masked.replace("当事人" + party, "当事人").replace(party, "当事人");
    if (decision.party().kind() == PartyKind.NATURAL_PERSON) {
      return named;
    }
    // An organisation is named as people write it too: 示例贸易, 东湖示例贸易公司, 示 例 贸 易.
    return REPEATED_PARTY
        .matcher(FoldedText.of(named).replace(OrganisationNames.mentions(party), "当事人"))
        .replaceAll("当事人");
  }

  /** 当事人 said twice where a role word stood before the name it replaced. */
  private static final Pattern REPEATED_PARTY = Pattern.compile("(?:当事人){2,}");

  /** {@code why} masked as the decision's texts are, and every person they mask masked in it. */
  private static String masked(String why, PenaltyDecision decision, String earlier) {
    String clean = Publishable.publishedText(why, decision.party(), null);
    for (String name : maskedNames(texts(decision) + "\n" + earlier)) {
      clean = PersonText.maskFitting(clean, name);
    }
    return clean;
  }

  /** The masked names the decision publishes, three characters first (王*明 before 王*). */
  private static Set<String> maskedNames(String texts) {
    Set<String> names = new LinkedHashSet<>();
    Matcher found = MASKED_NAME.matcher(texts);
    while (found.find()) {
      names.add(found.group());
    }
    return names.stream()
        .sorted((a, b) -> b.length() - a.length())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static String texts(PenaltyDecision d) {
    return Stream.of(
            d.party().name(),
            d.party().legalRepresentative(),
            d.caseName(),
            d.facts(),
            d.violatedProvisions(),
            d.penaltyProvisions(),
            d.licenceActions())
        .filter(Objects::nonNull)
        .collect(Collectors.joining("\n"));
  }

  /** The texts a correction may change, without the marks of what was removed (［姓名已隐去］). */
  private static String correctable(PenaltyDecision d) {
    return REMOVAL_MARK
        .matcher(
            Stream.of(d.caseName(), d.facts(), d.licenceActions())
                .filter(Objects::nonNull)
                .collect(Collectors.joining("\n")))
        .replaceAll("\n");
  }

  /** A mark standing for what publication removed: its words are the portal's, not the text's. */
  private static final Pattern REMOVAL_MARK = Pattern.compile("［[^］]*］");

  /**
   * {@code reason} without the phrases of two or more Chinese characters, beginning with a surname,
   * that {@code before} held and {@code after} no longer holds: a name the correction removed,
   * quoted back.
   */
  static String withoutRemoved(String reason, String before, String after) {
    StringBuilder kept = new StringBuilder();
    Matcher run = HAN_RUN.matcher(reason);
    int last = 0;
    while (run.find()) {
      kept.append(reason, last, run.start());
      kept.append(withoutRemovedIn(run.group(), before, after));
      last = run.end();
    }
    return kept.append(reason.substring(last)).toString();
  }

  private static String withoutRemovedIn(String run, String before, String after) {
    StringBuilder kept = new StringBuilder();
    int i = 0;
    while (i < run.length()) {
      int taken = 0;
      // Only what may be a name: words the correction removed that are no name (证人, 电话) say
      // what was removed, not whom.
      boolean named = PersonNames.hasCommonSurname(run.substring(i));
      for (int length = Math.min(LONGEST, run.length() - i); named && length >= 2; length--) {
        String phrase = run.substring(i, i + length);
        if (before.contains(phrase) && !after.contains(phrase)) {
          taken = length;
          break;
        }
      }
      if (taken == 0) {
        kept.append(run.charAt(i));
        i++;
      } else {
        if (!endsWith(kept, REMOVED)) {
          kept.append(REMOVED);
        }
        i += taken;
      }
    }
    return kept.toString();
  }

  private static boolean endsWith(StringBuilder text, String suffix) {
    return text.length() >= suffix.length()
        && text.substring(text.length() - suffix.length()).equals(suffix);
  }
}
