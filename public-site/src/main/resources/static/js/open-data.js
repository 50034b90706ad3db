// 开放数据: figures of the published penalty decisions as charts with their data tables, the inspection report,
// the publication check's findings and the downloads, all for one filter that the address keeps (?regionCode=…).
import { graphql, el, showError, yuan, chineseDate, ApiError } from "/js/site.js";

// ECharts is large (1 MB): only this page loads it, from the portal's own WebJar, while the figures load.
const ECHARTS = "/webjars/echarts/5.5.0/echarts.esm.min.js";
const echartsReady = import(ECHARTS);

const INK = "#1d2330";
const MUTED = "#4f5868";
const BLUE = "#1a4f9c";
const RED = "#9b1c1c";

/** The charts: each a grouping of `penaltyStatistics`, or the most violated provisions. */
const CHARTS = [
  { key: "month", dimension: "MONTH", title: "按月份：决定数量和罚款总额",
    description: "按决定日期所在月份，柱形为处罚决定数量，折线为罚款总额" },
  { key: "field", dimension: "FIELD", title: "按执法领域", description: "各执法领域的处罚决定数量" },
  { key: "region", dimension: "REGION", title: "按地区",
    description: "所选地区的下一级地区（未选地区时为各省）的处罚决定数量；点击柱形或数据表中的地区名称可查看该地区" },
  { key: "band", dimension: "FINE_BAND", title: "按罚款金额区间", description: "各罚款金额区间的处罚决定数量" },
  { key: "kind", dimension: "PENALTY_KIND", title: "按处罚种类",
    description: "各处罚种类的处罚决定数量；一件决定并处几种处罚的，每种各计一次" },
  { key: "provision", title: "违反最多的法律条款", description: "处罚决定认定违反次数最多的 10 个法律条款" },
];

const BAND_ORDER = ["NONE", "UNDER_1K", "FROM_1K_TO_10K", "FROM_10K_TO_100K", "FROM_100K_TO_1M", "FROM_1M"];

/** The rules of the daily publication check, explained (see PublicationRule in the schema). */
const RULES = [
  ["PUBLISHED_LATE", "逾期公开", "在决定作出后 7 个工作日（法律另有规定的从其规定）之后才公开。"],
  ["SHOWN_AFTER_TERM", "超期公示", "公示截止期已过，仍在公示。"],
  ["BEYOND_SCOPE", "超范围公开", "依规不应公开的决定被公开，例如对未成年人的处罚，或市场监管领域仅给予警告的处罚。"],
  ["MALFORMED_DOCUMENT_NUMBER", "文号不规范", "决定书文号不符合“机关代字〔年份〕序号号”的格式。"],
  ["MISSING_REQUIRED_FIELD", "缺项", "“双公示”模板要求的事项为空，如相对人名称、文号、违法事实、处罚依据、罚款金额、公示截止期等。"],
  ["FINE_OUTSIDE_TIER", "罚款超出裁量档次", "罚款低于或高于决定所称适用的裁量基准档次的范围。"],
  ["PERSONAL_DATA_UNMASKED", "个人信息未隐去", "公开的文字中可读出身份证号码、手机号码、银行账号、出生日期或自然人全名等个人信息。"],
  ["IMPOSSIBLE_DATE", "日期矛盾", "日期不可能同时成立，如决定日期在未来、公开日期早于决定日期、公示截止期早于公开日期。"],
];

/** The datasets and which of the filter's conditions each export accepts (its query parameters). */
const DATASETS = [
  { name: "penalty-decisions", title: "行政处罚决定", accepts: ["regionCode", "agencyId", "field", "from", "to"] },
  { name: "enforcement-items", title: "执法事项目录", accepts: ["regionCode", "agencyId", "field"] },
  { name: "discretion-benchmarks", title: "行政处罚裁量基准", accepts: ["field"] },
  { name: "no-penalty-items", title: "不予处罚和首违不罚清单", accepts: ["field"] },
];

const FILTER_NAMES = ["regionCode", "field", "agencyId", "from", "to"];

