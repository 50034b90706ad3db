package org.zhifagongkai.api.inspection;

import static org.zhifagongkai.api.inspection.InspectionFigure.count;
import static org.zhifagongkai.api.inspection.InspectionFigure.share;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.zhifagongkai.api.findings.PublicationFindingCount;
import org.zhifagongkai.api.item.Catalogue;
import org.zhifagongkai.api.statistics.AccountabilityIndicators;
import org.zhifagongkai.api.statistics.CatalogueIndicators.CatalogueItems;
import org.zhifagongkai.api.statistics.IndicatorService.ItemDecisions;

/**
 * The indicators of the report in the order of the inspection outline (湖州市吴兴区人大常委会,
 * 《浙江省综合行政执法条例》执法检查提纲, 2022): items 11–27 on catalogues, 38–42 on enforcement practice, 60–65 on
 * supervision. Only what the records can answer is here.
 */
final class ReportIndicators {

  private static final int HIGH_FREQUENCY = 10;

  private ReportIndicators() {}

  static List<InspectionIndicator> of(ReportFacts facts) {
    return List.of(
        catalogues(facts),
        activity(facts),
        comprehensive(facts),
        delegation(facts),
        frequency(facts),
        publication(facts),
        benchmarks(facts),
        noPenalty(facts),
        supervision(facts));
  }

  private static InspectionIndicator catalogues(ReportFacts facts) {
    List<InspectionFigure> figures = new ArrayList<>();
    figures.add(count("现行执法事项", facts.catalogue().items(), "项"));
    for (Catalogue catalogue : Catalogue.values()) {
      figures.add(count(catalogueName(catalogue) + "事项", items(facts, catalogue), "项"));
    }
    figures.add(count("执法主体", facts.bodies(), "个"));
    figures.add(count("已公布执法事项目录的执法主体", facts.bodiesWithItems(), "个"));
    figures.add(share("已公布目录的执法主体占比", facts.bodiesWithItems(), facts.bodies()));
    return new InspectionIndicator(
        "11、15、16、20、23、26",
        "执法事项目录的公布与完整",
        "截至报告期末（"
            + facts.to()
            + "）在本区域及下级区域各执法主体名下现行有效的执法事项（每个事项取当日有效的版本），"
            + "按目录类别计数；已公布目录的执法主体指至少有一项现行事项的主体。链接导出的是各事项的现行版本，含尚未生效的。",
        figures,
        "/open-data/enforcement-items.csv?regionCode=" + facts.regionCode());
  }

  private static InspectionIndicator activity(ReportFacts facts) {
    int penaltyItems = facts.catalogue().penaltyItems();
    int active = penaltyItems - facts.catalogue().idleItemCount();
    return new InspectionIndicator(
        "12",
        "有执法活动的行政处罚事项",
        "现行行政处罚事项中，在报告期末前 "
            + facts.catalogue().idleMonths()
            + " 个月内（"
            + facts.catalogue().activeAfter()
            + " 之后）有已公示处罚决定适用的事项所占比例。本平台只记录行政处罚，不含检查等其他执法活动。",
        List.of(
            count("现行行政处罚事项", penaltyItems, "项"),
            count("有处罚决定的事项", active, "项"),
            share("有执法活动的事项占比", active, penaltyItems)),
        catalogueQuery(facts));
  }

  private static InspectionIndicator comprehensive(ReportFacts facts) {
    List<ItemDecisions> top = facts.highFrequency().stream().limit(HIGH_FREQUENCY).toList();
    long topComprehensive =
        top.stream().filter(i -> i.item().catalogue() == Catalogue.COMPREHENSIVE).count();
    int comprehensive = items(facts, Catalogue.COMPREHENSIVE);
    return new InspectionIndicator(
        "17、19",
        "纳入综合行政执法的事项",
        "现行事项中属综合行政执法目录的比例；以及处罚决定最多的前 " + HIGH_FREQUENCY + " 个高频事项中属综合行政执法目录的比例。",
        List.of(
            count("综合行政执法事项", comprehensive, "项"),
            share("综合行政执法事项占全部现行事项", comprehensive, facts.catalogue().items()),
            count("高频事项", top.size(), "项"),
            share("高频事项中综合行政执法事项占比", topComprehensive, top.size())),
        catalogueQuery(facts));
  }

