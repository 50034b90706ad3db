package org.zhifagongkai.api.contactpoint;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.field.EnforcementField;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.region.Region;
import org.zhifagongkai.api.region.RegionService;
import org.zhifagongkai.api.support.Batches;
import reactor.core.publisher.Mono;

@Controller
class ContactPointController {

  private final ContactPointService contactPoints;
  private final RegionService regions;

  ContactPointController(ContactPointService contactPoints, RegionService regions) {
    this.contactPoints = contactPoints;
    this.regions = regions;
  }

  @QueryMapping
  Mono<ContactPoint> contactPoint(@Argument String id) {
    return contactPoints.contactPoint(id);
  }

  @QueryMapping
  Mono<Connection<ContactPoint>> contactPoints(
      @Argument @Nullable ContactPointFilter filter,
      @Argument @Nullable Integer first,
      @Argument @Nullable String after) {
    return contactPoints.contactPoints(filter, PageRequest.of(first, after));
  }

  @BatchMapping(typeName = "ContactPoint", field = "region")
  Mono<Map<ContactPoint, Region>> region(List<ContactPoint> list) {
    return Batches.one(list, ContactPoint::regionCode, regions::byCodes, Region::code);
  }

  @BatchMapping(typeName = "ContactPoint", field = "fields")
  Mono<Map<ContactPoint, List<EnforcementField>>> fields(List<ContactPoint> list) {
    return Batches.many(
            list,
            ContactPoint::id,
            contactPoints::fieldsOf,
            ContactPointService.CoveredField::contactPointId)
        .map(covered -> Batches.project(covered, ContactPointService.CoveredField::field));
  }
}
