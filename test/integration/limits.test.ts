import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceRecords } from '../../seeds/source/records.js';
import { graphql } from '../__generated__/gql.js';
import type { LimitsNodeQuery, LimitsNodesQuery } from '../__generated__/graphql.js';
import { apiKey, signedIn } from '../helpers/access.js';
import { createTestServer, DIALECTS, graphQLBody, type GraphQLResponse, type TestServer } from '../helpers/server.js';

const LimitsTypename = graphql(`
  query LimitsTypename {
    __typename
  }
`);

const LimitsParkCount = graphql(`
  query LimitsParkCount($f: ParkFilter) {
    parks(filter: $f) {
      totalCount
    }
  }
`);

const LimitsOrganizationCount = graphql(`
  query LimitsOrganizationCount($f: OrganizationFilter) {
    organizations(filter: $f) {
      totalCount
    }
  }
`);

const LimitsInvestmentCount = graphql(`
  query LimitsInvestmentCount($f: InvestmentFilter) {
    investments(filter: $f) {
      totalCount
    }
  }
`);

const LimitsDealCount = graphql(`
  query LimitsDealCount($f: DealFilter) {
    deals(filter: $f) {
      totalCount
    }
  }
`);

const LimitsEventCount = graphql(`
  query LimitsEventCount($f: EventFilter) {
    events(filter: $f) {
      totalCount
    }
  }
`);

const LimitsExchangeRateCount = graphql(`
  query LimitsExchangeRateCount($f: ExchangeRateFilter) {
    exchangeRates(filter: $f) {
      totalCount
    }
  }
`);

const LimitsTotals = graphql(`
  query LimitsTotals {
    parks {
      totalCount
    }
    organizations {
      totalCount
    }
  }
`);

const LimitsParkIds = graphql(`
  query LimitsParkIds {
    parks(first: 1) {
      nodes {
        id
      }
    }
  }
`);

const LimitsNode = graphql(`
  query LimitsNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

const LimitsNodes = graphql(`
  query LimitsNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
    }
  }
`);

const LimitsAuditLog = graphql(`
  query LimitsAuditLog($id: ID!) {
    auditLog(recordId: $id) {
      totalCount
    }
  }
`);

const LimitsDeleteOrganization = graphql(`
  mutation LimitsDeleteOrganization($id: ID!) {
    deleteOrganization(id: $id, version: 1) {
      id
    }
  }
