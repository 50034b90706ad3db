package org.zhifagongkai.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.zhifagongkai.api.SeparatePortal;
import org.zhifagongkai.api.SharedData;
import org.zhifagongkai.api.importer.RegionTables;

/**
 * Routing over the 478 real enterprises of {@code shared/data/zhejiang}, each complaining about its
 * own 登记机关, on the real region tables: every 司法局 of Zhejiang, a chamber-of-commerce contact point
 * in each city and a few in counties. Each complaint must reach the contact point of the region its
 * credit code was registered in (or the nearest region still on the table) and name the 司法局 of the
 * body complained about; the 48 old registration numbers are refused with their reason.
 */
class ZhejiangRoutingTest {

  private static final Path DATA =
      SharedData.file("zhejiang/hangzhou_double_random_check_targets_check01.csv");

  /** County contact points: the three taking market complaints, and one that takes none. */
  private static final Map<String, String> COUNTY_POINTS =
      Map.of(
          "330782", "义乌市小商品城商会行政执法监督联系点",
          "330302", "鹿城区五马街道司法所行政执法监督联系点",
          "330382", "乐清市电气行业协会行政执法监督联系点");

  private static ConfigurableApplicationContext portal;
  private static DatabaseClient database;
  private static HttpGraphQlTester graphQl;

  /** A row of the data: name, credit code or registration number, 登记机关, 管辖单位. */
  private record Enterprise(String name, String code, String authority, String office) {}

  private static List<Enterprise> enterprises;

