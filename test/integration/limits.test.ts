import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKey, signedIn } from '../helpers/access.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

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

  /** Sends `query`, expects it refused with `code` and no SQL statement sent, then checks the server still answers. */
  async function refused(query: string, code: string, variables?: Record<string, unknown>) {
    let res: Awaited<ReturnType<TestServer['gql']>> | undefined;
    const statements = await server.countStatements(async () => {
      res = await server.gql(query, variables);
    });
    expect(res!.errors?.[0].extensions?.code, res!.body.slice(0, 300)).toBe(code);
    expect(res!.status).toBe(400);
    expect(res!.data ?? null).toBeNull();
    expect(statements).toBe(0);
    expect((await server.gql(`{ parks(first: 1) { totalCount } }`)).data.parks.totalCount).toBe(8);
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
    await refused(`{ parks(first: 1) { nodes { ...A } } } fragment A on Park { children { nodes { ...B } } } fragment B on Park { children { nodes { ...A } } }`, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses batched arrays, oversized bodies and huge strings without falling over', async () => {
    const batch = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(batch.status).toBe(400);
    const huge = await post(JSON.stringify({ query: `{ parks(filter: { search: "${'x'.repeat(1_100_000)}" }) { totalCount } }` }));
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    // Under the body limit but long: a search of 200 000 characters is answered (no match), not an error page.
    const long = await server.gql(`query($s: String) { parks(filter: { search: $s }) { totalCount } }`, { s: 'x'.repeat(200_000) });
    expect(long.data?.parks.totalCount ?? long.errors?.[0].extensions?.code).toBeDefined();
    const garbage = await post('{"query": ');
    expect(garbage.status).toBe(400);
    expect((await server.gql(`{ __typename }`)).data.__typename).toBe('Query');
  });

  it('treats injection strings in every text filter as plain text', async () => {
    const attacks = [`'; drop table park; --`, `%' or '1'='1`, `\\' or 1=1 --`, `" or ""="`, `'); delete from organization; --`, `_%_`, `’ OR ’1’=’1`];
    const lists = [
      ['parks', 'ParkFilter', (s: string) => ({ or: [{ search: s }, { slug: { eq: s } }] })],
      ['organizations', 'OrganizationFilter', (s: string) => ({ or: [{ search: s }, { country: { eq: s } }] })],
      ['investments', 'InvestmentFilter', (s: string) => ({ organization: { search: s } })],
      ['deals', 'DealFilter', (s: string) => ({ or: [{ search: s }, { party: { search: s } }] })],
      ['events', 'EventFilter', (s: string) => ({ search: s })],
      ['exchangeRates', 'ExchangeRateFilter', (s: string) => ({ currency: { eq: s } })],
    ] as const;
    for (const attack of attacks) {
      for (const [list, type, filter] of lists) {
        const res = await server.gql(`query($f: ${type}) { ${list}(filter: $f) { totalCount } }`, { f: filter(attack) });
        expect(res.errors, `${list} ${attack}`).toBeUndefined();
        expect(res.data[list].totalCount, `${list} ${attack}`).toBe(0);
      }
    }
    expect((await server.gql(`{ parks { totalCount } organizations { totalCount } }`)).data).toEqual({ parks: { totalCount: 8 }, organizations: { totalCount: 25 } });
    // A NUL character cannot be stored or compared by either database: a clear input error, not a 500.
    const nul = await server.gql(`query($f: ParkFilter) { parks(filter: $f) { totalCount } }`, { f: { search: 'a\u0000b' } });
    expect(nul.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });

  it('ignores __proto__ keys: no pollution, a clear error where they are not fields', async () => {
    const body = `{"query":"query($f: ParkFilter) { parks(filter: $f) { totalCount } }","variables":{"f":{"__proto__":{"polluted":true},"search":"energy"}},"__proto__":{"polluted":true}}`;
    const res = await post(body);
    const json = (await res.json()) as any;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(json.errors?.[0].extensions?.code ?? 'none').toMatch(/BAD_USER_INPUT|none/);
    if (!json.errors) expect(json.data.parks.totalCount).toBe(1);
    const field = await server.gql(`query($f: ParkFilter) { parks(filter: $f) { totalCount } }`, { f: JSON.parse('{"__proto__": {"eq": 1}}') });
    expect(field.errors === undefined || field.errors[0].extensions?.code === 'BAD_USER_INPUT').toBe(true);
    expect((await server.gql(`{ __typename }`)).data.__typename).toBe('Query');
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
    const admin = await signedIn(server, 'ADMIN');
    const key = await apiKey(server, admin.token);
    for (let i = 0; i < 4; i++) expect((await server.gql(`{ __typename }`)).status).toBe(200); // signing in used 1 of the 5
    const over = await server.gql(`{ __typename }`);
    expect(over.status).toBe(429);
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    expect(Number(over.headers?.get('retry-after'))).toBeGreaterThan(0);
    // The key has its own 8 requests a minute, whatever the address.
    for (let i = 0; i < 8; i++) expect((await server.gql(`{ __typename }`, undefined, key)).status).toBe(200);
    expect((await server.gql(`{ __typename }`, undefined, key)).status).toBe(429);
    expect((await server.gql(`{ __typename }`, undefined, admin.token)).status).toBe(200);
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
      expect((await a.gql(`{ __typename }`)).status).toBe(200);
      expect((await b.gql(`{ __typename }`)).status).toBe(200);
    }
    expect((await a.gql(`{ __typename }`)).status).toBe(429);
    expect((await b.gql(`{ __typename }`)).status).toBe(429);
  });
});
