package org.zhifagongkai.api.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a calendar day in the forms published data uses: {@code 2018-09-04 00:00:00.0}, {@code
 * 20180904}, {@code 2018/07/30}, {@code 2018.7.30}, {@code 2018年7月30日}; null when none is there.
 */
final class ImportDates {

  private static final Pattern SEPARATED =
      Pattern.compile("((?:19|20)[0-9]{2})\\s*[-/.年]\\s*([0-9]{1,2})\\s*[-/.月]\\s*([0-9]{1,2})");
  private static final Pattern COMPACT =
      Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})([0-9]{2})([0-9]{2})(?![0-9])");

  private ImportDates() {}

  static @Nullable LocalDate parse(@Nullable String text) {
    if (text == null) {
      return null;
    }
    for (Pattern pattern : new Pattern[] {SEPARATED, COMPACT}) {
      Matcher matcher = pattern.matcher(text);
      if (matcher.find()) {
        try {
          return LocalDate.of(
              Integer.parseInt(matcher.group(1)),
              Integer.parseInt(matcher.group(2)),
              Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
          // not a real day: try the next form
        }
      }
    }
    return null;
  }
}
