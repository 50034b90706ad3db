package org.zhifagongkai.api.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhifagongkai.api.ApiTest;
import org.zhifagongkai.api.GraphQlText;
import org.zhifagongkai.api.statistics.StatisticsRecords;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inspection report of city 960300 ({@code fixtures/statistics-records.sql}) for 2025, every
 * figure worked out by hand from the fixture.
 */
class InspectionReportTest extends ApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String ARGUMENTS =
      "regionCode: \"960300\", from: \"2025-01-01\", to: \"2025-12-31\"";

  @org.springframework.beans.factory.annotation.Autowired
  org.zhifagongkai.api.findings.PublicationCheck check;

  @org.springframework.beans.factory.annotation.Autowired java.time.Clock clock;

  @BeforeEach
  void statisticsRecords() {
    StatisticsRecords.ensureLoaded(database);
  }

  @Test
  void theReportGivesTheOutlinesFiguresInItsOrder() {
    JsonNode report = report(ARGUMENTS);
    assertThat(report.get("region").get("name").asString()).isEqualTo("统计市");
    assertThat(report.get("indicators").valueStream().map(i -> i.get("outlineItems").asString()))
        .containsExactly(
            "11、15、16、20、23、26", "12", "17、19", "21、22、24", "27", "38", "41", "42", "60—65");

    // Items in force on 2025-12-31: 960302–960306; bodies 960301–960303 hold them, 960304 none.
    assertThat(figures(report, "11、15、16、20、23、26"))
        .containsEntry("现行执法事项", "5 项")
        .containsEntry("综合行政执法事项", "2 项")
        .containsEntry("专业领域执法事项", "2 项")
        .containsEntry("乡镇（街道）事项", "1 项")
        .containsEntry("执法主体", "4 个")
        .containsEntry("已公布执法事项目录的执法主体", "3 个")
        .containsEntry("已公布目录的执法主体占比", "75.00 %");
    // Published decisions in 2025 apply S-MKT-1 only (twice); the withdrawn one does not count.
    assertThat(figures(report, "12"))
        .containsExactly(
            Map.entry("现行行政处罚事项", "4 项"),
            Map.entry("有处罚决定的事项", "1 项"),
            Map.entry("有执法活动的事项占比", "25.00 %"));
    assertThat(figures(report, "17、19"))
        .containsEntry("综合行政执法事项占全部现行事项", "40.00 %")
        .containsEntry("高频事项", "1 项")
        .containsEntry("高频事项中综合行政执法事项占比", "0.00 %");
    assertThat(figures(report, "21、22、24"))
        .containsExactly(
            Map.entry("乡镇（街道）", "3 个"),
            Map.entry("已赋权的乡镇（街道）", "1 个"),
            Map.entry("赋权覆盖率", "33.33 %"),
            Map.entry("赋权事项（乡镇×事项）", "1 项"));
    assertThat(figures(report, "27"))
        .containsExactly(
            Map.entry("零执法事项（期内无处罚决定）", "3 项"), Map.entry("高频：对经营者未明码标价的行政处罚（S-MKT-1）", "2 件"));
    // 2025: 960301 on time, 960302 late, 960306 on time and withdrawn (in time) — all of body
    // 960301.
    assertThat(figures(report, "38"))
        .containsEntry("期内作出的行政处罚决定", "3 件")
        .containsEntry("按期公示（7 个工作日内）", "2 件")
        .containsEntry("逾期公示", "1 件")
        .containsEntry("公示时限无法判定", "0 件")
        .containsEntry("逾期公示占比", "33.33 %")
        .containsEntry("撤回公示", "1 件")
        .containsEntry("逾期撤回（超过 3 个工作日）", "0 件");
    assertThat(figures(report, "41"))
        .containsExactly(
            Map.entry("有裁量基准的处罚事项", "1 项"),
            Map.entry("裁量基准覆盖率", "25.00 %"),
            Map.entry("载明适用裁量阶次的决定", "3 件"),
            Map.entry("罚款低于阶次下限", "1 件"),
            Map.entry("罚款高于阶次上限", "1 件"),
            Map.entry("超出阶次幅度占比", "66.67 %"));
    assertThat(figures(report, "42"))
        .containsExactly(Map.entry("不予处罚清单条目", "0 条"), Map.entry("首违不罚清单条目", "0 条"));
    assertThat(figures(report, "60—65"))
        .containsExactly(
            Map.entry("收到投诉", "3 件"),
            Map.entry("已受理", "2 件"),
            Map.entry("按期答复", "1 件"),
            Map.entry("逾期", "1 件"),
            Map.entry("按期答复率", "33.33 %"),
            Map.entry("已评价", "1 件"),
            Map.entry("平均满意度", "4.00 分"));
    assertThat(report.get("bodies").valueStream().map(b -> b.get("agency").get("id").asString()))
        .containsExactly("960301", "960302", "960303", "960304");
    assertThat(report.get("bodies").valueStream().map(b -> b.get("decisions").asInt()))
        .containsExactly(3, 0, 0, 0);
  }

  @Test
  void openFindingsInTheReportAreThoseThePublicationCheckCounts() {
    // The city's decisions lack the credit codes the national template requires: the check finds
    // them.
    check.check(java.time.LocalDate.now(clock));
    JsonNode counts =
        JSON.readTree(
                GraphQlText.answer(
                    web,
                    "{ publicationFindingCounts(filter: {regionCode: \"960300\", open: true},"
                        + " groupBy: [RULE]) { rule count } }"))
            .get("data")
            .get("publicationFindingCounts");
    Map<String, String> expected = new LinkedHashMap<>();
    counts.forEach(
        c -> expected.put("自动检查未纠正问题：" + c.get("rule").asString(), c.get("count").asInt() + " 件"));
    assertThat(expected).isNotEmpty();
    Map<String, String> found = new LinkedHashMap<>(figures(report(ARGUMENTS), "38"));
    found.keySet().removeIf(label -> !label.startsWith("自动检查"));
    assertThat(found).isEqualTo(expected);
  }

  @Test
  void theReportFilesHoldTheSameFigures() throws IOException {
    String md =
        text("/open-data/inspection-report.md?regionCode=960300&from=2025-01-01&to=2025-12-31");
    assertThat(md)
        .startsWith("# 执法检查数据报告：统计市（2025-01-01 至 2025-12-31）")
        .contains("## 提纲第 38 项：行政执法公示")
        .contains("| 逾期公示 | 1 件 |")
        .contains("| 统计市市场监督管理局 | 3 | 2 | 1 | 1 | 2 | 3 | 1 |")
        .contains(
            "记录：</open-data/penalty-decisions.csv?regionCode=960300&from=2025-01-01&to=2025-12-31>");
    String csv =
        text("/open-data/inspection-report.csv?regionCode=960300&from=2025-01-01&to=2025-12-31");
    assertThat(csv).startsWith("\uFEFF");
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.substring(1)))
            .getRecords();
    long figures =
        report(ARGUMENTS)
            .get("indicators")
            .valueStream()
            .mapToLong(i -> i.get("figures").size())
            .sum();
    assertThat(rows).hasSize((int) figures);
    CSVRecord late =
        rows.stream().filter(r -> r.get("figure").equals("逾期公示占比")).findFirst().orElseThrow();
    assertThat(late.get("outline_items")).isEqualTo("38");
    assertThat(late.get("value")).isEqualTo("33.33");
    assertThat(late.get("unit")).isEqualTo("%");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "regionCode: \"960300\", from: \"2025-12-31\", to: \"2025-01-01\"|INVALID_DATE_RANGE",
        "regionCode: \"96\"|INVALID_REGION_CODE",
        "regionCode: \"960300\", from: \"2000-01-01\", to: \"2025-01-01\"|INVALID_REQUEST"
      })
  void badArgumentsAreRefusedWithTheirCode(String arguments, String code) {
    assertThat(errorCode("{ inspectionReport(" + arguments + ") { to } }")).isEqualTo(code);
  }

  @Test
  void theFilesNeedARegion() {
    web.get()
        .uri("/open-data/inspection-report.md?from=2025-01-01")
        .exchange()
        .expectStatus()
        .isBadRequest();
  }

  private JsonNode report(String arguments) {
    return JSON.readTree(
            GraphQlText.answer(
                web,
                "{ inspectionReport("
                    + arguments
                    + ") { region { name } from to indicators { outlineItems title definition records"
                    + " figures { label value unit } } bodies { agency { id } decisions } } }"))
        .get("data")
        .get("inspectionReport");
  }

  /** The figures of one indicator, label → value and unit, in order. */
  private static Map<String, String> figures(JsonNode report, String outlineItems) {
    JsonNode indicator =
        report
            .get("indicators")
            .valueStream()
            .filter(i -> i.get("outlineItems").asString().equals(outlineItems))
            .findFirst()
            .orElseThrow();
    Map<String, String> figures = new LinkedHashMap<>();
    for (JsonNode figure : indicator.get("figures")) {
      JsonNode value = figure.get("value");
      figures.put(
          figure.get("label").asString(),
          (value.isNull() ? "—" : value.asString()) + " " + figure.get("unit").asString());
    }
    return figures;
  }

  private String text(String path) {
    byte[] body =
        web.get()
            .uri(path)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(byte[].class)
            .returnResult()
            .getResponseBody();
    return new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8);
  }
}
