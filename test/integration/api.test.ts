import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceRecords } from '../../seeds/source/records.js';
import { API_EXAMPLES } from '../../web/src/api/examples.js';
import { createTestServer, DIALECTS, graphQLBody, type TestServer } from '../helpers/server.js';

describe.each(DIALECTS)('GraphQL API on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers the SCO Energy Valley with its verified figures and quotes', async () => {
    const res = await server.gql(`{
      park(slug: "sco-energy-valley") {
        name { zh en } status verification
        landArea { mu hectares }
        plannedInvestment { amount currency amountUsd usdRate { currency } }
        expectedAnnualOutput { amount currency amountUsd usdRate { currency validFrom usdPerUnit approximate note } }
        expectedAnnualProfit { amount currency }
        sources { quote fields source { publisher { zh } author eventDate } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const park = res.data.park;
    expect(park.name.zh).toBe('上合能谷');
    expect(park.verification).toBe('VERIFIED');
    expect(park.landArea.mu).toBe(4300);
    expect(park.landArea.hectares).toBeCloseTo(286.67, 2);
    expect(park.plannedInvestment).toEqual({ amount: '1000000000', currency: 'USD', amountUsd: '1000000000', usdRate: null });
    expect(park.expectedAnnualOutput.amount).toBe('60000000000');
    expect(park.expectedAnnualOutput.currency).toBe('CNY');
    // CNY at the 2025 default rate (0.1380 USD per CNY, approximate): 60 bn CNY = 8.28 bn USD.
    expect(park.expectedAnnualOutput.amountUsd).toBe('8280000000');
    expect(park.expectedAnnualOutput.usdRate).toMatchObject({
      currency: 'CNY',
      validFrom: '2025-01-01',
      usdPerUnit: '0.138',
      approximate: true,
      note: 'approximate, entered by hand',
    });
    expect(park.expectedAnnualProfit).toEqual({ amount: '8000000000', currency: 'CNY' });
    const quotes = park.sources.map((s: { quote: string }) => s.quote).join('\n');
    expect(quotes).toContain('总投资100000万美元');
    expect(quotes).toContain('4300亩');
    const fields = park.sources.flatMap((s: { fields: string[] }) => s.fields);
    expect(fields).toEqual(expect.arrayContaining(['landArea', 'plannedInvestment', 'expectedAnnualOutput', 'expectedAnnualProfit']));
    expect(park.sources[0].source).toEqual({ publisher: { zh: '山东商报·速豹新闻网' }, author: '李雨馨', eventDate: '2025-07-18' });
  });

  it('names, in every quote, only fields that exist on the quoted type', async () => {
    const sources = `sources { fields }`;
    const res = await server.gql(`{
      __schema { types { name fields { name } } }
      parks(first: 100) { nodes { __typename ${sources} } }
      organizations(first: 100) { nodes { __typename ${sources} tenancies { nodes { __typename ${sources} } } } }
      events(first: 100) { nodes { __typename ${sources} } }
      deals(first: 100) { nodes { __typename ${sources} } }
    }`);
    expect(res.errors).toBeUndefined();
    const fieldsOf = new Map<string, Set<string>>(
      res.data.__schema.types.filter((t: any) => t.fields).map((t: any) => [t.name, new Set(t.fields.map((f: any) => f.name))]),
    );
    const records = [
      ...res.data.parks.nodes,
      ...res.data.organizations.nodes,
      ...res.data.organizations.nodes.flatMap((o: any) => o.tenancies.nodes),
      ...res.data.events.nodes,
      ...res.data.deals.nodes,
    ];
    expect(new Set(records.map((r) => r.__typename))).toEqual(new Set(['Park', 'Organization', 'Tenancy', 'Event', 'Deal']));
    for (const r of records) {
      expect(r.sources.length).toBeGreaterThan(0);
      for (const f of r.sources.flatMap((s: any) => s.fields)) expect(fieldsOf.get(r.__typename)?.has(f), `${r.__typename}.${f}`).toBe(true);
    }
  });

  it('says how much of the data is real and whether demo data is present', async () => {
    const res = await server.gql(`{ dataset { includesDemoData verifiedRecords recordedRecords demoRecords } }`);
    expect(res.errors).toBeUndefined();
    // Every park, organization, tenancy, deal and event of the source, and nothing else.
    const r = sourceRecords;
    const verifiedRecords = r.parks.length + r.organizations.length + r.tenancies.length + r.deals.length + r.events.length;
    expect(res.data.dataset).toEqual({ includesDemoData: false, verifiedRecords, recordedRecords: 0, demoRecords: 0 });
  });

  it('keeps what the source does not say unknown, not zero', async () => {
    const res = await server.gql(`{ park(slug: "sco-equipment-manufacturing-park") { status landArea { mu } plannedInvestment { amount } completedOn } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.park).toEqual({ status: 'UNKNOWN', landArea: null, plannedInvestment: null, completedOn: null });
  });

  it('shows the settlement signing with 厦门国贸 named and five unnamed counterparties', async () => {
    const res = await server.gql(`{
      deals(first: 10) { totalCount nodes {
        kind signedOn unnamedPartyCount partyCount verification
        park { slug } event { name { en } parent { name { zh } } }
        parties { role organization { name { zh } } }
        sources { quote }
      } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.deals.totalCount).toBe(2);
    const settlement = res.data.deals.nodes.find((d: { kind: string }) => d.kind === 'SETTLEMENT_CONTRACT');
    expect(settlement.signedOn).toBe('2025-07-18');
    expect(settlement.unnamedPartyCount).toBe(5);
    expect(settlement.partyCount).toBe(7);
    expect(settlement.parties.map((p: { organization: { name: { zh: string } } }) => p.organization.name.zh)).toContain('厦门国贸');
    expect(settlement.event.parent.name.zh).toBe('上海合作组织产业链供应链青岛会议');
    expect(settlement.sources[0].quote).toContain('厦门国贸等6家企业');
    const cooperation = res.data.deals.nodes.find((d: { kind: string }) => d.kind === 'COOPERATION_AGREEMENT');
    expect(cooperation.park).toBeNull();
    expect(cooperation.parties.map((p: { organization: { name: { zh: string } } }) => p.organization.name.zh).sort()).toEqual(
      ['上合示范区管委', '中远海运'].sort(),
    );
  });

  it('nests both ways: park → child parks, organization → deals and parks, event → sessions', async () => {
    const zone = sourceRecords.parks.find((p) => p.nameZh === '上合示范区')!;
    const center = sourceRecords.parks.find((p) => p.nameZh === '中欧班列(济青)国家集结中心')!;
    const res = await server.gql(
      `query($zone: String!, $center: String!) {
      zone: park(slug: $zone) { children { totalCount nodes { name { zh } parent { slug } } } }
      center: park(slug: $center) { children { nodes { name { zh } parent { slug } } } settlementSignings { enterprises named contracts includesDemo } }
      manufacturing: park(slug: "sco-equipment-manufacturing-park") { children { totalCount } }
      events(first: 20) { nodes { name { zh } parent { id name { zh } } participantsIncomplete participants { organization { name { zh } } country role description { zh } andOthers } children { totalCount nodes { name { zh } sector { code } theme { zh } } } } }
      organizations(first: 100) { nodes { name { zh } country deals { totalCount } parks { nodes { slug } } tenancies { nodes { status signedOn } } } }
    }`,
      { zone: zone.slug, center: center.slug },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.zone.children.nodes.map((c: { name: { zh: string } }) => c.name.zh).sort()).toEqual(['上合示范区多式联运中心', '数据跨境服务专区'].sort());
    expect(res.data.zone.children.nodes.every((c: { parent: { slug: string } }) => c.parent.slug === zone.slug)).toBe(true);
    expect(res.data.center.children.nodes).toEqual([{ name: { zh: '中欧班列(济青)国家集结中心青岛枢纽' }, parent: { slug: center.slug } }]);
    // 厦门国贸等6家企业: six signed, one named.
    expect(res.data.center.settlementSignings).toEqual({ enterprises: 6, named: 1, contracts: 1, includesDemo: false });
    // The report names the two manufacturing parks side by side, not one within the other.
    expect(res.data.manufacturing.children.totalCount).toBe(0);
    const congress = res.data.events.nodes.find((e: { parent: unknown }) => e.parent === null);
    expect(congress.name.zh).toBe('中国—上海合作组织地方经贸合作大会');
    expect(congress.children.nodes.map((c: { name: { zh: string } }) => c.name.zh)).toEqual(['上海合作组织产业链供应链青岛会议']);
    const conference = res.data.events.nodes.find((e: { name: { zh: string } }) => e.name.zh === '上海合作组织产业链供应链青岛会议');
    expect(conference.parent.name.zh).toBe('中国—上海合作组织地方经贸合作大会');
    expect(conference.children.totalCount).toBe(4);
    const forum = res.data.events.nodes.find((e: { name: { zh: string } }) => e.name.zh === '装备制造技术论坛');
    const unnamed = forum.participants.filter((p: { organization: unknown }) => p.organization === null);
    expect(unnamed.map((p: { country: string }) => p.country)).toEqual(['KG', 'PK', 'RU']);
    expect(
      unnamed.every(
        (p: { role: string; andOthers: boolean; description: { zh: string } }) =>
          p.role === 'PARTICIPANT' && p.andOthers && p.description.zh === '工商机构和采购商',
      ),
    ).toBe(true);
    expect(forum.participantsIncomplete).toBe(true);
    const salon = res.data.events.nodes.find((e: { name: { zh: string } }) => e.name.zh === '对话沙龙');
    expect(salon.parent.name.zh).toBe('新能源论坛');
    expect(salon.participants[0]).toMatchObject({ organization: { name: { zh: '山东能源集团' } }, country: 'CN', role: 'HOST', andOthers: false });
    const themes = conference.children.nodes
      .map((d: { theme: { zh: string } | null }) => d.theme?.zh ?? null)
      .filter(Boolean)
      .sort();
    expect(themes).toEqual(['新质领航智造未来', '绿色丝路·上合共赢'].sort());
    const itg = res.data.organizations.nodes.find((o: { name: { zh: string } }) => o.name.zh === '厦门国贸');
    expect(itg.deals.totalCount).toBe(1);
    expect(itg.parks.nodes).toHaveLength(1);
    expect(itg.tenancies.nodes[0]).toEqual({ status: 'SIGNED', signedOn: '2025-07-18' });
    const rak = res.data.organizations.nodes.find((o: { name: { zh: string } }) => o.name.zh === '阿联酋哈伊马角经济区');
    expect(rak.country).toBe('AE');
  });

  it('runs every example query of the API page without errors', async () => {
    const fields = (await server.gql(`{ __schema { queryType { fields { name description } } } }`)).data.__schema.queryType.fields;
    for (const example of API_EXAMPLES) {
      const field = fields.find((f: { name: string }) => f.name === example.rootField);
      expect(field?.description, example.id).toMatch(/\w{3}/);
      const res = await server.gql(example.query);
      expect(res.errors, example.id).toBeUndefined();
    }
  });

  it('round-trips node(id) for every Node type', async () => {
    const res = await server.gql(`{
      parks(first: 1) { nodes { id __typename } }
      organizations(first: 1) { nodes { id __typename tenancies(first: 1) { nodes { id __typename } } } }
      deals(first: 1) { nodes { id __typename parties { id __typename } } }
      events(first: 1) { nodes { id __typename } }
      sectors { id __typename }
      exchangeRates(first: 1) { nodes { id __typename } }
      park(slug: "sco-energy-valley") { sources { source { id __typename } } }
    }`);
    expect(res.errors).toBeUndefined();
    const d = res.data;
    const tenancy = (
      await server.gql(`{ organizations(first: 100) { nodes { tenancies(first: 1) { nodes { id __typename } } } } }`)
    ).data.organizations.nodes.flatMap((o: { tenancies: { nodes: unknown[] } }) => o.tenancies.nodes)[0];
    const samples = [
      d.parks.nodes[0],
      d.organizations.nodes[0],
      tenancy,
      d.deals.nodes[0],
      d.deals.nodes[0].parties[0],
      d.events.nodes[0],
      d.sectors[0],
      d.exchangeRates.nodes[0],
      d.park.sources[0].source,
    ];
    // Investment has no source record; make sure its type resolves too once one exists (see the batching test).
    expect(new Set(samples.map((s) => s.__typename))).toEqual(
      new Set(['Park', 'Organization', 'Tenancy', 'Deal', 'DealParty', 'Event', 'Sector', 'ExchangeRate', 'Source']),
    );
    for (const { id, __typename } of samples) {
      const back = await server.gql(`query($id: ID!) { node(id: $id) { id __typename } }`, { id });
      expect(back.errors).toBeUndefined();
      expect(back.data.node).toEqual({ id, __typename });
    }
    const many = await server.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: samples.map((s) => s.id) });
    expect(many.data.nodes.map((n: { id: string }) => n.id)).toEqual(samples.map((s) => s.id));
  });

  it('returns null for a well-formed ID of a missing record and an input error for a malformed one', async () => {
    const missing = Buffer.from('Park:999999').toString('base64url');
    const res = await server.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: missing });
    expect(res.errors).toBeUndefined();
    expect(res.data.node).toBeNull();
    const bad = await server.gql(`{ node(id: "not-an-id") { id } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('paginates with cursors forwards and backwards and reports totals', async () => {
    const all = await server.gql(`{ organizations(first: 100) { totalCount nodes { id } } }`);
    const ids: string[] = all.data.organizations.nodes.map((n: { id: string }) => n.id);
    expect(ids.length).toBe(all.data.organizations.totalCount);
    expect(ids.length).toBeGreaterThan(10);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await server.gql(
        `query($after: String) { organizations(first: 7, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor hasPreviousPage } } }`,
        { after },
      );
      seen.push(...page.data.organizations.edges.map((e: { node: { id: string } }) => e.node.id));
      expect(page.data.organizations.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.data.organizations.pageInfo.hasNextPage) break;
      after = page.data.organizations.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids);
    const lastPage = await server.gql(`{ organizations(last: 3) { nodes { id } pageInfo { hasPreviousPage hasNextPage startCursor } } }`);
    expect(lastPage.data.organizations.nodes.map((n: { id: string }) => n.id)).toEqual(ids.slice(-3));
    expect(lastPage.data.organizations.pageInfo.hasPreviousPage).toBe(true);
    const before = await server.gql(`query($b: String) { organizations(last: 2, before: $b) { nodes { id } } }`, {
      b: lastPage.data.organizations.pageInfo.startCursor,
    });
    expect(before.data.organizations.nodes.map((n: { id: string }) => n.id)).toEqual(ids.slice(-5, -3));
  });

  it('refuses page sizes over 100, negative sizes and foreign cursors with BAD_USER_INPUT', async () => {
    for (const q of [
      `{ parks(first: 101) { totalCount } }`,
      `{ parks(last: -1) { totalCount } }`,
      `{ parks(first: 1, last: 1) { totalCount } }`,
      `{ parks(after: "bogus") { totalCount } }`,
    ]) {
      const res = await server.gql(q);
      expect(res.errors?.[0].extensions?.code, q).toBe('BAD_USER_INPUT');
      expect(res.body).not.toMatch(/stacktrace|\bat .*\.ts:\d+/);
    }
  });

  it('answers a malformed query with an error code and no stack trace', async () => {
    const res = await server.gql(`{ parks(first: 1) { nodes { id } `);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.body).not.toContain('stacktrace');
    const unknownField = await server.gql(`{ parks { nope } }`);
    expect(unknownField.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves the SDL, liveness and readiness', async () => {
    const sdl = await fetch(`${server.url}/schema.graphql`);
    expect(sdl.status).toBe(200);
    const text = await sdl.text();
    expect(text).toContain('type Park implements Node & Provenanced');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready' });
  });
});

describe('serving the web client', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer('sqlite', { seed: false });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers / and any client-side route with index.html, never cached', async () => {
    for (const path of ['/', '/parks/sco-energy-valley', '/compare?parks=a,b']) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('parkscope web fixture');
    }
  });

  it('serves hashed assets compressed and cached for a year, and 404s a missing one', async () => {
    const res = await fetch(`${server.url}/assets/app-0123abcd.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toContain('export const v199');
    expect((await fetch(`${server.url}/assets/missing-0000.js`)).status).toBe(404);
  });

  it('speaks GraphQL over HTTP: graphql-response+json, 400 for a bad query, queries by GET', async () => {
    const post = (body: object) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify(body),
      });
    const ok = await post({ query: '{ __typename }' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toContain('application/graphql-response+json');
    expect((await post({ query: '{ nope }' })).status).toBe(400);
    expect((await post({ query: '{' })).status).toBe(400);
  });

  it('answers automatic persisted queries by hash after the first request', async () => {
    const query = '{ parks(first: 1) { totalCount } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const send = (body: object) =>
      fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(graphQLBody);
    expect(await send({ extensions })).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    expect((await send({ query, extensions })).data).toEqual({ parks: { totalCount: 0 } });
    expect((await send({ extensions })).data).toEqual({ parks: { totalCount: 0 } });
    const get = await fetch(`${server.url}/graphql?extensions=${encodeURIComponent(JSON.stringify(extensions))}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect((await graphQLBody(get)).data).toEqual({ parks: { totalCount: 0 } });
  });

  it('opens the explorer for a browser at GET /graphql, and answers queries there as before', async () => {
    const page = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('parkscope explorer fixture');
    const query = await fetch(`${server.url}/graphql?query=%7B__typename%7D`, {
      headers: { accept: 'text/html,*/*;q=0.8', 'apollo-require-preflight': 'true' },
    });
    expect(await query.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('does not shadow the API, the SDL or the health routes', async () => {
    const get = await fetch(`${server.url}/graphql?query=%7B__typename%7D`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    expect(await (await fetch(`${server.url}/schema.graphql`)).text()).toContain('type Query');
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok' });
  });
});

describe.each(DIALECTS)('readiness without a database on %s', (dialect) => {
  it('is 503 once the database is gone, while liveness stays 200', async () => {
    const server = await createTestServer(dialect, { seed: false });
    try {
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      await server.orm.close(true);
      const res = await fetch(`${server.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
