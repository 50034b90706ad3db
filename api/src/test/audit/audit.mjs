// Audits a running portal against the GraphQL-over-HTTP specification with graphql-http's own
// suite, and prints one JSON line per audit: its id, name (MUST / SHOULD / MAY …), status and reason.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
const results = await auditServer({ url, fetchFn: fetch });
for (const result of results) {
  console.log(
    JSON.stringify({
      id: result.id,
      name: result.name,
      status: result.status,
      reason: result.status === 'ok' ? null : String(result.reason),
    }),
  );
}
