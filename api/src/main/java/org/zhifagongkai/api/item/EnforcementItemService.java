package org.zhifagongkai.api.item;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.field.FieldService;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.law.LawService;
import org.zhifagongkai.api.law.LegalProvision;
import org.zhifagongkai.api.law.LinkedProvision;
import org.zhifagongkai.api.law.ProvisionLink;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.paging.SqlConditions;
import org.zhifagongkai.api.region.RegionCodes;
import org.zhifagongkai.api.region.RegionService;
import org.zhifagongkai.api.support.Batches;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.api.support.Lookups;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads the enforcement item catalogues, their legal bases, delegations and 权责清单. */
@Service
public class EnforcementItemService {

  private static final String KIND_ZH = "执法事项";
  private static final String KIND_EN = "enforcement item";

  private final EnforcementItemRepository items;
  private final RegionService regions;
  private final FieldService fields;
  private final LawService laws;
  private final Clock clock;

  EnforcementItemService(
      EnforcementItemRepository items,
      RegionService regions,
      FieldService fields,
      LawService laws,
      Clock clock) {
    this.items = items;
    this.regions = regions;
    this.fields = fields;
    this.laws = laws;
    this.clock = clock;
  }

  public Mono<EnforcementItem> item(String id) {
    return Lookups.one(id, KIND_ZH, KIND_EN, items::findByIds);
  }

  /** The version of {@code code} in force on {@code asOf}, today when null. */
  public Mono<EnforcementItem> itemByCode(String code, @Nullable LocalDate asOf) {
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    return items
        .findByCodeOn(code.strip(), day)
        .switchIfEmpty(
            Mono.error(() -> PortalException.notFound(KIND_ZH, KIND_EN, code + " @ " + day)));
  }

  public Mono<Connection<EnforcementItem>> items(
      @Nullable EnforcementItemFilter filter, PageRequest request) {
    return resolve(filter).flatMap(query -> items.page(query, request));
  }

  /**
   * The SQL conditions, on {@code enforcement_item i}, of the items {@code filter} lists: the same
   * as {@link #items}, refusing an invalid filter alike.
   */
  public Mono<SqlConditions> listingConditions(@Nullable EnforcementItemFilter filter) {
    return resolve(filter).map(EnforcementItemRepository::conditions);
  }

  private Mono<EnforcementItemRepository.ItemQuery> resolve(
      @Nullable EnforcementItemFilter filter) {
    EnforcementItemFilter given = filter == null ? EnforcementItemFilter.NONE : filter;
    Long agencyId = Ids.parseOptional(given.agencyId(), "执法主体", "enforcement body");
    String town = townCode(given.delegatedToTown());
    return Mono.zip(regions.descendantPrefix(given.regionCode()), fields.requireCode(given.field()))
        .map(
            resolved ->
                new EnforcementItemRepository.ItemQuery(
                    agencyId,
                    resolved.getT1().orElse(null),
                    resolved.getT2().orElse(null),
                    given.kind(),
                    given.catalogue(),
                    town,
                    Boolean.TRUE.equals(given.includeSuperseded())));
  }

  private static @Nullable String townCode(@Nullable String code) {
    String normalized = RegionCodes.normalizeOptional(code);
    if (normalized != null && normalized.length() != 9) {
      throw new PortalException(
          ErrorCode.INVALID_REGION_CODE,
          "乡镇街道代码应为 9 位数字：" + code,
          "A town or street code has 9 digits: " + code);
    }
    return normalized;
  }

  public Mono<Connection<Responsibility>> responsibilities(
      @Nullable ResponsibilityFilter filter, PageRequest request) {
    ResponsibilityFilter given = filter == null ? ResponsibilityFilter.NONE : filter;
    return items.pageResponsibilities(
        Ids.parseOptional(given.agencyId(), "执法主体", "enforcement body"),
        Ids.parseOptional(given.itemId(), KIND_ZH, KIND_EN),
        request);
  }

  public Flux<EnforcementItem> byIds(Collection<Long> ids) {
    return items.findByIds(ids);
  }

  public Flux<EnforcementItem> versionsOf(Collection<String> codes) {
    return items.findVersionsOfCodes(codes);
  }

  public Flux<Delegation> delegationsOf(Collection<Long> itemIds) {
    return items.findDelegations(itemIds);
  }

  /** The provisions each item rests on, in one query for the whole list. */
  public Mono<Map<EnforcementItem, List<LegalProvision>>> legalBasisOf(List<EnforcementItem> list) {
    return Batches.many(
            list,
            EnforcementItem::id,
            ids -> laws.linkedTo(ProvisionLink.ENFORCEMENT_ITEM, ids),
            LinkedProvision::ownerId)
        .map(linked -> Batches.project(linked, LinkedProvision::provision));
  }
}
