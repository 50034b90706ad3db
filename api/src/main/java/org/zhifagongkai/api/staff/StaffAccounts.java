package org.zhifagongkai.api.staff;

import io.r2dbc.spi.Readable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.support.Binds;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Mono;

/** The account rows behind tokens: found by an opaque token's hash, or kept for a JWT's subject. */
@Component
class StaffAccounts {

  private static final String COLUMNS = "id, name, role, agency_id, contact_point_id, disabled_at";

  private final DatabaseClient database;

  StaffAccounts(DatabaseClient database) {
    this.database = database;
  }

  /** The active account whose opaque token this is; empty when none. */
  Mono<Staff> byToken(String token) {
    return database
        .sql(
            "select "
                + COLUMNS
                + " from staff_account where token_sha256 = :hash and disabled_at is null")
        .bind("hash", StaffTokens.hash(token))
        .map(StaffAccounts::staff)
        .one();
  }

  /**
   * The account of a token's subject, made on its first request and brought in line with the
   * token's role and body when they change; UNAUTHENTICATED when an administrator disabled it or
   * the token names a body the portal does not know.
   */
  Mono<Staff> byClaims(StaffClaims claims) {
    var spec =
        database
            .sql(
                """
                with kept as (
                  insert into staff_account (name, role, agency_id, contact_point_id, issuer, subject)
                  values (:name, :role, :agency, :contactPoint, :issuer, :subject)
                  on conflict (issuer, subject) do update set name = excluded.name,
                    role = excluded.role, agency_id = excluded.agency_id,
                    contact_point_id = excluded.contact_point_id
                  where (staff_account.name, staff_account.role, staff_account.agency_id,
                    staff_account.contact_point_id) is distinct from (excluded.name, excluded.role,
                    excluded.agency_id, excluded.contact_point_id)
                  returning %1$s)
                select %1$s from kept
                union all
                select %1$s from staff_account where issuer = :issuer and subject = :subject
                  and not exists (select 1 from kept)
                """
                    .formatted(COLUMNS))
            .bind("name", claims.name())
            .bind("role", claims.role().name())
            .bind("issuer", claims.issuer())
            .bind("subject", claims.subject());
    spec = Binds.bind(spec, "agency", claims.agencyId(), Long.class);
    spec = Binds.bind(spec, "contactPoint", claims.contactPointId(), Long.class);
    return spec.map(
            row -> {
              if (row.get("disabled_at") != null) {
                throw StaffClaims.invalid("该账号已停用", "The account is disabled");
              }
              return staff(row);
            })
        .one()
        .onErrorMap(
            DataIntegrityViolationException.class,
            e ->
                StaffClaims.invalid(
                    "令牌所称的机关或联系点不存在",
                    "The token names a body or contact point the portal does not know"));
  }

  private static Staff staff(Readable row) {
    return new Staff(
        Rows.id(row, "id"),
        Rows.text(row, "name"),
        Rows.enumValue(row, "role", StaffRole.class),
        Rows.optionalId(row, "agency_id"),
        Rows.optionalId(row, "contact_point_id"));
  }
}
