package org.zhifagongkai.api.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.penalty.DecisionDateBasis;
import org.zhifagongkai.api.penalty.DecisionDating;
import org.zhifagongkai.api.penalty.DocumentNumber;

/**
 * Dates an imported decision from the best evidence its record holds, in the order of {@link
 * DecisionDateBasis}. A date that cannot be the decision's (in the future, before 1980, or after
 * the record was published) is set aside for the next evidence, and kept as the rejected date.
 */
final class DecisionDates {

  /** Earlier dates are misreadings: the records are of bodies under today's laws. */
  private static final LocalDate EARLIEST = LocalDate.of(1980, 1, 1);

  /**
   * A publication's day in its address: {@code /201707/t20170718_84152.html}, {@code
   * /doc/2026/07/01/4802148.shtml}, {@code /c/2026-07-09/5095673.shtml}.
   */
  private static final Pattern ADDRESS_DAY =
      Pattern.compile(
          "/t((?:19|20)[0-9]{2})([0-9]{2})([0-9]{2})_[0-9]+|/((?:19|20)[0-9]{2})[/-]([0-9]{2})[/-]([0-9]{2})/");

  private DecisionDates() {}

  /** A decision's date, what it rests on, and the day its record was published. */
  record Dated(LocalDate decided, DecisionDating dating, LocalDate published) {}

  /** Thrown for a record that gives no evidence of its date at all. */
  static final class Undated extends IllegalArgumentException {
    Undated() {
      super(
          "a decision without any evidence of its date: no date in its text, record or address,"
              + " and no year in its number");
    }
  }

  /**
   * @param inText the date the decision's text gives, if any
   * @param sourceDate the record's own date field, as written
   * @param sourceDatesTheDecision whether that field is the decision's date (a 处罚决定日期 column) or
   *     may be the day of publication
   * @param address the source's web address
   * @param numberYear the year in the decision's document number
   */
  static Dated date(
      DecisionTextExtractor.@Nullable TextDate inText,
      String sourceDate,
      boolean sourceDatesTheDecision,
      String address,
      @Nullable Integer numberYear,
      LocalDate today) {
    LocalDate fromSource = sourceDay(sourceDate);
    LocalDate fromAddress = addressDay(address);
    // Only an address's day surely is the publication's: sources use their date field for other
    // days too (a bank regulator's for the day before it decided).
    LocalDate publishedBy = possible(fromAddress, null, today) ? fromAddress : null;
    List<Evidence> evidence = new ArrayList<>();
    if (sourceDatesTheDecision) {
      evidence.add(new Evidence(fromSource, DecisionDateBasis.STATED));
    }
    // A decision is dated in its number's year or, numbered late in it, the next.
    boolean inNumbersYear =
        inText != null
            && (numberYear == null
                || inText.day().getYear() == numberYear
                || inText.day().getYear() == numberYear + 1);
    if (inText != null && (inText.labelled() || inText.signed())) {
      evidence.add(
          new Evidence(
              inText.day(),
              inText.labelled() ? DecisionDateBasis.STATED : DecisionDateBasis.SIGNED,
              inNumbersYear));
    }
    if (!sourceDatesTheDecision) {
      evidence.add(new Evidence(fromSource, DecisionDateBasis.SOURCE_DATE));
    }
    evidence.add(new Evidence(fromAddress, DecisionDateBasis.SOURCE_ADDRESS));
    // A date the text merely mentions is an event of the case; outside the number's year it is a
    // deadline or a later event, not near the decision.
    if (inText != null
        && !inText.labelled()
        && !inText.signed()
        && (numberYear == null || numberYear == inText.day().getYear())) {
      evidence.add(new Evidence(inText.day(), DecisionDateBasis.LAST_DATE_IN_TEXT));
    }
    if (numberYear != null) {
      evidence.add(new Evidence(LocalDate.of(numberYear, 1, 1), DecisionDateBasis.DOCUMENT_YEAR));
    }
    LocalDate rejected = null;
    for (Evidence e : evidence) {
      if (e.day() == null) {
        continue;
      }
      // A date outside its number's year is passed over; an impossible one is also shown.
      if (e.likely() && possible(e.day(), publishedBy, today)) {
        return new Dated(
            e.day(),
            new DecisionDating(e.basis(), rejected),
            published(e.day(), fromSource, publishedBy, today));
      }
      if (rejected == null && e.basis().exact() && !possible(e.day(), publishedBy, today)) {
        rejected = e.day();
      }
    }
    throw new Undated();
  }

  /** The day the record was published: its source's date or address day, if not before it. */
  private static LocalDate published(
      LocalDate decided,
      @Nullable LocalDate fromSource,
      @Nullable LocalDate publishedBy,
      LocalDate today) {
    for (LocalDate day : new LocalDate[] {fromSource, publishedBy}) {
      if (day != null
          && !day.isAfter(today)
          && !day.isBefore(decided)
          && (publishedBy == null || !day.isAfter(publishedBy))) {
        return day;
      }
    }
    return decided;
  }

  /** A date field's day; a field holding more than a date (some hold the whole text) gives none. */
  private static @Nullable LocalDate sourceDay(String field) {
    return field.strip().length() <= 30 ? ImportDates.parse(field) : null;
  }

  private record Evidence(@Nullable LocalDate day, DecisionDateBasis basis, boolean likely) {
    Evidence(@Nullable LocalDate day, DecisionDateBasis basis) {
      this(day, basis, true);
    }
  }

  private static boolean possible(
      @Nullable LocalDate day, @Nullable LocalDate published, LocalDate today) {
    return day != null
        && !day.isBefore(EARLIEST)
        && !day.isAfter(today)
        && (published == null || !day.isAfter(published));
  }

  /** A year in brackets, where a number gives one however it is written (许准字 〔2018〕 第（149） 号). */
  private static final Pattern BRACKETED_YEAR =
      Pattern.compile("[〔\\[(（【]\\s*((?:19|20)[0-9]{2})\\s*[〕\\])）】]");

  static @Nullable Integer numberYear(String number) {
    Integer year = DocumentNumber.parse(number).year();
    if (year != null) {
      return year;
    }
    Matcher m = BRACKETED_YEAR.matcher(number);
    return m.find() ? Integer.parseInt(m.group(1)) : null;
  }

  static @Nullable LocalDate addressDay(String address) {
    Matcher m = ADDRESS_DAY.matcher(address);
    if (!m.find()) {
      return null;
    }
    int first = m.group(1) != null ? 1 : 4;
    return ImportDates.parse(m.group(first) + "-" + m.group(first + 1) + "-" + m.group(first + 2));
  }
}
