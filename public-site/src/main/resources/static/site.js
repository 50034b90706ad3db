// The page reads the same public GraphQL API that every other client uses.
async function graphql(query, variables) {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

function cell(text, className) {
  const td = document.createElement("td");
  td.textContent = text ?? "—";
  if (className) td.className = className;
  return td;
}

function row(decision) {
  const tr = document.createElement("tr");
  tr.append(
    cell(decision.decisionDate),
    cell(decision.documentNumber),
    cell(decision.party.name),
    cell(decision.agency.name),
    cell(decision.fineAmount, "amount"),
  );
  return tr;
}

const FIELDS = "id decisionDate documentNumber fineAmount party { name } agency { name }";

async function showLatest() {
  const result = await graphql(`{ portal { sampleData } penaltyDecisions(first: 20) { nodes { ${FIELDS} } } }`);
  document.getElementById("sample-banner").hidden = !result.data?.portal.sampleData;
  const body = document.getElementById("latest");
  body.replaceChildren(...(result.data?.penaltyDecisions.nodes ?? []).map(row));
}

document.getElementById("lookup").addEventListener("submit", async (event) => {
  event.preventDefault();
  const target = document.getElementById("lookup-result");
  const query = document.getElementById("number").value;
  const result = await graphql(
    `query($q: String!) { search(query: $q, first: 10) { totalCount
       edges { highlights { field fragments } node { __typename
         ... on PenaltyDecision { ${FIELDS} }
         ... on EnforcementItem { name } ... on BenchmarkViolation { violation }
         ... on NoPenaltyItem { violation } ... on LegalProvision { citation } } } } }`,
    { q: query },
  );
  if (result.errors) {
    target.innerHTML = "";
    const p = document.createElement("p");
    p.className = "error";
    p.textContent = result.errors[0].message;
    target.append(p);
    return;
  }
  const found = result.data.search;
  const list = document.createElement("ol");
  for (const edge of found.edges) {
    const item = document.createElement("li");
    const node = edge.node;
    const title = document.createElement("strong");
    title.textContent = node.__typename === "PenaltyDecision"
      ? `${node.documentNumber} · ${node.party.name} · ${node.agency.name}`
      : node.name ?? node.violation ?? node.citation;
    item.append(title);
    const fragment = edge.highlights.find((h) => h.field === "body") ?? edge.highlights[0];
    if (fragment) {
      const text = document.createElement("div");
      // The server escapes all text and adds only <em> around matched words.
      text.innerHTML = fragment.fragments[0];
      item.append(text);
    }
    list.append(item);
  }
  const note = document.createElement("p");
  note.textContent = `共 ${found.totalCount} 条 / ${found.totalCount} found`;
  target.replaceChildren(note, list);
});

showLatest();

// A search can be shared as a link: /?q=人行道摆摊
const shared = new URLSearchParams(location.search).get("q");
if (shared) {
  document.getElementById("number").value = shared;
  document.getElementById("lookup").requestSubmit();
}
