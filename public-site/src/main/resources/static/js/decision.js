// One penalty decision as published (/decisions/{id}): what the API returns, masked by the API.
// A withdrawn decision is its public notice alone; the API returns nothing else for it.
import { graphql, el, showError, yuan, chineseDate, provisionDetails } from "/js/site.js";

const DECISION = `query($id: ID!) { penaltyDecision(id: $id) {
  id documentNumber caseName status
  party { kind name creditCode legalRepresentative } partyCreditCodeValid
  facts violatedProvisions penaltyProvisions
  citedProvisions { role provision { id citation text } }
  penaltyKinds fineAmount confiscationAmount licenceActions
  decisionDate decisionDateBasis
  agency { id name } region { code name } field { code name } enforcementItem { id name }
  benchmarkTier { id tier circumstance conditions fineRange { min max } multipleRange { min max base } wording
    violation { id violation benchmark { title } } }
  discretion { finding reason }
  publishedOn publishUntil publicationDue publishedLate
  provenance { sourceUrl sourceBody }
  withdrawal { withdrawnAt reason kind causeOn }
  history { kind occurredAt actor reason changedParts }
} }`;

const PARTY_KINDS = {
  LEGAL_PERSON: "法人", INDIVIDUAL_BUSINESS: "个体工商户", NATURAL_PERSON: "自然人", OTHER_ORGANISATION: "其他组织",
};

const PENALTY_KINDS = {
  WARNING: "警告", CIRCULATED_CRITICISM: "通报批评", FINE: "罚款", CONFISCATION_OF_ILLEGAL_GAINS: "没收违法所得",
  CONFISCATION_OF_ILLEGAL_PROPERTY: "没收非法财物", LICENCE_SUSPENSION: "暂扣许可证件", QUALIFICATION_DOWNGRADE: "降低资质等级",
  LICENCE_REVOCATION: "吊销许可证件", BUSINESS_RESTRICTION: "限制开展生产经营活动", ORDER_TO_SUSPEND_BUSINESS: "责令停产停业",
  ORDER_TO_CLOSE: "责令关闭", PRACTICE_RESTRICTION: "限制从业", ADMINISTRATIVE_DETENTION: "行政拘留",
  OTHER: "法律、行政法规规定的其他行政处罚",
};

const DATE_BASES = {
  STATED: null,
  SIGNED: "（以决定书落款日期为准）",
  SOURCE_DATE: "（来源记录所载日期，决定日期不晚于此日）",
  SOURCE_ADDRESS: "（据来源网址中的发布日期，决定日期不晚于此日）",
  LAST_DATE_IN_TEXT: "（据决定书正文中最晚的日期推定，决定日期不早于此日）",
  DOCUMENT_YEAR: "（仅知文号年份，记为该年1月1日）",
};

const TIER_KINDS = {
  NO_PENALTY: "不予处罚", EXEMPT: "免予处罚", MITIGATED: "减轻处罚", LENIENT: "从轻处罚", ORDINARY: "一般处罚", SEVERE: "从重处罚",
};

const CIRCUMSTANCES = { MINOR: "情节轻微", LESSER: "情节较轻", SERIOUS: "情节较重", GRAVE: "情节严重" };

const WITHDRAWAL_KINDS = {
  VARIED: "被依法变更", REVOKED: "被依法撤销", CONFIRMED_ILLEGAL: "被确认违法", CONFIRMED_VOID: "被确认无效",
};

const EVENT_KINDS = {
  PUBLISHED: "公示", CORRECTED: "更正", WITHDRAWN: "撤回公示", ENDED_EARLY: "提前结束公示", EXPIRED: "公示期满",
};

const PARTS = {
  caseName: "案件名称", facts: "违法事实", penaltyKinds: "处罚种类", fineAmount: "罚款金额",
  confiscationAmount: "没收金额", licenceActions: "许可证件处理",
};

const content = document.getElementById("content");
const heading = document.querySelector("h1");

