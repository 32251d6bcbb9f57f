// The server's side of the app: renders a page for one request into HTML, with the answers its queries got (the Apollo
// cache) for the browser to take over. Built by Vite into dist/web-server (scripts/build-web.ts) and loaded by the
// API server (server/src/http/pages.ts), which hands it the GraphQL schema and the request's context: the queries run
// in the same process, through the same resolvers, as the API answers them.
import { ApolloClient } from '@apollo/client';
import { SchemaLink } from '@apollo/client/link/schema';
import { ApolloProvider } from '@apollo/client/react';
import { prerenderStatic } from '@apollo/client/react/ssr';
import { parse, type GraphQLSchema } from 'graphql';
import { createInstance, type i18n as I18n } from 'i18next';
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { Router } from 'wouter';
import { App } from './App';
import { createCache } from './apollo/client';
import { i18nOptions, type Language } from './i18n';
import { PageRequestContext, type PageRequest } from './ssr/page-context';

// Every message of a language, the shell's and the pages' (the browser loads them in two parts).
type Messages = () => Promise<{ default: Record<string, unknown> }>[];
const MESSAGES: Record<Language, Messages> = {
  zh: () => [import('./i18n/core.zh.json'), import('./i18n/zh.json')],
  en: () => [import('./i18n/core.en.json'), import('./i18n/en.json')],
  ru: () => [import('./i18n/core.ru.json'), import('./i18n/ru.json')],
};

const TODAY = parse('query ServerToday { dataset { today } }');

export interface RenderRequest {
  /** The path, e.g. /parks/sco-energy-valley */
  path: string;
  /** The query string without "?", e.g. parks=a,b */
  search: string;
  language: Language;
  origin: string;
  /** The server's today (the zone's calendar), which the first screen's periods start from. */
  today: string;
  schema: GraphQLSchema;
  /** The GraphQL context of this request (an anonymous reader's). */
  context: () => unknown;
  signal?: AbortSignal;
}

export interface RenderedPage {
  /** The markup inside the app's root element. */
  html: string;
  /** The Apollo cache after the render, for the browser's client. */
  state: unknown;
  /** 404 when the path names no page. */
  status: number;
  /** How many times the tree was rendered before every query had its answer (one per step of a query waterfall). */
  renderCount: number;
  /** The document title in the page's language. */
  title: string;
  /** What failed while rendering (those parts render in the browser). */
  errors: unknown[];
}

async function i18nFor(language: Language): Promise<I18n> {
  const instance = createInstance();
  await instance.use(initReactI18next).init({ ...i18nOptions(language), initAsync: false });
  for (const messages of await Promise.all(MESSAGES[language]())) instance.addResourceBundle(language, 'translation', messages.default, true, false);
  return instance;
}

export async function render(request: RenderRequest): Promise<RenderedPage> {
  const i18n = await i18nFor(request.language);
  const client = new ApolloClient({ ssrMode: true, link: new SchemaLink({ schema: request.schema, context: request.context }), cache: createCache() });
  // Today travels with the page: queries whose period starts from it (the overview's) are asked in the first pass,
  // not after a query for the date, and the browser has it without asking.
  client.writeQuery({ query: TODAY, data: { dataset: { __typename: 'Dataset', today: request.today } } });
  const page: PageRequest = { origin: request.origin };
  const errors: unknown[] = [];
  const tree = (
    <StrictMode>
      <PageRequestContext value={page}>
        <I18nextProvider i18n={i18n}>
          <ApolloProvider client={client}>
            <Router ssrPath={request.path} ssrSearch={request.search}>
              <App />
            </Router>
          </ApolloProvider>
        </I18nextProvider>
      </PageRequestContext>
    </StrictMode>
  );
  const { result, diagnostics } = await prerenderStatic({
    tree,
    signal: request.signal,
    // Every part inline, however large (React outlines big parts behind an inline script that reveals them, which
    // the page's CSP would refuse: a prerender cannot carry the response's nonce). A part that fails renders in the
    // browser instead; the error is reported.
    renderFunction: (node) =>
      prerenderToNodeStream(node, { signal: request.signal, progressiveChunkSize: Number.MAX_SAFE_INTEGER, onError: (error) => void errors.push(error) }),
    diagnostics: true,
  });
  const state = client.extract();
  client.stop();
  return { html: result, state, status: page.status ?? 200, renderCount: diagnostics?.renderCount ?? 1, title: i18n.t('app.name'), errors };
}
