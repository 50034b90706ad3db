// The home page: one search box over everything published, narrowed by facets, paged by cursors.
// The address holds the whole search (/?q=…&agency=…&after=…), so a search can be shared, reloaded
// and left with Back: every change is pushed onto the history and read back from it.
import { graphql, el, showError, yuan, chineseDate } from "/js/site.js";

const PAGE_SIZE = 20;

/** Each filter: its parameter in the address, its facet dimension, its SearchFilter field and its name. */
const FILTERS = [
  { param: "kind", dimension: "KIND", field: "kind", name: "类别" },
  { param: "agency", dimension: "AGENCY", field: "agencyId", name: "执法主体" },
  { param: "region", dimension: "REGION", field: "regionCode", name: "地区" },
  { param: "field", dimension: "FIELD", field: "field", name: "执法领域" },
  { param: "penalty", dimension: "PENALTY_KIND", field: "penaltyKind", name: "处罚种类" },
  { param: "year", dimension: "YEAR", field: "year", name: "年份" },
  { param: "band", dimension: "AMOUNT_BAND", field: "amountBand", name: "罚款金额" },
];

const KIND_NAMES = {
  PENALTY_DECISION: "行政处罚决定",
  ENFORCEMENT_ITEM: "执法事项",
  BENCHMARK_VIOLATION: "裁量基准",
  NO_PENALTY_ITEM: "不予处罚清单",
  LEGAL_PROVISION: "法律条款",
};

const TYPE_KINDS = {
  PenaltyDecision: "PENALTY_DECISION",
  EnforcementItem: "ENFORCEMENT_ITEM",
  BenchmarkViolation: "BENCHMARK_VIOLATION",
  NoPenaltyItem: "NO_PENALTY_ITEM",
  LegalProvision: "LEGAL_PROVISION",
};

const LATEST_FIELDS = "id decisionDate documentNumber fineAmount party { name } agency { name }";

const SEARCH = `query($q: String!, $filter: SearchFilter, $after: String, $first: Int,
    $region: String!, $hasRegion: Boolean!, $agency: ID!, $hasAgency: Boolean!) {
  search(query: $q, filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    interpretation { relaxed expandedTerms identifiers }
    facets { dimension parent values { value label count } }
    edges { highlights { field fragments } node { __typename
      ... on PenaltyDecision { id documentNumber decisionDate fineAmount party { name } agency { name } }
      ... on EnforcementItem { id name code agency { name } field { name } }
      ... on BenchmarkViolation { id violation benchmark { title } }
      ... on NoPenaltyItem { id violation issuer }
      ... on LegalProvision { id citation text } } }
  }
  region(code: $region) @include(if: $hasRegion) { code name parent { code name } }
  agency(id: $agency) @include(if: $hasAgency) { name }
}`;

const form = document.getElementById("search-form");
const box = document.getElementById("q");
const errorBox = document.getElementById("search-error");
const searchSection = document.getElementById("search");
const latestSection = document.getElementById("latest-section");
const summary = document.getElementById("search-summary");
const results = document.getElementById("results");
const pager = document.getElementById("pager");
const facets = document.getElementById("facets");
const facetsBox = document.getElementById("facets-box");
// On a phone the facets come first, folded, so that the results are one tap away; beside them otherwise.
const narrow = matchMedia("(max-width: 640px)");
function foldFacets() {
  facetsBox.open = !narrow.matches;
}
narrow.addEventListener("change", foldFacets);
foldFacets();

/** The search an address describes: its words, its filters and the cursors of the pages before this one. */
function stateFrom(search) {
  const params = new URLSearchParams(search);
  const filters = {};
  for (const f of FILTERS) {
    const value = params.get(f.param);
    if (value) filters[f.param] = value;
  }
  return { q: params.get("q") ?? "", filters, after: params.getAll("after") };
}