  private static InspectionIndicator delegation(ReportFacts facts) {
    return new InspectionIndicator(
        "21、22、24",
        "向乡镇（街道）赋权",
        "本区域内的乡镇、街道（9 位区划代码）中，截至报告期末至少承接一项现行执法事项的个数与比例（目标为全覆盖）。",
        List.of(
            count("乡镇（街道）", facts.catalogue().towns(), "个"),
            count("已赋权的乡镇（街道）", facts.catalogue().townsWithDelegation(), "个"),
            share("赋权覆盖率", facts.catalogue().townsWithDelegation(), facts.catalogue().towns()),
            count(
                "赋权事项（乡镇×事项）",
                facts.catalogue().delegationsByTown().stream().mapToInt(t -> t.items()).sum(),
                "项")),
        "/graphql?query="
            + encode(
                "{ catalogueIndicators(regionCode: \""
                    + facts.regionCode()
                    + "\", asOf: \""
                    + facts.to()
                    + "\") { towns townsWithDelegation delegationsByTown { town { code name } items } } }"));
  }

  private static InspectionIndicator frequency(ReportFacts facts) {
    List<InspectionFigure> figures = new ArrayList<>();
    figures.add(count("零执法事项（期内无处罚决定）", facts.catalogue().idleItemCount(), "项"));
    for (ItemDecisions top : facts.highFrequency().stream().limit(HIGH_FREQUENCY).toList()) {
      figures.add(
          count("高频：" + top.item().name() + "（" + top.item().code() + "）", top.decisions(), "件"));
    }
    return new InspectionIndicator(
        "27",
        "高频事项与“零执法”事项",
        "与第 12 项同一期间：处罚决定最多的前 " + HIGH_FREQUENCY + " 个行政处罚事项及其决定数；期内没有任何已公示处罚决定的现行处罚事项数。",
        figures,
        catalogueQuery(facts));
  }

  private static InspectionIndicator publication(ReportFacts facts) {
    List<InspectionFigure> figures = new ArrayList<>();
    int decisions = facts.sum(AccountabilityIndicators::decisions);
    int late = facts.sum(AccountabilityIndicators::publishedLate);
    figures.add(count("期内作出的行政处罚决定", decisions, "件"));
    figures.add(count("按期公示（7 个工作日内）", facts.sum(AccountabilityIndicators::publishedOnTime), "件"));
    figures.add(count("逾期公示", late, "件"));
    figures.add(count("公示时限无法判定", facts.sum(AccountabilityIndicators::publicationUnknown), "件"));
    figures.add(share("逾期公示占比", late, decisions));
    figures.add(count("撤回公示", facts.sum(AccountabilityIndicators::withdrawn), "件"));
    figures.add(count("逾期撤回（超过 3 个工作日）", facts.sum(AccountabilityIndicators::withdrawnLate), "件"));
    for (PublicationFindingCount finding : facts.openFindings()) {
      figures.add(
          count(
              "自动检查未纠正问题：" + (finding.rule() == null ? "合计" : finding.rule().name()),
              finding.count(),
              "件"));
    }
    return new InspectionIndicator(
        "38",
        "行政执法公示",
        "决定日期在报告期内的行政处罚决定（含其后撤回或届满的），按公示日期与法定期限（7 个工作日）比较；撤回按原因发生后 3 个工作日比较；"
            + "自动检查每日核对全部在公示的决定，此处为本区域目前仍未纠正的问题，按规则计数。链接导出的是其中仍在公示的决定；已撤回、已届满的不在其中，见各执法主体的数字。",
        figures,
        "/open-data/penalty-decisions.csv?regionCode="
            + facts.regionCode()
            + "&from="
            + facts.from()
            + "&to="
            + facts.to());
  }

