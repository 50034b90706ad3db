package org.zhifagongkai.api.region;

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
class RegionController {

  private final RegionService regions;

  RegionController(RegionService regions) {
    this.regions = regions;
  }

  @QueryMapping
  Mono<Region> region(@Argument String code) {
    return regions.region(code);
  }

  @QueryMapping
  Mono<Connection<Region>> regions(
      @Argument @Nullable String parentCode,
      @Argument @Nullable RegionLevel level,
      @Argument @Nullable Integer first,
      @Argument @Nullable String after) {
    return regions.regions(parentCode, level, PageRequest.of(first, after));
  }

  @BatchMapping
  Mono<Map<Region, Region>> parent(List<Region> children) {
    return Batches.one(children, Region::parentCode, regions::byCodes, Region::code);
  }

  @BatchMapping
  Mono<Map<Region, List<Region>>> children(List<Region> parents) {
    return Batches.many(parents, Region::code, regions::childrenOf, Region::parentCode);
  }
}
