import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { authFetch } from '../auth/session';
import { showMorePagination } from './pagination';

// One client for the app. Lists with "show more" (parks, deals) merge their pages per filter, order and page
// size; the investment table pages with previous/next, so each of its pages is cached on its own and replaces.
export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({
    link: new HttpLink({ uri, fetch: authFetch() }),
    cache: new InMemoryCache({
      typePolicies: {
        Query: { fields: { parks: showMorePagination(), deals: showMorePagination() } },
      },
    }),
  });
}
