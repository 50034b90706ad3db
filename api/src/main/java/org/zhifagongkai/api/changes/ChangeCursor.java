package org.zhifagongkai.api.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;

/**
 * A position in the feed: the transaction that wrote a change ({@code xid8}) and the change's
 * sequence number. Clients see it as opaque Base64; a cursor the feed did not issue is refused.
 */
record ChangeCursor(long xid, long seq) {

  private static final String VERSION = "ch1";
  private static final Pattern TEXT = Pattern.compile(VERSION + ":(\\d{1,19}):(\\d{1,19})");

  String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((VERSION + ":" + xid + ":" + seq).getBytes(StandardCharsets.US_ASCII));
  }

  static ChangeCursor decode(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
      Matcher matcher = TEXT.matcher(text);
      if (!matcher.matches()) {
        throw invalid(cursor);
      }
      return new ChangeCursor(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
    } catch (IllegalArgumentException e) { // not Base64, or a number beyond a long
      throw invalid(cursor);
    }
  }

  private static PortalException invalid(String cursor) {
    return new PortalException(
        ErrorCode.INVALID_CURSOR,
        "游标 after 不是变更流给出的游标：" + cursor,
        "after is not a cursor the change feed issued: " + cursor);
  }
}