const form = document.getElementById("filter");
const status = document.getElementById("status");
const regionSelect = document.getElementById("f-region");
const agencySelect = document.getElementById("f-agency");
const datesError = document.getElementById("f-dates-error");

/** Regions by code ({ name, parent }), for names and the way back up. */
const regions = new Map();
const charts = new Map();
/** The rows each chart shows now, to redraw it when its width changes (labels get a share of it). */
const shownRows = new Map();
let generation = 0;

/** A number with thousands separators, its decimals kept as given: "12,345.50". */
function grouped(n) {
  const [whole, fraction] = String(n).split(".");
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (fraction ? "." + fraction : "");
}

function currentFilter() {
  const data = new FormData(form);
  const filter = {};
  for (const name of FILTER_NAMES) {
    const value = String(data.get(name) ?? "").trim();
    if (value) filter[name] = value;
  }
  return filter;
}

/** The listing's filter (`PenaltyDecisionFilter`) for the page's filter. */
function decisionFilter(filter) {
  return {
    regionCode: filter.regionCode, agencyId: filter.agencyId, field: filter.field,
    decidedFrom: filter.from, decidedTo: filter.to,
  };
}

function query(filter, names) {
  const params = new URLSearchParams();
  for (const name of names) if (filter[name]) params.set(name, filter[name]);
  const text = params.toString();
  return text ? "?" + text : "";
}

/** A table that may scroll sideways on a phone: a named region, reachable by keyboard to scroll it. */
function scroller(label, table) {
  return el("div", { class: "table-wrap", role: "region", tabindex: "0", "aria-label": label }, table);
}

// ---- the filter form ----

function addOption(select, value, label) {
  if (![...select.options].some((o) => o.value === value)) select.append(el("option", { value }, label));
}

async function loadChoices() {
  // Provinces and cities here; the regions below a chosen one are added when it is chosen (expandRegion).
  const data = await graphql(`{
    enforcementFields { code name }
    regions(level: PROVINCE, first: 50) { nodes { code name children { code name } } }
  }`);
  const fieldSelect = document.getElementById("f-field");
  for (const field of data.enforcementFields) addOption(fieldSelect, field.code, field.name);
  for (const province of data.regions.nodes) {
    regions.set(province.code, { name: province.name, parent: null });
    addOption(regionSelect, province.code, province.name);
    addChildren(province.code, province.children);
  }
}

function depthOf(code) {
  let depth = 0;
  for (let parent = regions.get(code)?.parent; parent; parent = regions.get(parent)?.parent) depth++;
  return depth;
}

/** Adds a region's children to the region select, right after it and indented one step more. */
function addChildren(code, children) {
  let after = [...regionSelect.options].find((o) => o.value === code);
  for (const child of children) {
    regions.set(child.code, { name: child.name, parent: code });
    const existing = [...regionSelect.options].find((o) => o.value === child.code);
    const option = existing ?? el("option", { value: child.code });
    option.textContent = "\u3000".repeat(depthOf(child.code)) + child.name;
    if (after) after.after(option);
    else regionSelect.append(option);
    after = option;
  }
}

/** Makes sure the select names a region and lists the regions one level below it. */
async function expandRegion(code) {
  if (!code) return;
  const data = await graphql(`query($code: String!) {
    region(code: $code) { code name parent { code name } children { code name } }
  }`, { code });
  const region = data.region;
  if (!region) return;
  if (!regions.has(code) && region.parent && !regions.has(region.parent.code)) {
    regions.set(region.parent.code, { name: region.parent.name, parent: null });
    addOption(regionSelect, region.parent.code, region.parent.name);
  }
  if (!regions.has(code)) addChildren(region.parent?.code ?? "", [region]);
  addChildren(code, region.children);
  regionSelect.value = code;
}

