package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.PublishedTextSweep;
import org.zhifagongkai.api.SeparatePortal;
import org.zhifagongkai.api.SharedData;

/**
 * The published 双公示 spreadsheets in {@code shared/data/penalties/raw}, imported into a database of
 * their own: every row imported or rejected with its reason, exact values read from the cells, and
 * a second import updating in place.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishedDataImportTest {

  private static ConfigurableApplicationContext app;
  private static SpreadsheetImporter importer;
  private static DatabaseClient database;

  @BeforeAll
  static void start(@TempDir Path temp) {
    app = SeparatePortal.start(temp);
    importer = app.getBean(SpreadsheetImporter.class);
    database = app.getBean(DatabaseClient.class);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void theXizangCreditSiteSheetImportsEveryRowOrSaysWhyAndReimportsInPlace() {
    Path sheet = SharedData.file("penalties/raw/xizang_creditxizang_shuanggongshi.xlsx");
    CorpusImporter.Report first = importer.importWorkbook(sheet, "信用西藏", "西藏");
    int rows = first.imported().size() + first.updated().size() + first.rejected().size();
    System.out.printf(
        "信用西藏: %d rows, %d imported, %d updated, %d rejected%n",
        rows, first.imported().size(), first.updated().size(), first.rejected().size());
    assertThat(rows).isEqualTo(3_934);
    assertThat(first.imported().size()).isGreaterThan(3_000);

    // The first row: 赤列罗布, a natural person, masked; the date read from 20180716.
    assertThat(decision("那执法字（2018）00217号"))
        .containsEntry("party_name", "赤*布")
        .containsEntry("decision_date", "2018-07-16")
        .containsEntry("agency", "那曲市交通行政执法局");
    // 芒康县聚福超市 is an individual business (credit code 92540328MA6TB50675): its operator 刘伟成,
    // given as its representative and named in the case's title, is masked everywhere.
    assertThat(decision("芒康工商处字[2018]3号"))
        .containsEntry("party_name", "芒康县聚福超市")
        .containsEntry("party_legal_representative", "刘*成");
    assertThat(texts("芒康工商处字[2018]3号")).doesNotContain("刘伟成").contains("刘*成无烟草专卖许可证");
    assertThat(decision("巴工商处字[2018]41号")).containsEntry("party_legal_representative", "刘*华");
    // A company's code, which the sheet states only in its text (行政相对人代码——1（统一社会信用代码）),
    // is published with it; an individual business's (天意购物超市, 92…) and a person's are not.
    assertThat(decision("那建罚〔2018〕002号"))
        .containsEntry("party_name", "四川成希建设工程有限公司")
        .containsEntry("party_credit_code", "915100000974312879");
    assertThat(decision("巴工商处字[2018]41号")).containsEntry("party_credit_code", "");
    assertThat(decision("昂仁工商处字[2018]6号")).containsEntry("party_credit_code", "");
    assertThat(
            database
                .sql(
                    "select count(*) from penalty_decision where party_credit_code is not null"
                        + " and source_body = '信用西藏'")
                .map(row -> row.get(0, Long.class))
                .one()
                .block())
        .isEqualTo(242L);
    // Fines as 处罚状态 words them: 处以人民币10000元的罚款, 罚款200.元.
    assertThat(fine("巴工商处字[2018]43号")).isEqualByComparingTo("10000");
    assertThat(fine("无文号-2586308")).isEqualByComparingTo("200");

    // One number, forty companies (forty rows of the sheet): forty decisions, none refused.
    assertThat(
            database
                .sql(
                    "select count(distinct party_name) from penalty_decision"
                        + " where document_number ~ '^林工商处字.2018.1号$'")
                .map(row -> row.get(0, Long.class))
                .one()
                .block())
        .isEqualTo(40L);
    assertThat(first.rejected()).noneMatch(reason -> reason.contains("林工商处字"));

    long stored = count();
    CorpusImporter.Report again = importer.importWorkbook(sheet, "信用西藏", "西藏");
    assertThat(again.imported()).isEmpty();
    assertThat(again.updated().size()).isEqualTo(first.imported().size() + first.updated().size());
    assertThat(count()).isEqualTo(stored);
  }

  @Test
  void hebeisSheetJoinsTheDecisionSplitOverThreeColumns() {
    CorpusImporter.Report report =
        importer.importWorkbook(
            SharedData.file("penalties/raw/hebei_multi_agency_penalties.xlsx"), "河北双公示", "河北");
    System.out.printf(
        "河北: %d imported, %d updated, %d rejected%n",
        report.imported().size(), report.updated().size(), report.rejected().size());
    assertThat(report.imported().size() + report.updated().size() + report.rejected().size())
        .isEqualTo(1_279);
    assertThat(decision("廊银监罚决字〔2017〕12号"))
        .containsEntry("party_name", "中国农业银行股份有限公司廊坊分行")
        .containsEntry("party_legal_representative", "吴春风")
        .containsEntry("decision_date", "2017-09-29")
        .containsEntry("agency", "廊坊银监分局");
  }

  @Test
  void theNationalTemplateSkipsItsNoteRowAndReadsItsColumns() {
    CorpusImporter.Report report =
        importer.importWorkbook(
            SharedData.file(
                "penalties/raw/ningxia_longde_amr_shuanggongshi_P020180208396770079220.xls"),
            "隆德县市场监管双公示",
            "宁夏");
    System.out.println("宁夏: " + report);
    assertThat(report.rejected()).isEmpty();
    // Rows 3 to 6: the header and its note row skipped, every number read from its column.
    assertThat(report.imported().keySet()).containsExactly(3, 4, 5, 6);
    Long numbered =
        database
            .sql(
                "select count(*) from penalty_decision where source_body = '隆德县市场监管双公示'"
                    + " and document_number not like '无文号%'")
            .map(row -> row.get(0, Long.class))
            .one()
            .block();
    assertThat(numbered).isEqualTo(4);
  }

  @Test
  void recentDecisionsComeWithTheirAmountsAndNoticesAreRefused() {
    CorpusImporter importer = app.getBean(CorpusImporter.class);
    Path records = SharedData.file("penalties-recent/local_amr_sample.jsonl");
    CorpusImporter.Report report = importer.importFile(records);
    System.out.println("recent: " + report);
    // Two 告知送达公告, and a 送达公告 serving 23 decisions at once: notices, none a decision.
    assertThat(report.rejected()).filteredOn(reason -> reason.contains("a notice")).hasSize(3);
    assertThat(fine("粤市监广办罚〔2024〕001号")).isEqualByComparingTo("200000");
    assertThat(fine("粤市监处罚〔2026〕14号")).isEqualByComparingTo("28000");
    // Its amounts list the illegal gains (132元) first; the text says which is the fine.
    assertThat(fine("无文号-https://scjgj.wuxi.gov.cn/doc/2025/03/17/4521874.shtml"))
        .isEqualByComparingTo("50000");

    CorpusImporter.Report again = importer.importFile(records);
    assertThat(again.imported()).isEmpty();
    assertThat(again.updated().keySet()).isEqualTo(report.imported().keySet());
  }

  /**
   * After every sheet and the recent records are in (imported again here, which changes nothing),
   * no published decision shows personal data, by the redactor's reading or the sweep's own.
   */
  @Test
  @Order(Integer.MAX_VALUE) // after the tests that count a first import
  void noPublishedDecisionFromAnySheetShowsPersonalData() {
    importer.importWorkbook(
        SharedData.file("penalties/raw/xizang_creditxizang_shuanggongshi.xlsx"), "信用西藏", "西藏");
    importer.importWorkbook(
        SharedData.file("penalties/raw/hebei_multi_agency_penalties.xlsx"), "河北双公示", "河北");
    importer.importWorkbook(
        SharedData.file(
            "penalties/raw/ningxia_longde_amr_shuanggongshi_P020180208396770079220.xls"),
        "隆德县市场监管双公示",
        "宁夏");
    app.getBean(CorpusImporter.class)
        .importFile(SharedData.file("penalties-recent/local_amr_sample.jsonl"));
    assertThat(count()).isGreaterThan(4_000);
    assertThat(PublishedTextSweep.inPublishedDecisions(database)).isEmpty();
  }

  private static BigDecimal fine(String number) {
    return database
        .sql("select fine_amount from penalty_decision where document_number = :n")
        .bind("n", number)
        .map(row -> row.get(0, BigDecimal.class))
        .one()
        .block();
  }

  private static String texts(String number) {
    return database
        .sql(
            "select coalesce(case_name, '') || ' ' || facts from penalty_decision"
                + " where document_number = :n")
        .bind("n", number)
        .map(row -> row.get(0, String.class))
        .one()
        .block();
  }

  private static long count() {
    return database
        .sql("select count(*) from penalty_decision")
        .map(row -> row.get(0, Long.class))
        .one()
        .block();
  }

  private static Map<String, String> decision(String number) {
    List<Map<String, String>> found =
        database
            .sql(
                "select p.party_name, coalesce(p.party_legal_representative, '') as party_legal_representative,"
                    + " coalesce(p.party_credit_code, '') as party_credit_code,"
                    + " p.decision_date::text as decision_date, a.name as agency from penalty_decision p"
                    + " join agency a on a.id = p.agency_id where p.document_number = :n")
            .bind("n", number)
            .map(
                row ->
                    Map.of(
                        "party_name", row.get("party_name", String.class),
                        "party_legal_representative",
                            row.get("party_legal_representative", String.class),
                        "party_credit_code", row.get("party_credit_code", String.class),
                        "decision_date", row.get("decision_date", String.class),
                        "agency", row.get("agency", String.class)))
            .all()
            .collectList()
            .block();
    assertThat(found).hasSize(1);
    return found.getFirst();
  }
}
