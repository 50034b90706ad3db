package org.zhifagongkai.api.graphql;

import graphql.GraphQLContext;
import java.net.InetSocketAddress;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the address of the client a request came from into the GraphQL context, for the throttles
 * that count per client: as the rate limit resolved it (through trusted proxies, an IPv6 client by
 * its /64), else the connection's own.
 */
@Component
public class ClientAddress implements WebGraphQlInterceptor {

  /** The exchange attribute in which the rate limit leaves the client's address. */
  public static final String ATTRIBUTE = ClientAddress.class.getName() + ".resolved";

  public static final String UNKNOWN = "unknown";
  private static final String KEY = ClientAddress.class.getName();

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    InetSocketAddress remote = request.getRemoteAddress();
    String address =
        request.getAttributes().get(ATTRIBUTE) instanceof String resolved
            ? resolved
            : remote == null || remote.getAddress() == null
                ? UNKNOWN
                : remote.getAddress().getHostAddress();
    request.configureExecutionInput(
        (input, builder) -> builder.graphQLContext(c -> c.put(KEY, address)).build());
    return chain.next(request);
  }

  /** The client's address, or {@code unknown} where the transport gave none. */
  public static String of(GraphQLContext context) {
    String address = context.get(KEY);
    return address == null ? UNKNOWN : address;
  }
}
