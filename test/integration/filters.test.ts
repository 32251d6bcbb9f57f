import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../seeds/demo/load-demo.js';
import { sourceRecords } from '../../seeds/source/records.js';
import { graphql } from '../__generated__/gql.js';
import type { DealFilter, FilteredInvestmentsPageQuery, InvestmentFilter, OrganizationFilter, ParkFilter } from '../__generated__/graphql.js';
import { createTestServer, DIALECTS, type GraphQLResponse, type TestServer } from '../helpers/server.js';

const ParksTotal = graphql(`
  query ParksTotal($f: ParkFilter) {
    parks(filter: $f) {
      totalCount
    }
  }
`);

const OrganizationsTotal = graphql(`
  query OrganizationsTotal($f: OrganizationFilter) {
    organizations(filter: $f) {
      totalCount
    }
  }
`);

const InvestmentsTotal = graphql(`
  query InvestmentsTotal($f: InvestmentFilter) {
    investments(filter: $f) {
      totalCount
    }
  }
`);

const DealsTotal = graphql(`
  query DealsTotal($f: DealFilter) {
    deals(filter: $f) {
      totalCount
    }
  }
`);

const InexactAmountFilter = graphql(`
  query InexactAmountFilter {
    investments(filter: { amountUsd: { gt: "1.234" } }) {
      totalCount
    }
  }
`);

