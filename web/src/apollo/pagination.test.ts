import { gql, InMemoryCache } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { showMorePagination } from './pagination.js';

const Deals = gql`
  query Deals($filter: DealFilter, $after: String) {
    deals(filter: $filter, first: 2, after: $after, orderBy: [SIGNED_ON_DESC]) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
      }
    }
  }
`;

const page = (ids: string[], end: string, more = true) => ({
  deals: {
    __typename: 'DealConnection',
    totalCount: 5,
    pageInfo: { __typename: 'PageInfo', hasNextPage: more, endCursor: end },
    nodes: ids.map((id) => ({ __typename: 'Deal', id })),
  },
});

function cache() {
  return new InMemoryCache({ typePolicies: { Query: { fields: { deals: showMorePagination() } } } });
}
const ids = (c: InMemoryCache, filter: unknown = null) =>
  c.readQuery<ReturnType<typeof page>>({ query: Deals, variables: { filter } })?.deals.nodes.map((n) => n.id);

describe('the "show more" cache policy', () => {
  it('appends each page fetched with after, and the list ends where the last page ends', () => {
    const c = cache();
    c.writeQuery({ query: Deals, variables: { filter: null }, data: page(['a', 'b'], 'c2') });
    c.writeQuery({ query: Deals, variables: { filter: null, after: 'c2' }, data: page(['c', 'd'], 'c4') });
    c.writeQuery({ query: Deals, variables: { filter: null, after: 'c4' }, data: page(['e'], 'c5', false) });
    expect(ids(c)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const read = c.readQuery({ query: Deals, variables: { filter: null } }) as ReturnType<typeof page>;
    expect(read.deals.pageInfo).toMatchObject({ hasNextPage: false, endCursor: 'c5' });
  });

  it('puts a page fetched again after the same cursor in its place, not twice', () => {
    const c = cache();
    c.writeQuery({ query: Deals, variables: { filter: null }, data: page(['a', 'b'], 'c2') });
    c.writeQuery({ query: Deals, variables: { filter: null, after: 'c2' }, data: page(['c', 'd'], 'c4') });
    c.writeQuery({ query: Deals, variables: { filter: null, after: 'c2' }, data: page(['c', 'x'], 'c4') });
    expect(ids(c)).toEqual(['a', 'b', 'c', 'x']);
  });

  it('keeps lists of different filters apart, and a first page starts the list again', () => {
    const c = cache();
    const mou = { kind: { eq: 'MOU' } };
    c.writeQuery({ query: Deals, variables: { filter: null }, data: page(['a', 'b'], 'c2') });
    c.writeQuery({ query: Deals, variables: { filter: mou }, data: page(['m1', 'm2'], 'm2') });
    c.writeQuery({ query: Deals, variables: { filter: mou, after: 'm2' }, data: page(['m3'], 'm3', false) });
    expect(ids(c)).toEqual(['a', 'b']);
    expect(ids(c, mou)).toEqual(['m1', 'm2', 'm3']);
    c.writeQuery({ query: Deals, variables: { filter: mou }, data: page(['m1', 'm2'], 'm2') });
    expect(ids(c, mou)).toEqual(['m1', 'm2']);
  });
});
