package org.zhifagongkai.api.inspection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.statistics.AccountabilityIndicators;

/**
 * The report as documents a deputy opens without tools: Markdown, to read and print, and CSV, one
 * figure a row, to put beside another region's.
 */
public final class InspectionReportDocuments {

  private InspectionReportDocuments() {}

  public static String markdown(InspectionReport report) {
    StringBuilder md = new StringBuilder();
    md.append("# 执法检查数据报告：")
        .append(report.region().name())
        .append("（")
        .append(report.from())
        .append(" 至 ")
        .append(report.to())
        .append("）\n\n");
    md.append("区划代码 ")
        .append(report.region().code())
        .append("，含下级区域。生成于 ")
        .append(report.computedAt())
        .append("。各项按执法检查提纲的顺序，数据均来自本平台公开的记录，每项附定义与记录出处。\n");
    for (InspectionIndicator indicator : report.indicators()) {
      md.append("\n## 提纲第 ")
          .append(indicator.outlineItems())
          .append(" 项：")
          .append(indicator.title())
          .append("\n\n")
          .append(indicator.definition())
          .append("\n\n| 指标 | 数值 |\n|---|---|\n");
      for (InspectionFigure figure : indicator.figures()) {
        md.append("| ")
            .append(cell(figure.label()))
            .append(" | ")
            .append(value(figure))
            .append(" |\n");
      }
      md.append("\n记录：<").append(indicator.records()).append(">\n");
    }
    md.append("\n## 各执法主体\n\n")
        .append("| 执法主体 | 期内决定 | 按期公示 | 逾期公示 | 撤回 | 超出裁量阶次 | 收到投诉 | 按期答复 |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    for (AccountabilityIndicators body : report.bodies()) {
      md.append("| ")
          .append(cell(body.agency().name()))
          .append(" | ")
          .append(body.decisions())
          .append(" | ")
          .append(body.publishedOnTime())
          .append(" | ")
          .append(body.publishedLate())
          .append(" | ")
          .append(body.withdrawn())
          .append(" | ")
          .append(body.finesBelowTier() + body.finesAboveTier())
          .append(" | ")
          .append(body.complaints().received())
          .append(" | ")
          .append(body.complaints().answeredOnTime())
          .append(" |\n");
    }
    return md.toString();
  }

  /** One row per figure: outline items, title, label, value, unit, definition, records. */
  public static List<List<@Nullable Object>> rows(InspectionReport report) {
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (InspectionIndicator indicator : report.indicators()) {
      for (InspectionFigure figure : indicator.figures()) {
        rows.add(
            Arrays.asList(
                indicator.outlineItems(),
                indicator.title(),
                figure.label(),
                figure.value(),
                figure.unit(),
                indicator.definition(),
                indicator.records()));
      }
    }
    return rows;
  }

  public static final List<String> COLUMNS =
      List.of("outline_items", "title", "figure", "value", "unit", "definition", "records");

  private static String value(InspectionFigure figure) {
    BigDecimal value = figure.value();
    return value == null ? "—（无可计算的基数）" : value.toPlainString() + " " + figure.unit();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
