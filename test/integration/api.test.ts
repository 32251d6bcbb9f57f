import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { sourceRecords } from '../../seeds/source/records.js';
import { API_EXAMPLES } from '../../web/src/api/examples.js';
import { graphql } from '../__generated__/gql.js';
import type { ApiOrganizationsForwardQuery } from '../__generated__/graphql.js';
import { createTestServer, DIALECTS, graphQLBody, type TestServer } from '../helpers/server.js';

const ApiPark = graphql(`
  query ApiPark($slug: String!) {
    park(slug: $slug) {
      name {
        zh
        en
      }
      status
      verification
      landArea {
        mu
        hectares
      }
      plannedInvestment {
        amount
        currency
        amountUsd
        usdRate {
          currency
        }
      }
      expectedAnnualOutput {
        amount
        currency
        amountUsd
        usdRate {
          currency
          validFrom
          usdPerUnit
          approximate
          note
        }
      }
      expectedAnnualProfit {
        amount
        currency
      }
      sources {
        quote
        fields
        source {
          publisher {
            zh
          }
          author
          eventDate
        }
      }
    }
  }
`);

const ApiQuotedFields = graphql(`
  query ApiQuotedFields {
    __schema {
      types {
        name
        fields {
          name
        }
      }
    }
    parks(first: 100) {
      nodes {
        __typename
        sources {
          fields
        }
      }
    }
    organizations(first: 100) {
      nodes {
        __typename
        sources {
          fields
        }
        tenancies {
          nodes {
            __typename
            sources {
              fields
            }
          }
        }
      }
    }
    events(first: 100) {
      nodes {
        __typename
        sources {
          fields
        }
      }
    }
    deals(first: 100) {
      nodes {
        __typename
        sources {
          fields
        }
      }
    }
  }
`);

const ApiDataset = graphql(`
  query ApiDataset {
    dataset {
      includesDemoData
      verifiedRecords
      recordedRecords
      demoRecords
    }
  }
`);

const ApiUnknownFacts = graphql(`
  query ApiUnknownFacts($slug: String!) {
    park(slug: $slug) {
      status
      landArea {
        mu
      }
      plannedInvestment {
        amount
      }
      completedOn
    }
  }
`);

const ApiDeals = graphql(`
  query ApiDeals {
    deals(first: 10) {
      totalCount
      nodes {
        kind
        signedOn
        unnamedPartyCount
        partyCount
        verification
        park {
          slug
        }
        event {
          name {
            en
          }
          parent {
            name {
              zh
            }
          }
        }
        parties {
          role
          organization {
            name {
              zh
            }
          }
        }
        sources {
          quote
        }
      }
    }
  }
`);

const ApiNesting = graphql(`
  query ApiNesting($zone: String!, $center: String!, $manufacturing: String!) {
    zone: park(slug: $zone) {
      children {
        totalCount
        nodes {
          name {
            zh
          }
          parent {
            slug
          }
        }
      }
    }
    center: park(slug: $center) {
      children {
        nodes {
          name {
            zh
          }
          parent {
            slug
          }
        }
      }
      settlementSignings {
        enterprises
        named
        contracts
        includesDemo
      }
    }
    manufacturing: park(slug: $manufacturing) {
      children {
        totalCount
      }
    }
    events(first: 20) {
      nodes {
        name {
          zh
        }
        parent {
          id
          name {
            zh
          }
        }
        participantsIncomplete
        participants {
          organization {
            name {
              zh
            }
          }
          country
          role
          description {
            zh
          }
          andOthers
        }
        children {
          totalCount
          nodes {
            name {
              zh
            }
            sector {
              code
            }
            theme {
              zh
            }
          }
        }
      }
    }
    organizations(first: 100) {
      nodes {
        name {
          zh
        }
        country
        deals {
          totalCount
        }
        parks {
          nodes {
            slug
          }
        }
        tenancies {
          nodes {
            status
            signedOn
          }
        }
      }
    }
  }
`);

const ApiQueryFields = graphql(`
  query ApiQueryFields {
    __schema {
      queryType {
        fields {
          name
          description
        }
      }
    }
  }
`);