  private static InspectionIndicator benchmarks(ReportFacts facts) {
    int applying = facts.sum(AccountabilityIndicators::decisionsApplyingTier);
    int outside =
        facts.sum(AccountabilityIndicators::finesBelowTier)
            + facts.sum(AccountabilityIndicators::finesAboveTier);
    return new InspectionIndicator(
        "41",
        "行政处罚裁量基准的公布与适用",
        "现行行政处罚事项中有生效裁量基准覆盖的比例（基准所列违法行为的依据条款属于该事项的设定依据）；期内决定中载明所适用裁量阶次的件数，及罚款超出该阶次幅度的件数。",
        List.of(
            count("有裁量基准的处罚事项", facts.catalogue().penaltyItemsWithBenchmark(), "项"),
            share(
                "裁量基准覆盖率",
                facts.catalogue().penaltyItemsWithBenchmark(),
                facts.catalogue().penaltyItems()),
            count("载明适用裁量阶次的决定", applying, "件"),
            count("罚款低于阶次下限", facts.sum(AccountabilityIndicators::finesBelowTier), "件"),
            count("罚款高于阶次上限", facts.sum(AccountabilityIndicators::finesAboveTier), "件"),
            share("超出阶次幅度占比", outside, applying)),
        "/open-data/discretion-benchmarks.csv");
  }

  private static InspectionIndicator noPenalty(ReportFacts facts) {
    return new InspectionIndicator(
        "42",
        "轻微违法不予处罚与首违不罚清单",
        "报告期末有效、由本区域或其上级区域的执法主体发布的清单条目数。",
        List.of(
            count("不予处罚清单条目", facts.noPenaltyEntries().getOrDefault("NO_PENALTY", 0), "条"),
            count("首违不罚清单条目", facts.noPenaltyEntries().getOrDefault("FIRST_VIOLATION", 0), "条")),
        "/open-data/no-penalty-items.csv");
  }

  private static InspectionIndicator supervision(ReportFacts facts) {
    int received = facts.sum(a -> a.complaints().received());
    int onTime = facts.sum(a -> a.complaints().answeredOnTime());
    return new InspectionIndicator(
        "60—65",
        "行政执法监督：企业投诉的办理",
        "报告期内提交的、针对本区域执法主体的投诉：受理、按期答复（工作日计算）、逾期、评价及平均满意度（1—5 分，按评价件数加权）。",
        List.of(
            count("收到投诉", received, "件"),
            count("已受理", facts.sum(a -> a.complaints().accepted()), "件"),
            count("按期答复", onTime, "件"),
            count("逾期", facts.sum(a -> a.complaints().overdue()), "件"),
            share("按期答复率", onTime, received),
            count("已评价", facts.sum(a -> a.complaints().rated()), "件"),
            new InspectionFigure("平均满意度", facts.satisfaction(), "分")),
        "/graphql?query="
            + encode(
                "{ inspectionReport(regionCode: \""
                    + facts.regionCode()
                    + "\", from: \""
                    + facts.from()
                    + "\", to: \""
                    + facts.to()
                    + "\") { bodies { agency { id name } complaints { received answeredOnTime overdue rated satisfaction } } } }"));
  }

  private static int items(ReportFacts facts, Catalogue catalogue) {
    return facts.catalogue().itemsByCatalogue().stream()
        .filter(c -> c.catalogue() == catalogue)
        .mapToInt(CatalogueItems::items)
        .sum();
  }

  private static String catalogueName(Catalogue catalogue) {
    return switch (catalogue) {
      case COMPREHENSIVE -> "综合行政执法";
      case SPECIALISED -> "专业领域执法";
      case TOWN_STREET -> "乡镇（街道）";
    };
  }

  private static String catalogueQuery(ReportFacts facts) {
    return "/graphql?query="
        + encode(
            "{ catalogueIndicators(regionCode: \""
                + facts.regionCode()
                + "\", idleMonths: "
                + facts.catalogue().idleMonths()
                + ", asOf: \""
                + facts.to()
                + "\") { penaltyItems idleItemCount idleItems { code name agency { name } }"
                + " highFrequencyItems(first: 20) { item { code name catalogue } decisions } } }");
  }

  private static String encode(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
