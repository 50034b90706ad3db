package org.zhifagongkai.api.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.findings.PublicationFindingFilter;
import org.zhifagongkai.api.findings.PublicationFindingGrouping;
import org.zhifagongkai.api.findings.PublicationFindingService;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.region.RegionCodes;
import org.zhifagongkai.api.region.RegionService;
import org.zhifagongkai.api.statistics.CatalogueIndicators;
import org.zhifagongkai.api.statistics.IndicatorService;
import reactor.core.publisher.Mono;

/**
 * Builds the inspection report of a region over a period from the same services that answer the
 * statistics, indicators and publication findings, so that every figure can be checked against the
 * query it links to.
 */
@Service
public class InspectionReportService {

  /** The longest period a report covers: the catalogue's activity window allows ten years. */
  private static final int MAX_MONTHS = 120;

  private static final int BODIES_AT_ONCE = 4;

  private final IndicatorService indicators;
  private final PublicationFindingService findings;
  private final RegionService regions;
  private final InspectionRepository repository;
  private final Clock clock;

  InspectionReportService(
      IndicatorService indicators,
      PublicationFindingService findings,
      RegionService regions,
      InspectionRepository repository,
      Clock clock) {
    this.indicators = indicators;
    this.findings = findings;
    this.regions = regions;
    this.repository = repository;
    this.clock = clock;
  }

  /**
   * The report of {@code regionCode} from {@code from} to {@code to} (both included); the period
   * defaults to the year up to today. INVALID_REGION_CODE, INVALID_DATE_RANGE, or INVALID_REQUEST
   * for a period over ten years.
   */
  public Mono<InspectionReport> report(
      String regionCode, @Nullable LocalDate from, @Nullable LocalDate to) {
    return Mono.defer(
        () -> {
          String code = RegionCodes.normalize(regionCode);
          LocalDate end = to == null ? LocalDate.now(clock) : to;
          LocalDate start = from == null ? end.minusYears(1).plusDays(1) : from;
          int months = months(start, end);
          return regions
              .descendantPrefix(code)
              .map(Optional::orElseThrow)
              .flatMap(prefix -> facts(code, prefix, start, end, months))
              .map(
                  facts ->
                      new InspectionReport(
                          OffsetDateTime.now(clock),
                          facts.catalogue().region(),
                          start,
                          end,
                          ReportIndicators.of(facts),
                          facts.accountability()));
        });
  }

  private Mono<ReportFacts> facts(
      String code, String prefix, LocalDate from, LocalDate to, int months) {
    Mono<CatalogueIndicators> catalogue = indicators.catalogueIndicators(code, months, to);
    return Mono.zip(
            catalogue.flatMap(
                c ->
                    indicators
                        .highFrequencyItems(c, 100)
                        .collectList()
                        .map(top -> new CatalogueFacts(c, top))),
            repository.bodiesIn(prefix).collectList(),
            repository.bodiesWithItems(prefix, to),
            findings
                .counts(
                    new PublicationFindingFilter(null, code, null, true, null, null),
                    List.of(PublicationFindingGrouping.RULE))
                .collectList(),
            repository.noPenaltyEntries(prefix, RegionCodes.ancestry(code), to))
        .flatMap(
            found ->
                reactor.core.publisher.Flux.fromIterable(found.getT2())
                    .flatMapSequential(
                        body -> indicators.accountabilityIndicators(String.valueOf(body), from, to),
                        BODIES_AT_ONCE)
                    .collectList()
                    .map(
                        accountability ->
                            new ReportFacts(
                                code,
                                from,
                                to,
                                found.getT1().indicators(),
                                found.getT1().highFrequency(),
                                found.getT2().size(),
                                found.getT3(),
                                accountability,
                                found.getT4(),
                                found.getT5())));
  }

  private record CatalogueFacts(
      CatalogueIndicators indicators, List<IndicatorService.ItemDecisions> highFrequency) {}

  private static int months(LocalDate from, LocalDate to) {
    if (from.isAfter(to)) {
      throw new PortalException(
          ErrorCode.INVALID_DATE_RANGE,
          "日期范围的起点 " + from + " 晚于终点 " + to,
          "from " + from + " is after to " + to);
    }
    long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
    if (from.plusMonths(months).isBefore(to.plusDays(1))) {
      months++;
    }
    if (to.minusMonths(months).getYear() < 1) {
      throw new PortalException(
          ErrorCode.INVALID_DATE_RANGE,
          "报告期过早：" + from + " 至 " + to,
          "The period is too early: " + from + " to " + to);
    }
    if (months > MAX_MONTHS) {
      throw new PortalException(
          ErrorCode.INVALID_REQUEST,
          "报告期不得超过 " + MAX_MONTHS / 12 + " 年",
          "A report covers at most " + MAX_MONTHS / 12 + " years");
    }
    return (int) Math.max(1, months);
  }
}
