import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { authFetch } from '../auth/session';
import { showMorePagination } from './pagination';

/**
 * The cache, the same in the browser and on the server (whose answers it carries to the browser). Lists with "show
 * more" (parks, deals) merge their pages per filter, order and page size; the investment table pages with
 * previous/next, so each of its pages is cached on its own and replaces.
 */
export function createCache() {
  return new InMemoryCache({
    typePolicies: {
      // The dataset's facts (no id) come from several queries: each adds its fields, none replaces the others'.
      Dataset: { merge: true },
      Query: { fields: { parks: showMorePagination(), deals: showMorePagination() } },
    },
  });
}

/**
 * The browser's client. `serverState`: the cache of the page the server rendered, so the first render asks nothing
 * again (and, for a moment after it, queries that always ask the network read it too).
 */
export function createApolloClient(uri = '/graphql', serverState?: unknown) {
  const cache = createCache();
  if (serverState) cache.restore(serverState as ReturnType<InMemoryCache['extract']>);
  return new ApolloClient({
    link: new HttpLink({ uri, fetch: authFetch() }),
    cache,
    ssrForceFetchDelay: serverState ? 1000 : undefined,
  });
}
