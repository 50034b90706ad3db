package org.zhifagongkai.api.apikey;

import io.r2dbc.spi.Readable;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.staff.Staff;
import org.zhifagongkai.api.staff.StaffRole;
import org.zhifagongkai.api.staff.StaffTokens;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Issues, lists and revokes API keys; administrators only. */
@Service
public class ApiKeys {

  /** Keys start with this, so that one pasted in the wrong place is recognised. */
  static final String PREFIX = "zfgk_";

  private static final int NAME_LENGTH = PREFIX.length() + 8;
  private static final int MAX_PER_MINUTE = 1_000_000;
  private static final Pattern KEY_SHAPE = Pattern.compile("zfgk_[A-Za-z0-9_-]{32}");

  private final DatabaseClient database;
  private final KeyLookup lookup;
  private final SecureRandom random = new SecureRandom();

  ApiKeys(DatabaseClient database, KeyLookup lookup) {
    this.database = database;
    this.lookup = lookup;
  }

  public Mono<IssuedApiKey> issue(Staff staff, String holder, int perMinute) {
    requireAdmin(staff);
    String name = PortalException.requireText(holder, "持有人不能为空", "The holder is empty");
    if (name.length() > 200) {
      throw new PortalException(
          ErrorCode.INVALID_TEXT, "持有人名称超过 200 字", "The holder's name is over 200 characters");
    }
    if (perMinute < 1 || perMinute > MAX_PER_MINUTE) {
      throw new PortalException(
          ErrorCode.INVALID_REQUEST,
          "每分钟请求数须在 1 到 " + MAX_PER_MINUTE + " 之间，收到 " + perMinute,
          "perMinute must be between 1 and " + MAX_PER_MINUTE + ", got " + perMinute);
    }
    String key = newKey();
    return database
        .sql(
            "insert into api_key (name, holder, per_minute, key_sha256, created_by)"
                + " values (:name, :holder, :perMinute, :hash, :staff) returning *")
        .bind("name", key.substring(0, NAME_LENGTH))
        .bind("holder", name)
        .bind("perMinute", perMinute)
        .bind("hash", StaffTokens.hash(key))
        .bind("staff", staff.id())
        .map(ApiKeys::fromRow)
        .one()
        .map(record -> new IssuedApiKey(key, record));
  }

  public Flux<ApiKey> all(Staff staff) {
    requireAdmin(staff);
    return database.sql("select * from api_key order by id desc").map(ApiKeys::fromRow).all();
  }

  /** Revokes the key; revoking one already revoked keeps its first revocation. */
  public Mono<ApiKey> revoke(Staff staff, String id) {
    requireAdmin(staff);
    long key = Ids.parse(id, "接口密钥", "API key");
    return database
        .sql(
            "update api_key set revoked_at = coalesce(revoked_at, now()) where id = :id returning *")
        .bind("id", key)
        .map(ApiKeys::fromRow)
        .one()
        .doOnNext(revoked -> lookup.forgetAll())
        .switchIfEmpty(Mono.error(() -> PortalException.notFound("接口密钥", "API key", id)));
  }

  /** Whether {@code key} has the shape of the keys {@link #issue} makes. */
  static boolean wellFormed(String key) {
    return KEY_SHAPE.matcher(key).matches();
  }

  static ApiKey fromRow(Readable row) {
    return new ApiKey(
        Rows.id(row, "id"),
        Rows.text(row, "name"),
        Rows.text(row, "holder"),
        Rows.integer(row, "per_minute"),
        Rows.instant(row, "created_at"),
        row.get("revoked_at", OffsetDateTime.class));
  }

  private String newKey() {
    byte[] secret = new byte[24];
    random.nextBytes(secret);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  private static void requireAdmin(Staff staff) {
    if (staff.role() != StaffRole.ADMIN) {
      throw new PortalException(
          ErrorCode.FORBIDDEN, "只有管理员可以管理接口密钥", "Only administrators may manage API keys");
    }
  }
}
