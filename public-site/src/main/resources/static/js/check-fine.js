// 核对罚款: pick a violation of a discretion benchmark (裁量基准), pick the circumstances that match, and see
// the tier's range, whether a fine lies inside it, the no-penalty entries for the violation and where to complain.
// The API has no "which tier applies" query: the user chooses the tier by its published conditions.
import { graphql, el, showError, yuan, chineseDate, provisionDetails } from "/js/site.js";

const TIER = {
  NO_PENALTY: "不予处罚", EXEMPT: "免予处罚", MITIGATED: "减轻处罚",
  LENIENT: "从轻处罚", ORDINARY: "一般处罚", SEVERE: "从重处罚",
};
const CIRCUMSTANCE = { MINOR: "情节轻微", LESSER: "情节较轻", SERIOUS: "情节较重", GRAVE: "情节严重" };
const PENALTY = {
  WARNING: "警告", CIRCULATED_CRITICISM: "通报批评", FINE: "罚款", CONFISCATION_OF_ILLEGAL_GAINS: "没收违法所得",
  CONFISCATION_OF_ILLEGAL_PROPERTY: "没收非法财物", LICENCE_SUSPENSION: "暂扣许可证件",
  QUALIFICATION_DOWNGRADE: "降低资质等级", LICENCE_REVOCATION: "吊销许可证件",
  BUSINESS_RESTRICTION: "限制开展生产经营活动", ORDER_TO_SUSPEND_BUSINESS: "责令停产停业", ORDER_TO_CLOSE: "责令关闭",
  PRACTICE_RESTRICTION: "限制从业", ADMINISTRATIVE_DETENTION: "行政拘留", OTHER: "其他行政处罚",
};
const LIST_KIND = { NO_PENALTY: "不予处罚清单", FIRST_VIOLATION: "首违不罚清单" };

const SEARCH = `query($q: String!, $filter: SearchFilter) {
  search(query: $q, filter: $filter, first: 10) { totalCount interpretation { relaxed }
    nodes { ... on BenchmarkViolation { id violation benchmark { title version effectiveTo field { name } } } } } }`;

const VIOLATION_FIELDS = `id violation violatedProvisionText penaltyProvisionText
  violatedProvision { citation text } penaltyProvision { citation text }
  tiers { id seq tier circumstance conditions penaltyKinds wording fineRange { min max } multipleRange { min max base } }
  benchmark { id title issuer version effectiveFrom effectiveTo sourceUrl issuerAgency { name } field { code name } }`;

const VIOLATION = `query($id: ID!) { benchmarkViolation(id: $id) { ${VIOLATION_FIELDS} } }`;

const NO_PENALTY_OF_FIELD = `query($field: String, $after: String) {
  noPenaltyItems(filter: { field: $field }, first: 100, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { id listKind issuer violation conditions legalGround effectiveFrom effectiveTo } } }`;

const NO_PENALTY_ITEM = `query($id: ID!) { noPenaltyItem(id: $id) {
  id listKind issuer violation conditions legalGround effectiveFrom effectiveTo field { code name } } }`;

const SAME_VIOLATION = `query($q: String!, $filter: SearchFilter) {
  search(query: $q, filter: $filter, first: 20) {
    nodes { ... on BenchmarkViolation { id violation benchmark { title effectiveTo } } } } }`;

const params = new URLSearchParams(location.search);
const content = document.getElementById("content");
let current = null; // the violation shown

// ---- amounts: exact, in hundredths of a yuan (BigInt), never through floating point ----

/** "60000.5" → 6000050n (fen). */
function fen(amount) {
  const [whole, fraction = ""] = String(amount).split(".");
  return BigInt(whole) * 100n + BigInt((fraction + "00").slice(0, 2));
}

/** Multiplies an amount in fen by a decimal multiple, rounding towards zero to whole fen. */
function times(amountFen, multiple) {
  const [whole, fraction = ""] = String(multiple).split(".");
  const scale = 10n ** BigInt(fraction.length);
  return (amountFen * (BigInt(whole) * scale + BigInt(fraction || "0"))) / scale;
}

