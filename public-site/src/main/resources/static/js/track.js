// /track: an enterprise follows its complaint with the tracking number and the access code it got when filing.
// The access code is sent in the body of the GraphQL request only: never in the address, storage or the console.
// Only the tracking number may come in the address (/track?number=…), from the link shown after filing.
import { graphql, el, showError, chineseDate, ApiError, withPhone } from "/js/site.js";

const content = document.getElementById("content");

// The filer's own view, without who complained or the 12345 copy: the page needs neither, so it asks for neither.
const FIELDS = `trackingNumber status categoryLabel agencyName filedAt
  handler { kind name phone } supervisionBody { name phone }
  acceptanceDue conclusionDue extended overdue
  refusal { reason route } answer answeredOn satisfaction ratingComment escalationLevel escalatedTo { name }
  joinedOrder { status acceptanceDue conclusionDue overdue handler { name } }
  timeline { kind occurredAt actor note destination }
  notices { kind documentNumber issuedBy issuedOn due }`;
const COMPLAINT = `query($number: String!, $code: String!) { complaint(trackingNumber: $number, accessCode: $code) { ${FIELDS} } }`;
const RATE = `mutation($number: String!, $code: String!, $satisfaction: Int!, $comment: String) {
  rateComplaint(trackingNumber: $number, accessCode: $code, satisfaction: $satisfaction, comment: $comment) { ${FIELDS} } }`;

const STATUS = {
  RECEIVED: "已收到，待派单",
  DISPATCHED: "已派单，等待受理",
  ACCEPTED: "已受理",
  REFUSED: "不予受理",
  IN_PROGRESS: "办理中",
  EXTENSION_REQUESTED: "办理单位申请延期",
  ANSWERED: "已答复，待您评价",
  RATED: "已评价",
  CLOSED: "已办结",
  MERGED: "已并入同一事项的在办工单",
};

const EVENTS = {
  RECEIVED: "收到投诉",
  DISPATCHED: "派单",
  OBJECTED: "办理单位退单",
  ACCEPTED: "受理",
  REFUSED: "不予受理",
  STARTED: "开始办理",
  EXTENSION_REQUESTED: "申请延期",
  EXTENSION_GRANTED: "同意延期",
  EXTENSION_DENIED: "不同意延期",
  ANSWERED: "答复",
  RATED: "评价",
  CLOSED: "办结",
  RECATEGORISED: "调整投诉类别",
  REASSIGNED: "改派",
  MERGED: "并单",
  DUPLICATE_JOINED: "同一事项的投诉并入",
  NOTICE_ISSUED: "发出监督文书",
  REMINDED: "催办",
  ESCALATED: "提级督办",
  HOTLINE_QUEUED: "转 12345 热线",
  HOTLINE_DELIVERED: "12345 热线已接收",
  HOTLINE_UPDATED: "12345 热线反馈进展",
};

const NOTICES = { NOTICE: "行政执法监督通知书", OPINION: "行政执法监督意见书", DECISION: "行政执法监督决定书" };

const SATISFACTION = ["", "很不满意", "不满意", "一般", "满意", "很满意"];

/** "2026年11月20日 12:00" in Beijing time, as the API gives it (with its offset). */
function dateTime(iso) {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  const parts = new Intl.DateTimeFormat("zh-CN", {
    timeZone: "Asia/Shanghai", year: "numeric", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit", hour12: false,
  }).formatToParts(when);
  const part = (type) => parts.find((p) => p.type === type)?.value;
  return `${part("year")}年${part("month")}月${part("day")}日 ${part("hour")}:${part("minute")}`;
}

function setFieldError(id, message) {
  const control = document.getElementById(id);
  const slot = document.getElementById(`${id}-error`);
  if (message) {
    control.setAttribute("aria-invalid", "true");
    slot.textContent = message;
    slot.hidden = false;
  } else {
    control.removeAttribute("aria-invalid");
    slot.textContent = "";
    slot.hidden = true;
  }
}

