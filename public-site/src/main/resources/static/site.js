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
  const number = document.getElementById("number").value;
  const result = await graphql(
    `query($n: String!) { penaltyDecisionsByDocumentNumber(documentNumber: $n) { ${FIELDS} } }`,
    { n: number },
  );
  if (result.errors) {
    target.innerHTML = "";
    const p = document.createElement("p");
    p.className = "error";
    p.textContent = result.errors[0].message;
    target.append(p);
    return;
  }
  const found = result.data.penaltyDecisionsByDocumentNumber;
  const table = document.createElement("table");
  table.append(...found.map(row));
  const note = document.createElement("p");
  note.textContent = found.length ? `找到 ${found.length} 条 / ${found.length} found` : "未找到 / Not found";
  target.replaceChildren(note, table);
});

showLatest();
