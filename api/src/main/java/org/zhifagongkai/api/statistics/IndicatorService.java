package org.zhifagongkai.api.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.agency.AgencyService;
import org.zhifagongkai.api.calendar.WorkingDayCalendar;
import org.zhifagongkai.api.complaint.workorder.ComplaintFigures;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.item.EnforcementItem;
import org.zhifagongkai.api.item.EnforcementItemService;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.region.RegionCodes;
import org.zhifagongkai.api.region.RegionService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The catalogue indicators of a region and the accountability indicators of a body, for the
 * questions of the inspection outline (执法检查提纲) the portal's records can answer.
 */
@Service
public class IndicatorService {

  static final int DEFAULT_IDLE_MONTHS = 12;
  static final int MAX_IDLE_MONTHS = 120;
  private static final int SHARE_SCALE = 4;

  private final RegionService regions;
  private final AgencyService agencies;
  private final EnforcementItemService items;
  private final ComplaintFigures complaints;
  private final CatalogueFigures catalogue;
  private final AccountabilityFigures accountability;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  IndicatorService(
      RegionService regions,
      AgencyService agencies,
      EnforcementItemService items,
      ComplaintFigures complaints,
      CatalogueFigures catalogue,
      AccountabilityFigures accountability,
      WorkingDayCalendar calendar,
      Clock clock) {
    this.regions = regions;
    this.agencies = agencies;
    this.items = items;
    this.complaints = complaints;
    this.catalogue = catalogue;
    this.accountability = accountability;
    this.calendar = calendar;
    this.clock = clock;
  }

  public Mono<CatalogueIndicators> catalogueIndicators(
      String regionCode, @Nullable Integer idleMonths, @Nullable LocalDate asOf) {
    int months = idleMonths == null ? DEFAULT_IDLE_MONTHS : idleMonths;
    if (months < 1 || months > MAX_IDLE_MONTHS) {
      throw new PortalException(
          ErrorCode.INVALID_REQUEST,
          "idleMonths 须在 1 到 " + MAX_IDLE_MONTHS + " 之间，收到 " + months,
          "idleMonths must be between 1 and " + MAX_IDLE_MONTHS + ", got " + months);
    }
    LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
    LocalDate after = day.minusMonths(months);
    if (after.getYear() < 1) {
      throw new PortalException(
          ErrorCode.INVALID_REQUEST, "asOf 过早：" + day, "asOf is too early: " + day);
    }
    String code = RegionCodes.normalize(regionCode);
    OffsetDateTime computedAt = OffsetDateTime.now(clock);
    return regions
        .descendantPrefix(code)
        .map(Optional::orElseThrow)
        .flatMap(
            prefix ->
                Mono.zip(
                    regions.region(code),
                    catalogue.itemsByCatalogue(prefix, day).collectList(),
                    catalogue.delegationsByTown(prefix, day).collectList(),
                    catalogue.penaltyItemActivity(prefix, day, after).collectList()))
        .map(
            found -> {
              List<CatalogueIndicators.CatalogueItems> byCatalogue = found.getT2();
              List<CatalogueIndicators.TownDelegations> towns = found.getT3();
              List<CatalogueIndicators.ItemActivity> activity = found.getT4();
              int delegated = (int) towns.stream().filter(t -> t.items() > 0).count();
              int withBenchmark =
                  (int)
                      activity.stream()
                          .filter(CatalogueIndicators.ItemActivity::hasBenchmark)
                          .count();
              return new CatalogueIndicators(
                  computedAt,
                  found.getT1(),
                  day,
                  months,
                  after,
                  byCatalogue.stream().mapToInt(CatalogueIndicators.CatalogueItems::items).sum(),
                  byCatalogue,
                  towns.size(),
                  delegated,
                  share(delegated, towns.size()),
                  towns,
                  activity.size(),
                  (int) activity.stream().filter(a -> a.decisions() == 0).count(),
                  withBenchmark,
                  share(withBenchmark, activity.size()),
                  activity);
            });
  }

  /** The PENALTY items with no recent published decision (零执法), by code. */
  public Flux<EnforcementItem> idleItems(CatalogueIndicators indicators) {
    List<Long> ids =
        indicators.activity().stream()
            .filter(a -> a.decisions() == 0)
            .sorted(Comparator.comparing(CatalogueIndicators.ItemActivity::code))
            .map(CatalogueIndicators.ItemActivity::itemId)
            .toList();
    return inOrder(ids, items::byIds, EnforcementItem::id);
  }