async function loadAgencies(regionCode, keep) {
  const data = await graphql(
    `query($filter: AgencyFilter) { agencies(filter: $filter, first: 100) { nodes { id name } totalCount } }`,
    { filter: regionCode ? { regionCode } : null });
  agencySelect.replaceChildren(el("option", { value: "" }, "全部执法主体"));
  for (const agency of data.agencies.nodes) addOption(agencySelect, agency.id, agency.name);
  if (data.agencies.totalCount > data.agencies.nodes.length) {
    agencySelect.append(el("option", { value: "", disabled: true },
      `（共 ${data.agencies.totalCount} 个，只列出前 ${data.agencies.nodes.length} 个：请先选择地区）`));
  }
  if (keep) {
    addOption(agencySelect, keep, `执法主体 ${keep}`);
    agencySelect.value = keep;
  }
}

function fillForm(params) {
  for (const name of FILTER_NAMES) {
    const value = params.get(name);
    if (!value) continue;
    const field = form.elements[name];
    if (field.tagName === "SELECT") addOption(field, value, value);
    field.value = value;
  }
}

function datesAreValid(filter) {
  const from = form.elements.from;
  const to = form.elements.to;
  const wrong = filter.from && filter.to && filter.from > filter.to;
  datesError.textContent = wrong ? "结束日期不能早于开始日期，请改正。" : "";
  for (const input of [from, to]) input.setAttribute("aria-invalid", wrong ? "true" : "false");
  return !wrong;
}

// ---- figures ----

const GROUP_FIELDS = "count totalFine groupCount groups(first: 100, offset: $offset) { keys { value label } count totalFine }";

async function statistics(filter) {
  const aliases = CHARTS.filter((c) => c.dimension)
    .map((c) => `${c.key}: penaltyStatistics(filter: $filter, groupBy: [${c.dimension}]) { ${GROUP_FIELDS} }`)
    .join("\n");
  const variables = { filter: decisionFilter(filter), offset: 0 };
  const data = await graphql(`query($filter: PenaltyDecisionFilter, $offset: Int) {
    all: penaltyStatistics(filter: $filter, groupBy: [YEAR]) {
      computedAt count totalFine medianFine
      topViolations(first: 10) { provision { id citation } decisions }
    }
    ${aliases}
  }`, variables);
  // More than 100 groups (months over many years): fetch the rest, 100 at a time.
  for (const chart of CHARTS.filter((c) => c.dimension)) {
    const stats = data[chart.key];
    while (stats.groups.length < stats.groupCount) {
      const more = await graphql(`query($filter: PenaltyDecisionFilter, $offset: Int) {
        page: penaltyStatistics(filter: $filter, groupBy: [${chart.dimension}]) { ${GROUP_FIELDS} } }`,
      { filter: variables.filter, offset: stats.groups.length });
      if (more.page.groups.length === 0) break;
      stats.groups.push(...more.page.groups);
    }
  }
  return data;
}

/** Rows of a chart's data table: { label, value (the key's code), count, totalFine }. */
function rowsOf(chart, data) {
  if (chart.key === "provision") {
    return data.all.topViolations.map((t) => ({ label: t.provision.citation, value: t.provision.id, count: t.decisions,
      short: t.provision.citation.replace("中华人民共和国", "") }));
  }
  const rows = data[chart.key].groups.map((g) => ({
    label: g.keys[0].label, value: g.keys[0].value, count: g.count, totalFine: g.totalFine,
  }));
  if (chart.key === "month") rows.sort((a, b) => a.value.localeCompare(b.value));
  if (chart.key === "band") rows.sort((a, b) => BAND_ORDER.indexOf(a.value) - BAND_ORDER.indexOf(b.value));
  return rows;
}

function buildCharts() {
  const container = document.getElementById("charts");
  for (const chart of CHARTS) {
    const titleId = `chart-${chart.key}-title`;
    const canvas = el("div", {
      class: "chart", id: `chart-${chart.key}`, role: "img",
      "aria-label": `${chart.title}图：${chart.description}。数字见下方数据表。`,
    });
    const table = el("div", { class: "chart-table", id: `table-${chart.key}` });
    container.append(el("figure", { class: "card chart-card", "aria-labelledby": titleId },
      el("figcaption", {}, el("h3", { id: titleId }, chart.title), el("p", { class: "hint" }, chart.description)),
      canvas,
      el("details", {}, el("summary", {}, "查看数据表"), table)));
  }
}

