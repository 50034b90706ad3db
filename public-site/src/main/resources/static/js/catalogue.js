// 执法事项目录: enforcement items by region, body, field, kind and catalogue, with their legal bases and the towns
// and streets they are delegated to (赋权); a body's 权责清单 beside them. The URL holds the filters.
import { graphql, el, showError, chineseDate, provisionDetails } from "/js/site.js";

const KIND = { PENALTY: "行政处罚", INSPECTION: "行政检查", COERCION: "行政强制", LICENSING: "行政许可", OTHER: "其他行政权力" };
const CATALOGUE = { COMPREHENSIVE: "综合行政执法事项目录", SPECIALISED: "专业执法事项目录", TOWN_STREET: "乡镇（街道）执法事项目录" };
const FILTERS = ["region", "agency", "field", "kind", "catalogue"];
const PAGE = 20;

const ITEM_FIELDS = `id code version name kind catalogue validFrom supersededOn current
  field { code name } agency { id name region { name } }
  legalBasis { id citation text }
  delegations { id since approval town { code name parent { name } } }`;

const ITEMS = `query($filter: EnforcementItemFilter, $first: Int, $after: String) {
  enforcementItems(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${ITEM_FIELDS} } } }`;

const ITEM = `query($id: ID!) { enforcementItem(id: $id) { ${ITEM_FIELDS} history { id version validFrom supersededOn name } } }`;

const RESPONSIBILITIES = `query($filter: ResponsibilityFilter, $after: String) {
  responsibilities(filter: $filter, first: 30, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id description agency { id name } item { id code name legalBasis { id citation text } } } } }`;

const OPTIONS = `{
  enforcementFields { code name }
  cities: regions(level: CITY, first: 100) { nodes { code name } }
  counties: regions(level: COUNTY, first: 100) { nodes { code name parent { name } } }
}`;

const AGENCIES = `query($after: String) { agencies(first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } nodes { id name kind region { code } } } }`;

const params = new URLSearchParams(location.search);
const content = document.getElementById("content");

function select(id, label, options, value) {
  return [
    el("label", { for: `filter-${id}` }, label),
    el("select", { id: `filter-${id}`, name: id },
      el("option", { value: "" }, "全部"),
      options.map(([v, text]) => el("option", { value: v, selected: v === value || null }, text))),
  ];
}

async function allAgencies() {
  const list = [];
  let after = null;
  do {
    const data = await graphql(AGENCIES, { after });
    list.push(...data.agencies.nodes);
    after = data.agencies.pageInfo.hasNextPage ? data.agencies.pageInfo.endCursor : null;
  } while (after);
  return list.filter((a) => a.kind !== "SUPERVISION");
}

function filterForm(options, agencies) {
  const regions = [
    ...options.cities.nodes.map((r) => [r.code, r.name]),
    ...options.counties.nodes.map((r) => [r.code, `${r.parent?.name ?? ""} · ${r.name}`]),
  ].sort((a, b) => a[0].localeCompare(b[0]));
  const form = el("form", { id: "filters", class: "card filters", role: "search", "aria-label": "筛选执法事项" },
    el("div", { class: "filter-grid" },
      el("div", {}, ...select("region", "地区", regions, params.get("region"))),
      el("div", {}, ...select("agency", "执法主体", agencies.map((a) => [a.id, a.name]), params.get("agency"))),
      el("div", {}, ...select("field", "执法领域", options.enforcementFields.map((f) => [f.code, f.name]), params.get("field"))),
      el("div", {}, ...select("kind", "事项类型", Object.entries(KIND), params.get("kind"))),
      el("div", {}, ...select("catalogue", "目录", Object.entries(CATALOGUE), params.get("catalogue")))),
    el("p", { class: "filter-actions" },
      el("button", { type: "submit" }, "筛选"), " ",
      el("a", { href: "/catalogue", class: "button secondary" }, "清除条件")));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const name of FILTERS) {
      const value = form.elements[name].value;
      if (value) next.set(name, value);
    }
    history.pushState(null, "", next.size ? `/catalogue?${next}` : "/catalogue");
    show();
  });
  return form;
}

function currentFilters() {
  const p = new URLSearchParams(location.search);
  const filter = {};
  if (p.get("region")) filter.regionCode = p.get("region");
  if (p.get("agency")) filter.agencyId = p.get("agency");
  if (p.get("field")) filter.field = p.get("field");
  if (p.get("kind")) filter.kind = p.get("kind");
  if (p.get("catalogue")) filter.catalogue = p.get("catalogue");
  return { p, filter };
}