/** A date and time as written in Chinese, in the portal's time zone. */
function chineseDateTime(iso) {
  if (!iso) return "—";
  const moment = new Date(iso);
  const date = moment.toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric" });
  const time = moment.toLocaleTimeString("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hour12: false });
  return `${date} ${time}`;
}

/** A definition list of label → value; rows without a value are left out. */
function record(rows) {
  return el("dl", { class: "record" },
    rows.filter(([, value]) => value !== null && value !== undefined && value !== "")
      .flatMap(([label, value]) => [el("dt", {}, label), el("dd", {}, value)]));
}

function withdrawalNotice(decision) {
  const w = decision.withdrawal;
  return el("section", { class: "notice warn withdrawn", "aria-labelledby": "withdrawn-heading" },
    el("h2", { id: "withdrawn-heading" }, "本行政处罚决定已撤回公示"),
    record([
      ["文号", decision.documentNumber],
      ["执法主体", decision.agency.name],
      ["撤回时间", chineseDateTime(w.withdrawnAt)],
      ["撤回类型", w.kind ? WITHDRAWAL_KINDS[w.kind] : null],
      ["撤回原因", w.reason],
      ["引起撤回的决定日期", w.causeOn ? chineseDate(w.causeOn) : null],
    ]),
    el("p", {}, "依照《中华人民共和国行政处罚法》第四十八条第二款，处罚决定被依法变更、撤销、确认违法或者确认无效的，应当撤回原公示信息，并公开说明理由。"));
}

function partyRows(decision) {
  const party = decision.party;
  let code = party.creditCode;
  if (code && decision.partyCreditCodeValid === false) code = `${code}（未通过校验位检查，按来源原样公示）`;
  return [
    ["当事人", party.name],
    ["当事人类型", PARTY_KINDS[party.kind]],
    ["统一社会信用代码", code],
    [party.kind === "LEGAL_PERSON" ? "法定代表人" : "负责人", party.legalRepresentative],
  ];
}

function provisions(decision) {
  const section = el("section", { "aria-labelledby": "provisions-heading" },
    el("h2", { id: "provisions-heading" }, "违法依据与处罚依据"),
    record([["违反的规定", decision.violatedProvisions], ["处罚依据", decision.penaltyProvisions]]));
  if (decision.citedProvisions.length) {
    section.append(el("h3", {}, "所引条款原文"), el("ul", { class: "provisions" }, decision.citedProvisions.map((cited) =>
      el("li", {}, provisionDetails(cited.provision, {
        badge: el("span", { class: "pill" }, cited.role === "VIOLATED" ? "违法依据" : "处罚依据"),
        after: el("p", {}, el("a", { href: `/?q=${encodeURIComponent(cited.provision.citation)}` }, "检索引用此条款的记录")),
      })))));
  }
  return section;
}

function penalties(decision) {
  return el("section", { "aria-labelledby": "penalty-heading" },
    el("h2", { id: "penalty-heading" }, "处罚内容"),
    record([
      ["处罚种类", decision.penaltyKinds.map((k) => PENALTY_KINDS[k] ?? k).join("、")],
      ["罚款金额", decision.fineAmount ? yuan(decision.fineAmount) : null],
      ["没收金额", decision.confiscationAmount ? yuan(decision.confiscationAmount) : null],
      ["许可证件处理", decision.licenceActions],
    ]));
}

/** The fine check opened on this decision's violation, tier and fine, carrying the decision on to a complaint. */
function checkFineAddress(decision, tier) {
  const address = new URLSearchParams({ violation: tier.violation.id, tier: tier.id, decision: decision.id });
  if (decision.fineAmount) address.set("fine", decision.fineAmount);
  return `/check-fine?${address}`;
}

function range(tier) {
  if (tier.fineRange) {
    const { min, max } = tier.fineRange;
    if (min && max) return `${yuan(min)} 至 ${yuan(max)}`;
    if (min) return `${yuan(min)} 以上`;
    if (max) return `${yuan(max)} 以下`;
  }
  if (tier.multipleRange) {
    const { min, max, base } = tier.multipleRange;
    return `${base}的 ${min ?? "—"} 至 ${max ?? "—"} 倍`;
  }
  return "该阶次未设罚款幅度";
}

function findingText(discretion) {
  switch (discretion.finding) {
    case "WITHIN_TIER": return el("span", { class: "ok" }, "✓ 罚款在该裁量阶次的幅度之内");
    case "NOT_CHECKED": return el("span", { class: "muted" }, "未核对（未记录适用阶次、未处罚款，或幅度按未记录的基数计算）");
    default: return el("span", { class: "outside" }, "✗ ", discretion.reason ?? "罚款不在该裁量阶次的幅度之内");
  }
}

function benchmark(decision) {
  const section = el("section", { "aria-labelledby": "benchmark-heading" },
    el("h2", { id: "benchmark-heading" }, "适用的裁量基准"));
  const tier = decision.benchmarkTier;
  if (!tier) {
    section.append(el("p", { class: "muted" }, "未记录适用的裁量阶次。"));
    return section;
  }
  section.append(record([
    ["裁量基准", tier.violation.benchmark.title],
    ["违法行为", tier.violation.violation],
    ["裁量阶次", [TIER_KINDS[tier.tier], tier.circumstance ? CIRCUMSTANCES[tier.circumstance] : null].filter(Boolean).join(" · ")],
    ["适用条件", tier.conditions],
    ["罚款幅度", range(tier)],
    ["基准原文", tier.wording],
    ["本决定罚款", decision.fineAmount ? yuan(decision.fineAmount) : "未处罚款"],
    ["核对结果", findingText(decision.discretion)],
  ]), el("p", {}, el("a", { href: checkFineAddress(decision, tier) }, "查看该违法行为的全部裁量阶次")));
  return section;
}

function publication(decision) {
  let onTime = null;
  if (decision.publishedLate === true) onTime = el("span", { class: "outside" }, `逾期公示（应于 ${chineseDate(decision.publicationDue)} 前公示）`);
  if (decision.publishedLate === false) onTime = el("span", { class: "ok" }, "按期公示");
  return el("section", { "aria-labelledby": "publication-heading" },
    el("h2", { id: "publication-heading" }, "公示信息"),
    record([
      ["公示日期", decision.publishedOn ? chineseDate(decision.publishedOn) : "来源未载明"],
      ["公示截止日期", decision.publishUntil ? chineseDate(decision.publishUntil) : "未设定"],
      ["是否按期", onTime],
      ["数据来源", decision.provenance.sourceBody],
      ["原文链接", decision.provenance.sourceUrl
        ? el("a", { href: decision.provenance.sourceUrl, rel: "noopener noreferrer external" }, decision.provenance.sourceUrl)
        : null],
    ]));
}

function revisions(decision) {
  const section = el("section", { "aria-labelledby": "history-heading" },
    el("h2", { id: "history-heading" }, "公示与更正记录"));
  if (!decision.history.length) {
    section.append(el("p", { class: "muted" }, "公示以来未作更正。"));
    return section;
  }
  section.append(el("div", { class: "table-wrap" }, el("table", { class: "cards", id: "history" },
    el("thead", {}, el("tr", {}, el("th", {}, "时间"), el("th", {}, "变动"), el("th", {}, "更正内容"), el("th", {}, "理由"), el("th", {}, "操作方"))),
    el("tbody", {}, decision.history.map((event) => el("tr", {},
      el("td", { "data-label": "时间" }, chineseDateTime(event.occurredAt)),
      el("td", { "data-label": "变动" }, EVENT_KINDS[event.kind] ?? event.kind),
      el("td", { "data-label": "更正内容" }, event.changedParts.map((p) => PARTS[p] ?? p).join("、") || "—"),
      el("td", { "data-label": "理由" }, event.reason ?? "—"),
      el("td", { "data-label": "操作方" }, event.actor)))))));
  return section;
}

function decisionPage(decision) {
  const date = chineseDate(decision.decisionDate) + (DATE_BASES[decision.decisionDateBasis] ?? "");
  return [
    decision.caseName ? el("p", { class: "case-name" }, decision.caseName) : null,
    record([
      ["文号", decision.documentNumber],
      ["决定日期", date],
      ...partyRows(decision),
      ["执法主体", el("a", { href: `/?agency=${encodeURIComponent(decision.agency.id)}&kind=PENALTY_DECISION` }, decision.agency.name)],
      ["地区", decision.region.name],
      ["执法领域", decision.field?.name],
      ["执法事项", decision.enforcementItem
        ? el("a", { href: `/catalogue?item=${encodeURIComponent(decision.enforcementItem.id)}` }, decision.enforcementItem.name)
        : null],
    ]),
    el("section", { "aria-labelledby": "facts-heading" },
      el("h2", { id: "facts-heading" }, "违法事实"), el("p", { class: "facts" }, decision.facts)),
    provisions(decision),
    penalties(decision),
    benchmark(decision),
    publication(decision),
    revisions(decision),
    el("p", { class: "complain" },
      el("a", { class: "button", href: `/complain?decision=${encodeURIComponent(decision.id)}` }, "对这一执法行为投诉")),
  ].filter(Boolean);
}

function showNotFound(id) {
  document.title = "未找到行政处罚决定 · 执法公开";
  heading.textContent = "未找到行政处罚决定";
  content.replaceChildren(
    el("p", { class: "error", role: "alert" }, `没有找到编号为“${id}”的行政处罚决定：编号可能有误，或该决定已不再公示。`),
    el("p", {}, el("a", { href: "/" }, "返回检索")));
}

async function showDecision() {
  const id = decodeURIComponent(location.pathname.split("/")[2] ?? "");
  let decision;
  try {
    decision = (await graphql(DECISION, { id })).penaltyDecision;
  } catch (error) {
    if (error.code === "NOT_FOUND") showNotFound(id);
    else showError(content, error);
    return;
  }
  if (!decision) {
    showNotFound(id);
    return;
  }
  // The tab and bookmarks name the decision by its document number.
  document.title = `${decision.documentNumber} · 执法公开`;
  heading.textContent = decision.documentNumber;
  content.replaceChildren(...(decision.withdrawal ? [withdrawalNotice(decision)] : decisionPage(decision)));
}

showDecision();
