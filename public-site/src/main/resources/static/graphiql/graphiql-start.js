// Starts GraphiQL against this portal's own /graphql. Kept out of the page so that the Content
// Security Policy can forbid inline scripts. Staff and API-key holders set their headers
// ({"Authorization": "Bearer …"} or {"X-Api-Key": "…"}) in the headers editor below the query.
const fetcher = GraphiQL.createFetcher({ url: "/graphql" });
ReactDOM.createRoot(document.getElementById("graphiql")).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultEditorToolsVisibility: "headers",
    isHeadersEditorEnabled: true,
  }),
);
