package org.zhifagongkai.api.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.zhifagongkai.api.ApiTest;

/**
 * Statistics and indicators over the records of {@code fixtures/statistics-records.sql} (city
 * 960300), every figure worked out by hand from them: six published decisions (fines 10000, 3000,
 * none, 500, 200, 1200) and one withdrawn, seven item versions, three towns, three complaints.
 */
class StatisticsTest extends ApiTest {

  private static final Map<String, Object> CITY = Map.of("regionCode", "960300");

  private static final String STATISTICS =
      """
      query($filter: PenaltyDecisionFilter, $groupBy: [StatisticsDimension!]!) {
        penaltyStatistics(filter: $filter, groupBy: $groupBy) {
          computedAt groupBy count totalFine medianFine
          groups { keys { dimension value label } count totalFine medianFine } } }
      """;

  private static final String TOTAL =
      "query($f: PenaltyDecisionFilter) { penaltyDecisions(filter: $f) { totalCount } }";

  record Key(String dimension, @Nullable String value, String label) {}

  record Group(List<Key> keys, int count, String totalFine, @Nullable String medianFine) {}

  @BeforeEach
  void statisticsRecords() {
    StatisticsRecords.ensureLoaded(database);
  }

  @Test
  void groupsArePagedWithTheirCountBeside() {
    GraphQlTester.Response response =
        graphQl
            .document(
                """
                { penaltyStatistics(filter: {regionCode: "960300"}, groupBy: [YEAR]) {
                    groupCount all: groups { keys { value } count }
                    second: groups(first: 1, offset: 1) { keys { value } count }
                    beyond: groups(offset: 99) { count } } }
                """)
            .execute();
    List<String> all =
        response.path("penaltyStatistics.all[*].keys[0].value").entityList(String.class).get();
    response.path("penaltyStatistics.groupCount").entity(Integer.class).isEqualTo(all.size());
    assertThat(all).hasSizeGreaterThan(1);
    response
        .path("penaltyStatistics.second[*].keys[0].value")
        .entityList(String.class)
        .containsExactly(all.get(1));
    response.path("penaltyStatistics.beyond").entityList(Object.class).hasSize(0);
    assertThat(errorCode("{ penaltyStatistics(groupBy: [YEAR]) { groups(first: 101) { count } } }"))
        .isEqualTo("PAGE_SIZE_OUT_OF_RANGE");
    assertThat(errorCode("{ penaltyStatistics(groupBy: [YEAR]) { groups(offset: -1) { count } } }"))
        .isEqualTo("INVALID_REQUEST");
  }

  @Test
  void statisticsCountSumAndTakeTheMedianOfThePublishedDecisionsTheFilterSelects() {
    GraphQlTester.Response response = statistics(CITY, "REGION");
    response
        .path("penaltyStatistics.computedAt")
        .entity(String.class)
        .satisfies(at -> assertThat(at).startsWith("2026-11-20T"));
    response.path("penaltyStatistics.groupBy").entityList(String.class).containsExactly("REGION");
    // The withdrawn decision (25000) is left out, as the listing leaves it out.
    response.path("penaltyStatistics.count").entity(Integer.class).isEqualTo(6);
    response.path("penaltyStatistics.totalFine").entity(String.class).isEqualTo("14900.00");
    // Fines above 0: 200, 500, 1200, 3000, 10000.
    response.path("penaltyStatistics.medianFine").entity(String.class).isEqualTo("1200.00");
    // The city's own two decisions lie in neither district.
    assertThat(groups(response))
        .containsExactly(
            group(3, "700.00", "350.00", key("REGION", "960301", "统计甲区")),
            group(1, "1200.00", "1200.00", key("REGION", "960302", "统计乙区")));
  }