function addressOf(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const f of FILTERS) {
    if (state.filters[f.param]) params.set(f.param, state.filters[f.param]);
  }
  for (const cursor of state.after) params.append("after", cursor);
  const text = params.toString();
  return text ? `/?${text}` : "/";
}

function isSearch(state) {
  return state.q.trim() !== "" || Object.keys(state.filters).length > 0;
}

/** A link to another search: followed in place (pushState), opened anew with a middle click. */
function searchLink(state, attributes, ...children) {
  const href = addressOf(state);
  return el("a", {
    ...attributes,
    href,
    onclick: (event) => {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      // The link itself is replaced: keyboard users continue from the results' heading.
      go(state).then(() => (isSearch(state) ? document.getElementById("search-heading") : box).focus());
    },
  }, ...children);
}

function go(state) {
  history.pushState(null, "", addressOf(state));
  return show(state);
}

/** The server escapes all text and adds only <em>; this keeps only text and <em> all the same. */
function highlighted(fragment) {
  const parsed = new DOMParser().parseFromString(`<p>${fragment}</p>`, "text/html").body;
  const out = [];
  for (const node of parsed.querySelectorAll("p")[0]?.childNodes ?? []) {
    out.push(node.nodeName === "EM" ? el("em", {}, node.textContent) : document.createTextNode(node.textContent));
  }
  return out;
}

function recordLink(node) {
  switch (node.__typename) {
    case "PenaltyDecision": return `/decisions/${encodeURIComponent(node.id)}`;
    case "EnforcementItem": return `/catalogue?item=${encodeURIComponent(node.id)}`;
    case "BenchmarkViolation": return `/check-fine?violation=${encodeURIComponent(node.id)}`;
    case "NoPenaltyItem": return `/check-fine?noPenalty=${encodeURIComponent(node.id)}`;
    default: return null;
  }
}

function recordTitle(node) {
  switch (node.__typename) {
    case "PenaltyDecision": return node.documentNumber;
    case "EnforcementItem": return node.name;
    case "BenchmarkViolation":
    case "NoPenaltyItem": return node.violation;
    default: return node.citation;
  }
}

function recordFacts(node) {
  switch (node.__typename) {
    case "PenaltyDecision":
      return [node.party.name, node.agency.name, chineseDate(node.decisionDate),
        node.fineAmount ? `罚款 ${yuan(node.fineAmount)}` : null];
    case "EnforcementItem": return [node.agency.name, node.field.name, `事项编码 ${node.code}`];
    case "BenchmarkViolation": return [node.benchmark.title];
    case "NoPenaltyItem": return [node.issuer];
    default: return [];
  }
}

function resultItem(edge) {
  const node = edge.node;
  const href = recordLink(node);
  const title = recordTitle(node);
  const item = el("li", { class: "card result" },
    el("p", { class: "result-kind" }, el("span", { class: "pill" }, KIND_NAMES[TYPE_KINDS[node.__typename]])),
    el("h3", {}, href ? el("a", { href }, title) : title));
  const facts = recordFacts(node).filter(Boolean);
  if (facts.length) item.append(el("p", { class: "result-facts" }, facts.join(" · ")));
  if (node.__typename === "LegalProvision") {
    item.append(el("blockquote", { class: "provision-text" }, node.text));
  }
  for (const highlight of edge.highlights) {
    for (const fragment of highlight.fragments) {
      if (node.__typename === "LegalProvision" && highlight.field === "body") continue; // its text is shown whole
      item.append(el("p", { class: "fragment" }, highlighted(fragment)));
    }
  }
  return item;
}

/** The name of a filter's value for the chips: from the facets, the API's region and body, or known names. */
function filterLabel(f, value, data) {
  if (f.param === "kind") return KIND_NAMES[value] ?? value;
  if (f.param === "year") return `${value}年`;
  if (f.param === "region" && data.region) return data.region.name;
  if (f.param === "agency" && data.agency) return data.agency.name;
  const facet = data.search.facets.find((d) => d.dimension === f.dimension);
  return facet?.values.find((v) => v.value === value)?.label ?? value;
}

