import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../seeds/demo/load-demo.js';
import { Factory } from '../helpers/factories.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

describe.each(DIALECTS)('sorted lists with stable cursors on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect);
    await loadDemoData(server.em(), { sizes: { organizations: 40, tenancies: 120, investments: 150, deals: 60 } });
  });
  afterAll(async () => {
    await server?.close();
  });

  const ids = async (sql: string) => (await server.em().getConnection().execute<{ id: unknown }[]>(sql)).map((r) => Number(r.id));
  const globalIds = (type: string, list: number[]) => list.map((id) => Buffer.from(`${type}:${id}`).toString('base64url'));

  async function walk(list: string, type: string, orderBy: string[], filter: object | null, size: number, backward = false) {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page: any = await server.gql(
        `query($o: [${type}Order!], $f: ${type}Filter, $c: String) { ${list}(${backward ? `last: ${size}, before: $c` : `first: ${size}, after: $c`}, orderBy: $o, filter: $f) {
          nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
        { o: orderBy, f: filter, c: cursor },
      );
      expect(page.errors).toBeUndefined();
      const nodes = page.data[list].nodes.map((n: { id: string }) => n.id);
      if (backward) seen.unshift(...nodes);
      else seen.push(...nodes);
      const info = page.data[list].pageInfo;
      if (!(backward ? info.hasPreviousPage : info.hasNextPage)) break;
      cursor = backward ? info.startCursor : info.endCursor;
    }
    return seen;
  }

  it('sorts by money with unknown amounts last, both ways through the pages', async () => {
    const expected = globalIds('Park', await ids(`select id from park order by planned_investment_usd_minor desc nulls last, id desc`));
    expect(await walk('parks', 'Park', ['PLANNED_INVESTMENT_USD_DESC'], null, 3)).toEqual(expected);
    expect(await walk('parks', 'Park', ['PLANNED_INVESTMENT_USD_DESC'], null, 3, true)).toEqual(expected);
    const asc = globalIds('Park', await ids(`select id from park order by planned_investment_usd_minor asc nulls last, id asc`));
    expect(await walk('parks', 'Park', ['PLANNED_INVESTMENT_USD_ASC'], null, 2)).toEqual(asc);
  });

  it('sorts by several keys with a filter applied', async () => {
    const expected = globalIds(
      'Investment',
      await ids(`select id from investment where stage <> 'LEAD' order by announced_on desc nulls last, amount_usd_minor asc nulls last, id asc`),
    );
    const filter = { not: { stage: { eq: 'LEAD' } } };
    expect(await walk('investments', 'Investment', ['ANNOUNCED_ON_DESC', 'AMOUNT_USD_ASC'], filter, 17)).toEqual(expected);
    expect(await walk('investments', 'Investment', ['ANNOUNCED_ON_DESC', 'AMOUNT_USD_ASC'], filter, 17, true)).toEqual(expected);
    const countries = globalIds('Organization', await ids(`select id from organization order by country asc nulls last, id asc`));
    expect(await walk('organizations', 'Organization', ['COUNTRY_ASC'], null, 9)).toEqual(countries);
  });

  it('sorts by pipeline stage (lead to operating), not by the stage code, both ways through the pages and nested', async () => {
    const rank = `case stage when 'LEAD' then 0 when 'NEGOTIATING' then 1 when 'SIGNED' then 2 when 'UNDER_CONSTRUCTION' then 3 when 'OPERATING' then 4 end`;
    const asc = globalIds('Investment', await ids(`select id from investment order by ${rank} asc, id asc`));
    const forwards = await walk('investments', 'Investment', ['STAGE_ASC'], null, 23);
    expect(forwards).toEqual(asc);
    expect(await walk('investments', 'Investment', ['STAGE_ASC'], null, 23, true)).toEqual(asc);
    // Pipeline order differs from the alphabet here (NEGOTIATING before OPERATING before SIGNED alphabetically).
    const stages: any = await server.gql(`{ investments(first: 100, orderBy: [STAGE_DESC, AMOUNT_USD_DESC]) { nodes { stage } } }`);
    const seen = [...new Set(stages.data.investments.nodes.map((n: { stage: string }) => n.stage))];
    expect(seen).toEqual(['OPERATING', 'UNDER_CONSTRUCTION', 'SIGNED', 'NEGOTIATING', 'LEAD'].filter((s) => seen.includes(s)));
    const desc = globalIds('Investment', await ids(`select id from investment order by ${rank} desc, amount_usd_minor desc nulls last, id desc`));
    expect(await walk('investments', 'Investment', ['STAGE_DESC', 'AMOUNT_USD_DESC'], null, 31, true)).toEqual(desc);
    const [pk] = await ids(`select park_id as id from investment group by park_id order by count(*) desc, park_id limit 1`);
    const [parkId] = globalIds('Park', [pk]);
    const nestedExpected = globalIds('Investment', await ids(`select id from investment where park_id = ${pk} order by ${rank} asc, id asc`));
    const nested: any = await server.gql(
      `query($id: ID!) { node(id: $id) { ... on Park { investments(first: 4, orderBy: [STAGE_ASC]) { nodes { id } pageInfo { endCursor } } } } }`,
      { id: parkId },
    );
    expect(nested.data.node.investments.nodes.map((n: { id: string }) => n.id)).toEqual(nestedExpected.slice(0, 4));
    const nestedNext: any = await server.gql(
      `query($id: ID!, $c: String) { node(id: $id) { ... on Park { investments(first: 4, after: $c, orderBy: [STAGE_ASC]) { nodes { id } } } } }`,
      { id: parkId, c: nested.data.node.investments.pageInfo.endCursor },
    );
    expect(nestedNext.data.node.investments.nodes.map((n: { id: string }) => n.id)).toEqual(nestedExpected.slice(4, 8));
  });

  it('keeps a cursor in place while rows are inserted before and after it', async () => {
    const order = ['AMOUNT_USD_DESC'];
    const first: any = await server.gql(`query($o: [InvestmentOrder!]) { investments(first: 20, orderBy: $o) { nodes { id } pageInfo { endCursor } } }`, {
      o: order,
    });
    const before = globalIds('Investment', await ids(`select id from investment order by amount_usd_minor desc nulls last, id desc`));
    // New rows at both ends of the order: the largest and the smallest amounts.
    const factory = new Factory(server.em());
    const park = factory.park().entity;
    factory.investment(park, { amountMinor: 10n ** 15n, amountUsdMinor: 10n ** 15n });
    factory.investment(park, { amountMinor: 1n, amountUsdMinor: 1n });
    await factory.flush();
    const rest: any = await server.gql(`query($o: [InvestmentOrder!], $c: String) { investments(first: 100, after: $c, orderBy: $o) { nodes { id } } }`, {
      o: order,
      c: first.data.investments.pageInfo.endCursor,
    });
    const next = rest.data.investments.nodes.map((n: { id: string }) => n.id).filter((id: string) => before.includes(id));
    expect(next).toEqual(before.slice(20, 20 + next.length));
    expect(next.length).toBeGreaterThan(50);
  });

  it('filters and sorts nested lists per parent, in one batch for all parents', async () => {
    const query = `query($n: Int!, $after: String) { parks(first: $n) { nodes { id
      investments(first: 5, after: $after, filter: { stage: { in: [SIGNED, OPERATING] } }, orderBy: [AMOUNT_USD_DESC]) {
        totalCount nodes { id stage } pageInfo { endCursor hasNextPage } } } } }`;
    const res: any = await server.gql(query, { n: 8, after: null });
    expect(res.errors).toBeUndefined();
    let paged = 0;
    for (const park of res.data.parks.nodes) {
      const pk = Number(Buffer.from(park.id, 'base64url').toString().split(':')[1]);
      const expected = globalIds(
        'Investment',
        await ids(`select id from investment where park_id = ${pk} and stage in ('SIGNED', 'OPERATING') order by amount_usd_minor desc nulls last, id desc`),
      );
      expect(park.investments.totalCount).toBe(expected.length);
      expect(park.investments.nodes.map((n: { id: string }) => n.id)).toEqual(expected.slice(0, 5));
      expect(park.investments.pageInfo.hasNextPage).toBe(expected.length > 5);
      if (park.investments.pageInfo.hasNextPage) {
        paged++;
        const next: any = await server.gql(
          `query($id: ID!, $after: String) { node(id: $id) { ... on Park { investments(first: 5, after: $after, filter: { stage: { in: [SIGNED, OPERATING] } }, orderBy: [AMOUNT_USD_DESC]) { nodes { id } } } } }`,
          { id: park.id, after: park.investments.pageInfo.endCursor },
        );
        expect(next.data.node.investments.nodes.map((n: { id: string }) => n.id)).toEqual(expected.slice(5, 10));
      }
    }
    // The second pages were really checked for some parks.
    expect(paged).toBeGreaterThan(0);
    const few = await server.countStatements(() => server.gql(query, { n: 2, after: null }));
    const all = await server.countStatements(() => server.gql(query, { n: 8, after: null }));
    expect(all).toBe(few);
  });

  it('filters and sorts the lists that go through a link table (deals and parks of an organization), batched', async () => {
    const query = `query($n: Int!) { organizations(first: $n) { nodes { id
      deals(first: 2, filter: { kind: { in: [SETTLEMENT_CONTRACT, COOPERATION_AGREEMENT] } }, orderBy: [SIGNED_ON_DESC]) { totalCount nodes { id } pageInfo { endCursor } }
      parks(first: 2, filter: { kind: { eq: INDUSTRIAL_PARK } }, orderBy: [NAME_EN_DESC]) { totalCount nodes { id } pageInfo { endCursor } } } } }`;
    const res: any = await server.gql(query, { n: 40 });
    expect(res.errors).toBeUndefined();
    let withDeals = 0;
    let withParks = 0;
    for (const org of res.data.organizations.nodes) {
      const pk = Number(Buffer.from(org.id, 'base64url').toString().split(':')[1]);
      const deals = globalIds(
        'Deal',
        await ids(`select distinct d.id, d.signed_on from deal d join deal_party dp on dp.deal_id = d.id
          where dp.organization_id = ${pk} and d.kind in ('SETTLEMENT_CONTRACT', 'COOPERATION_AGREEMENT') order by d.signed_on desc, d.id desc`),
      );
      const parks = globalIds(
        'Park',
        await ids(`select distinct p.id, p.name_en from park p join tenancy t on t.park_id = p.id
          where t.organization_id = ${pk} and p.kind = 'INDUSTRIAL_PARK' order by p.name_en desc, p.id desc`),
      );
      expect([org.deals.totalCount, org.deals.nodes.map((n: { id: string }) => n.id)]).toEqual([deals.length, deals.slice(0, 2)]);
      expect([org.parks.totalCount, org.parks.nodes.map((n: { id: string }) => n.id)]).toEqual([parks.length, parks.slice(0, 2)]);
      if (deals.length > 2) {
        withDeals++;
        const next: any = await server.gql(
          `query($id: ID!, $after: String) { node(id: $id) { ... on Organization { deals(first: 2, after: $after, filter: { kind: { in: [SETTLEMENT_CONTRACT, COOPERATION_AGREEMENT] } }, orderBy: [SIGNED_ON_DESC]) { nodes { id } } } } }`,
          { id: org.id, after: org.deals.pageInfo.endCursor },
        );
        expect(next.data.node.deals.nodes.map((n: { id: string }) => n.id)).toEqual(deals.slice(2, 4));
      }
      if (parks.length > 1) withParks++;
    }
    expect(withDeals).toBeGreaterThan(0);
    expect(withParks).toBeGreaterThan(0);
    // The same statements for 40 organizations as for all 65 (both pages hold deals and parks to load).
    const some = await server.countStatements(() => server.gql(query, { n: 40 }));
    const all = await server.countStatements(() => server.gql(query, { n: 100 }));
    expect(all).toBe(some);
  });

  it('refuses a cursor from another order', async () => {
    const page: any = await server.gql(`{ investments(first: 2, orderBy: [AMOUNT_USD_DESC]) { pageInfo { endCursor } } }`);
    const res = await server.gql(`query($c: String) { investments(first: 2, after: $c, orderBy: [ANNOUNCED_ON_ASC]) { totalCount } }`, {
      c: page.data.investments.pageInfo.endCursor,
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
