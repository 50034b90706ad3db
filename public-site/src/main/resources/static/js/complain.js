// /complain: an enterprise complains about enforcement conduct. The form checks the credit code as it is typed,
// explains the categories, shows where the complaint will go before it is sent (complaintDestination, the same
// routing as filing), then files it and shows the tracking number and the access code once.
// What the filer types stays in the form and in memory: never in the address, storage or the console.
import { graphql, el, showError, chineseDate, ApiError, withPhone } from "/js/site.js";

// ---- 统一社会信用代码 (GB 32100-2015), as the portal's server checks it (identifier/CreditCode) ----

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The code without spaces (also full-width ones), in capitals. */
export function normalizeCreditCode(value) {
  return halfWidth(value).replace(/[\s\u3000]/g, "").toUpperCase();
}

/** Full-width digits and letters (９１３３…) as a Chinese input method types them, read as ASCII. */
function halfWidth(value) {
  return value.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0));
}

/** The check character the first 17 characters call for. */
export function checkCharacterFor(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Whether a code (already normalised) is well formed and its last character matches its check. */
export function hasValidCheckCharacter(code) {
  return FORMAT.test(code) && checkCharacterFor(code) === code[17];
}

/** What is wrong with a typed credit code, in Chinese; null when it passes. */
export function creditCodeProblem(value) {
  const code = normalizeCreditCode(value);
  if (code === "") return "请填写统一社会信用代码。";
  if (/^[0-9]{15}$/.test(code)) return "这是 15 位工商注册号，请填写营业执照上的 18 位统一社会信用代码。";
  if (code.length !== 18) return `统一社会信用代码应为 18 位，现在是 ${code.length} 位。`;
  if (!FORMAT.test(code)) return "统一社会信用代码只含数字和大写字母（不含 I、O、S、V、Z），第 3–8 位是数字。";
  if (!hasValidCheckCharacter(code)) return "校验位不符：最后一位应与前 17 位计算的结果一致，请逐位核对。";
  return null;
}

// ---- the page ----

const content = document.getElementById("content");
const decisionId = new URLSearchParams(location.search).get("decision");

const state = { agency: null, decision: null, previewRun: 0, sending: false, keyed: null };

const CATEGORIES = `{ complaintCategories { category label description } enforcementFields { code name } }`;
const DECISION = `query($id: ID!) { penaltyDecision(id: $id) {
  id documentNumber decisionDate agency { id name region { name } } field { code name } } }`;
const AGENCIES = `query($filter: AgencyFilter) { agencies(filter: $filter, first: 30) {
  nodes { id name region { name } } totalCount } }`;
const DESTINATION = `query($input: ComplaintDestinationInput!) { complaintDestination(input: $input) {
  handler { kind name phone } supervisionBody { name phone } routingRule { description } toHotline
  acceptanceLimit { amount unit } acceptanceDue conclusionLimit { amount unit } } }`;
const FILE = `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) {
  trackingNumber accessCode redirect { channel contact messageZh }
  complaint { status acceptanceDue agencyName handler { kind name phone } supervisionBody { name phone } toHotline } } }`;

/** A labelled field: the label, the control, a hint and a place for its error, tied by aria-describedby. */
function field(id, label, control, hint) {
  control.id = id;
  const described = [];
  const parts = [el("label", { for: id }, label)];
  if (hint) {
    parts.push(el("span", { class: "hint", id: `${id}-hint` }, hint));
    described.push(`${id}-hint`);
  }
  parts.push(control);
  parts.push(el("p", { class: "error field-error", id: `${id}-error`, role: "alert", hidden: true }));
  described.push(`${id}-error`);
  control.setAttribute("aria-describedby", described.join(" "));
  return el("div", { class: "field" }, parts);
}

function fieldError(id, message) {
  const control = document.getElementById(id);
  const slot = document.getElementById(`${id}-error`);
  if (!control || !slot) return;
  // A group (the categories) carries no aria-invalid of its own; its message is tied by aria-describedby.
  const invalid = control.tagName !== "FIELDSET";
  if (message) {
    if (invalid) control.setAttribute("aria-invalid", "true");
    slot.textContent = message;
    slot.hidden = false;
  } else {
    control.removeAttribute("aria-invalid");
    slot.textContent = "";
    slot.hidden = true;
  }
}

const value = (id) => document.getElementById(id).value;

function kindLabel(kind) {
  return kind === "CONTACT_POINT" ? "行政执法监督联系点" : "司法行政部门（行政执法监督机关）";
}

function limitText(limit) {
  return `${limit.amount} 个${limit.unit === "WORKING_DAYS" ? "工作日" : "自然日"}`;
}

// -- the body complained about --

function agencyPart() {
  const chosen = el("p", { id: "agency-chosen", class: "notice", "aria-live": "polite" }, "尚未选择被投诉的执法主体。");
  const search = el("input", { type: "search", autocomplete: "off" });
  const find = el("button", { type: "button", class: "secondary", id: "agency-find" }, "查找");
  const select = el("select", { id: "agency" }, el("option", { value: "" }, "（先输入名称查找）"));
  const list = el("div", { class: "field" },
    el("label", { for: "agency" }, "选择执法主体"), select,
    el("p", { class: "error field-error", id: "agency-error", role: "alert", hidden: true }));
  select.setAttribute("aria-describedby", "agency-error");
  const lookup = async () => {
    const text = search.value.trim();
    if (!text) {
      fieldError("agency-search", "请输入执法主体名称中的几个字，例如“市场监督管理局”。");
      return;
    }
    fieldError("agency-search", null);
    try {
      const data = await graphql(AGENCIES, { filter: { nameContains: text } });
      const nodes = data.agencies.nodes;
      // A new list: the body (and decision) chosen before is chosen no longer until one is picked.
      state.agency = null;
      state.decision = null;
      showChosen();
      preview();
      select.replaceChildren(el("option", { value: "" },
        nodes.length ? `找到 ${data.agencies.totalCount} 个，请选择` : "没有找到，请换个名称"),
        ...nodes.map((a) => el("option", { value: a.id }, `${a.name}（${a.region.name}）`)));
      if (nodes.length) select.focus();
    } catch (error) {
      fieldError("agency-search", error.message);
    }
  };
  find.addEventListener("click", lookup);
  search.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      lookup();
    }
  });
  select.addEventListener("change", () => {
    const option = select.selectedOptions[0];
    state.agency = select.value ? { id: select.value, name: option.textContent } : null;
    state.decision = null;
    showChosen();
    fieldError("agency", null);
    preview();
  });
  const searchField = field("agency-search", "按名称查找被投诉的执法主体", search, "输入名称中的几个字，按回车或“查找”。");
  searchField.append(find);
  return el("fieldset", { id: "agency-part" }, el("legend", {}, "投诉哪个执法主体"), chosen,
    el("div", { id: "agency-picker" }, searchField, list));
}