function chips(state, data) {
  const active = FILTERS.filter((f) => state.filters[f.param]);
  if (!active.length) return null;
  return el("div", { class: "chips" },
    el("span", { class: "chips-label" }, "已选条件："),
    el("ul", {}, active.map((f) => {
      const label = `${f.name}：${filterLabel(f, state.filters[f.param], data)}`;
      const filters = { ...state.filters };
      delete filters[f.param];
      return el("li", {}, searchLink({ ...state, filters, after: [] },
        { class: "chip", "aria-label": `移除条件 ${label}` }, label, el("span", { "aria-hidden": "true" }, " ×")));
    })),
    searchLink({ ...state, filters: {}, after: [] }, { class: "chip-clear" }, "清除全部条件"));
}

const SHOWN_VALUES = 8;

function facetList(state, f, values) {
  return el("ul", {}, values.map((v) => el("li", {},
    searchLink({ ...state, filters: { ...state.filters, [f.param]: v.value }, after: [] }, {},
      v.label, " ", el("span", { class: "count" }, `${v.count} 条`)))));
}

function facetGroup(state, facet, data) {
  const f = FILTERS.find((x) => x.dimension === facet.dimension);
  if (!f) return null;
  const drillsDown = f.param === "region" && state.filters.region;
  // A chosen value is shown as a chip; only the region drills further down.
  if (state.filters[f.param] && !drillsDown) return null;
  const heading = drillsDown ? `${f.name}（${data.region?.name ?? state.filters.region} 下级）` : f.name;
  const group = el("section", { class: "facet" }, el("h3", {}, heading));
  if (drillsDown && data.region?.parent) {
    group.append(el("p", { class: "facet-up" }, searchLink(
      { ...state, filters: { ...state.filters, region: data.region.parent.code }, after: [] }, {},
      `↑ 返回上级：${data.region.parent.name}`)));
  }
  if (!facet.values.length) {
    group.append(el("p", { class: "muted" }, "无下级地区的记录"));
    return group;
  }
  group.append(facetList(state, f, facet.values.slice(0, SHOWN_VALUES)));
  if (facet.values.length > SHOWN_VALUES) {
    group.append(el("details", {}, el("summary", {}, `更多（${facet.values.length - SHOWN_VALUES}）`),
      facetList(state, f, facet.values.slice(SHOWN_VALUES))));
  }
  return group;
}

function pagerLinks(state, pageInfo) {
  const page = state.after.length + 1;
  const links = [];
  if (page > 1) {
    links.push(searchLink({ ...state, after: state.after.slice(0, -1) }, { rel: "prev", class: "button secondary" }, "上一页"));
  }
  links.push(el("span", { class: "page-number" }, `第 ${page} 页`));
  if (pageInfo.hasNextPage && pageInfo.endCursor) {
    links.push(searchLink({ ...state, after: [...state.after, pageInfo.endCursor] }, { rel: "next", class: "button secondary" }, "下一页"));
  }
  return links;
}

function interpretation(state, found) {
  const notes = [];
  if (found.interpretation.relaxed) {
    notes.push(el("p", { class: "notice warn", id: "relaxed-notice" },
      el("strong", {}, "没有记录同时包含全部检索词。"),
      "检索已放宽：以下结果只包含部分检索词，或只包含它们的同义词。"));
  }
  if (found.interpretation.expandedTerms.length) {
    notes.push(el("p", { class: "notice", id: "expanded-terms" },
      "同时检索了同义词：", found.interpretation.expandedTerms.join("、")));
  }
  if (found.interpretation.identifiers.length) {
    notes.push(el("p", { class: "hint" }, "按文号或信用代码精确匹配：", found.interpretation.identifiers.join("、")));
  }
  return notes;
}