const FilteredInvestmentsPage = graphql(`
  query FilteredInvestmentsPage($f: InvestmentFilter, $after: String) {
    investments(first: 30, after: $after, filter: $f) {
      nodes {
        id
        stage
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ConferenceForumEvents = graphql(`
  query ConferenceForumEvents {
    events(filter: { parent: { search: "青岛会议" }, sector: { in: [NEW_ENERGY, EQUIPMENT_MANUFACTURING] } }) {
      totalCount
      nodes {
        theme {
          zh
        }
      }
    }
  }
`);

const CnyRatesNewestFirst = graphql(`
  query CnyRatesNewestFirst {
    exchangeRates(filter: { currency: { eq: "CNY" } }, orderBy: [VALID_FROM_DESC]) {
      nodes {
        validFrom
      }
    }
  }
`);

const ConferenceForums = graphql(`
  query ConferenceForums {
    events(filter: { search: "青岛会议" }) {
      nodes {
        children(filter: { search: "论坛" }, orderBy: [ID_DESC]) {
          totalCount
          nodes {
            name {
              zh
            }
          }
        }
      }
    }
  }
`);

const HubTenancies = graphql(`
  query HubTenancies {
    park(slug: "china-europe-railway-qingdao-hub") {
      all: tenancies {
        totalCount
      }
      signed: tenancies(filter: { status: { eq: SIGNED } }, orderBy: [SIGNED_ON_DESC]) {
        totalCount
        nodes {
          status
        }
      }
    }
  }
`);

const FirstParkIds = graphql(`
  query FirstParkIds {
    parks(first: 2) {
      nodes {
        id
      }
    }
  }
`);

const FirstOrganizationId = graphql(`
  query FirstOrganizationId {
    organizations(first: 1) {
      nodes {
        id
      }
    }
  }
`);

/** The filter input of each list the tests count. */
interface ListFilters {
  parks: ParkFilter;
  organizations: OrganizationFilter;
  investments: InvestmentFilter;
  deals: DealFilter;
}

describe.each(DIALECTS)('list filters on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect);
    await loadDemoData(server.em(), { sizes: { organizations: 60, tenancies: 40, investments: 400, deals: 80 } });
    // An organization whose name holds the LIKE wildcards, to prove they match literally.
    await server.em().getConnection().execute(`update organization set name_en = 'Ten % Off_Trading' where external_key = 'demo-org-0001'`);
  });
  afterAll(async () => {
    await server?.close();
  });

  const sql = async (query: string) => Number((await server.em().getConnection().execute(query))[0].c);
  /** The list's totalCount under the filter, sent through that list's own document. */
  const count = async (list: keyof ListFilters, filter: ListFilters[keyof ListFilters]) => {
    switch (list) {
      case 'parks': {
        const res = await server.gql(ParksTotal, { f: filter as ParkFilter });
        return { errors: res.errors, totalCount: res.data?.parks.totalCount };
      }
      case 'organizations': {
        const res = await server.gql(OrganizationsTotal, { f: filter as OrganizationFilter });
        return { errors: res.errors, totalCount: res.data?.organizations.totalCount };
      }
      case 'investments': {
        const res = await server.gql(InvestmentsTotal, { f: filter });
        return { errors: res.errors, totalCount: res.data?.investments.totalCount };
      }
      case 'deals': {
        const res = await server.gql(DealsTotal, { f: filter as DealFilter });
        return { errors: res.errors, totalCount: res.data?.deals.totalCount };
      }
    }
  };
  const total = async <L extends keyof ListFilters>(list: L, filter: ListFilters[L]) => {
    const res = await count(list, filter);
    expect(res.errors, JSON.stringify(filter)).toBeUndefined();
    return res.totalCount;
  };

  it('matches enums with eq and in', async () => {
    expect(await total('investments', { stage: { in: ['SIGNED', 'OPERATING'] } })).toBe(
      await sql(`select count(*) as c from investment where stage in ('SIGNED', 'OPERATING')`),
    );
    expect(await total('investments', { sector: { eq: 'LOGISTICS' } })).toBe(await sql(`select count(*) as c from investment where sector_code = 'LOGISTICS'`));
    expect(await total('deals', { kind: { eq: 'SETTLEMENT_CONTRACT' } })).toBe(await sql(`select count(*) as c from deal where kind = 'SETTLEMENT_CONTRACT'`));
  });

  it('keeps to real data when asked (VERIFIED and RECORDED only)', async () => {
    expect(await total('investments', { verification: { in: ['VERIFIED', 'RECORDED'] } })).toBe(0);
    expect(await total('organizations', { verification: { in: ['VERIFIED', 'RECORDED'] } })).toBe(25);
    expect(await total('deals', { verification: { eq: 'DEMO' } })).toBe(80);
  });

  it('filters money in USD and dates by range', async () => {
    expect(await total('investments', { amountUsd: { gte: '1000000', lt: '50000000.50' } })).toBe(
      await sql(`select count(*) as c from investment where amount_usd_minor >= 100000000 and amount_usd_minor < 5000000050`),
    );
    expect(await total('investments', { announcedOn: { gte: '2025-01-01', lte: '2025-12-31' } })).toBe(
      await sql(`select count(*) as c from investment where announced_on >= '2025-01-01' and announced_on <= '2025-12-31'`),
    );
    expect(await total('parks', { plannedInvestmentUsd: { gte: '1000000000' } })).toBe(1);
    expect(await total('parks', { landAreaMu: { isNull: false } })).toBe(1);
    const bad = await server.gql(InexactAmountFilter);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.amountUsd' });
  });

  it('follows relations: investments by the country of their investor, deals by a party', async () => {
    expect(await total('investments', { organization: { country: { in: ['KZ', 'RU'] } } })).toBe(
      await sql(`select count(*) as c from investment i join organization o on o.id = i.organization_id where o.country in ('KZ', 'RU')`),
    );
    expect(await total('investments', { park: { slug: { eq: 'sco-energy-valley' } } })).toBe(
      await sql(`select count(*) as c from investment i join park p on p.id = i.park_id where p.slug = 'sco-energy-valley'`),
    );
    expect(await total('deals', { party: { search: '厦门国贸' } })).toBe(1);
    expect(await total('deals', { party: { country: { eq: 'KZ' } } })).toBe(
      await sql(`select count(distinct d.deal_id) as c from deal_party d join organization o on o.id = d.organization_id where o.country = 'KZ'`),
    );
    expect(await total('parks', { focusSector: { eq: 'NEW_ENERGY' } })).toBe(1);
    // The zone's own parks (上合示范区多式联运中心, 上合示范区“数据跨境服务专区”).
    expect(await total('parks', { parent: { slug: { eq: 'sco-demonstration-area' } } })).toBe(
      sourceRecords.parks.filter((p) => p.parentSlug === 'sco-demonstration-area').length,
    );
    // 前丰帽业 and the SCO AI alliance: the report gives neither a country.
    expect(await total('organizations', { country: { isNull: true } })).toBe(sourceRecords.organizations.filter((o) => o.country === null).length);
  });

  it('searches names case-insensitively in both languages, with % and _ taken literally', async () => {
    expect(await total('organizations', { search: '物流' })).toBe(await sql(`select count(*) as c from organization where name_zh like '%物流%'`));
    expect(await total('organizations', { search: 'ALMATY' })).toBe(await sql(`select count(*) as c from organization where lower(name_en) like '%almaty%'`));
    expect(await total('organizations', { search: '%' })).toBe(1);
    expect(await total('organizations', { search: 'f_t' })).toBe(1);
    expect(await total('organizations', { search: 'n % o' })).toBe(1);
    expect(await total('organizations', { search: 'x_y' })).toBe(0);
    expect(await total('parks', { search: 'energy' })).toBe(1);
  });

  it('nests AND, OR and NOT', async () => {
    const signed = await sql(`select count(*) as c from investment where stage = 'SIGNED'`);
    const lead = await sql(`select count(*) as c from investment where stage = 'LEAD'`);
    expect(await total('investments', { or: [{ stage: { eq: 'SIGNED' } }, { stage: { eq: 'LEAD' } }] })).toBe(signed + lead);
    expect(await total('investments', { not: { stage: { eq: 'SIGNED' } } })).toBe(400 - signed);
    expect(await total('investments', { and: [{ stage: { eq: 'SIGNED' } }, { not: { sector: { eq: 'LOGISTICS' } } }] })).toBe(
      await sql(`select count(*) as c from investment where stage = 'SIGNED' and sector_code <> 'LOGISTICS'`),
    );
  });

  it('pages through a filtered list with the filter applied on every page', async () => {
    const filter: InvestmentFilter = { stage: { eq: 'OPERATING' } };
    const expected = await sql(`select count(*) as c from investment where stage = 'OPERATING'`);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GraphQLResponse<FilteredInvestmentsPageQuery> = await server.gql(FilteredInvestmentsPage, { f: filter, after });
      const investments = page.data!.investments;
      for (const n of investments.nodes) expect(n.stage).toBe('OPERATING');
      seen.push(...investments.nodes.map((n) => n.id));
      if (!investments.pageInfo.hasNextPage) break;
      after = investments.pageInfo.endCursor ?? null;
    }
    expect(new Set(seen).size).toBe(expected);
  });

  it('filters and sorts events, exchange rates and tenancies too', async () => {
    const events = await server.gql(ConferenceForumEvents);
    expect(events.errors).toBeUndefined();
    expect(events.data?.events.totalCount).toBe(2);
    const rates = await server.gql(CnyRatesNewestFirst);
    expect(rates.data?.exchangeRates.nodes.map((r) => r.validFrom)).toEqual(['2025-01-01', '2024-01-01', '2023-01-01']);
    const sessions = await server.gql(ConferenceForums);
    expect(sessions.errors).toBeUndefined();
    expect(sessions.data?.events.nodes).toHaveLength(1);
    const conference = sessions.data!.events.nodes[0];
    expect(conference.children.nodes.map((n) => n.name.zh)).toEqual(['装备制造技术论坛', '新能源论坛']);
    const hub = await server.gql(HubTenancies);
    expect(hub.errors).toBeUndefined();
    expect(hub.data?.park?.signed.totalCount).toBe(
      await sql(
        `select count(*) as c from tenancy t join park p on p.id = t.park_id where p.slug = 'china-europe-railway-qingdao-hub' and t.status = 'SIGNED'`,
      ),
    );
    expect(hub.data?.park?.signed.nodes.every((n) => n.status === 'SIGNED')).toBe(true);
    expect(hub.data?.park?.all.totalCount).toBeGreaterThanOrEqual(hub.data!.park!.signed.totalCount);
  });

  it('matches global IDs and refuses an ID of another type', async () => {
    const ids = (await server.gql(FirstParkIds)).data!.parks.nodes.map((n) => n.id);
    expect(await total('parks', { id: { in: ids } })).toBe(2);
    const org = (await server.gql(FirstOrganizationId)).data!.organizations.nodes[0].id;
    const res = await server.gql(ParksTotal, { f: { id: { eq: org } } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.id' });
  });
});
