package org.zhifagongkai.api.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.field.EnforcementField;
import org.zhifagongkai.api.item.Catalogue;
import org.zhifagongkai.api.region.Region;

/**
 * Indicators of the enforcement catalogues of the bodies in a region, on one day ({@code asOf}).
 * The items counted are the item versions in force that day (valid from it or before, not yet
 * superseded) of the bodies in the region or below it.
 *
 * @param activeAfter decisions count as recent when dated after this day and up to {@code asOf}
 *     ({@code idleMonths} months before {@code asOf})
 * @param townDelegationShare {@code townsWithDelegation / towns}, to four places; null without
 *     towns
 * @param activity every PENALTY item in scope with its recent published decisions, most first, then
 *     by code
 * @param benchmarkShare {@code penaltyItemsWithBenchmark / penaltyItems}, to four places; null when
 *     there is no PENALTY item
 */
public record CatalogueIndicators(
    OffsetDateTime computedAt,
    Region region,
    LocalDate asOf,
    int idleMonths,
    LocalDate activeAfter,
    int items,
    List<CatalogueItems> itemsByCatalogue,
    int towns,
    int townsWithDelegation,
    @Nullable BigDecimal townDelegationShare,
    List<TownDelegations> delegationsByTown,
    int penaltyItems,
    int idleItemCount,
    int penaltyItemsWithBenchmark,
    @Nullable BigDecimal benchmarkShare,
    List<ItemActivity> activity) {

  /** How many items in force one catalogue lists in one field. */
  public record CatalogueItems(
      Catalogue catalogue, EnforcementField field, int items, int penaltyItems) {}

  /** How many items in force are delegated (赋权) to one town or street. */
  public record TownDelegations(Region town, int items) {}

  /**
   * An item in force and how many published decisions applying any version of it are recent.
   *
   * @param hasBenchmark whether a discretion benchmark in force covers one of its provisions
   */
  record ItemActivity(long itemId, String code, int decisions, boolean hasBenchmark) {}
}