function legalBasis(item) {
  if (!item.legalBasis.length) return el("p", { class: "hint" }, "未列明执法依据。");
  return el("ul", { class: "bases" }, item.legalBasis.map((provision) =>
    el("li", {}, provisionDetails(provision))));
}

function delegations(item) {
  if (!item.delegations.length) return el("p", { class: "hint delegations-none" }, "未赋权乡镇街道行使。");
  const since = [...new Set(item.delegations.map((d) => d.since))];
  const oneDay = since.length === 1;
  return el("div", { class: "delegations" },
    el("p", {}, `已赋权 ${item.delegations.length} 个乡镇街道行使${oneDay ? "（" + chineseDate(since[0]) + "起）" : ""}：`),
    el("ul", { class: "towns" }, item.delegations.map((d) =>
      el("li", { "data-town": d.town.code }, `${d.town.parent ? d.town.parent.name + " " : ""}${d.town.name}`,
        oneDay ? "" : `（${chineseDate(d.since)}起）`))),
    el("p", { class: "hint" }, `赋权依据：${[...new Set(item.delegations.map((d) => d.approval))].join("；")}`));
}

function itemCard(item, headingLevel = "h3") {
  return el("article", { class: "card item", "data-item": item.id },
    el(headingLevel, {}, el("a", { href: `/catalogue?item=${encodeURIComponent(item.id)}` }, item.name)),
    el("dl", { class: "record" },
      el("dt", {}, "事项编码"), el("dd", { class: "item-code" }, item.code + (item.version > 1 ? `（第 ${item.version} 版）` : "")),
      el("dt", {}, "事项类型"), el("dd", {}, KIND[item.kind] ?? item.kind),
      el("dt", {}, "所属目录"), el("dd", {}, CATALOGUE[item.catalogue] ?? item.catalogue),
      el("dt", {}, "执法领域"), el("dd", {}, item.field.name),
      el("dt", {}, "执法主体"), el("dd", { class: "item-agency" }, item.agency.name),
      el("dt", {}, "施行日期"), el("dd", {}, chineseDate(item.validFrom) +
        (item.supersededOn ? `，${chineseDate(item.supersededOn)}被新版本取代` : " 起"))),
    el("h4", {}, "执法依据"), legalBasis(item),
    el("h4", {}, "乡镇街道赋权"), delegations(item));
}

async function showItems(list) {
  const { p, filter } = currentFilters();
  // The address holds the `after` of this page and of every page before it, so that a reload or a
  // shared link shows the same page and can still go back.
  const afters = p.getAll("after");
  list.replaceChildren(el("p", { class: "hint" }, "正在读取……"));
  try {
    const data = await graphql(ITEMS, { filter, first: PAGE, after: afters.at(-1) ?? null });
    const page = data.enforcementItems;
    const start = afters.length * PAGE;
    const pager = el("nav", { class: "pager", "aria-label": "翻页" },
      afters.length ? el("button", { type: "button", class: "secondary", onclick: () => turn(afters.slice(0, -1), list) }, "上一页") : null,
      page.pageInfo.hasNextPage ? el("button", { type: "button", class: "secondary",
        onclick: () => turn([...afters, page.pageInfo.endCursor], list) }, "下一页") : null);
    list.replaceChildren(
      el("p", { id: "item-count", role: "status", tabindex: "-1" }, `共 ${page.totalCount} 项执法事项`,
        page.totalCount ? el("span", { class: "hint" }, `（第 ${start + 1}–${start + page.nodes.length} 项）`) : ""),
      // replaceChildren, unlike el(), writes a null as the text "null".
      p.get("agency") ? el("p", {}, el("a", { href: "#responsibilities" }, "跳到该执法主体的权责清单")) : "",
      page.nodes.length ? el("div", { id: "items" }, page.nodes.map((item) => itemCard(item))) : el("p", {}, "没有符合条件的执法事项。"),
      pager);
  } catch (error) {
    showError(list, error);
  }
}

function turn(afters, list) {
  const p = new URLSearchParams(location.search);
  p.delete("after");
  for (const after of afters) p.append("after", after);
  history.replaceState(null, "", `/catalogue?${p}`);
  // The pressed button is gone with the page it was on: keyboard users continue from the count.
  showItems(list).then(() => document.getElementById("item-count")?.focus());
}