/** 6000050n → "60000.50". */
function fromFen(value) {
  const whole = value / 100n;
  const rest = String(value % 100n).padStart(2, "0");
  return `${whole}.${rest}`;
}

/** An amount field's problem in Chinese, or null when it is fine (or empty and optional). */
function amountProblem(text, what) {
  if (text === "") return null;
  if (!/^\d+(\.\d+)?$/.test(text)) return `${what}只能填写数字，例如 60000 或 60000.50。`;
  const [whole, fraction = ""] = text.split(".");
  if (whole.replace(/^0+(?=\d)/, "").length > 15) return `${what}最多 15 位整数。`;
  if (fraction.length > 2) return `${what}最多保留两位小数（到分）。`;
  if (fen(text) <= 0n) return `${what}应大于零。`;
  return null;
}

function multipleText(value) {
  return String(value).replace(/\.?0+$/, "");
}

/** The tier's range for people, and its bounds in fen where the base is known (null ends are open). */
function rangeOf(tier, baseFen) {
  if (tier.fineRange) {
    const { min, max } = tier.fineRange;
    return {
      text: min && max ? `${yuan(min)} 至 ${yuan(max)}` : min ? `${yuan(min)} 以上` : max ? `${yuan(max)} 以下` : "未设金额",
      min: min == null ? null : fen(min), max: max == null ? null : fen(max),
    };
  }
  if (tier.multipleRange) {
    const { min, max, base } = tier.multipleRange;
    const text = min && max ? `${base}的 ${multipleText(min)} 倍至 ${multipleText(max)} 倍`
      : min ? `${base}的 ${multipleText(min)} 倍以上` : `${base}的 ${multipleText(max)} 倍以下`;
    if (baseFen == null) return { text, min: null, max: null, needsBase: base };
    const lo = min == null ? null : times(baseFen, min);
    const hi = max == null ? null : times(baseFen, max);
    const amounts = `按${base} ${yuan(fromFen(baseFen))} 计：${lo == null ? "" : yuan(fromFen(lo))} 至 ${hi == null ? "" : yuan(fromFen(hi))}`;
    return { text: `${text}（${amounts}）`, min: lo, max: hi };
  }
  return { text: "不罚款", min: 0n, max: 0n };
}

// ---- step 1: find the violation ----

