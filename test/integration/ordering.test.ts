import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../seeds/demo/load-demo.js';
import { Factory } from '../helpers/factories.js';
import { graphql } from '../__generated__/gql.js';
import type { InvestmentFilter, InvestmentOrder, OrganizationFilter, OrganizationOrder, ParkFilter, ParkOrder } from '../__generated__/graphql.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

const ParksWalk = graphql(`
  query ParksWalk($o: [ParkOrder!], $f: ParkFilter, $first: Int, $after: String, $last: Int, $before: String) {
    parks(first: $first, after: $after, last: $last, before: $before, orderBy: $o, filter: $f) {
      nodes {
        id
      }
      pageInfo {
        ...Walk_pageInfo
      }
    }
  }
`);

const InvestmentsWalk = graphql(`
  query InvestmentsWalk($o: [InvestmentOrder!], $f: InvestmentFilter, $first: Int, $after: String, $last: Int, $before: String) {
    investments(first: $first, after: $after, last: $last, before: $before, orderBy: $o, filter: $f) {
      nodes {
        id
      }
      pageInfo {
        ...Walk_pageInfo
      }
    }
  }
`);

const OrganizationsWalk = graphql(`
  query OrganizationsWalk($o: [OrganizationOrder!], $f: OrganizationFilter, $first: Int, $after: String, $last: Int, $before: String) {
    organizations(first: $first, after: $after, last: $last, before: $before, orderBy: $o, filter: $f) {
      nodes {
        id
      }
      pageInfo {
        ...Walk_pageInfo
      }
    }
  }
`);

const InvestmentsByStage = graphql(`
  query InvestmentsByStage {
    investments(first: 100, orderBy: [STAGE_DESC, AMOUNT_USD_DESC]) {
      nodes {
        stage
      }
    }
  }
`);

const ParkInvestmentsByStage = graphql(`
  query ParkInvestmentsByStage($id: ID!, $c: String) {
    node(id: $id) {
      ... on Park {
        investments(first: 4, after: $c, orderBy: [STAGE_ASC]) {
          nodes {
            id
          }
          pageInfo {
            endCursor
          }
        }
      }
    }
  }
`);

const InvestmentsInOrder = graphql(`
  query InvestmentsInOrder($o: [InvestmentOrder!], $n: Int!, $c: String) {
    investments(first: $n, after: $c, orderBy: $o) {
      totalCount
      nodes {
        id
      }
      pageInfo {
        endCursor
      }
    }
  }
`);

const ParksSignedInvestments = graphql(`
  query ParksSignedInvestments($n: Int!, $after: String) {
    parks(first: $n) {
      nodes {
        id
        investments(first: 5, after: $after, filter: { stage: { in: [SIGNED, OPERATING] } }, orderBy: [AMOUNT_USD_DESC]) {
          totalCount
          nodes {
            id
            stage
          }
          pageInfo {
            endCursor
            hasNextPage
          }
        }
      }
    }
  }
`);

const ParkInvestmentsNextPage = graphql(`
  query ParkInvestmentsNextPage($id: ID!, $after: String) {
    node(id: $id) {
      ... on Park {
        investments(first: 5, after: $after, filter: { stage: { in: [SIGNED, OPERATING] } }, orderBy: [AMOUNT_USD_DESC]) {
          nodes {
            id
          }
        }
      }
    }
  }
`);

const OrganizationLinkedLists = graphql(`
  query OrganizationLinkedLists($n: Int!) {
    organizations(first: $n) {
      nodes {
        id
        deals(first: 2, filter: { kind: { in: [SETTLEMENT_CONTRACT, COOPERATION_AGREEMENT] } }, orderBy: [SIGNED_ON_DESC]) {
          totalCount
          nodes {
            id
          }
          pageInfo {
            endCursor
          }
        }
        parks(first: 2, filter: { kind: { eq: INDUSTRIAL_PARK } }, orderBy: [NAME_EN_DESC]) {
          totalCount
          nodes {
            id
          }
          pageInfo {
            endCursor
          }
        }
      }
    }
  }
`);

const OrganizationDealsNextPage = graphql(`
  query OrganizationDealsNextPage($id: ID!, $after: String) {
    node(id: $id) {
      ... on Organization {
        deals(first: 2, after: $after, filter: { kind: { in: [SETTLEMENT_CONTRACT, COOPERATION_AGREEMENT] } }, orderBy: [SIGNED_ON_DESC]) {
          nodes {
            id
          }
        }
      }
    }
  }
`);

const InvestmentsByDateAfter = graphql(`
  query InvestmentsByDateAfter($c: String) {
    investments(first: 2, after: $c, orderBy: [ANNOUNCED_ON_ASC]) {
      totalCount
    }
  }
`);

