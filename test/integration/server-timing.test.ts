// Server-Timing: a GraphQL answer (and an export) says how long the server took, how long it waited for the database
// and for how many statements, and whether the response cache answered; browsers on configured origins may read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

const TOOL = 'https://tools.example';
const PARKS = `query TimingParks { parks(first: 3) { totalCount nodes { id slug } } }`;

interface Timing {
  app: number;
  db: number;
  statements: number;
  cache: string;
}

/** The header read as a tool reads it: metrics by name, `dur` as a number, `desc` as text. */
function parseServerTiming(header: string | null): Timing {
  // The server's own time comes first: the header is there and starts with it.
  expect(header).toMatch(/^app;dur=\d/);
  const metrics = new Map<string, Record<string, string>>();
  for (const part of header!.split(/,\s*/)) {
    const [name, ...params] = part.split(';');
    metrics.set(name.trim(), Object.fromEntries(params.map((p) => p.split('=')).map(([k, v]) => [k.trim(), (v ?? '').trim().replace(/^"(.*)"$/, '$1')])));
  }
  expect([...metrics.keys()]).toEqual(['app', 'db', 'cache']);
  const number = (v: string | undefined) => {
    expect(v).toMatch(/^\d+(\.\d+)?$/);
    return Number(v);
  };
  const statements = /^(\d+) statements?$/.exec(metrics.get('db')!.desc ?? '');
  expect(statements).not.toBeNull();
  return { app: number(metrics.get('app')!.dur), db: number(metrics.get('db')!.dur), statements: Number(statements![1]), cache: metrics.get('cache')!.desc };
}

describe.each(DIALECTS)('Server-Timing on %s', (dialect) => {
  let server: TestServer;
  let cached: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect, { env: { RESPONSE_CACHE_MB: '0', CORS_ORIGINS: TOOL } });
    cached = await createTestServer(dialect, { seed: false });
  });
  afterAll(async () => {
    await server?.close();
    await cached?.close();
  });

  it('gives the server time, and the database time and statement count of exactly what the request ran', async () => {
    let header: string | null = null;
    const ran = await server.countStatements(async () => {
      const res = await server.gql(PARKS);
      expect(res.errors).toBeUndefined();
      header = res.headers!.get('server-timing');
    });
    const timing = parseServerTiming(header);
    expect(ran).toBeGreaterThan(0);
    expect(timing.statements).toBe(ran);
    expect(timing.cache).toBe('off');
    expect(timing.db).toBeGreaterThanOrEqual(0);
    expect(timing.app).toBeGreaterThanOrEqual(0);
    // A mutation refused before any statement says so: nothing run, nothing counted.
    const refused = await server.gql(`mutation { deleteDeal(id: "x", version: 1) { id } }`);
    expect(parseServerTiming(refused.headers!.get('server-timing') ?? null).statements).toBe(0);
  });

  it('says whether the response cache answered', async () => {
    const first = await cached.gql(PARKS);
    const second = await cached.gql(PARKS);
    expect(first.body).toBe(second.body);
    expect(parseServerTiming(first.headers!.get('server-timing') ?? null).cache).toBe('miss');
    const hit = parseServerTiming(second.headers!.get('server-timing') ?? null);
    expect(hit.cache).toBe('hit');
    expect(hit.statements).toBeLessThanOrEqual(1); // at most the data version, read once for the turn's requests
  });

  it('is on exports, and readable by pages of the configured origins', async () => {
    const res = await fetch(`${server.url}/export/deals.csv`, { headers: { origin: TOOL } });
    await res.arrayBuffer();
    expect(res.status).toBe(200);
    expect(parseServerTiming(res.headers.get('server-timing')).statements).toBeGreaterThan(0);
    expect((res.headers.get('access-control-expose-headers') ?? '').split(/,\s*/)).toContain('Server-Timing');
    expect(res.headers.get('timing-allow-origin')).toBe(TOOL);
    // Not on other paths.
    expect((await fetch(`${server.url}/healthz`)).headers.get('server-timing')).toBeNull();
  });
});