function searchForm(fields) {
  const box = el("input", {
    id: "violation-query", type: "search", role: "combobox", autocomplete: "off",
    "aria-autocomplete": "list", "aria-expanded": "false", "aria-controls": "violation-results",
    "aria-describedby": "violation-query-hint",
  });
  const field = el("select", { id: "violation-field" },
    el("option", { value: "" }, "全部领域"),
    fields.map((f) => el("option", { value: f.code }, f.name)));
  const results = el("ul", { id: "violation-results", role: "listbox", "aria-label": "找到的违法行为", hidden: true });
  const status = el("p", { id: "violation-status", class: "hint", role: "status" });
  let options = [];
  let active = -1;
  let timer = null;
  let asked = 0;

  function close() {
    results.hidden = true;
    box.setAttribute("aria-expanded", "false");
    box.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function highlight(index) {
    options.forEach((o, i) => o.element.setAttribute("aria-selected", i === index ? "true" : "false"));
    active = index;
    if (index >= 0) {
      box.setAttribute("aria-activedescendant", options[index].element.id);
      options[index].element.scrollIntoView({ block: "nearest" });
    } else box.removeAttribute("aria-activedescendant");
  }

  function choose(index) {
    const chosen = options[index];
    if (!chosen) return;
    // A search still waiting or under way must not open the list again over the chosen violation.
    clearTimeout(timer);
    asked++;
    box.value = chosen.node.violation;
    close();
    openViolation(chosen.node.id, true);
  }

  async function run() {
    const q = box.value.trim();
    if (!q) { close(); status.textContent = ""; return; }
    const mine = ++asked;
    const filter = { kind: "BENCHMARK_VIOLATION" };
    if (field.value) filter.field = field.value;
    try {
      const data = await graphql(SEARCH, { q, filter });
      if (mine !== asked) return;
      const nodes = data.search.nodes.filter((n) => n.id);
      options = nodes.map((node, i) => ({
        node,
        element: el("li", { id: `violation-option-${i}`, role: "option", "aria-selected": "false",
          onclick: () => choose(i), onmousemove: () => highlight(i) },
        el("span", { class: "option-name" }, node.violation),
        el("span", { class: "hint" }, `${node.benchmark.title}${node.benchmark.effectiveTo ? "（已失效）" : ""}`)),
      }));
      results.replaceChildren(...options.map((o) => o.element));
      results.hidden = options.length === 0;
      box.setAttribute("aria-expanded", String(options.length > 0));
      box.removeAttribute("aria-activedescendant");
      active = -1;
      status.textContent = options.length === 0 ? "没有找到相符的违法行为，请换个说法试试。"
        : `找到 ${data.search.totalCount} 项${data.search.interpretation.relaxed ? "（未完全匹配，已放宽检索）" : ""}，用 ↑ ↓ 选择，回车确定。`;
    } catch (error) {
      if (mine === asked) showError(status, error);
    }
  }

  box.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(run, 250); });
  field.addEventListener("change", run);
  box.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && options.length) {
      event.preventDefault();
      if (results.hidden) { results.hidden = false; box.setAttribute("aria-expanded", "true"); }
      highlight(Math.min(active + 1, options.length - 1));
    } else if (event.key === "ArrowUp" && options.length) {
      event.preventDefault();
      highlight(Math.max(active - 1, 0));
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (active >= 0 && !results.hidden) choose(active);
      else { clearTimeout(timer); run(); }
    } else if (event.key === "Escape") close();
  });
  // Leaving the box (Tab onwards) closes the list instead of leaving it over the page; a click on an
  // option keeps the focus in the box, so that the click still lands.
  box.addEventListener("focusout", close);
  results.addEventListener("mousedown", (event) => event.preventDefault());

  return el("section", { class: "card", "aria-labelledby": "step-violation" },
    el("h2", { id: "step-violation" }, "第一步：违法行为"),
    el("label", { for: "violation-query" }, "违法行为关键词"),
    el("span", { id: "violation-query-hint", class: "hint" }, "用日常说法即可，例如：过期食品、工地扬尘、没标价格。用 ↑ ↓ 选择，回车确定。"),
    box, results, status,
    el("label", { for: "violation-field" }, "执法领域（可选，缩小范围）"),
    field);
}

// ---- step 2 and 3: the circumstances and the fine ----

async function openViolation(id, push) {
  const section = document.getElementById("violation");
  section.replaceChildren(el("p", { class: "hint" }, "正在读取裁量基准……"));
  try {
    const data = await graphql(VIOLATION, { id });
    current = data.benchmarkViolation;
    if (push) {
      // Another violation chosen: the no-penalty entry the page was opened with no longer belongs.
      document.getElementById("entry")?.replaceChildren();
      const url = new URLSearchParams();
      url.set("violation", id);
      if (params.get("decision")) url.set("decision", params.get("decision"));
      history.replaceState(null, "", `/check-fine?${url}`);
    }
    renderViolation(section, current);
    if (push) document.getElementById("violation-title").focus();
    loadNoPenalty(current);
  } catch (error) {
    showError(section, error);
  }
}

function provision(label, linked, cited) {
  return [el("dt", {}, label), el("dd", {}, linked
    ? provisionDetails(linked)
    : cited)];
}

