package org.zhifagongkai.api.item;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.agency.Agency;
import org.zhifagongkai.api.agency.AgencyService;
import org.zhifagongkai.api.field.EnforcementField;
import org.zhifagongkai.api.field.FieldService;
import org.zhifagongkai.api.law.LegalProvision;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.region.Region;
import org.zhifagongkai.api.region.RegionService;
import org.zhifagongkai.api.support.Batches;
import reactor.core.publisher.Mono;

@Controller
class EnforcementItemController {

  private final EnforcementItemService items;
  private final AgencyService agencies;
  private final FieldService fields;
  private final RegionService regions;

  EnforcementItemController(
      EnforcementItemService items,
      AgencyService agencies,
      FieldService fields,
      RegionService regions) {
    this.items = items;
    this.agencies = agencies;
    this.fields = fields;
    this.regions = regions;
  }

  @QueryMapping
  Mono<EnforcementItem> enforcementItem(@Argument String id) {
    return items.item(id);
  }

  @QueryMapping
  Mono<EnforcementItem> enforcementItemByCode(
      @Argument String code, @Argument @Nullable LocalDate asOf) {
    return items.itemByCode(code, asOf);
  }

  @QueryMapping
  Mono<Connection<EnforcementItem>> enforcementItems(
      @Argument @Nullable EnforcementItemFilter filter,
      @Argument @Nullable Integer first,
      @Argument @Nullable String after) {
    return items.items(filter, PageRequest.of(first, after));
  }

  @QueryMapping
  Mono<Connection<Responsibility>> responsibilities(
      @Argument @Nullable ResponsibilityFilter filter,
      @Argument @Nullable Integer first,
      @Argument @Nullable String after) {
    return items.responsibilities(filter, PageRequest.of(first, after));
  }

  @BatchMapping(typeName = "EnforcementItem", field = "field")
  Mono<Map<EnforcementItem, EnforcementField>> fieldOfItem(List<EnforcementItem> list) {
    return Batches.one(list, EnforcementItem::fieldCode, fields::byCodes, EnforcementField::code);
  }

  @BatchMapping(typeName = "EnforcementItem", field = "agency")
  Mono<Map<EnforcementItem, Agency>> agencyOfItem(List<EnforcementItem> list) {
    return Batches.one(list, EnforcementItem::agencyId, agencies::byIds, Agency::id);
  }

  @BatchMapping
  Mono<Map<EnforcementItem, List<LegalProvision>>> legalBasis(List<EnforcementItem> list) {
    return items.legalBasisOf(list);
  }

  @BatchMapping
  Mono<Map<EnforcementItem, List<Delegation>>> delegations(List<EnforcementItem> list) {
    return Batches.many(list, EnforcementItem::id, items::delegationsOf, Delegation::itemId);
  }

  @BatchMapping
  Mono<Map<EnforcementItem, List<EnforcementItem>>> history(List<EnforcementItem> list) {
    return Batches.many(list, EnforcementItem::code, items::versionsOf, EnforcementItem::code);
  }

  @BatchMapping
  Mono<Map<Delegation, Region>> town(List<Delegation> list) {
    return Batches.one(list, Delegation::townCode, regions::byCodes, Region::code);
  }

  @BatchMapping(typeName = "Responsibility", field = "agency")
  Mono<Map<Responsibility, Agency>> agencyOfResponsibility(List<Responsibility> list) {
    return Batches.one(list, Responsibility::agencyId, agencies::byIds, Agency::id);
  }

  @BatchMapping(typeName = "Responsibility", field = "item")
  Mono<Map<Responsibility, EnforcementItem>> itemOfResponsibility(List<Responsibility> list) {
    return Batches.one(list, Responsibility::itemId, items::byIds, EnforcementItem::id);
  }
}