function dataTable(chart, rows, filter) {
  const fines = chart.key !== "provision";
  const head = el("tr", {},
    el("th", { scope: "col" }, chart.key === "provision" ? "法律条款" : "分组"),
    el("th", { scope: "col", class: "amount" }, "决定数（件）"),
    fines ? el("th", { scope: "col", class: "amount" }, "罚款总额") : null);
  const body = rows.map((row) => el("tr", {},
    el("th", { scope: "row", "data-label": "分组" }, labelCell(chart, row, filter)),
    el("td", { class: "amount", "data-label": "决定数" }, grouped(row.count)),
    fines ? el("td", { class: "amount", "data-label": "罚款总额" }, yuan(row.totalFine)) : null));
  if (rows.length === 0) return el("p", { class: "hint" }, "没有符合条件的处罚决定。");
  return scroller(`${chart.title}数据表`, el("table", { class: "compact" },
    el("caption", { class: "visually-hidden" }, chart.title), el("thead", {}, head), el("tbody", {}, body)));
}

function labelCell(chart, row, filter) {
  if (chart.key === "region" && row.value && row.value !== filter.regionCode) {
    return el("button", { type: "button", class: "link", onclick: () => drillDown(row.value) }, row.label);
  }
  return row.label;
}

function chartOption(chart, rows, width) {
  const base = {
    animation: false,
    textStyle: { color: INK, fontFamily: "system-ui, 'Noto Sans CJK SC', sans-serif" },
    // Tooltips drawn on the canvas: HTML tooltips carry style attributes the portal's policy refuses.
    tooltip: { trigger: "axis", renderMode: "richText", axisPointer: { type: "shadow" } },
    grid: { left: 8, right: 32, top: 12, bottom: 8, containLabel: true },
  };
  const axisLabel = { color: MUTED };
  if (chart.key === "month") {
    return {
      ...base,
      legend: { bottom: 0, textStyle: { color: INK } },
      grid: { ...base.grid, top: 36, bottom: 36 },
      xAxis: { type: "category", data: rows.map((r) => r.value), axisLabel },
      yAxis: [
        { type: "value", name: "件", axisLabel, nameTextStyle: { color: MUTED } },
        { type: "value", name: "万元", axisLabel: { ...axisLabel, formatter: (v) => String(v / 10000) },
          nameTextStyle: { color: MUTED }, splitLine: { show: false } },
      ],
      series: [
        { name: "决定数（件）", type: "bar", data: rows.map((r) => r.count), itemStyle: { color: BLUE } },
        { name: "罚款总额（元）", type: "line", yAxisIndex: 1, data: rows.map((r) => Number(r.totalFine)),
          itemStyle: { color: RED }, lineStyle: { color: RED, width: 2 } },
      ],
    };
  }
  // Bars lie horizontally: Chinese labels stay readable, and the largest group comes first, at the top.
  const labels = rows.map((r) => r.short ?? r.label).reverse();
  const counts = rows.map((r) => ({ value: r.count, code: r.value, name: r.label })).reverse();
  return {
    ...base,
    xAxis: { type: "value", axisLabel, minInterval: 1 },
    yAxis: { type: "category", data: labels,
      axisLabel: { ...axisLabel, width: Math.min(chart.key === "provision" ? 230 : 160, Math.round(width * 0.4)), overflow: "truncate", interval: 0 } },
    series: [{ name: "决定数（件）", type: "bar", data: counts, itemStyle: { color: BLUE },
      label: { show: true, position: "right", color: INK } }],
  };
}

function chartHeight(chart, rows) {
  if (chart.key === "month") return 300;
  return Math.max(160, rows.length * 30 + 60);
}

