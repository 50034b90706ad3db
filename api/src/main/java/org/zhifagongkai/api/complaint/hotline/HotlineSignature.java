package org.zhifagongkai.api.complaint.hotline;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over {@code timestamp + "." + body}, as {@code sha256=<hex>}: the timestamp is signed
 * with the body so that an old message cannot be replayed with a new time.
 */
public final class HotlineSignature {

  static final String SIGNATURE_HEADER = "X-Signature";
  static final String TIMESTAMP_HEADER = "X-Timestamp";
  static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

  private HotlineSignature() {}

  public static String sign(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
      return "sha256=" + HexFormat.of().formatHex(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
    }
  }

  /** Whether {@code signature} is the one {@code secret} gives, compared in constant time. */
  public static boolean verify(String secret, String timestamp, String body, String signature) {
    return MessageDigest.isEqual(
        sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8),
        signature.getBytes(StandardCharsets.UTF_8));
  }
}
