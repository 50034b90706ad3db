package org.zhifagongkai.api.agency;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.region.Region;
import org.zhifagongkai.api.region.RegionService;
import org.zhifagongkai.api.support.Batches;
import reactor.core.publisher.Mono;

@Controller
class AgencyController {

  private final AgencyService agencies;
  private final RegionService regions;

  AgencyController(AgencyService agencies, RegionService regions) {
    this.agencies = agencies;
    this.regions = regions;
  }

  @QueryMapping
  Mono<Agency> agency(@Argument String id) {
    return agencies.agency(id);
  }

  @QueryMapping
  Mono<Connection<Agency>> agencies(
      @Argument @Nullable AgencyFilter filter,
      @Argument @Nullable Integer first,
      @Argument @Nullable String after) {
    return agencies.agencies(filter, PageRequest.of(first, after));
  }

  @BatchMapping
  Mono<Map<Agency, Region>> region(List<Agency> list) {
    return Batches.one(list, Agency::regionCode, regions::byCodes, Region::code);
  }

  @BatchMapping
  Mono<Map<Agency, Agency>> parent(List<Agency> list) {
    return Batches.one(list, Agency::parentId, agencies::byIds, Agency::id);
  }
}