const ApiNodeSamples = graphql(`
  query ApiNodeSamples($slug: String!) {
    parks(first: 1) {
      nodes {
        id
        __typename
      }
    }
    organizations(first: 1) {
      nodes {
        id
        __typename
        tenancies(first: 1) {
          nodes {
            id
            __typename
          }
        }
      }
    }
    deals(first: 1) {
      nodes {
        id
        __typename
        parties {
          id
          __typename
        }
      }
    }
    events(first: 1) {
      nodes {
        id
        __typename
      }
    }
    sectors {
      id
      __typename
    }
    exchangeRates(first: 1) {
      nodes {
        id
        __typename
      }
    }
    park(slug: $slug) {
      sources {
        source {
          id
          __typename
        }
      }
    }
  }
`);

const ApiTenancySample = graphql(`
  query ApiTenancySample {
    organizations(first: 100) {
      nodes {
        tenancies(first: 1) {
          nodes {
            id
            __typename
          }
        }
      }
    }
  }
`);

const ApiNode = graphql(`
  query ApiNode($id: ID!) {
    node(id: $id) {
      id
      __typename
    }
  }
`);

const ApiNodes = graphql(`
  query ApiNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
    }
  }
`);

const ApiOrganizationIds = graphql(`
  query ApiOrganizationIds {
    organizations(first: 100) {
      totalCount
      nodes {
        id
      }
    }
  }
`);

const ApiOrganizationsForward = graphql(`
  query ApiOrganizationsForward($after: String) {
    organizations(first: 7, after: $after) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
        hasPreviousPage
      }
    }
  }
`);

const ApiOrganizationsLast = graphql(`
  query ApiOrganizationsLast($last: Int!, $before: String) {
    organizations(last: $last, before: $before) {
      nodes {
        id
      }
      pageInfo {
        hasPreviousPage
        hasNextPage
        startCursor
      }
    }
  }
`);

