package org.zhifagongkai.api.staff;

import graphql.GraphQLContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Mono;

/**
 * Reads the bearer token of a request and puts the account it names into the GraphQL context.
 * Requests without a token stay anonymous and may read everything public; a token that names no
 * active account is refused only where an account is needed, so public reads keep working.
 */
@Component
public class StaffAuthentication implements WebGraphQlInterceptor {

  private static final String ACCOUNT = StaffAuthentication.class.getName() + ".account";

  private final DatabaseClient database;

  StaffAuthentication(DatabaseClient database) {
    this.database = database;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    String token = bearer(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
    if (token == null) {
      return chain.next(request);
    }
    return byToken(token)
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            account -> {
              request.configureExecutionInput(
                  (input, builder) -> builder.graphQLContext(c -> c.put(ACCOUNT, account)).build());
              return chain.next(request);
            });
  }

  /**
   * The account of the request; UNAUTHENTICATED when it names none or one that is unknown or
   * disabled.
   */
  public static Staff current(GraphQLContext context) {
    Optional<Staff> account = context.get(ACCOUNT);
    if (account == null || account.isEmpty()) {
      throw new PortalException(
          ErrorCode.UNAUTHENTICATED,
          account == null ? "此操作须使用工作人员账号的令牌" : "令牌无效或账号已停用",
          account == null
              ? "This operation needs a staff account's bearer token"
              : "The token is unknown or its account is disabled");
    }
    return account.get();
  }

  /** Whether the request named a staff account, valid or not. */
  public static boolean isStaff(GraphQLContext context) {
    return context.hasKey(ACCOUNT);
  }

  private Mono<Staff> byToken(String token) {
    return database
        .sql(
            "select id, name, role, agency_id, contact_point_id from staff_account"
                + " where token_sha256 = :hash and disabled_at is null")
        .bind("hash", StaffTokens.hash(token))
        .map(
            row ->
                new Staff(
                    Rows.id(row, "id"),
                    Rows.text(row, "name"),
                    Rows.enumValue(row, "role", StaffRole.class),
                    Rows.optionalId(row, "agency_id"),
                    Rows.optionalId(row, "contact_point_id")))
        .one();
  }

  private static @Nullable String bearer(@Nullable String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).strip();
    return token.isEmpty() ? null : token;
  }
}
