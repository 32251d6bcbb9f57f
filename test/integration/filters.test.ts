import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../seeds/demo/load-demo.js';
import { sourceRecords } from '../../seeds/source/records.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

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
  const total = async (list: string, filter: object) => {
    const res = await server.gql(`query($f: ${filterType(list)}) { ${list}(filter: $f) { totalCount } }`, { f: filter });
    expect(res.errors, JSON.stringify(filter)).toBeUndefined();
    return res.data[list].totalCount as number;
  };
  const filterType = (list: string) =>
    ({ parks: 'ParkFilter', organizations: 'OrganizationFilter', investments: 'InvestmentFilter', deals: 'DealFilter' })[list];

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
    const bad = await server.gql(`{ investments(filter: { amountUsd: { gt: "1.234" } }) { totalCount } }`);
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
    const filter = { stage: { eq: 'OPERATING' } };
    const expected = await sql(`select count(*) as c from investment where stage = 'OPERATING'`);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await server.gql(
        `query($f: InvestmentFilter, $after: String) { investments(first: 30, after: $after, filter: $f) { nodes { id stage } pageInfo { hasNextPage endCursor } } }`,
        { f: filter, after },
      );
      for (const n of page.data.investments.nodes) expect(n.stage).toBe('OPERATING');
      seen.push(...page.data.investments.nodes.map((n: { id: string }) => n.id));
      if (!page.data.investments.pageInfo.hasNextPage) break;
      after = page.data.investments.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(expected);
  });

  it('filters and sorts events, exchange rates and tenancies too', async () => {
    const events: any = await server.gql(`{ events(filter: { parent: { search: "青岛会议" }, sector: { in: [NEW_ENERGY, EQUIPMENT_MANUFACTURING] } }) {
      totalCount nodes { theme { zh } } } }`);
    expect(events.errors).toBeUndefined();
    expect(events.data.events.totalCount).toBe(2);
    const rates: any = await server.gql(`{ exchangeRates(filter: { currency: { eq: "CNY" } }, orderBy: [VALID_FROM_DESC]) { nodes { validFrom } } }`);
    expect(rates.data.exchangeRates.nodes.map((r: { validFrom: string }) => r.validFrom)).toEqual(['2025-01-01', '2024-01-01', '2023-01-01']);
    const sessions: any = await server.gql(
      `{ events(filter: { search: "青岛会议" }) { nodes { children(filter: { search: "论坛" }, orderBy: [ID_DESC]) { totalCount nodes { name { zh } } } } } }`,
    );
    expect(sessions.errors).toBeUndefined();
    expect(sessions.data.events.nodes).toHaveLength(1);
    const conference = sessions.data.events.nodes[0];
    expect(conference.children.nodes.map((n: any) => n.name.zh)).toEqual(['装备制造技术论坛', '新能源论坛']);
    const hub: any = await server.gql(`{ park(slug: "china-europe-railway-qingdao-hub") {
      all: tenancies { totalCount }
      signed: tenancies(filter: { status: { eq: SIGNED } }, orderBy: [SIGNED_ON_DESC]) { totalCount nodes { status } } } }`);
    expect(hub.errors).toBeUndefined();
    expect(hub.data.park.signed.totalCount).toBe(
      await sql(
        `select count(*) as c from tenancy t join park p on p.id = t.park_id where p.slug = 'china-europe-railway-qingdao-hub' and t.status = 'SIGNED'`,
      ),
    );
    expect(hub.data.park.signed.nodes.every((n: any) => n.status === 'SIGNED')).toBe(true);
    expect(hub.data.park.all.totalCount).toBeGreaterThanOrEqual(hub.data.park.signed.totalCount);
  });

  it('matches global IDs and refuses an ID of another type', async () => {
    const ids = (await server.gql(`{ parks(first: 2) { nodes { id } } }`)).data.parks.nodes.map((n: { id: string }) => n.id);
    expect(await total('parks', { id: { in: ids } })).toBe(2);
    const org = (await server.gql(`{ organizations(first: 1) { nodes { id } } }`)).data.organizations.nodes[0].id;
    const res = await server.gql(`query($f: ParkFilter) { parks(filter: $f) { totalCount } }`, { f: { id: { eq: org } } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.id' });
  });
});
