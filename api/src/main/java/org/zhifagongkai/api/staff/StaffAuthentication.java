package org.zhifagongkai.api.staff;

import graphql.GraphQLContext;
import java.util.regex.Pattern;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import reactor.core.publisher.Mono;

/**
 * Reads the bearer token of a request and puts the account it names into the GraphQL context.
 * Requests without a token stay anonymous and may read everything public; a token that names no
 * active account is refused only where an account is needed, so public reads keep working.
 *
 * <p>A token is a JWT, checked by the resource server's decoder (an identity provider's keys, or
 * the installation's own); opaque tokens are honoured only where {@code portal.staff.opaque-tokens}
 * is on, which it is by default only for the labelled sample and the tests.
 */
@Component
public class StaffAuthentication implements WebGraphQlInterceptor {

  private static final String ACCOUNT = StaffAuthentication.class.getName() + ".account";
  private static final Log log = LogFactory.getLog(StaffAuthentication.class);
  private static final Pattern JWT = Pattern.compile("[\\w-]+\\.[\\w-]+\\.[\\w-]*");

  private final StaffAccounts accounts;
  private final @Nullable ReactiveJwtDecoder decoder;
  private final boolean opaqueTokens;

  StaffAuthentication(
      StaffAccounts accounts,
      ObjectProvider<ReactiveJwtDecoder> decoder,
      @Value("${portal.staff.opaque-tokens:${portal.sample-data.enabled:false}}")
          boolean opaqueTokens) {
    this.accounts = accounts;
    this.decoder = decoder.getIfAvailable();
    this.opaqueTokens = opaqueTokens;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    String token = bearer(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
    if (token == null) {
      return chain.next(request);
    }
    return account(token)
        .<Object>map(staff -> staff)
        .onErrorResume(PortalException.class, Mono::just)
        .defaultIfEmpty(unknown())
        .flatMap(
            account -> {
              request.configureExecutionInput(
                  (input, builder) -> builder.graphQLContext(c -> c.put(ACCOUNT, account)).build());
              return chain.next(request);
            });
  }

  /**
   * The account of the request; UNAUTHENTICATED when it names none, or one that is unknown,
   * disabled, expired or not signed by a trusted key.
   */
  public static Staff current(GraphQLContext context) {
    Object account = context.get(ACCOUNT);
    if (account instanceof Staff staff) {
      return staff;
    }
    if (account instanceof PortalException refused) {
      throw refused;
    }
    throw new PortalException(
        ErrorCode.UNAUTHENTICATED,
        "此操作须使用工作人员账号的令牌",
        "This operation needs a staff account's bearer token");
  }

  /** Whether the request named a staff account, valid or not. */
  public static boolean isStaff(GraphQLContext context) {
    return context.hasKey(ACCOUNT);
  }

  private Mono<Staff> account(String token) {
    if (JWT.matcher(token).matches()) {
      if (decoder == null) {
        return Mono.error(unknown());
      }
      return decoder
          .decode(token)
          // Any failure to check a token (a bad signature, an issuer's keys out of reach, a claim
          // of the wrong type) refuses the token and leaves public reads answering.
          .onErrorMap(e -> !(e instanceof PortalException), StaffAuthentication::refused)
          .map(StaffClaims::of)
          .flatMap(accounts::byClaims);
    }
    return opaqueTokens ? accounts.byToken(token) : Mono.empty();
  }

  private static PortalException refused(Throwable e) {
    log.debug("Staff token refused", e);
    return StaffClaims.invalid(
        "令牌未通过校验（签名、签发者或有效期）",
        "The token failed its checks (signature, issuer or validity period)");
  }

  private static PortalException unknown() {
    return StaffClaims.invalid("令牌无效或账号已停用", "The token is unknown or its account is disabled");
  }

  private static @Nullable String bearer(@Nullable String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).strip();
    return token.isEmpty() ? null : token;
  }
}
