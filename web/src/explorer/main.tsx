// The self-hosted GraphQL explorer at GET /graphql: GraphiQL 5 with its Monaco workers bundled by Vite, loaded
// only on this page (never by the app shell) and nothing from a CDN.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { buildSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// A prefilled query travels in the fragment (/graphql#query=...): a `?query=` GET is executed by the API instead.
const params = new URLSearchParams(window.location.hash.slice(1));
const fetcher = createGraphiQLFetcher({ url: `${window.location.origin}/graphql` });

/**
 * The schema for docs and completion: introspection when the server answers it, else (INTROSPECTION=false) the
 * published SDL at /schema.graphql. undefined lets GraphiQL try, and say so, itself.
 */
async function loadSchema(): Promise<GraphQLSchema | IntrospectionQuery | undefined> {
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: getIntrospectionQuery({ inputValueDeprecation: true }), operationName: 'IntrospectionQuery' }),
    });
    const json = (await res.json()) as { data?: IntrospectionQuery };
    if (json.data?.__schema) return json.data;
  } catch {
    // Fall through to the SDL.
  }
  try {
    const res = await fetch('/schema.graphql');
    if (res.ok) return buildSchema(await res.text());
  } catch {
    // GraphiQL reports what it cannot fetch.
  }
  return undefined;
}

void loadSchema().then((schema) =>
  createRoot(document.getElementById('explorer')!).render(
    <StrictMode>
      <GraphiQL
        fetcher={fetcher}
        schema={schema}
        inputValueDeprecation
        defaultQuery={params.get('query') ?? undefined}
        initialVariables={params.get('variables') ?? undefined}
      />
    </StrictMode>,
  ),
);
