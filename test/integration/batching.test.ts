import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceRecords } from '../../seeds/source/records.js';
import { graphql } from '../__generated__/gql.js';
import { Factory } from '../helpers/factories.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

const NESTED = graphql(`
  # eslint-disable @graphql-eslint/selection-set-depth -- as deep as a park page with its investments gets: the nesting whose batching is measured
  query BatchedParks($n: Int!) {
    parks(first: $n) {
      edges {
        node {
          name {
            en
          }
          focusSectors {
            code
          }
          parent {
            id
          }
          sources {
            quote
          }
          investments(first: 5) {
            totalCount
            edges {
              node {
                id
                organization {
                  id
                  name {
                    en
                  }
                }
                amount {
                  amount
                  usdRate {
                    id
                  }
                }
                sector {
                  code
                }
              }
            }
          }
        }
      }
    }
  }
`);

const LastParksInvestments = graphql(`
  query LastParksInvestments {
    parks(last: 2) {
      nodes {
        id
        investments(first: 3) {
          totalCount
          edges {
            node {
              id
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);

const ParkInvestmentsPage = graphql(`
  query ParkInvestmentsPage($id: ID!, $after: String) {
    node(id: $id) {
      ... on Park {
        investments(first: 10, after: $after) {
          edges {
            node {
              id
              park {
                id
              }
            }
          }
          pageInfo {
            hasPreviousPage
            hasNextPage
          }
        }
      }
    }
  }
`);

const InvestmentNodePark = graphql(`
  query InvestmentNodePark($id: ID!) {
    node(id: $id) {
      __typename
      ... on Investment {
        park {
          id
        }
      }
    }
  }
`);

describe.each(DIALECTS)('nested fields are batched on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect, { seed: true });
    const factory = new Factory(server.em());
    factory.parks(110, { investments: 7 });
    await factory.flush();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('runs the same number of SQL statements for a dozen parks as for 100', async () => {
    const run = (n: number) =>
      server.countStatements(async () => {
        const res = await server.gql(NESTED, { n });
        expect(res.errors).toBeUndefined();
        expect(res.data?.parks.edges).toHaveLength(n);
        const inv = res.data?.parks.edges.at(-1)?.node.investments;
        expect(inv?.edges.length).toBeLessThanOrEqual(5);
        for (const e of inv?.edges ?? []) expect(e.node.organization?.id).toMatch(/^[A-Za-z0-9_-]+$/);
      });
    // A first page reaching past the source's parks, so it holds parks with investments too.
    const few = await run(sourceRecords.parks.length + 2);
    const hundred = await run(100);
    expect(hundred).toBe(few);
    expect(few).toBeLessThan(15);
  });

  it('pages nested lists per parent', async () => {
    const parks = await server.gql(LastParksInvestments);
    const [a, b] = parks.data?.parks.nodes ?? [];
    for (const park of [a, b]) {
      expect(park.investments.totalCount).toBe(7);
      expect(park.investments.edges).toHaveLength(3);
      expect(park.investments.pageInfo.hasNextPage).toBe(true);
    }
    /** The investments page of park b after `after`. */
    const page = async (after: string | null) => {
      const node = (await server.gql(ParkInvestmentsPage, { id: b.id, after })).data?.node;
      return node && 'investments' in node ? node.investments : undefined;
    };
    const all = (await page(null))?.edges.map((e) => e.node) ?? [];
    expect(all).toHaveLength(7);
    expect(new Set(all.map((n) => n.park.id))).toEqual(new Set([b.id]));
    const rest = await page(b.investments.pageInfo.endCursor ?? null);
    expect(rest?.edges.map((e) => e.node.id)).toEqual(all.slice(3).map((n) => n.id));
    expect(rest?.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
    const node = await server.gql(InvestmentNodePark, { id: all[0].id });
    expect(node.data?.node).toEqual({ __typename: 'Investment', park: { id: b.id } });
  });
});
