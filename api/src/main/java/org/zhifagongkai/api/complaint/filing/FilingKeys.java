package org.zhifagongkai.api.complaint.filing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.support.Hashes;

/**
 * A filing key: a secret the client makes once per complaint and sends again when it did not get
 * the answer, so that a retry files nothing twice and answers what the first filing answered. Only
 * the key's SHA-256 is stored, beside the access code sealed with a key derived from it: the portal
 * can give the same access code again to whoever holds the key, and to nobody else, while the code
 * itself stays stored as a hash only.
 */
final class FilingKeys {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9_-]{16,64}");
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private FilingKeys() {}

  /** {@code key} as given, or INVALID_REQUEST when it is not 16–64 letters, digits, - and _. */
  static String checked(String key) {
    if (!FORM.matcher(key).matches()) {
      throw new PortalException(
          ErrorCode.INVALID_REQUEST,
          "filingKey 应为 16–64 个字母、数字、- 或 _（如一个随机 UUID）",
          "filingKey must be 16–64 letters, digits, - or _ (a random UUID will do)");
    }
    return key;
  }

  /** What is stored to find the filing again: never the key itself. */
  static byte[] stored(String key) {
    return Hashes.sha256("filing-key:" + key);
  }

  /** The access code, sealed so that only the key opens it (AES-GCM, a fresh nonce each time). */
  static byte[] seal(String accessCode, String key) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, nonce).doFinal(bytes(accessCode));
    return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
  }

  /** The access code {@link #seal} sealed with {@code key}. */
  static String open(byte[] sealed, String key) {
    byte[] nonce = Arrays.copyOf(sealed, NONCE_BYTES);
    byte[] code =
        cipher(Cipher.DECRYPT_MODE, key, nonce)
            .doFinal(Arrays.copyOfRange(sealed, NONCE_BYTES, sealed.length));
    return new String(code, StandardCharsets.UTF_8);
  }

  /** A digest of a filing's parts, each length-prefixed so that no two inputs share one. */
  static byte[] fingerprint(@Nullable Object... parts) {
    StringBuilder text = new StringBuilder();
    for (Object part : parts) {
      String value = String.valueOf(part);
      text.append(value.length()).append(':').append(value).append(';');
    }
    return Hashes.sha256(text.toString());
  }

  /** Whether another filing stored the key meanwhile (under another enterprise's lock). */
  static boolean takenMeanwhile(Throwable error) {
    for (Throwable e = error; e != null; e = e.getCause()) {
      if (e.getMessage() != null && e.getMessage().contains("\"complaint_filing_key\"")) {
        return true;
      }
    }
    return false;
  }

  /** The same key sent with other input: the first filing stands, nothing else is filed. */
  static PortalException reused() {
    return new PortalException(
        ErrorCode.FILING_KEY_REUSED,
        "这个 filingKey 已用于一件内容不同的投诉：重新提交请用原来的内容，提交新投诉请换一个新的 filingKey",
        "This filingKey was used for a complaint with other content: resend the same input, or"
            + " use a new filingKey for a new complaint");
  }

  private static Sealing cipher(int mode, String key, byte[] nonce) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      // A derivation of its own, so the stored hash of the key does not open the code.
      byte[] secret = Hashes.sha256("filing-key-seal:" + key);
      cipher.init(mode, new SecretKeySpec(secret, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
      return new Sealing(cipher);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime has AES/GCM", e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A cipher whose failures are the portal's, not the caller's. */
  private record Sealing(Cipher cipher) {
    byte[] doFinal(byte[] input) {
      try {
        return cipher.doFinal(input);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("A sealed access code does not open with its key", e);
      }
    }
  }
}
