// What every page of the public site shares: the GraphQL client, error messages, the page's frame and
// small helpers to build elements. Pages read only the public GraphQL API, like any other client.
import { MESSAGES, UNREACHABLE } from "/js/errors.js";

/** A GraphQL error of the API, with its stable code and a message in Chinese for people. */
export class ApiError extends Error {
  constructor(code, detail) {
    super(MESSAGES[code] ?? UNREACHABLE);
    this.code = code;
    this.detail = detail;
  }
}

/** Runs a query or mutation; resolves to `data`, or rejects with the first error as an ApiError. */
export async function graphql(query, variables = {}) {
  let body;
  try {
    const response = await fetch("/graphql", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/graphql-response+json" },
      body: JSON.stringify({ query, variables }),
    });
    body = await response.json();
  } catch (cause) {
    throw new ApiError("UNREACHABLE", String(cause));
  }
  const error = body.errors?.[0];
  if (error) {
    throw new ApiError(error.extensions?.code ?? "INTERNAL_ERROR", error.message);
  }
  return body.data;
}

/**
 * Creates an element: `el("a", { href: "/x", class: "more" }, "text", child)`. Text is always text:
 * nothing given here is read as HTML.
 */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith("on")) {
      if (typeof value !== "function") throw new TypeError(`${name} must be a function`);
      element.addEventListener(name.slice(2), value);
    } else if ((name === "href" || name === "src") && !isWebAddress(value)) {
      // An address from the records (a source link) that is not http(s), such as javascript:, is left
      // out: the element stays, as plain text.
    } else {
      element.setAttribute(name, value === true ? "" : value);
    }
  }
  element.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return element;
}

/** Whether an address, relative or absolute, leads to a web page (http or https) rather than a script. */
export function isWebAddress(address) {
  try {
    return ["http:", "https:"].includes(new URL(String(address), location.origin).protocol);
  } catch {
    return false;
  }
}

/** Replaces a container's content with a message for an error (role=alert, so readers hear it). */
export function showError(container, error) {
  // A failure of the page itself (not the API's, not the network's) is the site's own error.
  const message = error instanceof ApiError ? error.message : MESSAGES.INTERNAL_ERROR;
  const code = error instanceof ApiError && error.code !== "UNREACHABLE" ? ` （${error.code}）` : "";
  container.replaceChildren(el("p", { class: "error", role: "alert" }, message + code));
}

/**
 * A legal provision folded to its citation, its text opening below it; `badge` follows the citation,
 * `after` the text.
 */
export function provisionDetails(provision, { badge = null, after = null } = {}) {
  return el("details", {}, el("summary", {}, provision.citation, badge ? [" ", badge] : null),
    el("blockquote", { class: "provision-text" }, provision.text), after);
}

/** A body or contact point with its telephone where it has one; "—" when there is none. */
export function withPhone(party) {
  if (!party) return "—";
  return party.phone ? `${party.name}（电话 ${party.phone}）` : party.name;
}

/** An amount of yuan as written in Chinese: "12,500.00 元"; "—" when absent. */
export function yuan(amount) {
  if (amount === null || amount === undefined) return "—";
  const [whole, fraction] = String(amount).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${grouped}${fraction ? "." + fraction : ""} 元`;
}

/** A date as written in Chinese: "2025年3月15日"; "—" when absent. */
export function chineseDate(iso) {
  if (!iso) return "—";
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

const SECTIONS = [
  ["/", "检索"],
  ["/check-fine", "核对罚款"],
  ["/catalogue", "执法事项"],
  ["/complain", "投诉"],
  ["/track", "查询投诉"],
  ["/open-data", "开放数据"],
];

function currentSection() {
  const path = location.pathname;
  if (path.startsWith("/decisions/")) return "/";
  return SECTIONS.find(([href]) => href === path)?.[0];
}

/** Fills the page's header and footer, and shows the sample-data banner when the data is generated. */
function mountFrame() {
  const current = currentSection();
  const header = document.getElementById("site-header");
  if (header) {
    const links = SECTIONS.map(([href, label]) =>
      el("li", {}, el("a", { href, "aria-current": href === current ? "page" : null }, label)));
    header.replaceChildren(
      el("a", { class: "brand", href: "/" }, "执法公开", el("span", { class: "brand-en" }, "Enforcement in the Open")),
      el("nav", { "aria-label": "主导航" }, el("ul", {}, links)),
    );
  }
  const footer = document.getElementById("site-footer");
  if (footer) {
    footer.replaceChildren(
      el("p", {}, "本站公示行政执法主体、执法事项、裁量基准和行政处罚决定。自然人信息依法隐去。"),
      el("p", {}, "开发者接口：", el("code", {}, "POST /graphql"), "，调试工具 ", el("a", { href: "/graphiql" }, "GraphiQL"),
        "；", el("a", { href: "/open-data" }, "批量下载"), "。"),
    );
  }
  graphql("{ portal { sampleData } }")
    .then((data) => {
      if (!data.portal.sampleData || !header) return;
      header.after(el("div", { id: "sample-banner", class: "banner", role: "note" },
        "示例数据：本站当前数据均为系统生成的虚构记录（示例省），并非真实处罚。"));
    })
    .catch(() => {});
}

mountFrame();