  @BeforeAll
  static void start(@TempDir Path directory) throws IOException {
    portal = SeparatePortal.start(directory);
    database = portal.getBean(DatabaseClient.class);
    graphQl =
        HttpGraphQlTester.create(
            WebTestClient.bindToServer()
                .baseUrl(
                    "http://localhost:"
                        + portal.getEnvironment().getProperty("local.server.port")
                        + "/graphql")
                .build());
    enterprises =
        Files.readAllLines(DATA).stream()
            .skip(1)
            .map(line -> line.split(","))
            .map(f -> new Enterprise(f[0], f[1], f[2], f[3]))
            .toList();
    insertBodies(portal.getBean(RegionTables.class));
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  /**
   * Each 登记机关 where its name places it; a 司法行政 body for every region of Zhejiang; contact points.
   */
  private static void insertBodies(RegionTables regions) {
    run(
        """
        insert into enforcement_field (code, name) values
          ('MARKET_REGULATION', '市场监管'), ('ECO_ENVIRONMENT', '生态环境') on conflict do nothing;
        insert into agency (name, region_code, level, kind)
          select case r.level when 'PROVINCE' then r.name || '司法厅' when 'CITY' then r.name || '司法局'
                 else p.name || r.name || '司法局' end, r.code, r.level, 'SUPERVISION'
          from region r left join region p on p.code = r.parent_code where r.code like '33%';
        insert into contact_point (name, host_kind, host_name, region_code)
          select name || '工商联行政执法监督联系点', 'CHAMBER_OF_COMMERCE', name || '工商业联合会', code
          from region where code like '33%' and level = 'CITY';
        insert into contact_point (name, host_kind, host_name, region_code) values
          ('义乌市小商品城商会行政执法监督联系点', 'ASSOCIATION', '义乌市小商品城商会', '330782'),
          ('鹿城区五马街道司法所行政执法监督联系点', 'JUSTICE_OFFICE', '五马街道司法所', '330302'),
          ('乐清市电气行业协会行政执法监督联系点', 'ASSOCIATION', '乐清市电气行业协会', '330382'),
          ('南湖区秀洲工业园区行政执法监督联系点', 'INDUSTRIAL_PARK', '南湖区工业园区', '330402');
        insert into contact_point_field (contact_point_id, field_code)
          select id, case when region_code = '330402' then 'ECO_ENVIRONMENT'
                 else 'MARKET_REGULATION' end from contact_point;
        """);
    for (String authority :
        enterprises.stream().map(Enterprise::authority).distinct().sorted().toList()) {
      String region = regions.regionOf(authority, null);
      database
          .sql(
              "insert into agency (name, region_code, level, kind)"
                  + " values (:name, :region, :level, 'SPECIALISED')")
          .bind("name", authority)
          .bind("region", region)
          .bind("level", region.endsWith("00") ? "CITY" : "COUNTY")
          .then()
          .block();
    }
  }

  @Test
  void everyEnterpriseReachesTheContactPointOfItsRegionAndTheSupervisorOfItsAuthority()
      throws IOException {
    Set<String> counties =
        Files.readAllLines(SharedData.file("regions/areas.csv")).stream()
            .map(line -> line.split(",")[0])
            .collect(Collectors.toSet());
    Map<String, Long> agencies = ids("select id, name from agency where kind <> 'SUPERVISION'");
    List<String> wrong = new ArrayList<>();
    Map<String, Integer> handledBy = new TreeMap<>();
    Map<String, Integer> refusals = new TreeMap<>();
    int filed = 0;
    for (Enterprise enterprise : enterprises) {
      // One in three is a procedural complaint, which the catalogue sends to the 司法局.
      boolean procedural = filed % 3 == 0;
      GraphQlTester.Response response = file(enterprise, agencies, procedural);
      List<ResponseError> errors = new ArrayList<>();
      response.errors().satisfy(errors::addAll);
      if (!errors.isEmpty()) {
        refusals.merge(
            errors.getFirst().getExtensions().get("code")
                + (errors.getFirst().getMessage().startsWith("这是 15 位工商注册号") ? " (注册号)" : ""),
            1,
            Integer::sum);
        continue;
      }
      filed++;
      String code = enterprise.code();
      String region =
          counties.contains(code.substring(2, 8))
              ? code.substring(2, 8)
              : code.substring(2, 6) + "00";
      String supervisor = supervisionBodyAt(agencyRegion(agencies.get(enterprise.authority())));
      String expected =
          procedural
              ? supervisor
              : COUNTY_POINTS.getOrDefault(region, cityName(region) + "工商联行政执法监督联系点");
      String handler =
          response.path("fileComplaint.complaint.handler.name").entity(String.class).get();
      String supervision =
          response.path("fileComplaint.complaint.supervisionBody.name").entity(String.class).get();
      if (!handler.equals(expected) || !supervision.equals(supervisor)) {
        wrong.add(code + ": " + handler + " / " + supervision + ", expected " + expected);
      }
      handledBy.merge(
          procedural ? "司法行政" : COUNTY_POINTS.containsKey(region) ? "county point" : "city point",
          1,
          Integer::sum);
    }
    assertThat(wrong).isEmpty();
    assertThat(handledBy).isEqualTo(Map.of("city point", 232, "county point", 54, "司法行政", 144));
    assertThat(refusals)
        .isEqualTo(Map.of("INVALID_CREDIT_CODE (注册号)", 47, "INVALID_CREDIT_CODE", 1));
    assertThat(count("select count(*) from complaint where status = 'DISPATCHED'")).isEqualTo(430);
    assertThat(count("select count(*) from complaint")).isEqualTo(430);
    // Every order records the rule that fired.
    assertThat(count("select count(*) from complaint where rule_id is null")).isZero();
  }

  private static GraphQlTester.Response file(
      Enterprise enterprise, Map<String, Long> agencies, boolean procedural) {
    Map<String, Object> input = new HashMap<>();
    input.put("enterpriseName", enterprise.name());
    input.put("creditCode", enterprise.code());
    input.put("contactName", "王经理");
    input.put("contactPhone", "13900000000");
    input.put("agencyId", String.valueOf(agencies.get(enterprise.authority())));
    input.put("field", "MARKET_REGULATION");
    input.put("category", procedural ? "PROCEDURAL_VIOLATION" : "REPEATED_INSPECTION");
    input.put(
        "description",
        procedural
            ? enterprise.office() + "作出处罚前未告知我公司陈述、申辩的权利，也未听取意见。"
            : enterprise.office() + "执法人员一个月内对我公司进行了三次内容相同的现场检查。");
    return graphQl
        .document(
            """
            mutation($input: FileComplaintInput!) { fileComplaint(input: $input) {
              complaint { handler { name } supervisionBody { name } } } }
            """)
        .variable("input", input)
        .execute();
  }

  private static String agencyRegion(long agency) {
    return text("select region_code from agency where id = " + agency);
  }

  private static String supervisionBodyAt(String region) {
    return text(
        "select name from agency where kind = 'SUPERVISION' and region_code = '" + region + "'");
  }

  private static String cityName(String region) {
    return text("select name from region where code = '" + region.substring(0, 4) + "00'");
  }

  private static Map<String, Long> ids(String sql) {
    return database
        .sql(sql)
        .map(row -> Map.entry(row.get("name", String.class), row.get("id", Long.class)))
        .all()
        .collectMap(Map.Entry::getKey, Map.Entry::getValue)
        .block();
  }

  private static String text(String sql) {
    return database.sql(sql).map(row -> row.get(0, String.class)).one().block();
  }

  private static long count(String sql) {
    return database.sql(sql).map(row -> row.get(0, Long.class)).one().block();
  }

  private static void run(String sql) {
    database.sql(sql).then().block();
  }
}