function showChosen() {
  const chosen = document.getElementById("agency-chosen");
  if (!state.agency) {
    chosen.replaceChildren("尚未选择被投诉的执法主体。");
    return;
  }
  const parts = [el("strong", {}, "被投诉的执法主体："), state.agency.name];
  if (state.decision) {
    parts.push(el("br"), el("strong", {}, "涉及的行政处罚决定："),
      el("a", { href: `/decisions/${encodeURIComponent(state.decision.id)}` }, state.decision.documentNumber),
      `（${chineseDate(state.decision.decisionDate)}）`);
  }
  chosen.replaceChildren(...parts);
}

// -- categories --

function categoryPart(categories) {
  const options = categories.map((c) => {
    const id = `category-${c.category}`;
    const input = el("input", { type: "radio", name: "category", value: c.category, id, "aria-describedby": `${id}-about` });
    input.addEventListener("change", () => {
      fieldError("category", null);
      preview();
    });
    return el("div", { class: "choice" }, input,
      el("label", { for: id }, c.label),
      el("span", { class: "hint", id: `${id}-about` }, c.description));
  });
  return el("fieldset", { id: "category", "aria-describedby": "category-error" },
    el("legend", {}, "投诉类别"), ...options,
    el("p", { class: "error field-error", id: "category-error", role: "alert", hidden: true }));
}

