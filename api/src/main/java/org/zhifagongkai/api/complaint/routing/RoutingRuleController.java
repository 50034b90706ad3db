package org.zhifagongkai.api.complaint.routing;

import graphql.GraphQLContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.complaint.Complaint;
import org.zhifagongkai.api.staff.StaffAuthentication;
import org.zhifagongkai.api.support.Batches;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The 派单目录: public to read, administrators change it. */
@Controller
public class RoutingRuleController {

  private final RoutingRules rules;

  RoutingRuleController(RoutingRules rules) {
    this.rules = rules;
  }

  @QueryMapping
  Flux<RoutingRule> routingRules(@Argument @Nullable LocalDate inForceOn) {
    return rules.rules(inForceOn);
  }

  @MutationMapping
  Mono<RoutingRule> addRoutingRule(@Argument RoutingRules.NewRule input, GraphQLContext context) {
    return rules.add(StaffAuthentication.current(context), input);
  }

  @MutationMapping
  Mono<RoutingRule> endRoutingRule(
      @Argument String id, @Argument LocalDate lastDay, GraphQLContext context) {
    return rules.end(StaffAuthentication.current(context), id, lastDay);
  }

  @BatchMapping
  Mono<Map<Complaint, RoutingRule>> routingRule(List<Complaint> complaints) {
    return Batches.one(complaints, Complaint::routingRuleId, rules::byIds, RoutingRule::id);
  }
}
