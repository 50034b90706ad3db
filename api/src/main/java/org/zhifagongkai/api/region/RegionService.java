package org.zhifagongkai.api.region;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.PageRequest;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the region hierarchy, and checks region codes that arrive in filters. */
@Service
public class RegionService {

  private final RegionRepository regions;

  RegionService(RegionRepository regions) {
    this.regions = regions;
  }

  public Mono<Region> region(String code) {
    String normalized = RegionCodes.normalize(code);
    return regions
        .findByCodes(List.of(normalized))
        .next()
        .switchIfEmpty(Mono.error(() -> PortalException.notFound("行政区划", "region", code)));
  }

  public Mono<Connection<Region>> regions(
      @Nullable String parentCode, @Nullable RegionLevel level, PageRequest request) {
    return regions.page(RegionCodes.normalizeOptional(parentCode), level, request);
  }

  public Flux<Region> byCodes(Collection<String> codes) {
    return regions.findByCodes(codes);
  }

  public Flux<Region> childrenOf(Collection<String> parentCodes) {
    return regions.findChildren(parentCodes);
  }

  /** The provinces (the regions without a parent), by code. */
  public Flux<Region> provinces() {
    return regions.findProvinces();
  }

  /**
   * The prefix that selects a region and its descendants, for a region code given as a filter
   * (empty for no code); an unknown code is an INVALID_REGION_CODE error rather than an empty
   * answer, so typos do not pass as "no data".
   */
  public Mono<Optional<String>> descendantPrefix(@Nullable String code) {
    if (code == null) {
      return Mono.just(Optional.empty());
    }
    String normalized = RegionCodes.normalize(code);
    return regions
        .findByCodes(List.of(normalized))
        .next()
        .map(region -> Optional.of(RegionCodes.descendantPrefix(region.code())))
        .switchIfEmpty(
            Mono.error(
                () ->
                    new PortalException(
                        ErrorCode.INVALID_REGION_CODE,
                        "没有这个行政区划代码：" + code,
                        "No region has the code " + code)));
  }
}