function renderViolation(section, v) {
  const b = v.benchmark;
  // The tier and fine of the address belong to the violation it names, not to one chosen later.
  const opened = params.get("violation") === v.id;
  const tiers = v.tiers.map((t, i) => el("div", { class: "tier-choice" },
    el("input", { type: "radio", name: "tier", id: `tier-${t.id}`, value: t.id, "aria-describedby": `tier-${t.id}-range`,
      checked: (opened && params.get("tier") === t.id) || null }),
    el("label", { for: `tier-${t.id}` },
      `${TIER[t.tier] ?? t.tier}${t.circumstance ? "（" + CIRCUMSTANCE[t.circumstance] + "）" : ""}：${t.conditions}`,
      el("span", { id: `tier-${t.id}-range`, class: "hint" }, `基准：${t.wording}`))));
  const fine = el("input", { id: "fine", inputmode: "decimal", autocomplete: "off", "aria-describedby": "fine-hint fine-error",
    value: opened ? params.get("fine") ?? "" : "" });
  const base = el("input", { id: "base", inputmode: "decimal", autocomplete: "off", "aria-describedby": "base-hint base-error" });
  const baseRow = el("div", { id: "base-row", hidden: true },
    el("label", { for: "base", id: "base-label" }, "计罚基数（元）"),
    el("span", { id: "base-hint", class: "hint" }, "该阶次按倍数计罚，填写决定书认定的基数金额即可算出范围。"),
    base, el("p", { id: "base-error", class: "error", role: "alert" }));
  const form = el("form", { id: "check-form", novalidate: true },
    el("fieldset", {}, el("legend", {}, "第二步：违法情节（选择与您的情况相符的一项）"), tiers,
      el("p", { id: "tier-error", class: "error", role: "alert" })),
    el("fieldset", {}, el("legend", {}, "第三步：您收到的罚款（可选）"),
      el("label", { for: "fine" }, "罚款金额（元）"),
      el("span", { id: "fine-hint", class: "hint" }, "按处罚决定书填写，例如 60000 或 60000.50；不填则只显示范围。"),
      fine, el("p", { id: "fine-error", class: "error", role: "alert" }),
      baseRow),
    el("button", { type: "submit" }, "核对"));
  form.addEventListener("submit", (event) => { event.preventDefault(); check(v); });
  form.addEventListener("change", (event) => {
    if (event.target.name === "tier") { showBase(v); check(v, true); }
  });

  section.replaceChildren(
    el("h2", { id: "violation-title", tabindex: "-1" }, v.violation),
    el("dl", { class: "record" },
      el("dt", {}, "裁量基准"), el("dd", {}, b.title, b.effectiveTo ? el("span", { class: "outside" }, "（已于" + chineseDate(b.effectiveTo) + "失效）") : ""),
      el("dt", {}, "制定机关"), el("dd", {}, b.issuerAgency?.name ?? b.issuer),
      el("dt", {}, "施行日期"), el("dd", {}, chineseDate(b.effectiveFrom) + (b.effectiveTo ? " 至 " + chineseDate(b.effectiveTo) : " 起，现行有效")),
      b.field ? [el("dt", {}, "执法领域"), el("dd", {}, b.field.name)] : [],
      provision("违反的规定", v.violatedProvision, v.violatedProvisionText),
      provision("处罚依据", v.penaltyProvision, v.penaltyProvisionText),
      b.sourceUrl ? [el("dt", {}, "原文"), el("dd", {}, el("a", { href: b.sourceUrl }, "制定机关发布的原文"))] : []),
    form,
    // Only the verdict is announced when the result changes, not the whole section.
    el("p", { id: "result-status", class: "visually-hidden", role: "status" }),
    el("section", { id: "result" }),
    el("section", { id: "no-penalty", "aria-labelledby": "no-penalty-title" },
      el("h2", { id: "no-penalty-title" }, "不予处罚、首违不罚"), el("p", { class: "hint" }, "正在查找……")));
  showBase(v);
  if (form.querySelector("input[name=tier]:checked")) check(v, true);
}

function chosenTier(v) {
  const id = document.querySelector("#check-form input[name=tier]:checked")?.value;
  return v.tiers.find((t) => t.id === id) ?? null;
}

function showBase(v) {
  const tier = chosenTier(v);
  const row = document.getElementById("base-row");
  row.hidden = !tier?.multipleRange;
  if (tier?.multipleRange) document.getElementById("base-label").textContent = `${tier.multipleRange.base}（元）`;
}

function fieldError(input, errorId, message) {
  const error = document.getElementById(errorId);
  error.textContent = message ?? "";
  if (message) input.setAttribute("aria-invalid", "true");
  else input.removeAttribute("aria-invalid");
  return !message;
}

let announcing;

