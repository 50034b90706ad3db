package org.zhifagongkai.api.law;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.support.Lookups;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads legal texts and their provisions. */
@Service
public class LawService {

  private final LawRepository laws;

  LawService(LawRepository laws) {
    this.laws = laws;
  }

  public Mono<Law> law(String id) {
    return Lookups.one(id, "法律文件", "legal text", laws::findByIds);
  }

  public Mono<Connection<Law>> laws(@Nullable LawFilter filter, PageRequest request) {
    return laws.page(filter == null ? LawFilter.NONE : filter, request);
  }

  public Mono<LegalProvision> provision(String id) {
    return Lookups.one(id, "法律条款", "legal provision", laws::findProvisionsByIds);
  }

  public Flux<Law> byIds(Collection<Long> ids) {
    return laws.findByIds(ids);
  }

  public Flux<LegalProvision> provisionsByIds(Collection<Long> ids) {
    return laws.findProvisionsByIds(ids);
  }

  /** The provisions linked to each owner, in citation order. */
  public Flux<LinkedProvision> linkedTo(ProvisionLink link, Collection<Long> ownerIds) {
    return laws.findLinked(link, ownerIds);
  }

  public Flux<LegalProvision> provisionsOfLaws(Collection<Long> lawIds) {
    return laws.findProvisionsOfLaws(lawIds);
  }
}
