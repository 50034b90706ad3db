package org.zhifagongkai.api.staff;

import java.time.Instant;
import java.util.Objects;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;

/**
 * A staff token must say when it ends ({@code exp}). Spring Security's timestamp check refuses a
 * token past its end but passes one that names none, which would act for ever, whoever signed it.
 */
final class TokenExpiry {

  private TokenExpiry() {}

  /** Fails a token without an {@code exp} claim. Thread-safe. */
  static OAuth2TokenValidator<Jwt> required() {
    return new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull);
  }
}