async function drawCharts(data, filter) {
  let echarts;
  try {
    echarts = await echartsReady;
  } catch {
    for (const chart of CHARTS) {
      document.getElementById(`chart-${chart.key}`).replaceChildren(
        el("p", { class: "notice warn" }, "图表未能加载，请展开下方的数据表查看数字。"));
    }
    return;
  }
  for (const chart of CHARTS) {
    const rows = rowsOf(chart, data);
    const box = document.getElementById(`chart-${chart.key}`);
    box.classList.toggle("empty", rows.length === 0);
    box.style.height = rows.length === 0 ? "" : `${chartHeight(chart, rows)}px`;
    let instance = charts.get(chart.key);
    if (rows.length === 0) {
      instance?.dispose();
      charts.delete(chart.key);
      box.replaceChildren(el("p", { class: "hint" }, "没有符合条件的处罚决定。"));
      continue;
    }
    if (!instance) {
      box.replaceChildren();
      instance = echarts.init(box, null, { renderer: "canvas" });
      charts.set(chart.key, instance);
      if (chart.key === "region") {
        instance.on("click", (params) => params.data?.code && drillDown(params.data.code));
      }
    }
    shownRows.set(chart.key, rows);
    instance.resize();
    instance.setOption(chartOption(chart, rows, box.clientWidth), true);
  }
}

function drillDown(code) {
  addOption(regionSelect, code, code);
  regionSelect.value = code;
  Promise.all([expandRegion(code), loadAgencies(code)]).catch((e) => showError(status, e)).then(apply);
}

function showSummary(data, filter) {
  const all = data.all;
  const summary = document.getElementById("summary");
  const parent = filter.regionCode ? regions.get(filter.regionCode)?.parent : undefined;
  summary.replaceChildren(...[
    el("dl", { class: "record", id: "totals" },
      el("dt", {}, "处罚决定"), el("dd", { id: "total-count" }, `${grouped(all.count)} 件`),
      el("dt", {}, "罚款总额"), el("dd", { id: "total-fine" }, yuan(all.totalFine)),
      el("dt", {}, "罚款中位数"), el("dd", {}, all.medianFine === null ? "—（没有罚款）" : yuan(all.medianFine)),
      el("dt", {}, "计算时间"), el("dd", {}, new Date(all.computedAt).toLocaleString("zh-CN", { timeZone: "Asia/Shanghai" }))),
    parent !== undefined
      ? el("p", {}, el("button", { type: "button", class: "secondary", id: "region-up", onclick: () => drillUp(parent) },
        parent ? `返回上级地区：${regions.get(parent)?.name ?? parent}` : "返回全部地区"))
      : null].filter(Boolean));
}

function drillUp(parent) {
  regionSelect.value = parent ?? "";
  loadAgencies(regionSelect.value).catch((e) => showError(status, e)).then(apply);
}

// ---- inspection report ----

function figureValue(figure) {
  if (figure.value === null) return "—（无法计算）";
  return figure.unit === "%" ? `${figure.value}%` : `${grouped(figure.value)} ${figure.unit}`;
}

