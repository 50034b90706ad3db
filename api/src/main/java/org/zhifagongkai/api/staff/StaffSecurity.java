package org.zhifagongkai.api.staff;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Staff tokens are JWTs: from the identity provider named by Spring Security's resource-server
 * properties ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri}),
 * or, where none is named, signed with the installation's own key. Access is decided per operation
 * by the API, not per URL: every request passes the filter chain, public reads need no token.
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurity {

  static final String LOCAL_ISSUER = "zhifagongkai-local";

  @Bean
  SecurityWebFilterChain portalFilterChain(ServerHttpSecurity http) {
    return http.authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
        // Caching is decided per response (public data may be cached), not denied wholesale.
        .headers(headers -> headers.cache(ServerHttpSecurity.HeaderSpec.CacheSpec::disable))
        .build();
  }

  /**
   * Tokens of an identity provider must name their end too: Spring Boot adds this validator to
   * those it builds for the issuer (timestamps, issuer, audience).
   */
  @Bean
  OAuth2TokenValidator<Jwt> staffTokensExpire() {
    return TokenExpiry.required();
  }

  @Bean
  @Conditional(NoIdentityProvider.class)
  ReactiveJwtDecoder localStaffTokens(
      @Value("${portal.staff.local-key-directory:data/keys}") String keyDirectory,
      @Value("${portal.staff.local-issuer:" + LOCAL_ISSUER + "}") String issuer) {
    return new LocalStaffTokens(Path.of(keyDirectory), issuer);
  }

  /** Whether no identity provider is configured for the resource server. */
  static class NoIdentityProvider implements Condition {
    private static final String PREFIX = "spring.security.oauth2.resourceserver.jwt.";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      var environment = context.getEnvironment();
      return !environment.containsProperty(PREFIX + "issuer-uri")
          && !environment.containsProperty(PREFIX + "jwk-set-uri")
          && !environment.containsProperty(PREFIX + "public-key-location");
    }
  }
}
