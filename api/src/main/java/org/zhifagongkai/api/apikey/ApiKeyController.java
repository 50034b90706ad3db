package org.zhifagongkai.api.apikey;

import graphql.GraphQLContext;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.staff.StaffAuthentication;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Controller
class ApiKeyController {

  private final ApiKeys keys;

  ApiKeyController(ApiKeys keys) {
    this.keys = keys;
  }

  /** What an administrator gives to issue a key. */
  record IssueApiKeyInput(String holder, int perMinute) {}

  @QueryMapping
  Flux<ApiKey> apiKeys(GraphQLContext context) {
    return keys.all(StaffAuthentication.current(context));
  }

  @MutationMapping
  Mono<IssuedApiKey> issueApiKey(@Argument IssueApiKeyInput input, GraphQLContext context) {
    return keys.issue(StaffAuthentication.current(context), input.holder(), input.perMinute());
  }

  @MutationMapping
  Mono<ApiKey> revokeApiKey(@Argument String id, GraphQLContext context) {
    return keys.revoke(StaffAuthentication.current(context), id);
  }
}
