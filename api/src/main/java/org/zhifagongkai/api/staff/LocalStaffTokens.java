package org.zhifagongkai.api.staff;

import java.nio.file.Path;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Checks staff tokens signed with the installation's {@link LocalSigningKey}, issued by {@link
 * MintStaffToken}: the signature, the issuer, and that the token names its end and is current. The
 * key is read on the first token, so a portal that never sees one never makes a key.
 */
final class LocalStaffTokens implements ReactiveJwtDecoder {

  private final Path keyDirectory;
  private final String issuer;
  private volatile ReactiveJwtDecoder delegate;

  LocalStaffTokens(Path keyDirectory, String issuer) {
    this.keyDirectory = keyDirectory;
    this.issuer = issuer;
  }

  @Override
  public Mono<Jwt> decode(String token) {
    return Mono.defer(() -> delegate().decode(token));
  }

  private ReactiveJwtDecoder delegate() {
    ReactiveJwtDecoder decoder = delegate;
    if (decoder == null) {
      synchronized (this) {
        if (delegate == null) {
          var nimbus =
              NimbusReactiveJwtDecoder.withPublicKey(
                      LocalSigningKey.publicKey(LocalSigningKey.in(keyDirectory)))
                  .build();
          nimbus.setJwtValidator(
              new DelegatingOAuth2TokenValidator<>(
                  JwtValidators.createDefaultWithIssuer(issuer), TokenExpiry.required()));
          delegate = nimbus;
        }
        decoder = delegate;
      }
    }
    return decoder;
  }
}
