package org.zhifagongkai.api.law;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.support.Batches;
import reactor.core.publisher.Mono;

@Controller
class LawController {

  private final LawService laws;

  LawController(LawService laws) {
    this.laws = laws;
  }

  @QueryMapping
  Mono<Law> law(@Argument String id) {
    return laws.law(id);
  }

  @QueryMapping
  Mono<Connection<Law>> laws(
      @Argument @Nullable LawFilter filter,
      @Argument @Nullable Integer first,
      @Argument @Nullable String after) {
    return laws.laws(filter, PageRequest.of(first, after));
  }

  @QueryMapping
  Mono<LegalProvision> legalProvision(@Argument String id) {
    return laws.provision(id);
  }

  @BatchMapping
  Mono<Map<Law, List<LegalProvision>>> provisions(List<Law> list) {
    return Batches.many(list, Law::id, laws::provisionsOfLaws, LegalProvision::lawId);
  }

  @BatchMapping(typeName = "LegalProvision", field = "law")
  Mono<Map<LegalProvision, Law>> lawOfProvision(List<LegalProvision> list) {
    return Batches.one(list, LegalProvision::lawId, laws::byIds, Law::id);
  }
}