let shownRequest = 0;

async function show(state) {
  box.value = state.q;
  errorBox.replaceChildren();
  box.removeAttribute("aria-invalid");
  if (!isSearch(state)) {
    document.title = "执法公开 · Enforcement in the Open";
    searchSection.hidden = true;
    latestSection.hidden = false;
    return;
  }
  document.title = `${state.q.trim() ? `检索：${state.q.trim()}` : "按条件列出记录"} · 执法公开`;
  searchSection.hidden = false;
  latestSection.hidden = true;
  searchSection.setAttribute("aria-busy", "true");
  const request = ++shownRequest;
  const filter = {};
  for (const f of FILTERS) {
    const value = state.filters[f.param];
    if (value) filter[f.field] = f.param === "year" ? Number(value) : value;
  }
  try {
    const data = await graphql(SEARCH, {
      q: state.q.trim(), filter, first: PAGE_SIZE, after: state.after.at(-1) ?? null,
      region: state.filters.region ?? "", hasRegion: Boolean(state.filters.region),
      agency: state.filters.agency ?? "", hasAgency: Boolean(state.filters.agency),
    });
    if (request !== shownRequest) return; // a later search has started
    const found = data.search;
    const page = state.after.length + 1;
    summary.replaceChildren(
      el("p", { id: "result-count" }, `共 ${found.totalCount} 条`,
        page > 1 ? el("span", { class: "muted" }, `，第 ${page} 页`) : null),
      ...interpretation(state, found),
      chips(state, data) ?? "");
    results.replaceChildren(...found.edges.map(resultItem));
    if (!found.edges.length) {
      results.replaceChildren(el("li", { class: "muted" }, "没有找到记录。可以换个说法，或去掉部分筛选条件。"));
    }
    pager.replaceChildren(...pagerLinks(state, found.pageInfo));
    facets.replaceChildren(el("h3", { class: "facets-title" }, "缩小范围"),
      ...found.facets.map((facet) => facetGroup(state, facet, data)).filter(Boolean));
  } catch (error) {
    if (request !== shownRequest) return;
    summary.replaceChildren();
    results.replaceChildren();
    pager.replaceChildren();
    facets.replaceChildren();
    searchSection.hidden = true;
    latestSection.hidden = false;
    showError(errorBox, error);
    // Only the words can be wrong at the box; a stale page or a busy portal is not the typist's.
    if (error.code === "INVALID_TEXT") box.setAttribute("aria-invalid", "true");
  } finally {
    if (request === shownRequest) searchSection.removeAttribute("aria-busy");
  }
}

function latestRow(decision) {
  return el("tr", {},
    el("td", { "data-label": "决定日期" },
      decision.decisionDate ? el("time", { datetime: decision.decisionDate }, chineseDate(decision.decisionDate)) : "—"),
    el("td", { "data-label": "文号" }, el("a", { href: `/decisions/${encodeURIComponent(decision.id)}` }, decision.documentNumber ?? "（无文号）")),
    el("td", { "data-label": "当事人" }, decision.party.name),
    el("td", { "data-label": "执法主体" }, decision.agency.name),
    el("td", { "data-label": "罚款", class: "amount" }, yuan(decision.fineAmount)));
}

async function showLatest() {
  const body = document.getElementById("latest");
  try {
    const data = await graphql(`{ penaltyDecisions(first: 20) { nodes { ${LATEST_FIELDS} } } }`);
    body.replaceChildren(...data.penaltyDecisions.nodes.map(latestRow));
  } catch (error) {
    const cell = el("td", { colspan: "5" });
    body.replaceChildren(el("tr", {}, cell));
    showError(cell, error);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  // New words keep the chosen filters and start again at the first page.
  go({ ...stateFrom(location.search), q: box.value.trim(), after: [] });
});

window.addEventListener("popstate", () => show(stateFrom(location.search)));

showLatest();
show(stateFrom(location.search));
