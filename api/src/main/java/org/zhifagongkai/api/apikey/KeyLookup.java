package org.zhifagongkai.api.apikey;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.staff.StaffTokens;
import reactor.core.publisher.Mono;

/**
 * Finds the valid key a request sends, remembering answers (unknown keys included) for a minute so
 * that a stream of requests does not query the database each time. Revoking forgets everything at
 * once; the memory is this instance's, so with several instances a revocation reaches the others
 * within the minute.
 *
 * <p>Thread-safe.
 */
@Component
public class KeyLookup {

  private final DatabaseClient database;
  private final Cache<String, Optional<ApiKey>> known =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(1)).build();

  KeyLookup(DatabaseClient database) {
    this.database = database;
  }

  /** The valid (not revoked) key {@code key} is, or empty. */
  public Mono<ApiKey> valid(String key) {
    if (!ApiKeys.wellFormed(key.strip())) {
      // Not a key the portal could have issued: no need to ask the database.
      return Mono.empty();
    }
    byte[] hash = StaffTokens.hash(key.strip());
    String cacheKey = HexFormat.of().formatHex(hash);
    Optional<ApiKey> remembered = known.getIfPresent(cacheKey);
    if (remembered != null) {
      return Mono.justOrEmpty(remembered);
    }
    return database
        .sql("select * from api_key where key_sha256 = :hash and revoked_at is null")
        .bind("hash", hash)
        .map(ApiKeys::fromRow)
        .one()
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .doOnNext(found -> known.put(cacheKey, found))
        .flatMap(Mono::justOrEmpty);
  }

  void forgetAll() {
    known.invalidateAll();
  }
}
