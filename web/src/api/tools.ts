// The API page's "For tools" section: the schema (SDL and introspection), the change feed with a polling script, a
// subscription with the graphql-ws client. Code is shown as written (not translated); the prose around it is i18n.
// The documents are checked against the server's schema and the scripts run against a server in the tests.
import { curlCommand } from './examples.js';

/** One page of the change feed; poll again from `endCursor`. */
export const CHANGE_FEED_QUERY = `query Changes($after: String) {
  changes(after: $after, first: 100) {
    edges {
      cursor
      node { type id version kind at verification count }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** New and changed deals and investments as they are committed; `cursor` resumes the feed after a reconnect. */
export const SUBSCRIPTION_QUERY = `subscription RecordChanged {
  recordChanged(types: [DEAL, INVESTMENT]) {
    cursor
    node { type id version kind at }
  }
}`;

const oneLine = (query: string) => query.replace(/\s+/g, ' ').trim();

/** Introspection: every type and its kind (tools that introspect a URL send the full standard query to the same place). */
export const INTROSPECTION_QUERY = `{
  __schema {
    queryType { name }
    subscriptionType { name }
    types { name kind }
  }
}`;

/** Shell commands that fetch the schema: the SDL as text, and an introspection answer as JSON. */
export function schemaCommands(origin: string): string {
  return [`curl -s ${origin}/schema.graphql -o schema.graphql`, curlCommand(origin, INTROSPECTION_QUERY)].join('\n');
}

/**
 * A Node 20 script (ES module, no dependencies) that reads the whole feed and then polls for what comes next, keeping
 * its cursor in a file so a restart resumes where it stopped. `ONCE=1` stops it when it has caught up.
 */
export function pollingScript(origin: string): string {
  return `// poll-changes.mjs: node poll-changes.mjs
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const API = process.env.API ?? '${origin}/graphql';
const QUERY = \`${oneLine(CHANGE_FEED_QUERY)}\`;
let after = existsSync('cursor.txt') ? readFileSync('cursor.txt', 'utf8').trim() || null : null;

for (;;) {
  const res = await fetch(API, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY, variables: { after } }),
  });
  if (res.status === 429 || res.status === 503) {
    // Over the budget or the server busy: wait as long as it says.
    await new Promise((r) => setTimeout(r, Number(res.headers.get('retry-after') ?? 5) * 1000));
    continue;
  }
  const { data, errors } = await res.json();
  if (errors) throw new Error(errors[0].message);
  for (const { node } of data.changes.edges) console.log(JSON.stringify(node));
  if (data.changes.pageInfo.endCursor) {
    after = data.changes.pageInfo.endCursor;
    writeFileSync('cursor.txt', after);
  }
  if (data.changes.pageInfo.hasNextPage) continue;
  if (process.env.ONCE) break;
  await new Promise((r) => setTimeout(r, 30_000)); // caught up: look again in 30 s
}
`;
}

/** A Node 20 script with the graphql-ws client (`npm install graphql-ws ws`). */
export function subscriptionScript(origin: string): string {
  const ws = origin.replace(/^http/, 'ws');
  return `// subscribe.mjs: npm install graphql-ws ws && node subscribe.mjs
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const client = createClient({
  url: process.env.API_WS ?? '${ws}/graphql',
  webSocketImpl: WebSocket,
  // Optional: an API key or an officer's access token, as in the Authorization header.
  connectionParams: process.env.API_KEY ? { authorization: \`Bearer \${process.env.API_KEY}\` } : {},
  retryAttempts: Infinity,
});

client.subscribe(
  { query: \`${oneLine(SUBSCRIPTION_QUERY)}\` },
  {
    // After a reconnect, read changes(after: <last cursor>) first: events sent while away are not replayed.
    next: ({ data }) => console.log(JSON.stringify(data.recordChanged)),
    error: (err) => console.error(err),
    complete: () => console.log('done'),
  },
);
`;
}