describe.each(DIALECTS)('GraphQL API on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect);
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Sends a typed document, expects no errors and returns its data. */
  const ok = async <TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<TResult> => {
    const res = await server.gql(document, variables);
    expect(res.errors, res.body).toBeUndefined();
    if (!res.data) throw new Error(res.body);
    return res.data;
  };

  it('answers the SCO Energy Valley with its verified figures and quotes', async () => {
    const park = (await ok(ApiPark, { slug: 'sco-energy-valley' })).park!;
    expect(park.name.zh).toBe('上合能谷');
    expect(park.verification).toBe('VERIFIED');
    expect(park.landArea?.mu).toBe(4300);
    expect(park.landArea?.hectares).toBeCloseTo(286.67, 2);
    expect(park.plannedInvestment).toEqual({ amount: '1000000000', currency: 'USD', amountUsd: '1000000000', usdRate: null });
    expect(park.expectedAnnualOutput?.amount).toBe('60000000000');
    expect(park.expectedAnnualOutput?.currency).toBe('CNY');
    // CNY at the 2025 default rate (0.1380 USD per CNY, approximate): 60 bn CNY = 8.28 bn USD.
    expect(park.expectedAnnualOutput?.amountUsd).toBe('8280000000');
    expect(park.expectedAnnualOutput?.usdRate).toMatchObject({
      currency: 'CNY',
      validFrom: '2025-01-01',
      usdPerUnit: '0.138',
      approximate: true,
      note: 'approximate, entered by hand',
    });
    expect(park.expectedAnnualProfit).toEqual({ amount: '8000000000', currency: 'CNY' });
    const quotes = park.sources.map((s) => s.quote).join('\n');
    expect(quotes).toContain('总投资100000万美元');
    expect(quotes).toContain('4300亩');
    const fields = park.sources.flatMap((s) => s.fields);
    expect(fields).toEqual(expect.arrayContaining(['landArea', 'plannedInvestment', 'expectedAnnualOutput', 'expectedAnnualProfit']));
    expect(park.sources[0].source).toEqual({ publisher: { zh: '山东商报·速豹新闻网' }, author: '李雨馨', eventDate: '2025-07-18' });
  });

  it('names, in every quote, only fields that exist on the quoted type', async () => {
    const data = await ok(ApiQuotedFields);
    const fieldsOf = new Map<string, Set<string>>(
      data.__schema.types.flatMap((t) => (t.fields ? [[t.name ?? '', new Set(t.fields.map((f) => f.name))] as const] : [])),
    );
    const records = [
      ...data.parks.nodes,
      ...data.organizations.nodes,
      ...data.organizations.nodes.flatMap((o) => o.tenancies.nodes),
      ...data.events.nodes,
      ...data.deals.nodes,
    ];
    expect(new Set(records.map((r) => r.__typename))).toEqual(new Set(['Park', 'Organization', 'Tenancy', 'Event', 'Deal']));
    for (const r of records) {
      expect(r.sources.length).toBeGreaterThan(0);
      for (const f of r.sources.flatMap((s) => s.fields)) expect(fieldsOf.get(r.__typename)?.has(f), `${r.__typename}.${f}`).toBe(true);
    }
  });

  it('says how much of the data is real and whether demo data is present', async () => {
    const data = await ok(ApiDataset);
    // Every park, organization, tenancy, deal and event of the source, and nothing else.
    const r = sourceRecords;
    const verifiedRecords = r.parks.length + r.organizations.length + r.tenancies.length + r.deals.length + r.events.length;
    expect(data.dataset).toEqual({ includesDemoData: false, verifiedRecords, recordedRecords: 0, demoRecords: 0 });
  });

  it('keeps what the source does not say unknown, not zero', async () => {
    const data = await ok(ApiUnknownFacts, { slug: 'sco-equipment-manufacturing-park' });
    expect(data.park).toEqual({ status: 'UNKNOWN', landArea: null, plannedInvestment: null, completedOn: null });
  });

  it('shows the settlement signing with 厦门国贸 named and five unnamed counterparties', async () => {
    const data = await ok(ApiDeals);
    expect(data.deals.totalCount).toBe(2);
    const settlement = data.deals.nodes.find((d) => d.kind === 'SETTLEMENT_CONTRACT')!;
    expect(settlement.signedOn).toBe('2025-07-18');
    expect(settlement.unnamedPartyCount).toBe(5);
    expect(settlement.partyCount).toBe(7);
    expect(settlement.parties.map((p) => p.organization.name.zh)).toContain('厦门国贸');
    expect(settlement.event?.parent?.name.zh).toBe('上海合作组织产业链供应链青岛会议');
    expect(settlement.sources[0].quote).toContain('厦门国贸等6家企业');
    const cooperation = data.deals.nodes.find((d) => d.kind === 'COOPERATION_AGREEMENT')!;
    expect(cooperation.park).toBeNull();
    expect(cooperation.parties.map((p) => p.organization.name.zh).sort()).toEqual(['上合示范区管委', '中远海运'].sort());
  });

  it('nests both ways: park → child parks, organization → deals and parks, event → sessions', async () => {
    const zone = sourceRecords.parks.find((p) => p.nameZh === '上合示范区')!;
    const center = sourceRecords.parks.find((p) => p.nameZh === '中欧班列(济青)国家集结中心')!;
    const data = await ok(ApiNesting, { zone: zone.slug, center: center.slug, manufacturing: 'sco-equipment-manufacturing-park' });
    expect(data.zone?.children.nodes.map((c) => c.name.zh).sort()).toEqual(['上合示范区多式联运中心', '数据跨境服务专区'].sort());
    expect(data.zone?.children.nodes.every((c) => c.parent?.slug === zone.slug)).toBe(true);
    expect(data.center?.children.nodes).toEqual([{ name: { zh: '中欧班列(济青)国家集结中心青岛枢纽' }, parent: { slug: center.slug } }]);
    // 厦门国贸等6家企业: six signed, one named.
    expect(data.center?.settlementSignings).toEqual({ enterprises: 6, named: 1, contracts: 1, includesDemo: false });
    // The report names the two manufacturing parks side by side, not one within the other.
    expect(data.manufacturing?.children.totalCount).toBe(0);
    const congress = data.events.nodes.find((e) => e.parent === null)!;
    expect(congress.name.zh).toBe('中国—上海合作组织地方经贸合作大会');
    expect(congress.children.nodes.map((c) => c.name.zh)).toEqual(['上海合作组织产业链供应链青岛会议']);
    const conference = data.events.nodes.find((e) => e.name.zh === '上海合作组织产业链供应链青岛会议')!;
    expect(conference.parent?.name.zh).toBe('中国—上海合作组织地方经贸合作大会');
    expect(conference.children.totalCount).toBe(4);
    const forum = data.events.nodes.find((e) => e.name.zh === '装备制造技术论坛')!;
    const unnamed = forum.participants.filter((p) => p.organization === null);
    expect(unnamed.map((p) => p.country)).toEqual(['KG', 'PK', 'RU']);
    expect(unnamed.every((p) => p.role === 'PARTICIPANT' && p.andOthers && p.description?.zh === '工商机构和采购商')).toBe(true);
    expect(forum.participantsIncomplete).toBe(true);
    const salon = data.events.nodes.find((e) => e.name.zh === '对话沙龙')!;
    expect(salon.parent?.name.zh).toBe('新能源论坛');
    expect(salon.participants[0]).toMatchObject({ organization: { name: { zh: '山东能源集团' } }, country: 'CN', role: 'HOST', andOthers: false });
    const themes = conference.children.nodes
      .map((d) => d.theme?.zh ?? null)
      .filter(Boolean)
      .sort();
    expect(themes).toEqual(['新质领航智造未来', '绿色丝路·上合共赢'].sort());
    const itg = data.organizations.nodes.find((o) => o.name.zh === '厦门国贸')!;
    expect(itg.deals.totalCount).toBe(1);
    expect(itg.parks.nodes).toHaveLength(1);
    expect(itg.tenancies.nodes[0]).toEqual({ status: 'SIGNED', signedOn: '2025-07-18' });
    const rak = data.organizations.nodes.find((o) => o.name.zh === '阿联酋哈伊马角经济区')!;
    expect(rak.country).toBe('AE');
  });

  it('runs every example query of the API page without errors', async () => {
    const fields = (await ok(ApiQueryFields)).__schema.queryType.fields ?? [];
    for (const example of API_EXAMPLES) {
      const field = fields.find((f) => f.name === example.rootField);
      expect(field?.description, example.id).toMatch(/\w{3}/);
      // The examples are the API page's own query strings, sent as the page sends them.
      const res = await server.gql(example.query);
      expect(res.errors, example.id).toBeUndefined();
    }
  });

  it('round-trips node(id) for every Node type', async () => {
    const d = await ok(ApiNodeSamples, { slug: 'sco-energy-valley' });
    const tenancy = (await ok(ApiTenancySample)).organizations.nodes.flatMap((o) => o.tenancies.nodes)[0];
    const samples = [
      d.parks.nodes[0],
      d.organizations.nodes[0],
      tenancy,
      d.deals.nodes[0],
      d.deals.nodes[0].parties[0],
      d.events.nodes[0],
      d.sectors[0],
      d.exchangeRates.nodes[0],
      d.park!.sources[0].source,
    ];
    // Investment has no source record; make sure its type resolves too once one exists (see the batching test).
    expect(new Set(samples.map((s) => s.__typename))).toEqual(
      new Set(['Park', 'Organization', 'Tenancy', 'Deal', 'DealParty', 'Event', 'Sector', 'ExchangeRate', 'Source']),
    );
    for (const { id, __typename } of samples) {
      const back = await server.gql(ApiNode, { id });
      expect(back.errors).toBeUndefined();
      expect(back.data?.node).toEqual({ id, __typename });
    }
    const many = await server.gql(ApiNodes, { ids: samples.map((s) => s.id) });
    expect(many.data?.nodes.map((n) => n?.id)).toEqual(samples.map((s) => s.id));
  });

  it('returns null for a well-formed ID of a missing record and an input error for a malformed one', async () => {
    const missing = Buffer.from('Park:999999').toString('base64url');
    const res = await server.gql(ApiNode, { id: missing });
    expect(res.errors).toBeUndefined();
    expect(res.data?.node).toBeNull();
    const bad = await server.gql(ApiNode, { id: 'not-an-id' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('paginates with cursors forwards and backwards and reports totals', async () => {
    const all = (await ok(ApiOrganizationIds)).organizations;
    const ids: string[] = all.nodes.map((n) => n.id);
    expect(ids.length).toBe(all.totalCount);
    expect(ids.length).toBeGreaterThan(10);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: ApiOrganizationsForwardQuery['organizations'] = (await ok(ApiOrganizationsForward, { after })).organizations;
      seen.push(...page.edges.map((e) => e.node.id));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(ids);
    const lastPage = (await ok(ApiOrganizationsLast, { last: 3 })).organizations;
    expect(lastPage.nodes.map((n) => n.id)).toEqual(ids.slice(-3));
    expect(lastPage.pageInfo.hasPreviousPage).toBe(true);
    const before = (await ok(ApiOrganizationsLast, { last: 2, before: lastPage.pageInfo.startCursor })).organizations;
    expect(before.nodes.map((n) => n.id)).toEqual(ids.slice(-5, -3));
  });

  it('refuses page sizes over 100, negative sizes and foreign cursors with BAD_USER_INPUT', async () => {
    // Deliberately out-of-range arguments, written into the query as a client might.
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
    // Malformed and invalid on purpose: query strings, not documents.
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

  it('without a server build of the app (only dist/web), answers / and any client-side route with the client-only index.html, never cached', async () => {
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
