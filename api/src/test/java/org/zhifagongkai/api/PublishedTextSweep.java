package org.zhifagongkai.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.identifier.PersonalData;

/**
 * Looks for personal data in what the portal publishes: the redactor's own reading (whole ID,
 * mobile and account numbers) and, independent of it, what a site left of a number it half-masked
 * (digits beside two or more stars; an organisation's code excepted) and birth dates.
 */
public final class PublishedTextSweep {

  /** The remains of a half-masked number: an ID's region and birth year, a phone's last four. */
  public static final Pattern HALF_MASKED =
      Pattern.compile(
          "(?<![0-9A-Za-z*＊])(?<!(?:信用代码|注册号)[:：]?)[A-Z]?"
              + "(?:[0-9]{2,}[*＊]{2,}[0-9*＊Xx]*|[*＊]{2,}[0-9]{3,}(?![0-9]*年))");

  public static final Pattern BIRTH_DATE = Pattern.compile("[0-9]{4}年[0-9]{1,2}月([0-9]{1,2}日)?出生");

  /** A professional's licence number after its label (律师执业证号：13301200010942239). */
  public static final Pattern LICENCE =
      Pattern.compile("执\\s*业\\s*证(?:书)?\\s*(?:号码|编号|号)[：:]?\\s*[0-9]{8,}");

  private PublishedTextSweep() {}

  /** Everything in {@code text} the sweep takes for personal data. */
  public static List<String> leaks(String text) {
    List<String> found = new ArrayList<>(PersonalData.find(text));
    HALF_MASKED.matcher(text).results().map(MatchResult::group).forEach(found::add);
    BIRTH_DATE.matcher(text).results().map(MatchResult::group).forEach(found::add);
    LICENCE.matcher(text).results().map(MatchResult::group).forEach(found::add);
    return found;
  }

  /** The columns of published text about the party and the case, in the table and in exports. */
  public static final List<String> COLUMNS =
      List.of(
          "party_name",
          "party_legal_representative",
          "case_name",
          "facts",
          "violated_provisions",
          "penalty_provisions",
          "licence_actions");

  /** {@code leak} with the words before it, where a reader of the failure sees its label. */
  private static String around(String text, String leak) {
    int at = Math.max(0, text.indexOf(leak));
    return text.substring(Math.max(0, at - 16), Math.min(text.length(), at + leak.length() + 8));
  }

  /** What the sweep finds in every published decision's texts and party: number, column, leak. */
  public static List<String> inPublishedDecisions(DatabaseClient database) {
    return database
        .sql(
            "select document_number, "
                + String.join(", ", COLUMNS)
                + " from penalty_decision where status = 'PUBLISHED'")
        .map(
            row -> {
              List<String> found = new ArrayList<>();
              for (String column : COLUMNS) {
                String text = row.get(column, String.class);
                if (text != null) {
                  leaks(text)
                      .forEach(
                          leak ->
                              found.add(
                                  row.get("document_number", String.class)
                                      + " "
                                      + column
                                      + " …"
                                      + around(text, leak)));
                }
              }
              return found;
            })
        .all()
        .flatMapIterable(found -> found)
        .collectList()
        .block();
  }
}
