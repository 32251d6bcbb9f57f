// The response cache (issue 18): a repeated read is answered from the cache, a read after an acknowledged write sees
// the write (through the same server, through a second server process on the same PostgreSQL and Redis, and after
// `npm run seed` in another process), no caller ever receives another caller's answer, and an unchanged GET is a 304.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../helpers/access.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

const ROOT = new URL('../../', import.meta.url).pathname;

interface Answer {
  status: number;
  cache: string | null;
  etag: string | null;
  body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
}

async function post(url: string, query: string, token?: string, variables?: Record<string, unknown>): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, cache: res.headers.get('x-cache'), etag: res.headers.get('etag'), body: (await res.json()) as Answer['body'] };
}

const COUNT = '{ organizations(first: 1) { totalCount } }';
const countOf = (a: Answer) => (a.body.data?.organizations as { totalCount: number }).totalCount;
const CREATE = `mutation C($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`;
const create = (url: string, token: string, name: string) =>
  post(url, CREATE, token, { i: { nameZh: `机构${name}`, nameEn: name, kind: 'COMPANY', country: 'KZ' } });

describe.each(DIALECTS)('the response cache on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect, { seed: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('answers a repeated read from the cache, and the first read after an acknowledged write with the write', async () => {
    const first = await post(server.url, COUNT);
    const again = await post(server.url, COUNT);
    expect([first.cache, again.cache]).toEqual(['miss', 'hit']);
    expect(again.body).toEqual(first.body);
    const { token } = await signedIn(server, 'OFFICER');
    const written = await create(server.url, token, `Cache Test ${dialect}`);
    expect(written.body.errors).toBeUndefined();
    const after = await post(server.url, COUNT);
    expect(after.cache).toBe('miss');
    expect(countOf(after)).toBe(countOf(first) + 1);
    // A write the API did not make (another program on the database) is seen too: the triggers count every write.
    await server.em().getConnection().execute(`update organization set name_en = 'Renamed by hand' where name_en = 'Cache Test ${dialect}'`);
    const named = await post(server.url, `{ organizations(first: 1, filter: { search: "Renamed by hand" }) { totalCount } }`);
    expect(countOf(named)).toBe(1);
    // Mutations, and answers with errors, are never kept.
    const wrong = '{ organizations(first: 1) { totalCount noSuchField } }';
    expect([(await post(server.url, wrong)).cache, (await post(server.url, wrong)).cache]).toEqual(['miss', 'miss']);
    expect((await create(server.url, token, `Second ${dialect}`)).cache).toBeNull();
    const refused = '{ organizations(first: 1000) { totalCount } }';
    const refusals = [await post(server.url, refused), await post(server.url, refused)];
    expect(refusals.map((r) => [r.cache, r.body.errors?.[0]?.extensions?.code])).toEqual([
      ['miss', 'BAD_USER_INPUT'],
      ['miss', 'BAD_USER_INPUT'],
    ]);
  });

  it("never answers one caller with another's: viewer per caller, officer-only fields refused to anonymous callers", async () => {
    const viewer = '{ viewer { role officer { name } } }';
    const li = await signedIn(server, 'OFFICER', 'Li Na');
    const wang = await signedIn(server, 'OFFICER', 'Wang Wei');
    const admin = await signedIn(server, 'ADMIN', 'Admin Zhao');
    const liTwice = [await post(server.url, viewer, li.token), await post(server.url, viewer, li.token)];
    expect(liTwice.map((a) => a.cache)).toEqual(['miss', 'hit']);
    expect(liTwice[1].body.data?.viewer).toEqual({ role: 'OFFICER', officer: { name: 'Li Na' } });
    expect((await post(server.url, viewer, wang.token)).body.data?.viewer).toEqual({ role: 'OFFICER', officer: { name: 'Wang Wei' } });
    const anonymous = [await post(server.url, viewer), await post(server.url, viewer)];
    expect(anonymous.map((a) => a.body.data?.viewer)).toEqual([
      { role: 'ANONYMOUS', officer: null },
      { role: 'ANONYMOUS', officer: null },
    ]);
    // An admin's answer with officers' e-mails, then the same request without credentials: refused, every time.
    const officers = '{ officers(first: 100) { nodes { email } } }';
    const forAdmin = [await post(server.url, officers, admin.token), await post(server.url, officers, admin.token)];
    expect(forAdmin[1].cache).toBe('hit');
    expect(JSON.stringify(forAdmin[1].body)).toContain(li.email);
    for (let i = 0; i < 2; i++) {
      const stranger = await post(server.url, officers);
      expect(stranger.body.data ?? null).toBeNull();
      expect(stranger.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(stranger.body)).not.toContain(li.email);
    }
    // Another officer (not an admin) asking the same: FORBIDDEN, not the admin's answer.
    expect((await post(server.url, officers, wang.token)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers an unchanged GET with 304, and a GET after a write with the new answer', async () => {
    const get = (etag?: string) =>
      fetch(`${server.url}/graphql?query=${encodeURIComponent(COUNT)}`, {
        headers: { 'apollo-require-preflight': 'true', ...(etag ? { 'if-none-match': etag } : {}) },
      });
    const first = await get();
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{20,}"$/);
    const count = countOf({ body: await first.json() } as Answer);
    const unchanged = await get(etag);
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe('');
    const { token } = await signedIn(server, 'OFFICER');
    expect((await create(server.url, token, `GET Test ${dialect}`)).body.errors).toBeUndefined();
    const changed = await get(etag);
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(countOf({ body: await changed.json() } as Answer)).toBe(count + 1);
  });
});

