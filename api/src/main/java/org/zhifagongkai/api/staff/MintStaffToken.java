package org.zhifagongkai.api.staff;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Mints a staff token signed with the installation's {@link LocalSigningKey}, for a portal that
 * uses no identity provider: {@code --role=AGENCY_STAFF --agency=3}, {@code --role=CONTACT_POINT
 * --contact-point=2}, {@code --role=HOTLINE}, {@code --role=ADMIN}; optionally {@code --name},
 * {@code --subject} (default: a new id), {@code --days} (default 30) and {@code --keys} (default
 * {@code data/keys}). It prints the token and nothing else, so it can be captured by a shell.
 */
public final class MintStaffToken {

  private MintStaffToken() {}

  public static void main(String[] args) {
    Map<String, String> options = options(args);
    StaffRole role = StaffRole.valueOf(required(options, "role"));
    Path keys = Path.of(options.getOrDefault("keys", "data/keys"));
    Instant now = Instant.now();
    Duration life = Duration.ofDays(Long.parseLong(options.getOrDefault("days", "30")));
    System.out.println(
        mint(
            keys,
            StaffSecurity.LOCAL_ISSUER,
            options.getOrDefault("subject", UUID.randomUUID().toString()),
            options.getOrDefault("name", role.name()),
            role,
            id(options.get("agency")),
            id(options.get("contact-point")),
            now,
            now.plus(life)));
  }

  /** A token for these claims, signed with the key in {@code keys}, valid in the period given. */
  public static String mint(
      Path keys,
      String issuer,
      String subject,
      String name,
      StaffRole role,
      @Nullable Long agencyId,
      @Nullable Long contactPointId,
      Instant issuedAt,
      Instant expiresAt) {
    var pair = LocalSigningKey.in(keys);
    RSAKey key =
        new RSAKey.Builder(LocalSigningKey.publicKey(pair))
            .privateKey(LocalSigningKey.privateKey(pair))
            .build();
    var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(key)));
    var claims =
        JwtClaimsSet.builder()
            .issuer(issuer)
            .subject(subject)
            .issuedAt(issuedAt)
            .expiresAt(expiresAt)
            .claim(StaffClaims.NAME, name)
            .claim(StaffClaims.ROLE, role.name());
    if (agencyId != null) {
      claims.claim(StaffClaims.AGENCY, agencyId);
    }
    if (contactPointId != null) {
      claims.claim(StaffClaims.CONTACT_POINT, contactPointId);
    }
    return encoder
        .encode(
            JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
        .getTokenValue();
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 0) {
        throw new IllegalArgumentException("Options are --name=value, got " + arg);
      }
      options.put(arg.substring(2, equals), arg.substring(equals + 1));
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException(
          "--" + name + " is required (AGENCY_STAFF, SUPERVISOR, CONTACT_POINT, HOTLINE, ADMIN)");
    }
    return value;
  }

  private static @Nullable Long id(@Nullable String value) {
    return value == null ? null : Long.parseLong(value);
  }
}