function check(v, quiet = false) {
  const result = document.getElementById("result");
  clearTimeout(announcing);
  document.getElementById("result-status").textContent = "";
  const tier = chosenTier(v);
  const tierError = document.getElementById("tier-error");
  if (!tier) {
    tierError.textContent = quiet ? "" : "请选择与您的情况相符的违法情节。";
    if (!quiet) document.querySelector("#check-form input[name=tier]")?.focus();
    result.replaceChildren();
    return;
  }
  tierError.textContent = "";
  const fineInput = document.getElementById("fine");
  const baseInput = document.getElementById("base");
  const fineText = fineInput.value.trim();
  const baseText = tier.multipleRange ? baseInput.value.trim() : "";
  const fineOk = fieldError(fineInput, "fine-error", quiet && fineText === "" ? null : amountProblem(fineText, "罚款金额"));
  const baseOk = fieldError(baseInput, "base-error", tier.multipleRange ? amountProblem(baseText, "计罚基数") : null);
  if (!fineOk || !baseOk) {
    (fineOk ? baseInput : fineInput).focus();
    result.replaceChildren();
    return;
  }
  const url = new URLSearchParams(location.search);
  url.set("violation", v.id);
  url.set("tier", tier.id);
  if (fineText) url.set("fine", fineText); else url.delete("fine");
  history.replaceState(null, "", `/check-fine?${url}`);

  const range = rangeOf(tier, baseText ? fen(baseText) : null);
  const said = verdict(fineText, range, tier);
  // After a pause, so that the same verdict checked again is announced again.
  const status = document.getElementById("result-status");
  announcing = setTimeout(() => { status.textContent = `${range.text}。${said.textContent}`; }, 100);
  result.replaceChildren(
    el("h2", {}, "核对结果"),
    el("dl", { class: "record", id: "result-record" },
      el("dt", {}, "适用阶次"), el("dd", { id: "result-tier" },
        `${TIER[tier.tier] ?? tier.tier}${tier.circumstance ? "（" + CIRCUMSTANCE[tier.circumstance] + "）" : ""}`),
      el("dt", {}, "适用条件"), el("dd", {}, tier.conditions),
      el("dt", {}, "罚款范围"), el("dd", { id: "result-range" }, range.text),
      el("dt", {}, "处罚种类"), el("dd", {}, tier.penaltyKinds.length ? tier.penaltyKinds.map((k) => PENALTY[k] ?? k).join("、") : "不予处罚"),
      el("dt", {}, "基准原文"), el("dd", {}, tier.wording)),
    said,
    complainRoute(fineText, range));
}

function verdict(fineText, range, tier) {
  if (!fineText) return el("p", { id: "verdict", class: "hint" }, "填写罚款金额后，可核对它是否在此范围之内。");
  const amount = fen(fineText);
  const shown = yuan(fromFen(amount));
  if (range.needsBase) {
    return el("p", { id: "verdict", class: "hint" }, `该阶次按${range.needsBase}的倍数计罚，请填写${range.needsBase}金额后再核对。`);
  }
  if (!tier.fineRange && !tier.multipleRange) {
    return el("p", { id: "verdict", class: "outside", "data-verdict": "outside" },
      `超出基准：该阶次为“${tier.wording}”，不应罚款，而您填写的罚款为 ${shown}。`);
  }
  if (range.min != null && amount < range.min) {
    return el("p", { id: "verdict", class: "outside", "data-verdict": "outside" },
      `超出基准：罚款 ${shown} 低于该阶次的最低额 ${yuan(fromFen(range.min))}。`);
  }
  if (range.max != null && amount > range.max) {
    return el("p", { id: "verdict", class: "outside", "data-verdict": "outside" },
      `超出基准：罚款 ${shown} 高于该阶次的最高额 ${yuan(fromFen(range.max))}。`);
  }
  return el("p", { id: "verdict", class: "ok", "data-verdict": "inside" },
    `在基准范围内：罚款 ${shown} 在该阶次的范围 ${range.text} 之内。`);
}

function complainRoute(fineText, range) {
  const decision = params.get("decision");
  const href = decision ? `/complain?decision=${encodeURIComponent(decision)}` : "/complain";
  const outside = fineText && !range.needsBase && (
    (range.min != null && fen(fineText) < range.min) || (range.max != null && fen(fineText) > range.max));
  if (outside) {
    return el("div", { class: "notice warn", id: "complain-route" },
      el("p", {}, "如果您的情节确与所选阶次相符，罚款却在范围之外，可以投诉：",
        el("a", { href }, "去投诉"), "，投诉类别选择“罚款超出裁量基准”，并写明决定书文号、违法情节和罚款金额。"),
      el("p", { class: "hint" }, "本页结果仅供参考：执法机关可能依据其他情节（如减轻、从重）作出决定，以决定书载明的理由为准。"));
  }
  return el("p", { class: "hint", id: "complain-route" }, "对执法还有其他意见？可以", el("a", { href }, "投诉"), "。");
}

