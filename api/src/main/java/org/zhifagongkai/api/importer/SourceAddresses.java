package org.zhifagongkai.api.importer;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A record's source address, published as a link to the original: only an http or https address
 * with a host and no user part, so that an uploaded {@code javascript:} or {@code data:} address
 * never reaches a reader's browser, whatever page or client shows it. The rest is kept as the body
 * published it (real addresses hold braces and spaces a strict URI parser refuses); the database
 * holds to the same rule (migration V15).
 */
final class SourceAddresses {

  private static final int LONGEST = 2_000;

  // The same rule as the database's check: a host with no user part (gov.cn@elsewhere hides where
  // the link leads), then a path, query or fragment, or nothing.
  private static final Pattern WEB =
      Pattern.compile(
          "https?://[^/?#@\\s]+(?:[/?#]\\P{Cc}*)?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  private SourceAddresses() {}

  /** The address as given where it is a web address; null where it is blank or anything else. */
  static @Nullable String web(String address) {
    String given = address.replace('\u00a0', ' ').strip();
    return given.length() <= LONGEST && WEB.matcher(given).matches() ? given : null;
  }

  /** The given address cut to a length a report can show. */
  static String shown(String address) {
    String given = address.strip();
    return given.length() <= 200 ? given : given.substring(0, 200) + "…";
  }
}