describe('answers from the cache before the app, with everything the app does for every request', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer('sqlite', { seed: false, env: { RATE_LIMIT_ANONYMOUS: '4' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('counts a hit against the rate limit, sets the security and rate-limit headers on it, and refuses bad JSON as the app does', async () => {
    const send = (body: string) => fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const body = JSON.stringify({ query: '{ sectors { code } }' });
    const answers = [await send(body), await send(body), await send(body)];
    expect(answers.map((a) => a.headers.get('x-cache'))).toEqual(['miss', 'hit', 'hit']);
    const hit = answers[2];
    expect(await hit.json()).toEqual(await answers[0].json());
    expect(hit.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(hit.headers.get('x-content-type-options')).toBe('nosniff');
    expect(hit.headers.get('x-request-id')).toMatch(/^[\w-]{36}$/);
    expect(hit.headers.get('ratelimit')).toMatch(/^"anonymous";r=1;t=\d+$/);
    const malformed = await send('{"query": ');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as Answer['body']).errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    // The budget of 4 is spent (three reads and the malformed one): the cached answer is refused too.
    const over = await send(body);
    expect(over.status).toBe(429);
    expect(over.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await over.json()) as Answer['body']).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});

/** The server as its own process (main.ts), on a database another server uses. */
async function serverProcess(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_ON_START: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  for (let i = 0; i < 900; i++) {
    const url = /"url":"([^"]+)"/.exec(out)?.[1];
    if (url) return { url, child };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the second server did not start:\n${err || out}`);
}

function runSeed(databaseUrl: string, args: string[]): Promise<number | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'seeds/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: 'ignore',
  });
  return new Promise((resolve) => child.on('exit', resolve));
}

const PG = process.env.TEST_DATABASE_URL;
const REDIS = process.env.TEST_REDIS_URL;

describe.skipIf(!PG || !REDIS)('the response cache of two server processes on one PostgreSQL and Redis', () => {
  let a: TestServer;
  let b: { url: string; child: ChildProcess };
  beforeAll(async () => {
    const env = { REDIS_URL: REDIS!, RATE_LIMIT_PREFIX: `cache-${randomUUID().slice(0, 8)}` };
    a = await createTestServer('postgresql', { seed: true, env });
    b = await serverProcess({ ...env, DATABASE_URL: a.databaseUrl });
  }, 120_000);
  afterAll(async () => {
    b?.child.kill('SIGKILL');
    await a?.close();
  });

  it('shares answers through Redis, and each server sees the other’s writes and a seed run by another process', { timeout: 120_000 }, async () => {
    const first = await post(a.url, COUNT);
    expect(first.cache).toBe('miss');
    // Kept by A, answered by B from Redis (B never computed it).
    await expect.poll(async () => (await post(b.url, COUNT)).cache).toBe('hit');
    // A write through B: A's next read has it.
    const { token } = await signedIn(a, 'OFFICER');
    expect((await create(b.url, token, 'Written through B')).body.errors).toBeUndefined();
    const afterB = await post(a.url, COUNT);
    expect(afterB.cache).toBe('miss');
    expect(countOf(afterB)).toBe(countOf(first) + 1);
    // And a write through A is seen by B at once.
    expect(countOf(await post(b.url, COUNT))).toBe(countOf(first) + 1);
    expect((await create(a.url, token, 'Written through A')).body.errors).toBeUndefined();
    expect(countOf(await post(b.url, COUNT))).toBe(countOf(first) + 2);
    // `npm run seed` in a process of its own adds the demo set: both servers' next reads count it.
    const beforeSeed = countOf(await post(a.url, COUNT));
    expect(await runSeed(a.databaseUrl, [])).toBe(0);
    const seededA = countOf(await post(a.url, COUNT));
    expect(seededA).toBeGreaterThan(beforeSeed);
    expect(countOf(await post(b.url, COUNT))).toBe(seededA);
  });
});