async function showReport(filter) {
  const box = document.getElementById("report");
  if (!filter.regionCode) {
    box.replaceChildren(el("p", { class: "notice" }, "执法检查数据报告按地区生成：请在上方筛选条件中选择地区。报告期间为所选的决定日期范围，未选时为截至今天的一年。"));
    return;
  }
  box.setAttribute("aria-busy", "true");
  try {
    const data = await graphql(`query($regionCode: String!, $from: Date, $to: Date) {
      inspectionReport(regionCode: $regionCode, from: $from, to: $to) {
        region { code name } from to computedAt
        indicators { outlineItems title definition records figures { label value unit } }
        bodies { agency { id name } decisions publishedOnTime publishedLate withdrawn finesBelowTier finesAboveTier }
      }
    }`, { regionCode: filter.regionCode, from: filter.from ?? null, to: filter.to ?? null });
    const report = data.inspectionReport;
    const params = query({ regionCode: report.region.code, from: report.from, to: report.to }, ["regionCode", "from", "to"]);
    // One row group per indicator: its title, definition and records, then its figures.
    const groups = report.indicators.map((indicator) => el("tbody", { "data-title": indicator.title },
      el("tr", { class: "indicator" }, el("th", { colspan: "2", scope: "rowgroup" },
        el("strong", {}, indicator.title), el("span", { class: "muted" }, `（检查提纲第 ${indicator.outlineItems} 项）`),
        el("span", { class: "hint" }, indicator.definition, " ", el("a", { href: indicator.records }, "查看记录")))),
      indicator.figures.map((figure) => el("tr", { class: "figure" },
        el("td", { "data-label": "项目" }, figure.label),
        el("td", { class: "amount", "data-label": "数值" }, figureValue(figure))))));
    const bodies = report.bodies.map((b) => el("tr", {},
      el("td", { "data-label": "执法主体" }, b.agency.name),
      el("td", { class: "amount", "data-label": "决定" }, grouped(b.decisions)),
      el("td", { class: "amount", "data-label": "按时公开" }, grouped(b.publishedOnTime)),
      el("td", { class: "amount", "data-label": "逾期公开" }, grouped(b.publishedLate)),
      el("td", { class: "amount", "data-label": "撤销或变更" }, grouped(b.withdrawn)),
      el("td", { class: "amount", "data-label": "罚款超出裁量档次" }, grouped(b.finesBelowTier + b.finesAboveTier)),
      el("td", { "data-label": "记录" }, el("a", { href: `/open-data/penalty-decisions.csv${query({ agencyId: b.agency.id, from: report.from, to: report.to }, ["agencyId", "from", "to"])}`,
        "aria-label": `下载决定：${b.agency.name}（CSV）` }, "下载决定"))));
    box.replaceChildren(
      el("p", {}, `${report.region.name}（含下级地区），${chineseDate(report.from)}至${chineseDate(report.to)}。下载：`,
        el("a", { href: `/open-data/inspection-report.md${params}`, id: "report-md" }, "报告（Markdown）"), "、",
        el("a", { href: `/open-data/inspection-report.csv${params}`, id: "report-csv" }, "数字表（CSV）"), "。"),
      scroller("执法检查数据报告的指标", el("table", { class: "compact", id: "report-figures" },
        el("caption", { class: "visually-hidden" }, "执法检查数据报告的指标"),
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "项目"), el("th", { scope: "col", class: "amount" }, "数值"))),
        groups)),
      el("h3", {}, "各执法主体"),
      report.bodies.length === 0 ? el("p", { class: "hint" }, "该地区没有执法主体。") :
        scroller("各执法主体的数字", el("table", { class: "cards", id: "report-bodies" },
          el("caption", { class: "visually-hidden" }, "各执法主体在报告期间的数字"),
          el("thead", {}, el("tr", {}, ...["执法主体", "决定", "按时公开", "逾期公开", "撤销或变更", "罚款超出裁量档次", "记录"]
            .map((h) => el("th", { scope: "col", class: h === "执法主体" || h === "记录" ? null : "amount" }, h)))),
          el("tbody", {}, bodies))));
  } catch (error) {
    showError(box, error);
  } finally {
    box.removeAttribute("aria-busy");
  }
}

// ---- publication findings ----

