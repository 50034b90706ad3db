package org.zhifagongkai.api.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A record's source address, published as a link to the original: only an absolute http or https
 * address with a host, so that an uploaded {@code javascript:} or {@code data:} address never
 * reaches a reader's browser, whatever page or client shows it.
 */
final class SourceAddresses {

  private static final int LONGEST = 2_000;

  private SourceAddresses() {}

  /** The address as given where it is a web address; null where it is blank or anything else. */
  static @Nullable String web(String address) {
    String given = address.strip();
    if (given.isEmpty() || given.length() > LONGEST) {
      return null;
    }
    try {
      URI uri = new URI(given);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && uri.getHost() != null && !uri.getHost().isBlank() ? given : null;
    } catch (URISyntaxException notAnAddress) {
      return null;
    }
  }
}
