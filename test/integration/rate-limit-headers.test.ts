import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKey, signedIn } from '../helpers/access.js';
import { createTestServer, type TestServer } from '../helpers/server.js';

const TOOL = 'https://tools.example';

/** How far to move a server's clock so it stands one second into the next one-minute window. */
const toNextWindow = () => 61_000 - (Date.now() % 60_000);

/** The parameters of a one-item structured-field list such as `"anonymous";r=2;t=41`. */
function item(value: string | null): { name: string; params: Record<string, number> } {
  const match = /^"([a-z-]+)"((?:;[a-z]+=\d+)+)$/.exec(value ?? '');
  if (!match) throw new Error(`not a one-item RateLimit list: ${value}`);
  const params = Object.fromEntries(
    match[2]
      .slice(1)
      .split(';')
      .map((p) => p.split('='))
      .map(([k, v]) => [k, Number(v)]),
  );
  return { name: match[1], params };
}

// Tools pace themselves from the IETF draft's RateLimit-Policy and RateLimit fields (draft-ietf-httpapi-ratelimit-headers-11).
describe('rate-limit headers', () => {
  let server: TestServer;
  let key: string;
  beforeAll(async () => {
    server = await createTestServer('sqlite', {
      seed: false,
      env: { RATE_LIMIT_ANONYMOUS: '4', RATE_LIMIT_API_KEY: '3', RATE_LIMIT_OFFICER: '50', CORS_ORIGINS: TOOL },
    });
    key = await apiKey(server, (await signedIn(server, 'ADMIN')).token);
    // Signing in spent the anonymous budget of this window: start the tests in a fresh one, early enough that its
    // requests stay inside it.
    server.clock.advance(toNextWindow());
  });
  afterAll(async () => {
    await server?.close();
  });

  const graphqlPost = (as?: string) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: TOOL, ...(as ? { authorization: `Bearer ${as}` } : {}) },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it('states the policy and the remaining budget on every API response, 429s included, exposed to configured origins', async () => {
    const answers = [
      await graphqlPost(),
      await fetch(`${server.url}/export/deals.csv`, { headers: { origin: TOOL } }),
      await fetch(`${server.url}/auth/refresh`, { method: 'POST', headers: { 'x-parkscope-session': '1' } }),
      await graphqlPost(),
    ];
    expect(answers.map((r) => r.status).filter((s) => s === 429)).toEqual([]);
    for (const res of answers) expect(item(res.headers.get('ratelimit-policy'))).toEqual({ name: 'anonymous', params: { q: 4, w: 60 } });
    const limits = answers.map((res) => item(res.headers.get('ratelimit')));
    // Every request of the window counts: the remaining quota goes down by one each time.
    expect(limits.map((l) => l.name)).toEqual(['anonymous', 'anonymous', 'anonymous', 'anonymous']);
    expect(limits.map((l) => l.params.r)).toEqual([3, 2, 1, 0]);
    for (const { params } of limits) expect(params.t).toBeGreaterThanOrEqual(1);
    for (const { params } of limits) expect(params.t).toBeLessThanOrEqual(60);
    // A browser on a configured origin may read them.
    const exposed = (answers[0].headers.get('access-control-expose-headers') ?? '').split(/,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(['RateLimit', 'RateLimit-Policy', 'Retry-After']));

    for (const over of [await graphqlPost(), await fetch(`${server.url}/export/deals.csv`, { headers: { origin: TOOL } })]) {
      expect(over.status).toBe(429);
      expect(item(over.headers.get('ratelimit-policy'))).toEqual({ name: 'anonymous', params: { q: 4, w: 60 } });
      const { params } = item(over.headers.get('ratelimit'));
      expect(params.r).toBe(0);
      // Retry-After points no earlier than the end of the effective window.
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThanOrEqual(params.t);
      expect(params.t).toBeGreaterThanOrEqual(1);
    }

    // The next window gives the whole budget back.
    server.clock.advance(60_000);
    const next = await graphqlPost();
    expect(next.status).toBe(200);
    expect(item(next.headers.get('ratelimit')).params.r).toBe(3);
  });

  it('names the API key policy with its own quota', async () => {
    const seen = [];
    for (let i = 0; i < 4; i++) {
      const res = await graphqlPost(key);
      seen.push({ status: res.status, policy: item(res.headers.get('ratelimit-policy')), r: item(res.headers.get('ratelimit')).params.r });
    }
    const policy = { name: 'api-key', params: { q: 3, w: 60 } };
    expect(seen).toEqual([
      { status: 200, policy, r: 2 },
      { status: 200, policy, r: 1 },
      { status: 200, policy, r: 0 },
      { status: 429, policy, r: 0 },
    ]);
  });
});

const REDIS = process.env.TEST_REDIS_URL;

describe.skipIf(!REDIS)('rate-limit headers with the budget shared through Redis', () => {
  const servers: TestServer[] = [];
  beforeAll(async () => {
    const env = { REDIS_URL: REDIS!, RATE_LIMIT_PREFIX: `headers-${randomUUID().slice(0, 8)}`, RATE_LIMIT_ANONYMOUS: '4' };
    servers.push(await createTestServer('sqlite', { seed: false, env }), await createTestServer('sqlite', { seed: false, env }));
    const offset = toNextWindow();
    for (const s of servers) s.clock.advance(offset);
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
  });

  it('counts down one remaining quota across two servers', async () => {
    const remaining = [];
    for (const server of [...servers, ...servers, servers[0]]) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      remaining.push([res.status, item(res.headers.get('ratelimit')).params.r]);
    }
    expect(remaining).toEqual([
      [200, 3],
      [200, 2],
      [200, 1],
      [200, 0],
      [429, 0],
    ]);
  });
});