async function showResponsibilities(holder, agencyId, agencyName) {
  if (!agencyId) {
    holder.replaceChildren(el("h2", { id: "duties-title" }, "权责清单"),
      el("p", { class: "hint" }, "在上方选择一个执法主体，即可查看它的权责清单（每项职责及其依据）。"));
    return;
  }
  const title = el("h2", { id: "duties-title" }, `权责清单：${agencyName ?? ""}`);
  holder.replaceChildren(title, el("p", { class: "hint" }, "正在读取……"));
  try {
    const rows = [];
    let after = null;
    let total = 0;
    do {
      const data = await graphql(RESPONSIBILITIES, { filter: { agencyId }, after });
      total = data.responsibilities.totalCount;
      rows.push(...data.responsibilities.nodes);
      after = data.responsibilities.pageInfo.hasNextPage ? data.responsibilities.pageInfo.endCursor : null;
    } while (after && rows.length < 300);
    if (rows[0]) title.textContent = `权责清单：${rows[0].agency.name}`;
    holder.replaceChildren(title,
      el("p", { id: "duty-count" }, `共 ${total} 项职责`),
      rows.length ? el("div", { class: "table-wrap" }, el("table", { class: "cards", id: "duties" },
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "执法事项"), el("th", { scope: "col" }, "职责"), el("th", { scope: "col" }, "依据"))),
        el("tbody", {}, rows.map((r) => el("tr", {},
          el("td", { "data-label": "执法事项" }, el("a", { href: `/catalogue?item=${encodeURIComponent(r.item.id)}` }, r.item.name),
            el("span", { class: "hint" }, r.item.code)),
          el("td", { "data-label": "职责" }, r.description),
          el("td", { "data-label": "依据" }, legalBasis(r.item))))))) : el("p", {}, "该执法主体没有公布权责清单。"));
  } catch (error) {
    showError(holder, error);
  }
}

async function showOneItem(id) {
  content.replaceChildren(el("p", {}, el("a", { href: "/catalogue" }, "← 返回执法事项目录")));
  const holder = el("div", { id: "item" });
  content.append(holder);
  try {
    const { enforcementItem: item } = await graphql(ITEM, { id });
    document.title = `${item.name} · 执法公开`;
    const card = itemCard(item, "h2");
    if (item.history.length > 1) {
      card.append(el("h4", {}, "版本沿革"), el("ol", {}, item.history.map((h) => el("li", {},
        h.id === item.id ? el("strong", {}, `第 ${h.version} 版（本页）`) : el("a", { href: `/catalogue?item=${encodeURIComponent(h.id)}` }, `第 ${h.version} 版`),
        `：${chineseDate(h.validFrom)}起${h.supersededOn ? "，" + chineseDate(h.supersededOn) + "止" : "，现行"}`))));
    }
    holder.replaceChildren(card);
    const duties = el("section", { id: "item-duties", "aria-labelledby": "item-duties-title" },
      el("h2", { id: "item-duties-title" }, "承担此事项的权责清单"));
    holder.append(duties);
    const data = await graphql(RESPONSIBILITIES, { filter: { itemId: item.id }, after: null });
    duties.append(data.responsibilities.nodes.length
      ? el("ul", {}, data.responsibilities.nodes.map((r) => el("li", {},
        el("a", { href: `/catalogue?agency=${encodeURIComponent(r.agency.id)}` }, r.agency.name), `：${r.description}`)))
      : el("p", {}, "没有权责清单条目。"));
  } catch (error) {
    showError(holder, error);
  }
}

let formOptions = null;
let agencyList = null;

async function show() {
  const { p } = currentFilters();
  if (p.get("item")) {
    await showOneItem(p.get("item"));
    return;
  }
  try {
    formOptions ??= await graphql(OPTIONS);
    agencyList ??= await allAgencies();
  } catch (error) {
    showError(content, error);
    return;
  }
  const list = el("section", { id: "item-list", "aria-labelledby": "items-title" }, el("h2", { id: "items-title" }, "执法事项"));
  const listBody = el("div", {});
  list.append(listBody);
  const duties = el("section", { id: "responsibilities", "aria-labelledby": "duties-title" });
  content.replaceChildren(
    el("p", {}, "按地区、执法主体、领域和目录查看执法事项，每项列明编码、执法依据和赋权乡镇街道的情况；选择执法主体可查看其权责清单。"),
    filterForm(formOptions, agencyList), list, duties);
  const agency = agencyList.find((a) => a.id === p.get("agency"));
  await Promise.all([showItems(listBody), showResponsibilities(duties, p.get("agency"), agency?.name)]);
}

addEventListener("popstate", show);
show();
