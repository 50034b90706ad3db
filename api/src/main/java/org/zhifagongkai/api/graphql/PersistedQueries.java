package org.zhifagongkai.api.graphql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Automatic persisted queries (Apollo's scheme): a client sends a query's SHA-256 in {@code
 * extensions.persistedQuery.sha256Hash}; the first time with the query, which is kept, then with
 * the hash alone, so that a public query fits a short, cacheable GET. Bounded: the least recently
 * used leave first, and a client whose hash is forgotten sends the query again.
 */
@Component
public class PersistedQueries {

  static final int CAPACITY = 5_000;
  static final int MAX_QUERY_LENGTH = 20_000;

  private final Map<String, String> queries =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > CAPACITY;
        }
      };

  /**
   * The query to run: {@code query} itself, kept under its hash when the extensions name one, or
   * the query kept under the hash named. PERSISTED_QUERY_NOT_FOUND when the hash names none;
   * INVALID_REQUEST when the hash is malformed or is not the query's.
   */
  public @Nullable String resolve(@Nullable String query, @Nullable Map<?, ?> extensions) {
    String hash = hashIn(extensions);
    if (hash == null) {
      return query;
    }
    if (query == null || query.isEmpty()) {
      String kept;
      synchronized (queries) {
        kept = queries.get(hash);
      }
      if (kept == null) {
        throw new PortalException(
            ErrorCode.PERSISTED_QUERY_NOT_FOUND,
            "未保存此查询，请连同查询全文再发送一次",
            "PersistedQueryNotFound: send the query with its hash once more");
      }
      return kept;
    }
    if (!hash.equals(sha256(query))) {
      throw invalid(
          "查询的 SHA-256 与 sha256Hash 不符", "The query's SHA-256 is not the sha256Hash given");
    }
    if (query.length() <= MAX_QUERY_LENGTH) {
      synchronized (queries) {
        queries.put(hash, query);
      }
    }
    return query;
  }

  /**
   * Keeps {@code query} under the hash its extensions name, if that hash is the query's; a POST
   * carries its query whole, so a wrong or malformed hash only goes unkept.
   */
  public void register(@Nullable String query, @Nullable Map<?, ?> extensions) {
    if (query == null || query.isEmpty() || query.length() > MAX_QUERY_LENGTH) {
      return;
    }
    try {
      String hash = hashIn(extensions);
      if (hash != null && hash.equals(sha256(query))) {
        synchronized (queries) {
          queries.put(hash, query);
        }
      }
    } catch (PortalException malformed) {
      // nothing kept
    }
  }

  private static @Nullable String hashIn(@Nullable Map<?, ?> extensions) {
    Object persisted = extensions == null ? null : extensions.get("persistedQuery");
    if (persisted == null) {
      return null;
    }
    if (!(persisted instanceof Map<?, ?> fields)
        || !"1".equals(String.valueOf(fields.get("version")))
        || !(fields.get("sha256Hash") instanceof String hash)
        || !hash.matches("[0-9a-fA-F]{64}")) {
      throw invalid(
          "persistedQuery 须为 {version: 1, sha256Hash: 64 位十六进制}",
          "persistedQuery must be {version: 1, sha256Hash: 64 hex digits}");
    }
    return hash.toLowerCase(Locale.ROOT);
  }

  static String sha256(String query) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(query.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private static PortalException invalid(String zh, String en) {
    return new PortalException(ErrorCode.INVALID_REQUEST, zh, en);
  }
}
