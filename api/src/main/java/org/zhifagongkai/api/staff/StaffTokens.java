package org.zhifagongkai.api.staff;

import org.zhifagongkai.api.support.Hashes;

/** Bearer tokens are kept only as SHA-256 hashes, so a leaked table grants nothing. */
public final class StaffTokens {

  private StaffTokens() {}

  public static byte[] hash(String token) {
    return Hashes.sha256(token);
  }
}