function form() {
  const number = el("input", { id: "tracking-number", type: "text", autocomplete: "off", spellcheck: "false",
    "aria-describedby": "tracking-number-hint tracking-number-error" });
  number.value = new URLSearchParams(location.search).get("number") ?? "";
  // one-time-code: browsers do not offer to save it with the tracking number as a password.
  const code = el("input", { id: "access-code", type: "password", autocomplete: "one-time-code", spellcheck: "false",
    "aria-describedby": "access-code-hint access-code-error" });
  const toggle = el("button", { type: "button", class: "secondary", id: "show-code", "aria-pressed": "false",
    "aria-controls": "access-code" }, "显示查询码");
  toggle.addEventListener("click", () => {
    const shown = code.type === "password";
    code.type = shown ? "text" : "password";
    toggle.setAttribute("aria-pressed", String(shown));
    toggle.textContent = shown ? "隐藏查询码" : "显示查询码";
  });
  const trackForm = el("form", { id: "track-form", novalidate: true },
    el("label", { for: "tracking-number" }, "查询编号"),
    el("span", { class: "hint", id: "tracking-number-hint" }, "提交投诉时得到的编号，形如 ZF-20261120-0000042-7。"),
    number,
    el("p", { class: "error", id: "tracking-number-error", role: "alert", hidden: true }),
    el("label", { for: "access-code" }, "查询码"),
    el("span", { class: "hint", id: "access-code-hint" }, "提交投诉时只显示一次的 10 位查询码；不区分大小写，空格不影响。"),
    el("div", { class: "search-row" }, code, toggle),
    el("p", { class: "error", id: "access-code-error", role: "alert", hidden: true }),
    el("p", {}, el("button", { type: "submit", id: "look-up" }, "查询")));
  trackForm.addEventListener("submit", lookUp);
  return trackForm;
}

const keys = { number: null, code: null };

async function lookUp(event) {
  event.preventDefault();
  const number = document.getElementById("tracking-number").value.trim();
  const code = document.getElementById("access-code").value.trim();
  setFieldError("tracking-number", number ? null : "请填写查询编号。");
  setFieldError("access-code", code ? null : "请填写查询码。");
  const result = document.getElementById("result");
  if (!number || !code) {
    result.replaceChildren();
    document.getElementById(number ? "access-code" : "tracking-number").focus();
    return;
  }
  const button = document.getElementById("look-up");
  button.disabled = true;
  result.replaceChildren(el("p", {}, "正在查询…"));
  try {
    const data = await graphql(COMPLAINT, { number, code });
    keys.number = number;
    keys.code = code;
    show(data.complaint);
  } catch (error) {
    keys.number = null;
    keys.code = null;
    if (error instanceof ApiError && (error.code === "ACCESS_DENIED" || error.code === "TOO_MANY_ATTEMPTS")) {
      setFieldError("access-code", error.message);
      result.replaceChildren();
      document.getElementById("access-code").focus();
    } else {
      showError(result, error);
    }
  } finally {
    button.disabled = false;
  }
}