`);

/** A filter that says "not" `levels - 1` times around a search: valid for parks and organizations alike. */
type Negation = { search?: string; not?: Negation };

const REDIS = process.env.TEST_REDIS_URL;

describe.each(DIALECTS)('hostile queries on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect);
  });
  afterAll(async () => {
    await server?.close();
  });

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  /** Sends `query` (a hostile one, so a query string), expects it refused with `code` and no SQL statement sent, then checks the server still answers. */
  async function refused(query: string, code: string, variables?: Record<string, unknown>) {
    let res: Awaited<ReturnType<TestServer['gql']>> | undefined;
    const statements = await server.countStatements(async () => {
      res = await server.gql(query, variables);
    });
    expect(res!.errors?.[0].extensions?.code, res!.body.slice(0, 300)).toBe(code);
    expect(res!.status).toBe(400);
    expect(res!.data ?? null).toBeNull();
    expect(statements).toBe(0);
    expect((await server.gql(LimitsParkCount, {})).data?.parks.totalCount).toBe(sourceRecords.parks.length);
    return res!;
  }

  const nest = (levels: number) => {
    // parks → children → children ...: each level one step deeper, with Relay's nodes wrapper in between.
    let inner = 'id';
    for (let i = 0; i < levels - 2; i++) inner = `children(first: 1) { nodes { ${inner} } }`;
    return `{ parks(first: 1) { nodes { ${inner} } } }`;
  };

  it('refuses depth over 12, not counting Relay wrappers, before any SQL', async () => {
    expect((await server.gql(nest(12))).errors).toBeUndefined();
    const res = await refused(nest(13), 'QUERY_TOO_COMPLEX');
    expect(res.errors?.[0].message).toMatch(/13 levels deep; at most 12/);
  });

  it('refuses a query that could return too many objects', async () => {
    const res = await refused(
      `{ parks(first: 100) { nodes { investments(first: 100) { nodes { organization { tenancies(first: 100) { nodes { park { id } } } } } } } } }`,
      'QUERY_TOO_COMPLEX',
    );
    expect(res.errors?.[0].message).toMatch(/could return about \d+ objects; at most 50000/);
    // Variables count: the same shape with small pages passes.
    const small = await server.gql(
      `query($n: Int) { parks(first: $n) { nodes { investments(first: $n) { nodes { organization { tenancies(first: $n) { nodes { park { id } } } } } } } } }`,
      { n: 5 },
    );
    expect(small.errors).toBeUndefined();
    await refused(
      `query($n: Int) { parks(first: $n) { nodes { investments(first: $n) { nodes { organization { tenancies(first: $n) { nodes { park { id } } } } } } } } }`,
      'QUERY_TOO_COMPLEX',
      { n: 100 },
    );
  });

  it('refuses alias and directive floods', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: parks(first: 1) { totalCount }`).join(' ')} }`;
    expect((await server.gql(aliases(20))).errors).toBeUndefined();
    const a = await refused(aliases(21), 'GRAPHQL_VALIDATION_FAILED');
    expect(a.errors?.[0].message).toMatch(/Aliases limit of 20 exceeded, found 21/);
    const directives = `{ parks(first: 1) { totalCount ${'@include(if: true) '.repeat(21)} } }`;
    const d = await refused(directives, 'GRAPHQL_VALIDATION_FAILED');
    expect(d.errors?.[0].message).toMatch(/Directives limit of 20 exceeded/);
  });

  it('refuses more than 3000 tokens at parse time', async () => {
    const query = `{ parks(first: 1) { nodes { ${'id '.repeat(3000)} } } }`;
    const res = await refused(query, 'GRAPHQL_PARSE_FAILED');
    expect(res.errors?.[0].message).toMatch(/more that 3000 tokens/); // graphql-js's own wording
  });

  it('refuses fragment cycles', async () => {
    await refused(
      `{ parks(first: 1) { nodes { ...A } } } fragment A on Park { children { nodes { ...B } } } fragment B on Park { children { nodes { ...A } } }`,
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('refuses batched arrays, oversized bodies and huge strings without falling over', async () => {
    const batch = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(batch.status).toBe(400);
    const huge = await post(JSON.stringify({ query: `{ parks(filter: { search: "${'x'.repeat(1_100_000)}" }) { totalCount } }` }));
    expect(huge.status).toBe(413);
    expect((await graphQLBody(huge)).errors?.[0].extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    // Under the body limit but long: a search of 200 000 characters is an input error naming the field, not a 500;
    // one of 1 000 is answered (no match).
    const long = await server.gql(LimitsParkCount, { f: { search: 'x'.repeat(200_000) } });
    expect(long.errors?.[0]).toMatchObject({ message: 'A search has at most 1000 characters', extensions: { code: 'BAD_USER_INPUT', field: 'filter.search' } });
    const longest = await server.gql(LimitsParkCount, { f: { search: 'x'.repeat(1000) } });
    expect([longest.errors, longest.data?.parks.totalCount]).toEqual([undefined, 0]);
    const garbage = await post('{"query": ');
    expect(garbage.status).toBe(400);
    expect((await server.gql(LimitsTypename)).data?.__typename).toBe('Query');
  });

  it('treats injection strings in every text filter as plain text', async () => {
    const attacks = [`'; drop table park; --`, `%' or '1'='1`, `\\' or 1=1 --`, `" or ""="`, `'); delete from organization; --`, `_%_`, `’ OR ’1’=’1`];
    /** Each list counted with the attack in its text filters. */
    const lists: [string, (s: string) => Promise<GraphQLResponse<Record<string, { totalCount: number }>>>][] = [
      ['parks', (s) => server.gql(LimitsParkCount, { f: { or: [{ search: s }, { slug: { eq: s } }] } })],
      ['organizations', (s) => server.gql(LimitsOrganizationCount, { f: { or: [{ search: s }, { country: { eq: s } }] } })],
      ['investments', (s) => server.gql(LimitsInvestmentCount, { f: { organization: { search: s } } })],
      ['deals', (s) => server.gql(LimitsDealCount, { f: { or: [{ search: s }, { party: { search: s } }] } })],
      ['events', (s) => server.gql(LimitsEventCount, { f: { search: s } })],
      ['exchangeRates', (s) => server.gql(LimitsExchangeRateCount, { f: { currency: { eq: s } } })],
    ];
    for (const attack of attacks) {
      for (const [list, count] of lists) {
        const res = await count(attack);
        expect(res.errors, `${list} ${attack}`).toBeUndefined();
        expect(res.data?.[list].totalCount, `${list} ${attack}`).toBe(0);
      }
    }
    expect((await server.gql(LimitsTotals)).data).toEqual({
      parks: { totalCount: sourceRecords.parks.length },
      organizations: { totalCount: sourceRecords.organizations.length },
    });
    // A NUL character cannot be stored or compared by either database: a clear input error, not a 500.
    const nul = await server.gql(LimitsParkCount, { f: { search: 'a\u0000b' } });
    expect(nul.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });

  /** The server's error log lines written while `fn` runs. */
  async function errorsLogged(fn: () => Promise<void>) {
    const from = server.logs.length;
    await fn();
    return server.logs.slice(from).filter((l) => Number(l.level) >= 50);
  }

  it('ignores __proto__ keys: no pollution, and a __proto__ filter field is an input error', async () => {
    const logged = await errorsLogged(async () => {
      const body = `{"query":"query($f: ParkFilter) { parks(filter: $f) { totalCount } }","variables":{"f":{"__proto__":{"polluted":true},"search":"energy"}},"__proto__":{"polluted":true}}`;
      const res = await post(body);
      const json = await graphQLBody(res);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      // JSON.parse makes "__proto__" an own key, which ParkFilter does not define: refused while checking variables.
      expect(res.status).toBe(400);
      expect(json.errors).toHaveLength(1);
      expect(json.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(json.errors?.[0].message).toMatch(/Field "__proto__" is not defined by type "ParkFilter"/);
      // A variable no ParkFilter can be (an own "__proto__" key): sent as a query string with loose variables.
      const field = await server.gql(`query($f: ParkFilter) { parks(filter: $f) { totalCount } }`, { f: JSON.parse('{"__proto__": {"eq": 1}}') as unknown });
      expect(field.status).toBe(400);
      expect(field.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(field.errors?.[0].message).toMatch(/Field "__proto__" is not defined by type "ParkFilter"/);
      expect((await server.gql(LimitsTypename)).data?.__typename).toBe('Query');
    });
    expect(logged).toEqual([]);
  });

  it('answers an ID naming an inherited property (constructor, __proto__, toString) as a client error naming the ID', async () => {
    const park = (await server.gql(LimitsParkIds)).data!.parks.nodes[0].id;
    const logged = await errorsLogged(async () => {
      for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'Unknown']) {
        const id = Buffer.from(`${type}:1`).toString('base64url');
        let res = undefined as GraphQLResponse<LimitsNodeQuery> | undefined;
        const statements = await server.countStatements(async () => {
          res = await server.gql(LimitsNode, { id });
        });
        expect(res!.status, type).toBe(200);
        expect(res!.data?.node, type).toBeNull();
        expect(res!.errors?.[0].extensions, type).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
        expect(res!.errors?.[0].message).toBe(`"${id}" is not the ID of any object`);
        expect(statements).toBe(0);
        let many = undefined as GraphQLResponse<LimitsNodesQuery> | undefined;
        // Every ID is checked before any is loaded: not even the good one's row is read.
        expect(await server.countStatements(async () => void (many = await server.gql(LimitsNodes, { ids: [park, id] })))).toBe(0);
        expect(many!.errors?.[0].extensions, type).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids.1' });
        expect(many!.errors?.[0].message).toContain(id);
      }
      // A Node type with a missing record is still null, not an error.
      const missing = await server.gql(LimitsNode, { id: Buffer.from('Park:999999').toString('base64url') });
      expect(missing.errors).toBeUndefined();
      expect(missing.data?.node).toBeNull();
      // The same IDs where a record of a given type is expected, and in the audit log.
      const officer = (await signedIn(server, 'OFFICER')).token;
      for (const type of ['constructor', '__proto__', 'toString']) {
        const id = Buffer.from(`${type}:1`).toString('base64url');
        const filtered = await server.gql(LimitsInvestmentCount, { f: { park: { id: { eq: id } } } });
        expect(filtered.errors?.[0].extensions, type).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.park.id' });
        const audit = await server.gql(LimitsAuditLog, { id }, officer);
        expect(audit.errors?.[0].extensions, type).toMatchObject({ code: 'BAD_USER_INPUT', field: 'recordId' });
        const write = await server.gql(LimitsDeleteOrganization, { id }, officer);
        expect(write.errors?.[0].extensions?.code, type).toBe('BAD_USER_INPUT');
      }
    });
    expect(logged).toEqual([]);
  });

  it('refuses a filter nested too deep or holding too many conditions before any SQL, naming the limit', async () => {
    const nested = (levels: number) => {
      let f: Negation = { search: 'energy' };
      for (let i = 1; i < levels; i++) f = { not: f };
      return f;
    };
    const orOf = (n: number) => ({ or: Array.from({ length: n }, (_, i) => ({ search: `park ${i}` })) });
    const investmentsOrOf = (n: number) => ({ or: Array.from({ length: n }, (_, i) => ({ announcedOn: { gte: `20${10 + (i % 20)}-01-01` } })) });
    // Variables bypass the query's depth limit, so this reaches the filter builder.
    expect((await server.gql(LimitsParkCount, { f: nested(10) })).data?.parks.totalCount).toBe(sourceRecords.parks.length - 1); // 9 nots: all but the one (SCO Energy Valley)
    expect((await server.gql(LimitsParkCount, { f: orOf(200) })).data?.parks.totalCount).toBe(0);
    const logged = await errorsLogged(async () => {
      for (const [send, message] of [
        [() => server.gql(LimitsParkCount, { f: nested(11) }), /at most 10 levels deep/],
        [() => server.gql(LimitsParkCount, { f: nested(300) }), /at most 10 levels deep/],
        [() => server.gql(LimitsInvestmentCount, { f: { organization: nested(300) } }), /at most 10 levels deep/],
        [() => server.gql(LimitsInvestmentCount, { f: investmentsOrOf(201) }), /at most 200 conditions/],
        [() => server.gql(LimitsInvestmentCount, { f: investmentsOrOf(2000) }), /at most 200 conditions/],
        [() => server.gql(LimitsOrganizationCount, { f: { and: [orOf(150), orOf(150)] } }), /at most 200 conditions/],
      ] satisfies [() => Promise<GraphQLResponse>, RegExp][]) {
        let res = undefined as GraphQLResponse | undefined;
        const statements = await server.countStatements(async () => {
          res = await send();
        });
        expect(res!.status, res!.body.slice(0, 300)).toBe(200);
        expect(res!.data ?? null).toBeNull();
        expect(res!.errors).toHaveLength(1);
        expect(res!.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(res!.errors?.[0].extensions?.field).toMatch(/^filter\./);
        expect(res!.errors?.[0].message).toMatch(message);
        expect(statements).toBe(0);
      }
    });
    expect(logged).toEqual([]);
    expect((await server.gql(LimitsInvestmentCount, { f: investmentsOrOf(200) })).errors).toBeUndefined();
    const exported = await fetch(`${server.url}/export/investments.csv?${new URLSearchParams({ filter: JSON.stringify(investmentsOrOf(201)) }).toString()}`);
    expect(exported.status).toBe(400);
    const exportError = (await graphQLBody(exported)).errors?.[0];
    expect(exportError?.message).toMatch(/at most 200 conditions/);
    expect(exportError?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('answers a persisted query whose hash does not match its text with 400 PERSISTED_QUERY_HASH_MISMATCH', async () => {
    const query = '{ parks(first: 1) { totalCount } }';
    const hash = createHash('sha256').update(query).digest('hex');
    const wrong = createHash('sha256').update(`${query} `).digest('hex');
    const logged = await errorsLogged(async () => {
      const res = await post(JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: wrong } } }));
      expect(res.status).toBe(400);
      const json = await graphQLBody(res);
      expect(json.errors).toHaveLength(1);
      expect(json.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
      expect(json.errors?.[0].message).toMatch(/SHA-256/);
      const get = await fetch(
        `${server.url}/graphql?${new URLSearchParams({ query, extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 'not a hash' } }) }).toString()}`,
        { headers: { 'apollo-require-preflight': 'true' } },
      );
      expect(get.status).toBe(400);
      expect((await graphQLBody(get)).errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
      const version = await post(JSON.stringify({ query, extensions: { persistedQuery: { version: 2, sha256Hash: hash } } }));
      expect(version.status).toBe(400);
      expect((await graphQLBody(version)).errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    });
    expect(logged).toEqual([]);
    // The matching hash registers the query; then the hash alone runs it.
    const registered = await post(JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }));
    expect(registered.status).toBe(200);
    const byHash = await post(JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }));
    expect((await graphQLBody<{ parks: { totalCount: number } }>(byHash)).data?.parks.totalCount).toBe(sourceRecords.parks.length);
  });
});

