import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { authFetch } from '../auth/session';

// One client for the app; connection fields merge their pages per filter and order, so "show more" appends.
export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({
    link: new HttpLink({ uri, fetch: authFetch(uri) }),
    cache: new InMemoryCache({
      typePolicies: {
        Query: { fields: { parks: relayStylePagination(['filter', 'orderBy']) } },
      },
    }),
  });
}