// ---- no-penalty entries: the API links them to a violation only by field and wording ----

async function loadNoPenalty(v) {
  const section = document.getElementById("no-penalty");
  const title = section.querySelector("h2");
  try {
    const entries = [];
    let after = null;
    do {
      const data = await graphql(NO_PENALTY_OF_FIELD, { field: v.benchmark.field?.code ?? null, after });
      entries.push(...data.noPenaltyItems.nodes.filter((n) => n.violation === v.violation));
      after = data.noPenaltyItems.pageInfo.hasNextPage ? data.noPenaltyItems.pageInfo.endCursor : null;
    } while (after);
    section.replaceChildren(title, ...(entries.length
      ? [el("p", { class: "hint" }, "以下清单事项与此违法行为同名、同领域；符合所列条件的，依法不予处罚或可以不予处罚。"),
        el("ul", { class: "no-penalty-list" }, entries.map(noPenaltyCard))]
      : [el("p", {}, "未找到此违法行为的不予处罚或首违不罚清单事项。")]));
  } catch (error) {
    showError(section, error);
  }
}

function noPenaltyCard(entry) {
  return el("li", { class: "card" },
    el("p", {}, el("span", { class: "pill" }, LIST_KIND[entry.listKind] ?? entry.listKind), " ", el("strong", {}, entry.violation)),
    el("dl", { class: "record" },
      el("dt", {}, "条件"), el("dd", {}, entry.conditions),
      el("dt", {}, "法律依据"), el("dd", {}, entry.legalGround),
      el("dt", {}, "发布机关"), el("dd", {}, entry.issuer),
      el("dt", {}, "施行日期"), el("dd", {}, chineseDate(entry.effectiveFrom) + (entry.effectiveTo ? " 至 " + chineseDate(entry.effectiveTo) : " 起"))));
}

/** A no-penalty entry opened by its id: the entry, and the benchmark violation of the same wording, if any. */
async function openNoPenalty(id) {
  const holder = document.getElementById("entry");
  try {
    const { noPenaltyItem: entry } = await graphql(NO_PENALTY_ITEM, { id });
    const filter = { kind: "BENCHMARK_VIOLATION" };
    if (entry.field) filter.field = entry.field.code;
    const found = (await graphql(SAME_VIOLATION, { q: entry.violation, filter })).search.nodes
      .filter((n) => n.violation === entry.violation);
    const inForce = found.find((n) => !n.benchmark.effectiveTo) ?? found[0];
    holder.replaceChildren(el("h2", {}, "清单事项"), el("ul", { class: "no-penalty-list" }, noPenaltyCard(entry)),
      inForce ? el("p", {}, "下面是裁量基准中的同一违法行为，可核对罚款。")
        : el("p", {}, "裁量基准中没有找到同名的违法行为。"));
    if (inForce) openViolation(inForce.id, false);
  } catch (error) {
    showError(holder, error);
  }
}

async function start() {
  let fields = [];
  try {
    fields = (await graphql("{ enforcementFields { code name } }")).enforcementFields;
  } catch (error) {
    showError(content, error);
    return;
  }
  content.replaceChildren(
    el("p", {}, "选择违法行为和违法情节，查看裁量基准规定的罚款范围，核对您收到的罚款是否在范围内，并了解不予处罚的条件和投诉途径。"),
    searchForm(fields),
    el("section", { id: "entry" }),
    el("section", { id: "violation" }));
  const noPenalty = params.get("noPenalty") ?? (params.get("kind") === "NO_PENALTY_ITEM" ? params.get("violation") : null);
  if (noPenalty) openNoPenalty(noPenalty);
  else if (params.get("violation")) openViolation(params.get("violation"), false);
}

start();