describe('rate limits (in memory)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer('sqlite', { env: { RATE_LIMIT_ANONYMOUS: '5', RATE_LIMIT_API_KEY: '8', RATE_LIMIT_OFFICER: '50' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('gives anonymous callers, keys and officers their own budgets, answering 429 with Retry-After beyond them', async () => {
    // Budgets count in fixed one-minute windows of the server's clock: start at a window's first instant, so the
    // requests below never straddle two windows (a fresh window would answer the request meant to be refused).
    server.clock.advance(60_000 - (server.clock.now().getTime() % 60_000));
    const admin = await signedIn(server, 'ADMIN');
    const key = await apiKey(server, admin.token);
    for (let i = 0; i < 4; i++) expect((await server.gql(LimitsTypename)).status).toBe(200); // signing in used 1 of the 5
    const over = await server.gql(LimitsTypename);
    expect(over.status).toBe(429);
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(typeof over.errors?.[0].extensions?.retryAfterSeconds).toBe('number');
    expect(Number(over.headers?.get('retry-after'))).toBeGreaterThan(0);
    // The key has its own 8 requests a minute, whatever the address.
    for (let i = 0; i < 8; i++) expect((await server.gql(LimitsTypename, {}, key)).status).toBe(200);
    expect((await server.gql(LimitsTypename, {}, key)).status).toBe(429);
    expect((await server.gql(LimitsTypename, {}, admin.token)).status).toBe(200);
  });
});

describe.skipIf(!REDIS)('rate limits shared through Redis', () => {
  const servers: TestServer[] = [];
  beforeAll(async () => {
    const env = { REDIS_URL: REDIS!, RATE_LIMIT_PREFIX: `test-${randomUUID().slice(0, 8)}`, RATE_LIMIT_ANONYMOUS: '6' };
    servers.push(await createTestServer('sqlite', { env }), await createTestServer('sqlite', { env }));
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
  });

  it('counts one budget across two servers', async () => {
    const [a, b] = servers;
    for (let i = 0; i < 3; i++) {
      expect((await a.gql(LimitsTypename)).status).toBe(200);
      expect((await b.gql(LimitsTypename)).status).toBe(200);
    }
    expect((await a.gql(LimitsTypename)).status).toBe(429);
    expect((await b.gql(LimitsTypename)).status).toBe(429);
  });
});
