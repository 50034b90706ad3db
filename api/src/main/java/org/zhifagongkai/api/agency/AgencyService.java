package org.zhifagongkai.api.agency;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.region.RegionService;
import org.zhifagongkai.api.support.Lookups;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads enforcement bodies. */
@Service
public class AgencyService {

  static final String KIND_ZH = "执法主体";
  static final String KIND_EN = "enforcement body";

  private final AgencyRepository agencies;
  private final RegionService regions;

  AgencyService(AgencyRepository agencies, RegionService regions) {
    this.agencies = agencies;
    this.regions = regions;
  }

  public Mono<Agency> agency(String id) {
    return Lookups.one(id, KIND_ZH, KIND_EN, agencies::findByIds);
  }

  public Mono<Connection<Agency>> agencies(@Nullable AgencyFilter filter, PageRequest request) {
    AgencyFilter given = filter == null ? AgencyFilter.NONE : filter;
    return regions
        .descendantPrefix(given.regionCode())
        .flatMap(prefix -> agencies.page(given, prefix.orElse(null), request));
  }

  public Flux<Agency> byIds(Collection<Long> ids) {
    return agencies.findByIds(ids);
  }
}
