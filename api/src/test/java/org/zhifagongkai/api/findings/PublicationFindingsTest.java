package org.zhifagongkai.api.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhifagongkai.api.ApiTest;

/**
 * The daily publication check over a real database: for each rule, a decision that breaks it is
 * found with its rule and body, its clean twin is not, the finding resolves once the cause is put
 * right, and a second run opens nothing. The planted records live in two cities of their own under
 * the publishing tests' province and are deleted afterwards, so no other test's counts change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicationFindingsTest extends ApiTest {

  private static final String RULE_CITY = "960900";
  private static final String COUNT_CITY = "960800";
  private static final long BODY_A = 960901;
  private static final long BODY_B = 960902;
  private static final long COUNT_BODY_A = 960801;
  private static final long COUNT_BODY_B = 960802;

  @Autowired PublicationCheck check;
  @Autowired Clock clock;

  private LocalDate today;

  @BeforeEach
  void bodiesOfTheirOwn() {
    today = LocalDate.now(clock);
    database
        .sql(
            """
            insert into region (code, name, level, parent_code, revision) values
              ('960900', '核查测试市', 'CITY', '960000', '测试'),
              ('960800', '统计测试市', 'CITY', '960000', '测试')
            on conflict do nothing
            """)
        .then()
        .block();
    database
        .sql(
            """
            insert into agency (id, name, region_code, level, kind) values
              (960901, '核查测试市市场监督管理局', '960900', 'CITY', 'SPECIALISED'),
              (960902, '核查测试市综合行政执法局', '960900', 'CITY', 'COMPREHENSIVE'),
              (960801, '统计测试市市场监督管理局', '960800', 'CITY', 'SPECIALISED'),
              (960802, '统计测试市综合行政执法局', '960800', 'CITY', 'COMPREHENSIVE')
            on conflict do nothing
            """)
        .then()
        .block();
  }

  @AfterAll
  void removePlantedRecords() {
    // The change feed's log is append-only and refers to the decisions, so the planted records
    // (some
    // with personal data left unmasked on purpose) leave only with triggers and references off for
    // this one transaction; the search index is told of the deletions by hand, as its trigger is
    // off.
    String planted =
        "select id from penalty_decision where agency_id in (960901, 960902, 960801, 960802)";
    database
        .sql(
            "begin; set local session_replication_role = replica;"
                + " insert into search_change (record_kind, record_id) select 'PENALTY_DECISION', id from ("
                + planted
                + ") d;"
                + " delete from decision_change where decision_id in ("
                + planted
                + ");"
                + " delete from penalty_decision_event where decision_id in ("
                + planted
                + ");"
                + " delete from publication_finding where agency_id in (960901, 960902, 960801, 960802);"
                + " delete from penalty_decision where agency_id in (960901, 960902, 960801, 960802);"
                + " delete from agency where id in (960901, 960902, 960801, 960802);"
                + " delete from region where code in ('960900', '960800');"
                + " commit;")
        .then()
        .block();
  }

  /** A rule, what makes a decision break it, and what puts it right. */
  record Case(
      PublicationRule rule,
      long body,
      Map<String, String> broken,
      Map<String, String> fixed,
      String detail) {
    @Override
    public String toString() {
      return rule + " " + detail;
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
            new Case(
                PublicationRule.PUBLISHED_LATE,
                BODY_A,
                Map.of("published_on", "current_date - 17"),
                Map.of("published_on", "current_date - 20"),
                "公开日 {-17} 晚于公开期限 {-20}"),
            new Case(
                PublicationRule.SHOWN_AFTER_TERM,
                BODY_A,
                Map.of("publish_until", "current_date - 1"),
                Map.of("publish_until", "current_date + 365"),
                "公示截止期 {-1} 已过，仍在公示"),
            new Case(
                PublicationRule.BEYOND_SCOPE,
                BODY_A,
                naturalPerson("当事人系未成年人，在校园周边销售烟花爆竹。"),
                naturalPerson("当事人在校园周边销售烟花爆竹。"),
                "当事人系未成年人，对其行政处罚决定不予公开"),
            new Case(
                PublicationRule.BEYOND_SCOPE,
                BODY_A,
                Map.of(
                    "field_code",
                    "'MARKET_REGULATION'",
                    "penalty_kinds",
                    "'{WARNING}'",
                    "fine_amount",
                    "null",
                    "benchmark_tier_id",
                    "null"),
                Map.of("penalty_kinds", "'{WARNING,FINE}'", "fine_amount", "150000"),
                "仅处警告的市场监管行政处罚，不予公示"),
            new Case(
                PublicationRule.MALFORMED_DOCUMENT_NUMBER,
                BODY_B,
                Map.of("document_number", "'核测罚字二〇二五年第七号'"),
                Map.of("document_number", "'核测罚〔2025〕7号'"),
                "文号不能读作“机关代字〔年份〕序号号”"),
            new Case(
                PublicationRule.MISSING_REQUIRED_FIELD,
                BODY_B,
                Map.of("party_credit_code", "null", "party_credit_code_valid", "null"),
                Map.of(
                    "party_credit_code", "'91350100M000100Y43'", "party_credit_code_valid", "true"),
                "缺少双公示必填项：行政相对人代码（统一社会信用代码）"),
            new Case(
                PublicationRule.FINE_OUTSIDE_TIER,
                BODY_B,
                Map.of("fine_amount", "370000.01"),
                Map.of("fine_amount", "370000.00"),
                "罚款 370000.01 元，不在所适用裁量档次的 100000.00 至 370000.00 元之内"),
            new Case(
                PublicationRule.PERSONAL_DATA_UNMASKED,
                BODY_B,
                Map.of("facts", "'当事人超标排放颗粒物，联系电话13800138000。'"),
                Map.of("facts", "'当事人超标排放颗粒物，联系电话［电话号码已隐去］。'"),
                "违法事实中可读出电话号码"),
            new Case(
                PublicationRule.PERSONAL_DATA_UNMASKED,
                BODY_B,
                naturalPerson("王小明", "当事人在校园周边销售烟花爆竹。"),
                naturalPerson("王*明", "当事人在校园周边销售烟花爆竹。"),
                "当事人名称中自然人姓名未作隐名处理"),
            new Case(
                PublicationRule.IMPOSSIBLE_DATE,
                BODY_B,
                Map.of("published_on", "current_date - 32"),
                Map.of("published_on", "current_date - 25"),
                "公开日 {-32} 早于处罚决定日期 {-30}"))
        .map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void eachRuleFindsTheDecisionThatBreaksItAndNotItsTwinUntilPutRight(Case rule) {
    long broken = plant(RULE_CITY, rule.body(), rule.broken());
    long twin = plant(RULE_CITY, rule.body(), rule.fixed());

    check.check(today);
    PublicationCheck.Report again = check.check(today);

    assertThat(again.opened()).isZero();
    assertThat(findings(broken))
        .containsExactly(
            Map.of(
                "rule",
                rule.rule().name(),
                "agency",
                rule.body(),
                "detail",
                expected(rule.detail()),
                "first",
                today,
                "last",
                today,
                "resolved",
                "open"));
    assertThat(findings(twin)).isEmpty();

    update(broken, rule.fixed());
    PublicationCheck.Report afterFix = check.check(today);

    assertThat(afterFix.resolved()).isEqualTo(1);
    assertThat(findings(broken))
        .containsExactly(
            Map.of(
                "rule",
                rule.rule().name(),
                "agency",
                rule.body(),
                "detail",
                expected(rule.detail()),
                "first",
                today,
                "last",
                today,
                "resolved",
                today));
    assertThat(check.check(today).resolved()).isZero();
  }

  @Test
  void countsArePerBodyAndPerRuleAndTheApiNeverEchoesPersonalData() {
    plant(COUNT_CITY, COUNT_BODY_A, Map.of("published_on", "current_date - 17"));
    plant(COUNT_CITY, COUNT_BODY_A, Map.of("fine_amount", "90000"));
    plant(COUNT_CITY, COUNT_BODY_A, Map.of("facts", "'账号6222020200112233445，电话13900139000。'"));
    plant(COUNT_CITY, COUNT_BODY_B, naturalPerson("李四光", "当事人身份证号11010519491231002X。"));
    plant(COUNT_CITY, COUNT_BODY_B, Map.of());

    check.check(today);

    assertThat(
            graphQl
                .document(
                    """
                    { publicationFindingCounts(filter: {regionCode: "960800", open: true},
                                               groupBy: [AGENCY, RULE, AGENCY]) {
                        agency { id } rule count } }
                    """)
                .execute()
                .path("publicationFindingCounts")
                .entityList(Map.class)
                .get())
        .containsExactly(
            Map.of("agency", Map.of("id", "960801"), "rule", "FINE_OUTSIDE_TIER", "count", 1),
            Map.of("agency", Map.of("id", "960801"), "rule", "PERSONAL_DATA_UNMASKED", "count", 2),
            Map.of("agency", Map.of("id", "960801"), "rule", "PUBLISHED_LATE", "count", 1),
            Map.of("agency", Map.of("id", "960802"), "rule", "PERSONAL_DATA_UNMASKED", "count", 2));
    assertThat(
            graphQl
                .document(
                    """
                    { publicationFindingCounts(filter: {regionCode: "960800"}, groupBy: [MONTH]) {
                        month count } }
                    """)
                .execute()
                .path("publicationFindingCounts")
                .entityList(Map.class)
                .get())
        .containsExactly(Map.of("month", today.toString().substring(0, 7), "count", 6));

    var page =
        graphQl
            .document(
                """
                { publicationFindings(filter: {agencyId: "960802", rule: PERSONAL_DATA_UNMASKED}) {
                    totalCount nodes { rule detail agency { id } decision { party { name } }
                                       firstFoundOn lastSeenOn resolvedOn } } }
                """)
            .execute();
    page.path("publicationFindings.totalCount").entity(Integer.class).isEqualTo(2);
    page.path("publicationFindings.nodes[*].detail")
        .entityList(String.class)
        .containsExactly("违法事实中可读出身份证号码", "当事人名称中自然人姓名未作隐名处理");
    page.path("publicationFindings.nodes[*].firstFoundOn")
        .entityList(String.class)
        .containsExactly(today.toString(), today.toString());
    page.path("publicationFindings.nodes[0].resolvedOn").valueIsNull();
    page.path("publicationFindings.nodes[1].resolvedOn").valueIsNull();
    // A finding that a decision says too much of a person does not lead the public to it.
    page.path("publicationFindings.nodes[0].decision").valueIsNull();
    page.path("publicationFindings.nodes[1].decision").valueIsNull();
    page.path("publicationFindings.nodes[*].agency.id")
        .entityList(String.class)
        .containsExactly("960802", "960802");
    graphQl
        .document(
            """
            { publicationFindings(filter: {regionCode: "960800", rule: PERSONAL_DATA_UNMASKED}) {
                nodes { detail } } }
            """)
        .execute()
        .path("publicationFindings.nodes[*].detail")
        .entityList(String.class)
        .satisfies(
            details ->
                assertThat(String.join("", details))
                    .doesNotContain(
                        "6222020200112233445", "13900139000", "11010519491231002X", "李四光")
                    .contains("银行账号", "电话号码"));
  }

  @Test
  void filtersAreValidatedWithCodedErrors() {
    assertThat(
            errorCode(
                "{ publicationFindings(filter: {foundFrom: \"2026-02-01\", foundTo: \"2026-01-01\"})"
                    + " { totalCount } }"))
        .isEqualTo("INVALID_DATE_RANGE");
    assertThat(
            errorCode("{ publicationFindings(filter: {regionCode: \"970000x\"}) { totalCount } }"))
        .isEqualTo("INVALID_REGION_CODE");
    assertThat(errorCode("{ publicationFindings(first: 101) { totalCount } }"))
        .isEqualTo("PAGE_SIZE_OUT_OF_RANGE");
    assertThat(errorCode("{ publicationFindings(filter: {agencyId: \"x\"}) { totalCount } }"))
        .isEqualTo("NOT_FOUND");
    assertThat(
            errorCode(
                "{ publicationFindingCounts(filter: {foundFrom: \"2026-02-01\", foundTo:"
                    + " \"2026-01-01\"}, groupBy: [RULE]) { count } }"))
        .isEqualTo("INVALID_DATE_RANGE");
  }

  private static Map<String, String> naturalPerson(String facts) {
    return naturalPerson("张*", facts);
  }

  private static Map<String, String> naturalPerson(String name, String facts) {
    return Map.of(
        "party_kind", "'NATURAL_PERSON'",
        "party_name", "'" + name + "'",
        "party_credit_code", "null",
        "party_credit_code_valid", "null",
        "party_legal_representative", "null",
        "facts", "'" + facts + "'");
  }

  /** {@code detail} with each {@code {n}} read as the day n days from the portal's today. */
  private String expected(String detail) {
    return java.util.regex.Pattern.compile("\\{(-?[0-9]+)\\}")
        .matcher(detail)
        .replaceAll(day -> today.plusDays(Integer.parseInt(day.group(1))).toString());
  }

  private static long sequence = 0;

  /**
   * Inserts a clean published decision of {@code body} in {@code city}, with {@code changes}
   * (column to SQL expression) applied; its id.
   */
  private long plant(String city, long body, Map<String, String> changes) {
    long n = ++sequence;
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("document_number", "'核测罚〔2025〕" + n + "号'");
    columns.put("document_number_key", "'核测罚〔2025〕" + n + "号-" + body + "'");
    columns.put("document_prefix", "'核测罚'");
    columns.put("document_year", "2025");
    columns.put("document_seq_first", String.valueOf(n));
    columns.put("document_seq_last", String.valueOf(n));
    columns.put("party_kind", "'LEGAL_PERSON'");
    columns.put("party_name", "'核查测试有限公司'");
    columns.put("party_credit_code", "'91350100M000100Y43'");
    columns.put("party_credit_code_valid", "true");
    columns.put("party_legal_representative", "'钱测试'");
    columns.put("facts", "'当事人超标排放颗粒物。'");
    columns.put("violated_provisions", "'《测试大气法》第十八条'");
    columns.put("penalty_provisions", "'《测试大气法》第九十九条第（二）项'");
    columns.put("penalty_kinds", "'{FINE}'");
    columns.put("fine_amount", "150000");
    columns.put("decision_date", "current_date - 30");
    columns.put("agency_id", String.valueOf(body));
    columns.put("region_code", "'" + city + "'");
    columns.put("benchmark_tier_id", "900001");
    columns.put("published_on", "current_date - 25");
    columns.put("publication_due", "current_date - 20");
    columns.put("publish_until", "current_date + 365");
    columns.put("source_body", "'核查测试'");
    columns.putAll(changes);
    columns.replaceAll((column, value) -> onToday(value));
    return database
        .sql(
            "insert into penalty_decision ("
                + String.join(", ", columns.keySet())
                + ") values ("
                + String.join(", ", columns.values())
                + ") returning id")
        .map(row -> row.get(0, Long.class))
        .one()
        .blockOptional()
        .orElseThrow();
  }

  /** The expression with {@code current_date} read as the portal's today, not the database's. */
  private String onToday(String expression) {
    return expression.replace("current_date", "date '" + today + "'");
  }

  private void update(long id, Map<String, String> changes) {
    List<String> sets =
        changes.entrySet().stream().map(e -> e.getKey() + " = " + onToday(e.getValue())).toList();
    database
        .sql("update penalty_decision set " + String.join(", ", sets) + " where id = :id")
        .bind("id", id)
        .then()
        .block();
  }

  private List<Map<String, Object>> findings(long decision) {
    return database
        .sql(
            "select rule, agency_id, detail, first_found_on, last_seen_on, resolved_on"
                + " from publication_finding where decision_id = :id order by id")
        .bind("id", decision)
        .map(
            row -> {
              LocalDate resolved = row.get("resolved_on", LocalDate.class);
              return Map.<String, Object>of(
                  "rule", row.get("rule", String.class),
                  "agency", row.get("agency_id", Long.class),
                  "detail", row.get("detail", String.class),
                  "first", row.get("first_found_on", LocalDate.class),
                  "last", row.get("last_seen_on", LocalDate.class),
                  "resolved", resolved == null ? "open" : resolved);
            })
        .all()
        .collectList()
        .block();
  }
}