function chosenCategory() {
  return document.querySelector("input[name=category]:checked")?.value ?? null;
}

// -- the credit code, checked as typed --

function creditCodeField() {
  const input = el("input", { type: "text", autocomplete: "off", spellcheck: "false", maxlength: "30", inputmode: "text" });
  const wrapper = field("credit-code", "统一社会信用代码", input, "营业执照上的 18 位代码，输入时即核对校验位。");
  const status = el("p", { id: "credit-code-ok", class: "ok", "aria-live": "polite" });
  wrapper.append(status);
  const check = (final) => {
    const code = normalizeCreditCode(input.value);
    const problem = creditCodeProblem(input.value);
    status.textContent = "";
    if (!problem) {
      fieldError("credit-code", null);
      status.textContent = "✓ 代码格式与校验位正确。";
      preview();
    } else if (final || code.length >= 18 || /[IOSVZ]/.test(code)) {
      fieldError("credit-code", problem);
    } else {
      fieldError("credit-code", null);
    }
  };
  input.addEventListener("input", () => check(false));
  input.addEventListener("blur", () => check(input.value.trim() !== ""));
  return wrapper;
}

// -- where it will go --

let previewTimer;
function preview() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(runPreview, 250);
}

function destinationInput() {
  const input = {
    creditCode: normalizeCreditCode(value("credit-code")),
    agencyId: state.agency?.id,
    category: chosenCategory(),
  };
  const region = value("region-code").trim();
  if (region) input.regionCode = region;
  if (state.decision) input.penaltyDecisionId = state.decision.id;
  const chosenField = value("field");
  if (chosenField) input.field = chosenField;
  return input;
}

