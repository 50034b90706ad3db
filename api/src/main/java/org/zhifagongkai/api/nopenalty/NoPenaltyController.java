package org.zhifagongkai.api.nopenalty;

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
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.support.Batches;
import reactor.core.publisher.Mono;

@Controller
class NoPenaltyController {

  private final NoPenaltyService items;
  private final AgencyService agencies;
  private final FieldService fields;

  NoPenaltyController(NoPenaltyService items, AgencyService agencies, FieldService fields) {
    this.items = items;
    this.agencies = agencies;
    this.fields = fields;
  }

  @QueryMapping
  Mono<NoPenaltyItem> noPenaltyItem(@Argument String id) {
    return items.item(id);
  }

  @QueryMapping
  Mono<Connection<NoPenaltyItem>> noPenaltyItems(
      @Argument @Nullable NoPenaltyItemFilter filter,
      @Argument @Nullable Integer first,
      @Argument @Nullable String after) {
    return items.items(filter, PageRequest.of(first, after));
  }

  @BatchMapping(typeName = "NoPenaltyItem", field = "issuerAgency")
  Mono<Map<NoPenaltyItem, Agency>> issuerAgency(List<NoPenaltyItem> list) {
    return Batches.one(list, NoPenaltyItem::issuerAgencyId, agencies::byIds, Agency::id);
  }

  @BatchMapping(typeName = "NoPenaltyItem", field = "field")
  Mono<Map<NoPenaltyItem, EnforcementField>> field(List<NoPenaltyItem> list) {
    return Batches.one(list, NoPenaltyItem::fieldCode, fields::byCodes, EnforcementField::code);
  }
}
