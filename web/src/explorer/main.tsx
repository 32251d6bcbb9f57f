// The self-hosted GraphQL explorer at GET /graphql: GraphiQL 5 with its Monaco workers bundled by Vite, loaded
// only on this page (never by the app shell) and nothing from a CDN.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// A prefilled query travels in the fragment (/graphql#query=...): a `?query=` GET is executed by the API instead.
const params = new URLSearchParams(window.location.hash.slice(1));
const fetcher = createGraphiQLFetcher({ url: `${window.location.origin}/graphql` });

createRoot(document.getElementById('explorer')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={params.get('query') ?? undefined} initialVariables={params.get('variables') ?? undefined} />
  </StrictMode>,
);
