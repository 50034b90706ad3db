package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.zhifagongkai.api.ApiTest;

/** A body's staff upload a 双公示 sheet of their own decisions; others are refused. */
class StaffUploadTest extends ApiTest {

  private static final String UPLOAD =
      """
      mutation($name: String!, $content: String!) {
        importPenaltyDecisions(fileName: $name, contentBase64: $content) {
          imported updated rejected flagged } }
      """;

  private static final String[] HEADER = {
    "行政处罚决定书文号\n（必填）", "案件名称", "行政相对人名称", "处罚事由", "处罚结果", "处罚决定期", "处罚机构"
  };

  /** One row for the uploading body, one for another body. */
  private static String sheet() throws IOException {
    return workbook(
        new String[][] {
          HEADER,
          {
            "发布测环罚〔2026〕401号",
            "测试癸印刷有限公司未批先建案",
            "测试癸印刷有限公司",
            "未批先建",
            "罚款人民币五万元",
            "2026-11-10",
            "发布测试省生态环境厅"
          },
          {
            "甲环罚〔2026〕402号",
            "测试子化工有限公司超标排放案",
            "测试子化工有限公司",
            "超标排放",
            "罚款人民币十万元",
            "2026-11-11",
            "甲市生态环境局"
          }
        });
  }

  /** A workbook of one sheet holding the rows, as Base64. */
  private static String workbook(String[][] rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("行政处罚");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      workbook.write(out);
      return Base64.getEncoder().encodeToString(out.toByteArray());
    }
  }

  private GraphQlTester.Response upload(String token, String content) {
    return upload(token, "双公示.xlsx", content);
  }

  private GraphQlTester.Response upload(String token, String name, String content) {
    var tester =
        token == null
            ? graphQl
            : graphQl.mutate().header("Authorization", "Bearer " + token).build();
    return tester.document(UPLOAD).variable("name", name).variable("content", content).execute();
  }

  /** A decision page as a body's site serves it: GBK, unclosed tags, the signature at the end. */
  private static String page(String body, String number) {
    String html =
        "<html><head><meta charset=gbk><title>"
            + body
            + "行政处罚决定书（"
            + number
            + "）</title></head><body><p>"
            + body
            + "<p>行政处罚决定书<p>"
            + number
            + "<p>当事人：李大明，住址：发布测试省某县某村3号，电话13912345678"
            + "<p>经查，当事人于2026年10月8日在河道旁焚烧垃圾，经举报人王小红反映查实。"
            + "<p>依据《测试大气法》第九十九条，决定处罚款人民币五百元。<p>"
            + body
            + "<p>2026年11月12日";
    return Base64.getEncoder()
        .encodeToString(html.getBytes(java.nio.charset.Charset.forName("GBK")));
  }

  @Test
  void staffImportTheirBodysPagesAndAreRefusedOthers() {
    GraphQlTester.Response own =
        upload("test-token-900001", "decision.html", page("发布测试省生态环境厅", "发布测环罚〔2026〕411号"));
    own.path("importPenaltyDecisions.imported").entity(Integer.class).isEqualTo(1);
    var stored =
        database
            .sql(
                "select party_name, facts, decision_date::text from penalty_decision"
                    + " where document_number_key = '发布测环罚〔2026〕411号'")
            .fetch()
            .one()
            .block();
    assertThat(stored)
        .containsEntry("party_name", "李*明")
        .containsEntry("decision_date", "2026-11-12");
    assertThat((String) stored.get("facts"))
        .doesNotContain("李大明")
        .doesNotContain("13912345678")
        .doesNotContain("王小红")
        .doesNotContain("某村3号");

    upload("test-token-900001", "other.htm", page("甲市生态环境局", "甲环罚〔2026〕412号"))
        .path("importPenaltyDecisions.rejected[0]")
        .entity(String.class)
        .satisfies(
            reason -> assertThat(reason).startsWith("line 1: another body's decision: 甲市生态环境局"));
  }

  @Test
  void staffImportTheirBodysRowsAndAreRefusedOthers() throws IOException {
    String content = sheet();
    GraphQlTester.Response response = upload("test-token-900001", content);
    response.path("importPenaltyDecisions.imported").entity(Integer.class).isEqualTo(1);
    response
        .path("importPenaltyDecisions.rejected")
        .entityList(String.class)
        .satisfies(
            rejected ->
                assertThat(rejected)
                    .singleElement()
                    .asString()
                    .startsWith("line 3: another body's decision: 甲市生态环境局"));
    Long fine =
        database
            .sql(
                "select fine_amount::bigint from penalty_decision where document_number = :n and agency_id = 900005")
            .bind("n", "发布测环罚〔2026〕401号")
            .map(row -> row.get(0, Long.class))
            .one()
            .block();
    assertThat(fine).isEqualTo(50_000L);

    upload("test-token-900001", content)
        .path("importPenaltyDecisions.updated")
        .entity(Integer.class)
        .isEqualTo(1);
    assertThat(errorCode(upload(null, content))).isEqualTo("UNAUTHENTICATED");
    assertThat(errorCode(upload("test-token-900003", content))).isEqualTo("FORBIDDEN");
    assertThat(errorCode(upload("test-token-900001", "bm90IGEgc3ByZWFkc2hlZXQ=")))
        .isEqualTo("INVALID_FILE");
  }

  @Test
  void aSourceAddressThatIsNoWebAddressIsLeftOutAndReported() throws IOException {
    String[] header = {"行政处罚决定书文号", "案件名称", "行政相对人名称", "处罚事由", "处罚决定期", "处罚机构", "url"};
    String content =
        workbook(
            new String[][] {
              header,
              {
                "发布测环罚〔2026〕421号",
                "测试丑印刷有限公司未批先建案",
                "测试丑印刷有限公司",
                "未批先建，罚款人民币二万元",
                "2026-11-12",
                "发布测试省生态环境厅",
                "javascript:alert(document.cookie)"
              },
              {
                "发布测环罚〔2026〕422号",
                "测试寅印刷有限公司未批先建案",
                "测试寅印刷有限公司",
                "未批先建，罚款人民币三万元",
                "2026-11-12",
                "发布测试省生态环境厅",
                "https://sthjt.example.gov.cn/xzcf/422.html"
              },
              {
                "发布测环罚〔2026〕423号",
                "测试卯印刷有限公司未批先建案",
                "测试卯印刷有限公司",
                "未批先建，罚款人民币四万元",
                "2026-11-12",
                "发布测试省生态环境厅",
                "data:text/html,<script>alert(1)</script>"
              }
            });
    GraphQlTester.Response response = upload("test-token-900001", content);
    response.path("importPenaltyDecisions.imported").entity(Integer.class).isEqualTo(3);
    response
        .path("importPenaltyDecisions.flagged")
        .entityList(String.class)
        .containsExactly(
            "line 2: SOURCE_NOT_A_WEB_ADDRESS url: javascript:alert(document.cookie)",
            "line 4: SOURCE_NOT_A_WEB_ADDRESS url: data:text/html,<script>alert(1)</script>");
    List<String> sources =
        database
            .sql(
                "select document_number || ' ' || coalesce(source_url, '-') from penalty_decision"
                    + " where document_number like '发布测环罚〔2026〕42_号' order by document_number")
            .map(row -> row.get(0, String.class))
            .all()
            .collectList()
            .block();
    assertThat(sources)
        .containsExactly(
            "发布测环罚〔2026〕421号 -",
            "发布测环罚〔2026〕422号 https://sthjt.example.gov.cn/xzcf/422.html",
            "发布测环罚〔2026〕423号 -");
  }

  /**
   * A sheet's code column holding a person's ID, whole, mistyped or half-masked, publishes no part
   * of it; a credit code, valid or not, is kept as published.
   */
  @Test
  void aPersonsIdInTheCodeColumnIsNotPublished() throws IOException {
    String[] codes = {
      "110101199003077578", // a valid resident ID
      "110101199003077579", // its check character mistyped
      "110101********7578", // half-masked by the source
      "1101011990****757X",
      "110101 19900307 7578", // spaced
      "91350100M000100Y43", // a credit code
      "91350100M000100Y44" // a credit code failing its check, kept and flagged as such
    };
    String[][] rows = new String[codes.length + 1][];
    rows[0] = new String[] {"行政处罚决定书文号", "行政相对人名称", "统一社会信用代码", "处罚事由", "处罚结果", "处罚决定期", "处罚机构"};
    for (int i = 0; i < codes.length; i++) {
      rows[i + 1] =
          new String[] {
            "发布测环罚〔2026〕43" + i + "号",
            "测试代码" + i + "号商店",
            codes[i],
            "未批先建",
            "罚款人民币五千元",
            "2026-11-10",
            "发布测试省生态环境厅"
          };
    }
    upload("test-token-900001", workbook(rows))
        .path("importPenaltyDecisions.imported")
        .entity(Integer.class)
        .isEqualTo(codes.length);
    List<String> stored =
        database
            .sql(
                "select coalesce(party_credit_code, '-') || ' ' || party_credit_code_valid::text"
                    + " from penalty_decision where document_number like '发布测环罚〔2026〕43_号'"
                    + " order by document_number")
            .map(row -> row.get(0, String.class))
            .all()
            .collectList()
            .block();
    assertThat(stored)
        .containsExactly(
            "- false",
            "- false",
            "- false",
            "- false",
            "- false",
            "91350100M000100Y43 true",
            "91350100M000100Y44 false");
  }
}