  /** The {@code first} PENALTY items with the most recent published decisions, most first. */
  public Flux<ItemDecisions> highFrequencyItems(
      CatalogueIndicators indicators, @Nullable Integer first) {
    List<CatalogueIndicators.ItemActivity> top =
        indicators.activity().stream()
            .filter(a -> a.decisions() > 0)
            .limit(PageRequest.of(first, null).first())
            .toList();
    if (top.isEmpty()) {
      return Flux.empty();
    }
    return items
        .byIds(top.stream().map(CatalogueIndicators.ItemActivity::itemId).toList())
        .collectMap(EnforcementItem::id)
        .flatMapIterable(
            byId -> {
              List<ItemDecisions> ranked = new ArrayList<>();
              for (CatalogueIndicators.ItemActivity a : top) {
                EnforcementItem item = byId.get(a.itemId());
                if (item != null) {
                  ranked.add(new ItemDecisions(item, a.decisions()));
                }
              }
              return ranked;
            });
  }

  public Mono<AccountabilityIndicators> accountabilityIndicators(
      String agencyId, @Nullable LocalDate from, @Nullable LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw new PortalException(
          ErrorCode.INVALID_DATE_RANGE,
          "日期范围的起点 " + from + " 晚于终点 " + to,
          "from " + from + " is after to " + to);
    }
    OffsetDateTime computedAt = OffsetDateTime.now(clock);
    return agencies
        .agency(agencyId)
        .flatMap(
            agency ->
                Mono.zip(
                        accountability.counts(agency.id(), from, to),
                        accountability.publicationDates(agency.id(), from, to).collectList(),
                        accountability.withdrawalsByKind(agency.id(), from, to).collectList(),
                        accountability.withdrawalsByReason(agency.id(), from, to).collectList(),
                        complaints.ofAgency(agency.id(), from, to))
                    .map(
                        found -> {
                          AccountabilityIndicators.Counts counts = found.getT1();
                          Delays delays = delays(found.getT2());
                          return new AccountabilityIndicators(
                              computedAt,
                              agency,
                              from,
                              to,
                              counts.decisions(),
                              counts.publishedOnTime(),
                              counts.publishedLate(),
                              counts.publicationUnknown(),
                              median(delays.toPublish()),
                              median(delays.late()),
                              counts.withdrawn(),
                              counts.withdrawnLate(),
                              found.getT3(),
                              found.getT4(),
                              counts.decisionsApplyingTier(),
                              counts.finesBelowTier(),
                              counts.finesAboveTier(),
                              found.getT5());
                        }));
  }

  /** Working days from decision to publication, and past the deadline for late ones. */
  private record Delays(List<Integer> toPublish, List<Integer> late) {}

  private Delays delays(List<AccountabilityIndicators.PublicationDates> dates) {
    List<Integer> toPublish = new ArrayList<>();
    List<Integer> late = new ArrayList<>();
    for (AccountabilityIndicators.PublicationDates decision : dates) {
      LocalDate published = decision.published();
      if (published == null) {
        continue;
      }
      try {
        int days = calendar.workingDaysAfter(decision.decided(), published);
        LocalDate due = decision.due();
        if (due != null && published.isAfter(due)) {
          late.add(calendar.workingDaysAfter(due, published));
        }
        toPublish.add(days);
      } catch (WorkingDayCalendar.UnknownYearException e) {
        // A year whose official holidays the calendar lacks cannot be counted in working days.
      }
    }
    return new Delays(toPublish, late);
  }

  /** The median of whole numbers: the middle one, or the mean of the two middle ones. */
  static @Nullable BigDecimal median(List<Integer> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Integer> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    if (sorted.size() % 2 == 1) {
      return BigDecimal.valueOf(sorted.get(middle));
    }
    return BigDecimal.valueOf((long) sorted.get(middle - 1) + sorted.get(middle))
        .divide(BigDecimal.TWO);
  }

  private static @Nullable BigDecimal share(int part, int whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part)
            .divide(BigDecimal.valueOf(whole), SHARE_SCALE, RoundingMode.HALF_UP);
  }

  private static <T> Flux<T> inOrder(
      List<Long> ids, Function<Collection<Long>, Flux<T>> load, Function<T, Long> idOf) {
    if (ids.isEmpty()) {
      return Flux.empty();
    }
    return load.apply(ids)
        .collectMap(idOf)
        .flatMapIterable(
            byId -> {
              List<T> found = new ArrayList<>();
              for (Long id : ids) {
                T value = byId.get(id);
                if (value != null) {
                  found.add(value);
                }
              }
              return found;
            });
  }

  /** An item in force and how many of its recent published decisions there are. */
  public record ItemDecisions(EnforcementItem item, int decisions) {}
}