async function showFindings(filter) {
  const box = document.getElementById("findings");
  try {
    const data = await graphql(`query($filter: PublicationFindingFilter, $open: PublicationFindingFilter) {
      all: publicationFindingCounts(filter: $filter, groupBy: [RULE]) { rule count }
      open: publicationFindingCounts(filter: $open, groupBy: [RULE]) { rule count }
    }`, {
      filter: { regionCode: filter.regionCode, agencyId: filter.agencyId },
      open: { regionCode: filter.regionCode, agencyId: filter.agencyId, open: true },
    });
    const count = (list, rule) => list.find((c) => c.rule === rule)?.count ?? 0;
    box.replaceChildren(
      el("p", {}, "本站每天检查每一件已公示的处罚决定是否符合公示规定。下表按规则列出所选地区和执法主体的问题数（不受决定日期限制）。“仍未改正”指最近一次检查仍发现的问题。"),
      scroller("公示质量检查发现的问题", el("table", { class: "cards", id: "findings-table" },
        el("caption", { class: "visually-hidden" }, "公示质量检查发现的问题"),
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "规则"), el("th", { scope: "col" }, "说明"),
          el("th", { scope: "col", class: "amount" }, "仍未改正"), el("th", { scope: "col", class: "amount" }, "累计发现"))),
        el("tbody", {}, RULES.map(([rule, name, explanation]) => el("tr", { "data-rule": rule },
          el("th", { scope: "row", "data-label": "规则" }, name),
          el("td", { "data-label": "说明" }, explanation),
          el("td", { class: "amount", "data-label": "仍未改正" }, grouped(count(data.open, rule))),
          el("td", { class: "amount", "data-label": "累计发现" }, grouped(count(data.all, rule)))))))));
  } catch (error) {
    showError(box, error);
  }
}

// ---- downloads ----

function showDownloads(filter, count) {
  const box = document.getElementById("downloads");
  box.replaceChildren(
    el("p", {}, "下载链接已带上当前的筛选条件（各数据集只带其支持的条件）。CSV 为 UTF-8 编码，可直接用 Excel 打开；JSONL 每行一条记录。"),
    el("ul", { class: "downloads" }, DATASETS.map((dataset) => {
      const params = query(filter, dataset.accepts);
      return el("li", { "data-dataset": dataset.name },
        el("strong", {}, dataset.title),
        dataset.name === "penalty-decisions" && count !== undefined ? `（${grouped(count)} 件）` : "",
        "：",
        el("a", { href: `/open-data/${dataset.name}.csv${params}`, class: "csv" }, "CSV"), " · ",
        el("a", { href: `/open-data/${dataset.name}.jsonl${params}`, class: "jsonl" }, "JSONL"));
    })),
    el("p", {}, "数据目录（DCAT，供数据门户收录）：", el("a", { href: "/open-data/catalog.jsonld", id: "catalog-link" }, "catalog.jsonld"),
      "。按地区和期间的执法检查数据报告见上文。"));
}