  @Test
  void groupsByFieldKindYearBandAndProvisionHoldTheirDecisions() {
    assertThat(groups(statistics(CITY, "FIELD")))
        .containsExactly(
            group(3, "700.00", "350.00", key("FIELD", "URBAN_MANAGEMENT", "市容环卫")),
            group(2, "13000.00", "6500.00", key("FIELD", "MARKET_REGULATION", "市场监管")),
            group(1, "1200.00", "1200.00", key("FIELD", null, "未注明领域")));
    assertThat(groups(statistics(CITY, "PENALTY_KIND")))
        .containsExactly(
            group(5, "14900.00", "1200.00", key("PENALTY_KIND", "FINE", "罚款")),
            group(2, "200.00", "200.00", key("PENALTY_KIND", "WARNING", "警告")),
            group(
                1,
                "3000.00",
                "3000.00",
                key("PENALTY_KIND", "CONFISCATION_OF_ILLEGAL_GAINS", "没收违法所得")));
    assertThat(groups(statistics(CITY, "YEAR")))
        .containsExactly(
            group(2, "1200.00", "1200.00", key("YEAR", "2024", "2024年")),
            group(2, "13000.00", "6500.00", key("YEAR", "2025", "2025年")),
            group(2, "700.00", "350.00", key("YEAR", "2026", "2026年")));
    assertThat(groups(statistics(CITY, "FINE_BAND")))
        .containsExactly(
            group(2, "4200.00", "2100.00", key("FINE_BAND", "FROM_1K_TO_10K", "1千至1万元")),
            group(2, "700.00", "350.00", key("FINE_BAND", "UNDER_1K", "1千元以下")),
            group(1, "10000.00", "10000.00", key("FINE_BAND", "FROM_10K_TO_100K", "1万至10万元")),
            group(1, "0.00", null, key("FINE_BAND", "NONE", "无罚款")));
    assertThat(groups(statistics(CITY, "VIOLATED_PROVISION")))
        .containsExactly(
            group(2, "13000.00", "6500.00", key("VIOLATED_PROVISION", "960301", "《统计示例条例》第十条")),
            group(1, "0.00", null, key("VIOLATED_PROVISION", "960303", "《统计示例条例》第三十一条")));
    assertThat(groups(statistics(Map.of("agencyId", "960301"), "MONTH", "PENALTY_KIND")))
        .containsExactly(
            group(
                1,
                "10000.00",
                "10000.00",
                key("MONTH", "2025-03", "2025年3月"),
                key("PENALTY_KIND", "FINE", "罚款")),
            group(
                1,
                "3000.00",
                "3000.00",
                key("MONTH", "2025-06", "2025年6月"),
                key("PENALTY_KIND", "CONFISCATION_OF_ILLEGAL_GAINS", "没收违法所得")),
            group(
                1,
                "3000.00",
                "3000.00",
                key("MONTH", "2025-06", "2025年6月"),
                key("PENALTY_KIND", "FINE", "罚款")));
  }

  @Test
  void groupsOfSeveralDimensionsCombineTheirKeys() {
    assertThat(groups(statistics(CITY, "AGENCY", "YEAR")))
        .containsExactly(
            group(
                2,
                "13000.00",
                "6500.00",
                key("AGENCY", "960301", "统计市市场监督管理局"),
                key("YEAR", "2025", "2025年")),
            group(
                1,
                "0.00",
                null,
                key("AGENCY", "960302", "统计甲区综合行政执法局"),
                key("YEAR", "2024", "2024年")),
            group(
                1,
                "500.00",
                "500.00",
                key("AGENCY", "960302", "统计甲区综合行政执法局"),
                key("YEAR", "2026", "2026年")),
            group(
                1,
                "200.00",
                "200.00",
                key("AGENCY", "960303", "甲一街道办事处"),
                key("YEAR", "2026", "2026年")),
            group(
                1,
                "1200.00",
                "1200.00",
                key("AGENCY", "960304", "统计乙区市场监督管理局"),
                key("YEAR", "2024", "2024年")));
  }

  @Test
  void everyGroupCountsWhatTheListingCountsWithTheEquivalentFilter() {
    assertThat(listingTotal(CITY)).isEqualTo(6);
    for (List<String> groupBy :
        List.of(
            List.of("REGION"),
            List.of("AGENCY", "YEAR"),
            List.of("FIELD", "FINE_BAND"),
            List.of("PENALTY_KIND", "MONTH", "REGION"))) {
      List<Group> groups = groups(statistics(CITY, groupBy.toArray(String[]::new)));
      assertThat(groups).as("groups by %s", groupBy).isNotEmpty();
      for (Group group : groups) {
        Map<String, Object> filter = equivalentFilter(CITY, group);
        if (filter != null) {
          assertThat(listingTotal(filter)).as("%s", group).isEqualTo(group.count());
        }
      }
    }
    // Without a region filter, each province counts its whole subtree.
    GraphQlTester.Response provinces = statistics(null, "REGION");
    assertThat(provinces.path("penaltyStatistics.count").entity(Integer.class).get())
        .isEqualTo(listingTotal(Map.of()));
    List<Group> byProvince = groups(provinces);
    assertThat(byProvince)
        .extracting(g -> g.keys().getFirst().value())
        .contains("960000", "990000");
    for (Group group : byProvince) {
      assertThat(listingTotal(Map.of("regionCode", group.keys().getFirst().value())))
          .as("%s", group)
          .isEqualTo(group.count());
    }
  }

