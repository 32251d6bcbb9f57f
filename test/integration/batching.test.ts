import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceRecords } from '../../seeds/source/records.js';
import { Factory } from '../helpers/factories.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

const NESTED = `query($n: Int!) {
  parks(first: $n) { edges { node {
    name { en } focusSectors { code } parent { id } sources { quote }
    investments(first: 5) { totalCount edges { node { id organization { id name { en } } amount { amount usdRate { id } } sector { code } } } }
  } } }
}`;

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
        expect(res.data.parks.edges).toHaveLength(n);
        const inv = res.data.parks.edges.at(-1).node.investments;
        expect(inv.edges.length).toBeLessThanOrEqual(5);
        for (const e of inv.edges) expect(e.node.organization.id).toMatch(/^[A-Za-z0-9_-]+$/);
      });
    // A first page reaching past the source's parks, so it holds parks with investments too.
    const few = await run(sourceRecords.parks.length + 2);
    const hundred = await run(100);
    expect(hundred).toBe(few);
    expect(few).toBeLessThan(15);
  });

  it('pages nested lists per parent', async () => {
    const parks = await server.gql(
      `{ parks(last: 2) { nodes { id investments(first: 3) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } } }`,
    );
    const [a, b] = parks.data.parks.nodes;
    for (const park of [a, b]) {
      expect(park.investments.totalCount).toBe(7);
      expect(park.investments.edges).toHaveLength(3);
      expect(park.investments.pageInfo.hasNextPage).toBe(true);
    }
    const page = `query($id: ID!, $after: String) { node(id: $id) { ... on Park { investments(first: 10, after: $after) {
      edges { node { id park { id } } } pageInfo { hasPreviousPage hasNextPage } } } } }`;
    const all = (await server.gql(page, { id: b.id, after: null })).data.node.investments.edges.map((e: any) => e.node);
    expect(all).toHaveLength(7);
    expect(new Set(all.map((n: any) => n.park.id))).toEqual(new Set([b.id]));
    const rest = await server.gql(page, { id: b.id, after: b.investments.pageInfo.endCursor });
    expect(rest.data.node.investments.edges.map((e: any) => e.node.id)).toEqual(all.slice(3).map((n: any) => n.id));
    expect(rest.data.node.investments.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
    const node = await server.gql(`query($id: ID!) { node(id: $id) { __typename ... on Investment { park { id } } } }`, { id: all[0].id });
    expect(node.data.node).toEqual({ __typename: 'Investment', park: { id: b.id } });
  });
});