async function runPreview() {
  const box = document.getElementById("destination");
  if (!box) return; // the complaint was filed meanwhile
  const input = destinationInput();
  // Counted before anything else: an answer still under way for earlier facts must not be shown.
  const run = ++state.previewRun;
  const missing = [];
  if (!input.agencyId) missing.push("被投诉的执法主体");
  if (!input.category) missing.push("投诉类别");
  if (creditCodeProblem(value("credit-code"))) missing.push("正确的统一社会信用代码");
  const status = document.getElementById("destination-status");
  if (missing.length) {
    status.textContent = "";
    box.replaceChildren(el("p", {}, `填好${missing.join("、")}后，这里会显示投诉将送往哪里、多久内受理。`));
    return;
  }
  try {
    const data = await graphql(DESTINATION, { input });
    if (run !== state.previewRun) return;
    fieldError("region-code", null);
    const d = data.complaintDestination;
    const rows = [
      ["办理单位", `${withPhone(d.handler)} · ${kindLabel(d.handler.kind)}`],
      ["监督机关", withPhone(d.supervisionBody)],
      ["12345 热线", d.toHotline ? "同时抄送 12345 政务服务便民热线" : "不抄送 12345（由监督机关核查）"],
      ["受理期限", `${limitText(d.acceptanceLimit)}内决定是否受理（今天提交，最迟 ${chineseDate(d.acceptanceDue)}）`],
      ["办结期限", `受理之日起 ${limitText(d.conclusionLimit)}内办结`],
      ["派单依据", d.routingRule.description],
    ];
    status.textContent = `投诉将送往${d.handler.name}，最迟 ${chineseDate(d.acceptanceDue)} 决定是否受理。`;
    box.replaceChildren(
      el("h2", { id: "destination-title" }, "提交后将送往"),
      el("dl", { class: "record" }, rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", { "data-part": k }, v)])),
      el("p", { class: "hint" }, "如同一企业就同一事项的投诉仍在办理中，新投诉会并入原工单（并单）。"));
  } catch (error) {
    if (run !== state.previewRun) return;
    status.textContent = "";
    if (error instanceof ApiError && error.code === "INVALID_REGION_CODE") {
      fieldError("region-code", error.message);
      box.replaceChildren(el("p", {}, "请先核对所在地行政区划代码。"));
    } else if (error instanceof ApiError && error.code === "INVALID_CREDIT_CODE") {
      fieldError("credit-code", error.message);
      box.replaceChildren();
    } else {
      showError(box, error);
    }
  }
}

// -- sending --

const LIMITS = [
  ["enterprise-name", "企业名称", 2, 100],
  ["contact-name", "联系人", 1, 50],
  ["description", "投诉内容", 10, 5000],
];

function checkBeforeSending() {
  let first = null;
  const fail = (id, message) => {
    fieldError(id, message);
    first ??= id;
  };
  if (!state.agency) fail("agency", "请选择被投诉的执法主体。");
  if (!chosenCategory()) fail("category", "请选择投诉类别。");
  for (const [id, name, min, max] of LIMITS) {
    const length = [...value(id).trim()].length;
    if (length < min || length > max) fail(id, `${name}应为 ${min}–${max} 个字（现在 ${length} 个）。`);
    else fieldError(id, null);
  }
  const problem = creditCodeProblem(value("credit-code"));
  if (problem) fail("credit-code", problem);
  const phone = halfWidth(value("contact-phone")).replace(/[\s\-－()（）]/g, "");
  if (!/^(1[3-9][0-9]{9}|0(10|2[0-9])[2-9][0-9]{7}|0[3-9][0-9]{2}[2-9][0-9]{6,7})$/.test(phone)) fail("contact-phone", "联系电话应为 11 位手机号，或带区号的固定电话（如 0571-87654321）。");
  else fieldError("contact-phone", null);
  return first;
}

/** The field an API error belongs to. */
function fieldOf(error) {
  const detail = error.detail ?? "";
  switch (error.code) {
    case "INVALID_CREDIT_CODE": return "credit-code";
    case "INVALID_PHONE": return "contact-phone";
    case "INVALID_REGION_CODE": return "region-code";
    case "INVALID_FIELD": return "field";
    case "NOT_FOUND": return "agency";
    case "INVALID_TEXT":
      if (detail.startsWith("企业名称")) return "enterprise-name";
      if (detail.startsWith("联系人")) return "contact-name";
      return "description";
    default: return null;
  }
}

function messageFor(error, id) {
  if (error.code === "INVALID_TEXT" && id) {
    // The server says which field and how long it was: "投诉内容应为 10–5000 个字（去除格式后为 5 个）".
    return error.detail?.split(" / ")[0] ?? error.message;
  }
  return error.message;
}

async function send(event) {
  event.preventDefault();
  if (state.sending) return;
  const formError = document.getElementById("form-error");
  formError.replaceChildren();
  const first = checkBeforeSending();
  if (first) {
    document.getElementById(first === "category" ? `category-${document.querySelector("input[name=category]").value}` : first)?.focus();
    formError.replaceChildren(el("p", { class: "error", role: "alert" }, "有几处需要修改，请看标红的栏目。"));
    return;
  }
  const input = {
    ...destinationInput(),
    enterpriseName: value("enterprise-name"),
    contactName: value("contact-name"),
    contactPhone: value("contact-phone"),
    description: value("description"),
    identityShown: document.getElementById("identity-shown").checked,
    inReconsiderationOrLitigation: document.getElementById("litigation").checked,
  };
  input.filingKey = filingKeyFor(input);
  const button = document.getElementById("send");
  state.sending = true;
  button.disabled = true;
  button.textContent = "正在提交…";
  try {
    const data = await graphql(FILE, { input });
    const filed = data.fileComplaint;
    if (filed.redirect) showRedirect(filed.redirect);
    else showFiled(filed);
  } catch (error) {
    const id = error instanceof ApiError ? fieldOf(error) : null;
    if (id) {
      fieldError(id, messageFor(error, id));
      document.getElementById(id)?.focus();
      formError.replaceChildren(el("p", { class: "error", role: "alert" }, "未能提交：请按标红处的提示修改，已填写的内容都还在。"));
    } else {
      showError(formError, error);
      formError.append(el("p", {}, "已填写的内容都还在，可以稍后再提交。"));
    }
  } finally {
    state.sending = false;
    button.disabled = false;
    button.textContent = "提交投诉";
  }
}

/**
 * The filing key for this content: the same while the content is unchanged, so that sending again
 * after a lost answer files once and shows the first answer; a new one when anything was changed.
 */
function filingKeyFor(input) {
  const content = JSON.stringify(input);
  if (state.keyed?.content !== content) {
    const random = crypto.getRandomValues(new Uint8Array(16)); // also where randomUUID is not (http)
    state.keyed = { content, key: Array.from(random, (b) => b.toString(16).padStart(2, "0")).join("") };
  }
  return state.keyed.key;
}

function showRedirect(redirect) {
  const box = document.getElementById("form-error");
  box.replaceChildren(el("div", { class: "notice warn", role: "alert", id: "redirect" },
    el("h2", {}, "这件事请通过其他渠道反映"), el("p", {}, redirect.messageZh),
    el("p", {}, "联系：", el("strong", {}, redirect.contact)),
    el("p", { class: "hint" }, "本站没有保存这次填写的内容。")));
  box.querySelector("h2").setAttribute("tabindex", "-1");
  box.querySelector("h2").focus();
}

function showFiled(filed) {
  const c = filed.complaint;
  const form = document.getElementById("complaint-form");
  const result = el("section", { id: "filed", "aria-labelledby": "filed-title" },
    el("h2", { id: "filed-title", tabindex: "-1" }, "投诉已提交"),
    el("div", { class: "keys card" },
      el("p", {}, "请立即抄下或拍照保存下面两项。", el("strong", {}, "查询码只显示这一次"),
        "，本站不保存它的原文，丢失后无法找回；凭这两项可随时查询办理进度、对答复作出评价。"),
      el("dl", { class: "record keys-list" },
        el("dt", {}, "查询编号"), el("dd", {}, el("code", { id: "tracking-number", class: "key" }, filed.trackingNumber)),
        el("dt", {}, "查询码"), el("dd", {}, el("code", { id: "access-code", class: "key" }, filed.accessCode)))),
    el("dl", { class: "record" },
      el("dt", {}, "被投诉的执法主体"), el("dd", {}, c.agencyName),
      el("dt", {}, "办理单位"), el("dd", { id: "filed-handler" }, c.handler ? withPhone(c.handler) : "—"),
      el("dt", {}, "监督机关"), el("dd", {}, c.supervisionBody ? withPhone(c.supervisionBody) : "—"),
      el("dt", {}, "12345 热线"), el("dd", {}, c.toHotline ? "已抄送" : "未抄送"),
      el("dt", {}, "受理截止"), el("dd", { id: "filed-due" }, chineseDate(c.acceptanceDue))),
    el("p", {}, el("a", { href: `/track?number=${encodeURIComponent(filed.trackingNumber)}`, id: "track-link" },
      "查询办理进度"), "（只带上查询编号，查询码需要您自己输入）"));
  // A preview still waiting or under way has nowhere to show once the complaint is filed.
  clearTimeout(previewTimer);
  state.previewRun++;
  form.replaceWith(result);
  document.getElementById("destination-part")?.remove();
  document.getElementById("form-intro")?.remove();
  document.getElementById("filed-title").focus();
}

// -- the form --

async function mount() {
  content.replaceChildren(el("p", {}, "正在载入…"));
  let catalogue;
  try {
    catalogue = await graphql(CATEGORIES);
  } catch (error) {
    showError(content, error);
    return;
  }
  const fieldSelect = el("select", {},
    el("option", { value: "" }, "不确定 / 按处罚决定或执法事项确定"),
    ...catalogue.enforcementFields.map((f) => el("option", { value: f.code }, f.name)));
  fieldSelect.addEventListener("change", preview);
  const region = el("input", { type: "text", inputmode: "numeric", autocomplete: "off", maxlength: "9" });
  region.addEventListener("change", preview);
  const description = el("textarea", { rows: "8", maxlength: "5000" });
  const counter = el("span", { class: "hint", id: "description-count", "aria-live": "off" }, "0 / 5000 字");
  description.addEventListener("input", () => {
    counter.textContent = `${[...description.value].length} / 5000 字`;
  });
  const descriptionField = field("description", "事情经过", description,
    "写清时间、地点、执法人员的做法和对企业的影响；10–5000 字。请不要写身份证号等与投诉无关的个人信息。");
  descriptionField.append(counter);
  const litigation = el("input", { type: "checkbox", id: "litigation" });
  const identity = el("input", { type: "checkbox", id: "identity-shown", "aria-describedby": "identity-hint" });

  const form = el("form", { id: "complaint-form", novalidate: true, "aria-describedby": "form-intro" },
    agencyPart(),
    el("fieldset", {}, el("legend", {}, "投诉什么"),
      field("field", "执法领域（选填）", fieldSelect, "不选时按所涉处罚决定的领域派单。"),
      categoryPart(catalogue.complaintCategories),
      descriptionField,
      el("div", { class: "choice" }, litigation,
        el("label", { for: "litigation" }, "这件事已申请行政复议或已向法院起诉"))),
    el("fieldset", {}, el("legend", {}, "投诉企业"),
      field("enterprise-name", "企业名称", el("input", { type: "text", autocomplete: "organization" }), "与营业执照一致。"),
      creditCodeField(),
      field("region-code", "经营所在地行政区划代码（选填）", region, "6 位或 9 位数字；不填时按信用代码第 3–8 位（登记机关所在地）派单。")),
    el("fieldset", {}, el("legend", {}, "联系方式（只给办理单位回访用）"),
      field("contact-name", "联系人", el("input", { type: "text", autocomplete: "name" })),
      field("contact-phone", "联系电话", el("input", { type: "tel", autocomplete: "tel" }), "11 位手机号，或带区号的固定电话。"),
      el("div", { class: "choice" }, identity,
        el("label", { for: "identity-shown" }, "同意让被投诉的执法主体知道是谁投诉"),
        el("span", { class: "hint", id: "identity-hint" },
          "默认不同意：被投诉的执法主体看不到企业名称和联系方式；办理单位、监督机关和 12345 热线可以看到，以便回访。"))),
    el("section", { id: "destination-part", "aria-labelledby": "destination-heading" },
      el("h2", { id: "destination-heading", class: "visually-hidden" }, "投诉去向"),
      // Only a sentence is announced when the destination changes, not the whole card.
      el("p", { id: "destination-status", class: "visually-hidden", role: "status" }),
      el("div", { id: "destination", class: "card" })),
    el("div", { id: "form-error" }),
    el("button", { type: "submit", id: "send" }, "提交投诉"));
  form.addEventListener("submit", send);
  for (const id of ["enterprise-name", "contact-name", "description"]) {
    form.querySelector(`#${id}`).addEventListener("input", () => fieldError(id, null));
  }
  form.querySelector("#contact-phone").addEventListener("input", () => fieldError("contact-phone", null));

  content.replaceChildren(
    el("div", { id: "form-intro" },
      el("p", {}, "企业对行政执法行为有意见（如重复检查、罚款超出裁量基准、程序违法、执法态度等），可以在这里投诉。" +
        "投诉按派单目录送往行政执法监督联系点或司法行政部门办理，多数同时抄送 12345 热线。提交前会显示具体去向和期限。"),
      el("p", { class: "hint" }, "已申请行政复议或起诉的事项、消费纠纷、紧急情况请走其他渠道；需要报警请直接拨打 110。")),
    form);
  await prefillFromDecision();
  runPreview();
}

async function prefillFromDecision() {
  if (!decisionId) return;
  try {
    const data = await graphql(DECISION, { id: decisionId });
    const d = data.penaltyDecision;
    if (!d) return;
    state.agency = { id: d.agency.id, name: `${d.agency.name}（${d.agency.region.name}）` };
    state.decision = d;
    const select = document.getElementById("agency");
    select.replaceChildren(el("option", { value: d.agency.id }, state.agency.name));
    if (d.field) document.getElementById("field").value = d.field.code;
    showChosen();
  } catch (error) {
    const chosen = document.getElementById("agency-chosen");
    showError(chosen, error);
    chosen.append(el("p", {}, "请在下面按名称查找被投诉的执法主体。"));
  }
}

mount();