  @Test
  void topProvisionsCountTheDecisionsCitingThem() {
    GraphQlTester.Response response =
        graphQl
            .document(
                """
                { penaltyStatistics(filter: {regionCode: "960300"}, groupBy: [YEAR]) {
                    topViolations(first: 5) { provision { id citation law { title } } role decisions }
                    topCitedProvisions { provision { id } role decisions }
                    penalties: topCitedProvisions(first: 1, role: PENALTY) { provision { citation } decisions } } }
                """)
            .execute();
    response
        .path("penaltyStatistics.topViolations[*].provision.citation")
        .entityList(String.class)
        .containsExactly("《统计示例条例》第十条", "《统计示例条例》第三十一条");
    response
        .path("penaltyStatistics.topViolations[*].decisions")
        .entityList(Integer.class)
        .containsExactly(2, 1);
    response
        .path("penaltyStatistics.topViolations[0].provision.law.title")
        .entity(String.class)
        .isEqualTo("统计示例条例");
    response
        .path("penaltyStatistics.topCitedProvisions[*].provision.id")
        .entityList(String.class)
        .containsExactly("960301", "960302", "960303");
    response
        .path("penaltyStatistics.topCitedProvisions[*].role")
        .entityList(String.class)
        .containsExactly("VIOLATED", "PENALTY", "VIOLATED");
    response
        .path("penaltyStatistics.topCitedProvisions[*].decisions")
        .entityList(Integer.class)
        .containsExactly(2, 2, 1);
    response
        .path("penaltyStatistics.penalties[*].provision.citation")
        .entityList(String.class)
        .containsExactly("《统计示例条例》第三十条第一款");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          { penaltyStatistics(groupBy: []) { count } }                                         | INVALID_GROUPING
          { penaltyStatistics(groupBy: [YEAR, YEAR]) { count } }                               | INVALID_GROUPING
          { penaltyStatistics(groupBy: [YEAR, MONTH, FIELD, AGENCY]) { count } }               | INVALID_GROUPING
          { penaltyStatistics(groupBy: [NO_SUCH]) { count } }                                  | INVALID_REQUEST
          { penaltyStatistics(filter: {regionCode: "12345"}, groupBy: [YEAR]) { count } }      | INVALID_REGION_CODE
          { penaltyStatistics(filter: {regionCode: "950000"}, groupBy: [REGION]) { count } }   | INVALID_REGION_CODE
          { penaltyStatistics(filter: {decidedFrom: "2025-02-01", decidedTo: "2025-01-01"}, groupBy: [YEAR]) { count } } | INVALID_DATE_RANGE
          { penaltyStatistics(filter: {field: "NO_SUCH_FIELD"}, groupBy: [YEAR]) { count } }   | INVALID_FIELD
          { penaltyStatistics(groupBy: [YEAR]) { topViolations(first: 0) { decisions } } }    | PAGE_SIZE_OUT_OF_RANGE
          { catalogueIndicators(regionCode: "96030") { items } }                               | INVALID_REGION_CODE
          { catalogueIndicators(regionCode: "950000") { items } }                              | INVALID_REGION_CODE
          { catalogueIndicators(regionCode: "960300", idleMonths: 0) { items } }               | INVALID_REQUEST
          { catalogueIndicators(regionCode: "960300", idleMonths: 121) { items } }             | INVALID_REQUEST
          { accountabilityIndicators(agencyId: "960301", from: "2025-02-01", to: "2025-01-01") { decisions } } | INVALID_DATE_RANGE
          { accountabilityIndicators(agencyId: "999999999") { decisions } }                    | NOT_FOUND
          { accountabilityIndicators(agencyId: "abc") { decisions } }                          | NOT_FOUND
          """)
  void refusalsCarryTheirCode(String document, String code) {
    assertThat(errorCode(document)).isEqualTo(code);
  }

  @Test
  void catalogueIndicatorsCountItemsInForceDelegationIdleAndBenchmarkedItems() {
    GraphQlTester.Response response =
        graphQl
            .document(
                """
                { catalogueIndicators(regionCode: "960300", asOf: "2026-11-20") {
                    computedAt region { name } asOf idleMonths activeAfter items
                    itemsByCatalogue { catalogue field { code name } items penaltyItems }
                    towns townsWithDelegation townDelegationShare
                    delegationsByTown { town { code name } items }
                    penaltyItems idleItemCount idleItems { id code }
                    highFrequencyItems { item { id code } decisions }
                    penaltyItemsWithBenchmark benchmarkShare } }
                """)
            .execute();
    String at = "catalogueIndicators.";
    response.path(at + "region.name").entity(String.class).isEqualTo("统计市");
    response.path(at + "idleMonths").entity(Integer.class).isEqualTo(12);
    response.path(at + "activeAfter").entity(String.class).isEqualTo("2025-11-20");
    // In force: 960302 (S-MKT-1 v2), 960303, 960304, 960305 (an inspection) and 960306.
    response.path(at + "items").entity(Integer.class).isEqualTo(5);
    response
        .path(at + "itemsByCatalogue[*].catalogue")
        .entityList(String.class)
        .containsExactly("COMPREHENSIVE", "SPECIALISED", "TOWN_STREET");
    response
        .path(at + "itemsByCatalogue[*].field.code")
        .entityList(String.class)
        .containsExactly("URBAN_MANAGEMENT", "MARKET_REGULATION", "URBAN_MANAGEMENT");
    response
        .path(at + "itemsByCatalogue[*].items")
        .entityList(Integer.class)
        .containsExactly(2, 2, 1);
    response
        .path(at + "itemsByCatalogue[*].penaltyItems")
        .entityList(Integer.class)
        .containsExactly(1, 2, 1);
    response.path(at + "towns").entity(Integer.class).isEqualTo(3);
    response.path(at + "townsWithDelegation").entity(Integer.class).isEqualTo(1);
    response.path(at + "townDelegationShare").entity(String.class).isEqualTo("0.3333");
    response
        .path(at + "delegationsByTown[*].town.code")
        .entityList(String.class)
        .containsExactly("960301001", "960301002", "960302001");
    response
        .path(at + "delegationsByTown[*].items")
        .entityList(Integer.class)
        .containsExactly(1, 0, 0);
    // Recent: after 2025-11-20, the decisions of 2026-02-10 (S-URB-1) and 2026-05-06 (S-URB-3).
    response.path(at + "penaltyItems").entity(Integer.class).isEqualTo(4);
    response.path(at + "idleItemCount").entity(Integer.class).isEqualTo(2);
    response
        .path(at + "idleItems[*].code")
        .entityList(String.class)
        .containsExactly("S-MKT-1", "S-MKT-2");
    response
        .path(at + "idleItems[*].id")
        .entityList(String.class)
        .containsExactly("960302", "960303");
    response
        .path(at + "highFrequencyItems[*].item.code")
        .entityList(String.class)
        .containsExactly("S-URB-1", "S-URB-3");
    response
        .path(at + "highFrequencyItems[*].decisions")
        .entityList(Integer.class)
        .containsExactly(1, 1);
    // Only S-MKT-1 v2's provision is in a benchmark in force; S-URB-1's benchmark expired in 2020.
    response.path(at + "penaltyItemsWithBenchmark").entity(Integer.class).isEqualTo(1);
    response.path(at + "benchmarkShare").entity(String.class).isEqualTo("0.2500");
  }

  @Test
  void aLongerIdlePeriodCountsOlderDecisionsOfEveryVersionOfAnItem() {
    GraphQlTester.Response response =
        graphQl
            .document(
                """
                { catalogueIndicators(regionCode: "960300", idleMonths: 24) {
                    asOf activeAfter idleItemCount idleItems { code }
                    highFrequencyItems(first: 2) { item { code } decisions } } }
                """)
            .execute();
    String at = "catalogueIndicators.";
    // asOf defaults to the portal's today.
    response.path(at + "asOf").entity(String.class).isEqualTo("2026-11-20");
    response.path(at + "activeAfter").entity(String.class).isEqualTo("2024-11-20");
    response.path(at + "idleItemCount").entity(Integer.class).isEqualTo(1);
    response.path(at + "idleItems[*].code").entityList(String.class).containsExactly("S-MKT-2");
    response
        .path(at + "highFrequencyItems[*].item.code")
        .entityList(String.class)
        .containsExactly("S-MKT-1", "S-URB-1");
    response
        .path(at + "highFrequencyItems[*].decisions")
        .entityList(Integer.class)
        .containsExactly(2, 1);
  }

  @Test
  void aTownsIndicatorsCoverItsOwnBodyAndItself() {
    GraphQlTester.Response response =
        graphQl
            .document(
                """
                { catalogueIndicators(regionCode: "960301001", asOf: "2026-11-20") {
                    items towns townsWithDelegation townDelegationShare penaltyItems idleItemCount
                    benchmarkShare } }
                """)
            .execute();
    String at = "catalogueIndicators.";
    response.path(at + "items").entity(Integer.class).isEqualTo(1);
    response.path(at + "towns").entity(Integer.class).isEqualTo(1);
    response.path(at + "townsWithDelegation").entity(Integer.class).isEqualTo(1);
    response.path(at + "townDelegationShare").entity(String.class).isEqualTo("1.0000");
    response.path(at + "penaltyItems").entity(Integer.class).isEqualTo(1);
    response.path(at + "idleItemCount").entity(Integer.class).isEqualTo(0);
    response.path(at + "benchmarkShare").entity(String.class).isEqualTo("0.0000");
  }

  @Test
  void accountabilityIndicatorsOfABodyOverAllItsRecords() {
    GraphQlTester.Response response = accountability("(agencyId: \"960301\")");
    String at = "accountabilityIndicators.";
    response.path(at + "agency.name").entity(String.class).isEqualTo("统计市市场监督管理局");
    response.path(at + "from").valueIsNull();
    // Decisions 960301, 960302 and the withdrawn 960306.
    response.path(at + "decisions").entity(Integer.class).isEqualTo(3);
    response.path(at + "publishedOnTime").entity(Integer.class).isEqualTo(2);
    response.path(at + "publishedLate").entity(Integer.class).isEqualTo(1);
    response.path(at + "publicationUnknown").entity(Integer.class).isEqualTo(0);
    // Working days to publish: 2025-03-10→03-14 is 4; 06-02→06-20 is 14; 09-01→09-03 is 2.
    response.path(at + "medianWorkingDaysToPublish").entity(String.class).isEqualTo("4");
    // 960302 was due 2025-06-11 and published 06-20: 7 working days late.
    response.path(at + "medianWorkingDaysLate").entity(String.class).isEqualTo("7");
    response.path(at + "withdrawn").entity(Integer.class).isEqualTo(1);
    response.path(at + "withdrawnLate").entity(Integer.class).isEqualTo(0);
    response
        .path(at + "withdrawalsByKind[*].kind")
        .entityList(String.class)
        .containsExactly("REVOKED");
    response.path(at + "withdrawalsByKind[*].count").entityList(Integer.class).containsExactly(1);
    response
        .path(at + "withdrawalsByReason[*].reason")
        .entityList(String.class)
        .containsExactly("复议机关决定撤销原处罚决定");
    // Tier 5000–20000 applied three times: 3000 below it, 25000 above it.
    response.path(at + "decisionsApplyingTier").entity(Integer.class).isEqualTo(3);
    response.path(at + "finesBelowTier").entity(Integer.class).isEqualTo(1);
    response.path(at + "finesAboveTier").entity(Integer.class).isEqualTo(1);
    response.path(at + "complaints.received").entity(Integer.class).isEqualTo(3);
    response.path(at + "complaints.accepted").entity(Integer.class).isEqualTo(2);
    response.path(at + "complaints.answeredOnTime").entity(Integer.class).isEqualTo(1);
    response.path(at + "complaints.overdue").entity(Integer.class).isEqualTo(1);
    response.path(at + "complaints.rated").entity(Integer.class).isEqualTo(1);
    response.path(at + "complaints.satisfaction").entity(String.class).isEqualTo("4.00");
  }

  @Test
  void accountabilityIndicatorsOfAPeriod() {
    GraphQlTester.Response response =
        accountability("(agencyId: \"960301\", from: \"2025-06-01\", to: \"2025-12-31\")");
    String at = "accountabilityIndicators.";
    response.path(at + "from").entity(String.class).isEqualTo("2025-06-01");
    response.path(at + "decisions").entity(Integer.class).isEqualTo(2);
    response.path(at + "publishedOnTime").entity(Integer.class).isEqualTo(1);
    response.path(at + "publishedLate").entity(Integer.class).isEqualTo(1);
    // Medians of 14 and 2 working days.
    response.path(at + "medianWorkingDaysToPublish").entity(String.class).isEqualTo("8");
    response.path(at + "medianWorkingDaysLate").entity(String.class).isEqualTo("7");
    response.path(at + "decisionsApplyingTier").entity(Integer.class).isEqualTo(2);
    response.path(at + "finesBelowTier").entity(Integer.class).isEqualTo(1);
    response.path(at + "finesAboveTier").entity(Integer.class).isEqualTo(1);
    // Complaints filed 2025-07-01 (answered late) and 2025-08-01 (refused).
    response.path(at + "complaints.received").entity(Integer.class).isEqualTo(2);
    response.path(at + "complaints.accepted").entity(Integer.class).isEqualTo(1);
    response.path(at + "complaints.answeredOnTime").entity(Integer.class).isEqualTo(0);
    response.path(at + "complaints.overdue").entity(Integer.class).isEqualTo(1);
    response.path(at + "complaints.satisfaction").valueIsNull();
    // A body with no record in the period has zeros and no medians.
    GraphQlTester.Response none = accountability("(agencyId: \"960304\", from: \"2026-01-01\")");
    none.path(at + "decisions").entity(Integer.class).isEqualTo(0);
    none.path(at + "medianWorkingDaysToPublish").valueIsNull();
    none.path(at + "complaints.received").entity(Integer.class).isEqualTo(0);
  }

  private GraphQlTester.Response accountability(String arguments) {
    return graphQl
        .document(
            "{ accountabilityIndicators"
                + arguments
                + """
                 { computedAt agency { name } from to decisions publishedOnTime publishedLate
                    publicationUnknown medianWorkingDaysToPublish medianWorkingDaysLate withdrawn
                    withdrawnLate withdrawalsByKind { kind count } withdrawalsByReason { reason count }
                    decisionsApplyingTier finesBelowTier finesAboveTier
                    complaints { received accepted answeredOnTime overdue rated satisfaction } } }
                """)
        .execute();
  }

  private GraphQlTester.Response statistics(
      @Nullable Map<String, Object> filter, String... groupBy) {
    return graphQl
        .document(STATISTICS)
        .variable("filter", filter)
        .variable("groupBy", List.of(groupBy))
        .execute();
  }

  private static List<Group> groups(GraphQlTester.Response response) {
    return response.path("penaltyStatistics.groups").entityList(Group.class).get();
  }

  private int listingTotal(Map<String, Object> filter) {
    return graphQl
        .document(TOTAL)
        .variable("f", filter)
        .execute()
        .path("penaltyDecisions.totalCount")
        .entity(Integer.class)
        .get();
  }

  /**
   * The listing filter that selects a group's decisions; null when there is none (decisions without
   * a field, or without a fine).
   */
  private static @Nullable Map<String, Object> equivalentFilter(
      Map<String, Object> base, Group group) {
    Map<String, Object> filter = new LinkedHashMap<>(base);
    for (Key key : group.keys()) {
      String value = key.value();
      if (value == null) {
        return null;
      }
      switch (key.dimension()) {
        case "REGION" -> filter.put("regionCode", value);
        case "AGENCY" -> filter.put("agencyId", value);
        case "FIELD" -> filter.put("field", value);
        case "PENALTY_KIND" -> filter.put("penaltyKind", value);
        case "YEAR" -> {
          filter.put("decidedFrom", value + "-01-01");
          filter.put("decidedTo", value + "-12-31");
        }
        case "MONTH" -> {
          java.time.YearMonth month = java.time.YearMonth.parse(value);
          filter.put("decidedFrom", month.atDay(1).toString());
          filter.put("decidedTo", month.atEndOfMonth().toString());
        }
        case "FINE_BAND" -> {
          switch (value) {
            case "UNDER_1K" -> fines(filter, "0.01", "999.99");
            case "FROM_1K_TO_10K" -> fines(filter, "1000", "9999.99");
            case "FROM_10K_TO_100K" -> fines(filter, "10000", "99999.99");
            case "FROM_100K_TO_1M" -> fines(filter, "100000", "999999.99");
            case "FROM_1M" -> filter.put("fineAtLeast", "1000000");
            default -> {
              return null;
            }
          }
        }
        default -> {
          return null;
        }
      }
    }
    return filter;
  }

  private static void fines(Map<String, Object> filter, String least, String most) {
    filter.put("fineAtLeast", least);
    filter.put("fineAtMost", most);
  }

  private static Key key(String dimension, @Nullable String value, String label) {
    return new Key(dimension, value, label);
  }

  private static Group group(
      int count, String totalFine, @Nullable String medianFine, Key... keys) {
    return new Group(List.of(keys), count, totalFine, medianFine);
  }
}