function megabytes(bytes) {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

async function fetchText(path) {
  let response;
  try {
    response = await fetch(path);
  } catch (cause) {
    throw new ApiError("UNREACHABLE", String(cause));
  }
  if (!response.ok) throw new ApiError(response.status === 429 ? "RATE_LIMITED" : "INTERNAL_ERROR", path);
  return response.text();
}

async function showDumps() {
  const box = document.getElementById("dumps");
  try {
    const dumps = JSON.parse(await fetchText("/open-data/dumps.json"));
    // The newest of each dataset and format; older ones stay listed in the catalogue.
    const newest = new Map();
    for (const dump of dumps) {
      const key = `${dump.dataset}.${dump.format}`;
      if (!newest.has(key) || newest.get(key).date < dump.date) newest.set(key, dump);
    }
    const title = (name) => DATASETS.find((d) => d.name === name)?.title ?? name;
    const order = (name) => DATASETS.findIndex((d) => d.name === name) >>> 0;
    box.replaceChildren(newest.size === 0
      ? el("p", { class: "hint" }, "暂无存档：存档每晚 2:30 生成。")
      : el("ul", { class: "downloads", id: "dump-list" }, [...newest.values()]
        .sort((a, b) => order(a.dataset) - order(b.dataset) || a.format.localeCompare(b.format))
        .map((dump) => el("li", {}, `${title(dump.dataset)}（${chineseDate(dump.date)}，${dump.format}，${megabytes(dump.bytes)}）：`,
          el("a", { href: `/open-data/dumps/${encodeURIComponent(dump.file)}` }, dump.file)))));
  } catch (error) {
    showError(box, error);
  }
}

/** RFC 4180 CSV: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(cell); cell = ""; }
    else if (c === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; }
    else if (c !== "\r") cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

async function showDictionary() {
  const box = document.getElementById("dictionary");
  try {
    const [header, ...rows] = parseCsv(await fetchText("/open-data/dictionary.csv"));
    const at = (name) => header.indexOf(name);
    const byDataset = new Map();
    for (const row of rows) byDataset.set(row[at("dataset")], [...(byDataset.get(row[at("dataset")]) ?? []), row]);
    box.replaceChildren(
      el("p", {}, `${byDataset.size} 个数据集共 ${rows.length} 列，每列的含义取自接口的字段说明（英文，附中文术语）。完整字段表：`,
        el("a", { href: "/open-data/dictionary.csv", id: "dictionary-link" }, "dictionary.csv"), "。"),
      ...[...byDataset].map(([dataset, columns]) => el("details", { class: "dictionary" },
        el("summary", {}, `${DATASETS.find((d) => d.name === dataset)?.title ?? dataset}（${dataset}，${columns.length} 列）`),
        scroller(`${dataset} 的字段`, el("table", { class: "cards" },
          el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "列名"), el("th", { scope: "col" }, "类型"), el("th", { scope: "col" }, "含义"))),
          el("tbody", {}, columns.map((c) => el("tr", {},
            el("td", { "data-label": "列名" }, el("code", {}, c[at("column")])),
            el("td", { "data-label": "类型" }, c[at("type")]),
            el("td", { "data-label": "含义" }, c[at("description")])))))))));
  } catch (error) {
    showError(box, error);
  }
}

// ---- putting it together ----

async function apply() {
  const filter = currentFilter();
  if (!datesAreValid(filter)) {
    form.elements.from.focus();
    return;
  }
  history.replaceState(null, "", location.pathname + query(filter, FILTER_NAMES));
  const mine = ++generation;
  const sections = ["summary", "charts", "report", "findings", "downloads"].map((id) => document.getElementById(id));
  for (const section of sections) section.setAttribute("aria-busy", "true");
  status.classList.remove("error");
  status.textContent = "正在计算统计，数据量大时需要几秒钟……";
  showDownloads(filter);
  const report = showReport(filter);
  const findings = showFindings(filter);
  try {
    const data = await statistics(filter);
    if (mine !== generation) return;
    showSummary(data, filter);
    for (const chart of CHARTS) {
      document.getElementById(`table-${chart.key}`).replaceChildren(dataTable(chart, rowsOf(chart, data), filter));
    }
    showDownloads(filter, data.all.count);
    await drawCharts(data, filter);
    await Promise.all([report, findings]);
    if (mine === generation) status.textContent = `已按筛选条件更新：共 ${grouped(data.all.count)} 件处罚决定。`;
  } catch (error) {
    if (mine === generation) showError(status, error);
  } finally {
    if (mine === generation) for (const section of sections) section.removeAttribute("aria-busy");
  }
}

async function start() {
  buildCharts();
  const params = new URLSearchParams(location.search);
  try {
    await loadChoices();
  } catch (error) {
    showError(status, error);
  }
  fillForm(params);
  try {
    const code = form.elements.regionCode.value;
    await Promise.all([expandRegion(code).catch(() => {}), loadAgencies(code, params.get("agencyId"))]);
  } catch (error) {
    showError(status, error);
  }
  regionSelect.addEventListener("change", () => {
    const code = regionSelect.value;
    Promise.all([expandRegion(code), loadAgencies(code)]).catch((e) => showError(status, e));
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply();
  });
  document.getElementById("f-reset").addEventListener("click", async () => {
    form.reset();
    await loadAgencies("").catch((e) => showError(status, e));
    apply();
  });
  const resize = new ResizeObserver(() => {
    for (const chart of CHARTS) {
      const instance = charts.get(chart.key);
      if (!instance) continue;
      instance.resize();
      instance.setOption(chartOption(chart, shownRows.get(chart.key), instance.getDom().clientWidth), true);
    }
  });
  resize.observe(document.getElementById("charts"));
  showDumps();
  showDictionary();
  apply();
}

start();