function show(c) {
  const result = document.getElementById("result");
  const status = [el("span", { class: "pill", id: "status" }, STATUS[c.status] ?? c.status)];
  if (c.overdue) status.push(" ", el("span", { class: "outside" }, "已超过当前环节的期限"));
  const facts = [
    ["查询编号", el("code", {}, c.trackingNumber)],
    ["状态", status],
    ["投诉类别", c.categoryLabel],
    ["被投诉的执法主体", c.agencyName],
    ["提交时间", dateTime(c.filedAt)],
    ["办理单位", el("span", { id: "handler" }, withPhone(c.handler))],
    ["监督机关", withPhone(c.supervisionBody)],
  ];
  if (c.escalationLevel > 0) facts.push(["提级督办", `已提级 ${c.escalationLevel} 次${c.escalatedTo ? `，现由${c.escalatedTo.name}督办` : ""}`]);
  const deadlines = [
    ["受理截止", el("span", { id: "acceptance-due" }, chineseDate(c.acceptanceDue)), "办理单位须在此日前（含当日）决定是否受理。"],
    ["办结截止", el("span", { id: "conclusion-due" }, c.conclusionDue ? chineseDate(c.conclusionDue) : "受理后确定"),
      c.extended ? "已经批准延期。" : "自受理之日起计算；办理单位须在此日前（含当日）办结并答复。"],
  ];
  const parts = [
    el("h2", { id: "result-title", tabindex: "-1" }, "办理情况"),
    el("dl", { class: "record", id: "facts" }, facts.flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])),
    el("h3", {}, "期限"),
    el("dl", { class: "record", id: "deadlines" }, deadlines.flatMap(([k, v, hint]) =>
      [el("dt", {}, k), el("dd", {}, v, el("span", { class: "hint" }, hint))])),
  ];
  if (c.joinedOrder) {
    const j = c.joinedOrder;
    parts.push(el("div", { class: "notice", id: "joined" },
      el("p", {}, "您的投诉与同一事项正在办理的工单合并办理，以下是该工单的进度："),
      el("p", {}, `${STATUS[j.status] ?? j.status}；办理单位：${j.handler?.name ?? "—"}；受理截止 ${chineseDate(j.acceptanceDue)}` +
        (j.conclusionDue ? `；办结截止 ${chineseDate(j.conclusionDue)}` : ""))));
  }
  if (c.refusal) {
    parts.push(el("div", { class: "notice warn", id: "refusal" },
      el("h3", {}, "不予受理"), el("p", {}, "理由：", c.refusal.reason), el("p", {}, "请改向：", c.refusal.route)));
  }
  if (c.answer) {
    parts.push(el("section", { id: "answer", class: "card", "aria-labelledby": "answer-title" },
      el("h3", { id: "answer-title" }, `答复（${chineseDate(c.answeredOn)}）`),
      el("p", { class: "answer-text" }, c.answer)));
  }
  if (c.satisfaction) {
    parts.push(el("p", { id: "rating" }, `您的评价：${c.satisfaction} 分（${SATISFACTION[c.satisfaction]}）`,
      c.ratingComment ? `。${c.ratingComment}` : ""));
  } else if (c.status === "ANSWERED") {
    parts.push(ratingForm());
  }
  if (c.notices.length) {
    parts.push(el("h3", {}, "监督文书"), el("ul", {}, c.notices.map((n) =>
      el("li", {}, `${NOTICES[n.kind] ?? n.kind} ${n.documentNumber}，${n.issuedBy}，${chineseDate(n.issuedOn)} 发出，须在 ${chineseDate(n.due)} 前办理`))));
  }
  parts.push(el("h3", {}, "办理过程"),
    el("ol", { class: "timeline", id: "timeline" }, c.timeline.map((e) =>
      el("li", {},
        el("time", { datetime: e.occurredAt }, dateTime(e.occurredAt)), " ",
        el("strong", {}, EVENTS[e.kind] ?? e.kind),
        e.destination ? ` → ${e.destination}` : "",
        el("span", { class: "hint" }, e.actor, e.note ? `：${e.note}` : "")))));
  result.replaceChildren(...parts);
  document.getElementById("result-title").focus();
}

function ratingForm() {
  const options = [1, 2, 3, 4, 5].map((n) => el("div", { class: "choice" },
    el("input", { type: "radio", name: "satisfaction", id: `satisfaction-${n}`, value: String(n) }),
    el("label", { for: `satisfaction-${n}` }, `${n} 分 · ${SATISFACTION[n]}`)));
  const comment = el("textarea", { id: "rating-comment", rows: "3", maxlength: "1000" });
  const message = el("div", { id: "rating-message", "aria-live": "polite" });
  const ratingForm = el("form", { id: "rating-form", novalidate: true },
    el("fieldset", {}, el("legend", {}, "对答复的评价"), ...options),
    el("label", { for: "rating-comment" }, "意见（选填）"), comment,
    message,
    el("p", {}, el("button", { type: "submit" }, "提交评价")));
  ratingForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const chosen = ratingForm.querySelector("input[name=satisfaction]:checked");
    if (!chosen) {
      message.replaceChildren(el("p", { class: "error", role: "alert" }, "请选择 1–5 分。"));
      return;
    }
    try {
      const data = await graphql(RATE, { number: keys.number, code: keys.code, satisfaction: Number(chosen.value),
        comment: comment.value.trim() || null });
      show(data.rateComplaint);
    } catch (error) {
      showError(message, error);
    }
  });
  return ratingForm;
}

content.replaceChildren(
  el("p", {}, "输入提交投诉时得到的查询编号和查询码，查看办理单位、期限、办理过程和答复。"),
  form(),
  el("div", { id: "result", "aria-live": "polite" }));
