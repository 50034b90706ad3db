import { graphql, el, showError, yuan } from "/js/site.js";

const FIELDS = "id decisionDate documentNumber fineAmount party { name } agency { name }";

function row(decision) {
  return el("tr", {},
    el("td", { "data-label": "决定日期" }, decision.decisionDate ?? "—"),
    el("td", { "data-label": "文号" }, el("a", { href: `/decisions/${decision.id}` }, decision.documentNumber ?? "（无文号）")),
    el("td", { "data-label": "当事人" }, decision.party.name),
    el("td", { "data-label": "执法主体" }, decision.agency.name),
    el("td", { "data-label": "罚款", class: "amount" }, yuan(decision.fineAmount)));
}

async function showLatest() {
  const body = document.getElementById("latest");
  try {
    const data = await graphql(`{ penaltyDecisions(first: 20) { nodes { ${FIELDS} } } }`);
    body.replaceChildren(...data.penaltyDecisions.nodes.map(row));
  } catch (error) {
    showError(body, error);
  }
}

async function search(query) {
  const target = document.getElementById("lookup-result");
  try {
    const data = await graphql(
      `query($q: String!) { search(query: $q, first: 10) { totalCount
         edges { highlights { field fragments } node { __typename
           ... on PenaltyDecision { ${FIELDS} }
           ... on EnforcementItem { name } ... on BenchmarkViolation { violation }
           ... on NoPenaltyItem { violation } ... on LegalProvision { citation } } } } }`,
      { q: query });
    const found = data.search;
    const list = el("ol", {}, found.edges.map((edge) => {
      const node = edge.node;
      const title = node.__typename === "PenaltyDecision"
        ? `${node.documentNumber} · ${node.party.name} · ${node.agency.name}`
        : node.name ?? node.violation ?? node.citation;
      const item = el("li", {}, el("strong", {}, title));
      const fragment = edge.highlights.find((h) => h.field === "body") ?? edge.highlights[0];
      if (fragment) {
        const text = el("div");
        // The server escapes all text and adds only <em> around matched words.
        text.innerHTML = fragment.fragments[0];
        item.append(text);
      }
      return item;
    }));
    target.replaceChildren(el("p", {}, `共 ${found.totalCount} 条 / ${found.totalCount} found`), list);
  } catch (error) {
    showError(target, error);
  }
}

document.getElementById("lookup").addEventListener("submit", (event) => {
  event.preventDefault();
  search(document.getElementById("number").value);
});

showLatest();

// A search can be shared as a link: /?q=人行道摆摊
const shared = new URLSearchParams(location.search).get("q");
if (shared) {
  document.getElementById("number").value = shared;
  search(shared);
}