/** The order and filter inputs of each list walked page by page. */
interface Walks {
  parks: { order: ParkOrder; filter: ParkFilter };
  investments: { order: InvestmentOrder; filter: InvestmentFilter };
  organizations: { order: OrganizationOrder; filter: OrganizationFilter };
}

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

  /** One page of the list, sent through that list's own document. */
  async function pageOf<L extends keyof Walks>(
    list: L,
    orderBy: Walks[L]['order'][],
    filter: Walks[L]['filter'] | null,
    window: { first?: number; after?: string | null; last?: number; before?: string | null },
  ) {
    switch (list) {
      case 'parks': {
        const res = await server.gql(ParksWalk, { o: orderBy as ParkOrder[], f: filter as ParkFilter | null, ...window });
        return { errors: res.errors, page: res.data?.parks };
      }
      case 'investments': {
        const res = await server.gql(InvestmentsWalk, { o: orderBy as InvestmentOrder[], f: filter, ...window });
        return { errors: res.errors, page: res.data?.investments };
      }
      default: {
        const res = await server.gql(OrganizationsWalk, { o: orderBy as OrganizationOrder[], f: filter as OrganizationFilter | null, ...window });
        return { errors: res.errors, page: res.data?.organizations };
      }
    }
  }

  async function walk<L extends keyof Walks>(list: L, orderBy: Walks[L]['order'][], filter: Walks[L]['filter'] | null, size: number, backward = false) {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 100; i++) {
      const res: Awaited<ReturnType<typeof pageOf>> = await pageOf(
        list,
        orderBy,
        filter,
        backward ? { last: size, before: cursor } : { first: size, after: cursor },
      );
      expect(res.errors).toBeUndefined();
      const nodes = res.page!.nodes.map((n) => n.id);
      if (backward) seen.unshift(...nodes);
      else seen.push(...nodes);
      const info = res.page!.pageInfo;
      if (!(backward ? info.hasPreviousPage : info.hasNextPage)) break;
      cursor = (backward ? info.startCursor : info.endCursor) ?? null;
    }
    return seen;
  }

  it('sorts by money with unknown amounts last, both ways through the pages', async () => {
    const expected = globalIds('Park', await ids(`select id from park order by planned_investment_usd_minor desc nulls last, id desc`));
    expect(await walk('parks', ['PLANNED_INVESTMENT_USD_DESC'], null, 3)).toEqual(expected);
    expect(await walk('parks', ['PLANNED_INVESTMENT_USD_DESC'], null, 3, true)).toEqual(expected);
    const asc = globalIds('Park', await ids(`select id from park order by planned_investment_usd_minor asc nulls last, id asc`));
    expect(await walk('parks', ['PLANNED_INVESTMENT_USD_ASC'], null, 2)).toEqual(asc);
  });

  it('sorts by several keys with a filter applied', async () => {
    const expected = globalIds(
      'Investment',
      await ids(`select id from investment where stage <> 'LEAD' order by announced_on desc nulls last, amount_usd_minor asc nulls last, id asc`),
    );
    const filter: InvestmentFilter = { not: { stage: { eq: 'LEAD' } } };
    expect(await walk('investments', ['ANNOUNCED_ON_DESC', 'AMOUNT_USD_ASC'], filter, 17)).toEqual(expected);
    expect(await walk('investments', ['ANNOUNCED_ON_DESC', 'AMOUNT_USD_ASC'], filter, 17, true)).toEqual(expected);
    const countries = globalIds('Organization', await ids(`select id from organization order by country asc nulls last, id asc`));
    expect(await walk('organizations', ['COUNTRY_ASC'], null, 9)).toEqual(countries);
  });

  it('sorts by pipeline stage (lead to operating), not by the stage code, both ways through the pages and nested', async () => {
    const rank = `case stage when 'LEAD' then 0 when 'NEGOTIATING' then 1 when 'SIGNED' then 2 when 'UNDER_CONSTRUCTION' then 3 when 'OPERATING' then 4 end`;
    const asc = globalIds('Investment', await ids(`select id from investment order by ${rank} asc, id asc`));
    const forwards = await walk('investments', ['STAGE_ASC'], null, 23);
    expect(forwards).toEqual(asc);
    expect(await walk('investments', ['STAGE_ASC'], null, 23, true)).toEqual(asc);
    // Pipeline order differs from the alphabet here (NEGOTIATING before OPERATING before SIGNED alphabetically).
    const stages = await server.gql(InvestmentsByStage);
    const seen: string[] = [...new Set(stages.data!.investments.nodes.map((n) => n.stage))];
    expect(seen).toEqual(['OPERATING', 'UNDER_CONSTRUCTION', 'SIGNED', 'NEGOTIATING', 'LEAD'].filter((s) => seen.includes(s)));
    const desc = globalIds('Investment', await ids(`select id from investment order by ${rank} desc, amount_usd_minor desc nulls last, id desc`));
    expect(await walk('investments', ['STAGE_DESC', 'AMOUNT_USD_DESC'], null, 31, true)).toEqual(desc);
    const [pk] = await ids(`select park_id as id from investment group by park_id order by count(*) desc, park_id limit 1`);
    const [parkId] = globalIds('Park', [pk]);
    const nestedExpected = globalIds('Investment', await ids(`select id from investment where park_id = ${pk} order by ${rank} asc, id asc`));
    const nested = await server.gql(ParkInvestmentsByStage, { id: parkId });
    const nestedPage = nested.data?.node && 'investments' in nested.data.node ? nested.data.node.investments : undefined;
    expect(nestedPage?.nodes.map((n) => n.id)).toEqual(nestedExpected.slice(0, 4));
    const nestedNext = await server.gql(ParkInvestmentsByStage, { id: parkId, c: nestedPage?.pageInfo.endCursor });
    const nextPage = nestedNext.data?.node && 'investments' in nestedNext.data.node ? nestedNext.data.node.investments : undefined;
    expect(nextPage?.nodes.map((n) => n.id)).toEqual(nestedExpected.slice(4, 8));
  });

  it('keeps a cursor in place while rows are inserted before and after it', async () => {
    const order: InvestmentOrder[] = ['AMOUNT_USD_DESC'];
    const first = await server.gql(InvestmentsInOrder, { o: order, n: 20 });
    const before = globalIds('Investment', await ids(`select id from investment order by amount_usd_minor desc nulls last, id desc`));
    // New rows at both ends of the order: the largest and the smallest amounts.
    const factory = new Factory(server.em());
    const park = factory.park().entity;
    factory.investment(park, { amountMinor: 10n ** 15n, amountUsdMinor: 10n ** 15n });
    factory.investment(park, { amountMinor: 1n, amountUsdMinor: 1n });
    await factory.flush();
    const rest = await server.gql(InvestmentsInOrder, { o: order, n: 100, c: first.data?.investments.pageInfo.endCursor });
    const next = rest.data!.investments.nodes.map((n) => n.id).filter((id) => before.includes(id));
    expect(next).toEqual(before.slice(20, 20 + next.length));
    expect(next.length).toBeGreaterThan(50);
  });

  it('filters and sorts nested lists per parent, in one batch for all parents', async () => {
    const query = ParksSignedInvestments;
    const res = await server.gql(query, { n: 8, after: null });
    expect(res.errors).toBeUndefined();
    let paged = 0;
    for (const park of res.data!.parks.nodes) {
      const pk = Number(Buffer.from(park.id, 'base64url').toString().split(':')[1]);
      const expected = globalIds(
        'Investment',
        await ids(`select id from investment where park_id = ${pk} and stage in ('SIGNED', 'OPERATING') order by amount_usd_minor desc nulls last, id desc`),
      );
      expect(park.investments.totalCount).toBe(expected.length);
      expect(park.investments.nodes.map((n) => n.id)).toEqual(expected.slice(0, 5));
      expect(park.investments.pageInfo.hasNextPage).toBe(expected.length > 5);
      if (park.investments.pageInfo.hasNextPage) {
        paged++;
        const next = await server.gql(ParkInvestmentsNextPage, { id: park.id, after: park.investments.pageInfo.endCursor });
        const page = next.data?.node && 'investments' in next.data.node ? next.data.node.investments : undefined;
        expect(page?.nodes.map((n) => n.id)).toEqual(expected.slice(5, 10));
      }
    }
    // The second pages were really checked for some parks.
    expect(paged).toBeGreaterThan(0);
    // Page sizes not asked before, so both are computed (not answered from the response cache).
    const few = await server.countStatements(() => server.gql(query, { n: 2, after: null }));
    const all = await server.countStatements(() => server.gql(query, { n: 7, after: null }));
    expect(all).toBe(few);
  });

  it('filters and sorts the lists that go through a link table (deals and parks of an organization), batched', async () => {
    const query = OrganizationLinkedLists;
    const res = await server.gql(query, { n: 40 });
    expect(res.errors).toBeUndefined();
    let withDeals = 0;
    let withParks = 0;
    for (const org of res.data!.organizations.nodes) {
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
      expect([org.deals.totalCount, org.deals.nodes.map((n) => n.id)]).toEqual([deals.length, deals.slice(0, 2)]);
      expect([org.parks.totalCount, org.parks.nodes.map((n) => n.id)]).toEqual([parks.length, parks.slice(0, 2)]);
      if (deals.length > 2) {
        withDeals++;
        const next = await server.gql(OrganizationDealsNextPage, { id: org.id, after: org.deals.pageInfo.endCursor });
        const page = next.data?.node && 'deals' in next.data.node ? next.data.node.deals : undefined;
        expect(page?.nodes.map((n) => n.id)).toEqual(deals.slice(2, 4));
      }
      if (parks.length > 1) withParks++;
    }
    expect(withDeals).toBeGreaterThan(0);
    expect(withParks).toBeGreaterThan(0);
    // The same statements for 40 organizations as for all 65 (both pages hold deals and parks to load).
    // Page sizes not asked before, so both are computed (not answered from the response cache).
    const some = await server.countStatements(() => server.gql(query, { n: 39 }));
    const all = await server.countStatements(() => server.gql(query, { n: 100 }));
    expect(all).toBe(some);
  });

  it('refuses a cursor from another order', async () => {
    const page = await server.gql(InvestmentsInOrder, { o: ['AMOUNT_USD_DESC'], n: 2 });
    const res = await server.gql(InvestmentsByDateAfter, { c: page.data?.investments.pageInfo.endCursor });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
