// Faults as tests (issue 22), PostgreSQL: an outage between the server and its database, simulated by a TCP proxy the
// test controls (CI runs as root, where a private PostgreSQL cannot be started), and the statement timeout.
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDatabase } from '../../server/src/db/scratch.js';
import { createOfficer, post, signIn, startServerProcess, stopAll, type ServerProcess } from '../helpers/server-process.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';

const CREATE = `mutation FaultOutageCreate($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`;
const COUNT = `{ organizations(first: 1) { totalCount } }`;
const input = (name: string) => ({ i: { nameZh: name, nameEn: name, kind: 'COMPANY', country: 'KZ' } });
const readyz = async (url: string) => (await fetch(`${url}/readyz`)).status;

// PostgreSQL only: without it (a machine with SQLite alone) the suite is reported as skipped, never as an empty file.
const dialect = 'postgresql';
describe.skipIf(!DIALECTS.includes(dialect))('the database (postgresql) unreachable for a few seconds', () => {
  let db: Awaited<ReturnType<typeof createScratchDatabase>>;
  let proxy: TcpProxy;
  let server: ServerProcess;
  beforeAll(async () => {
    db = await createScratchDatabase(dialect);
    const target = new URL(db.url);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  });
  afterAll(async () => {
    await stopAll();
    await proxy?.close();
    await db?.drop();
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After, serves cached reads, and recovers with every acknowledged write', { timeout: 120_000 }, async () => {
    const email = 'outage-test@example.org';
    await createOfficer(db.url, email);
    const through = new URL(db.url);
    through.port = String(proxy.port);
    server = await startServerProcess({ DATABASE_URL: through.toString() });
    const token = await signIn(server.url, email);
    const acked: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await post(server.url, CREATE, input(`Outage before ${i}`), token);
      expect(res.body.errors).toBeUndefined();
      acked.push(`Outage before ${i}`);
    }
    // A read kept by the response cache before the outage.
    const cached = await post(server.url, COUNT);
    expect(cached.status).toBe(200);
    expect((await post(server.url, COUNT)).cache).toBe('hit');
    expect(await readyz(server.url)).toBe(200);

    proxy.cut();
    await expect.poll(() => readyz(server.url)).toBe(503);
    // A write (its officer's session is read first), and a read the cache does not hold (it reaches the API).
    const write = await post(server.url, CREATE, input('Outage during'), token);
    const uncached = await post(server.url, `{ organizations(first: 2) { totalCount } }`);
    for (const refused of [write, uncached]) {
      expect({ status: refused.status, retryAfter: refused.retryAfter }).toEqual({ status: 503, retryAfter: '5' });
      expect(refused.body.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
      expect(JSON.stringify(refused.body)).not.toMatch(/\bat .*\.(ts|js):\d+|ECONN|postgres/i);
    }
    // What the cache holds is still answered.
    const fromCache = await post(server.url, COUNT);
    expect({ status: fromCache.status, cache: fromCache.cache, body: fromCache.body }).toEqual({ status: 200, cache: 'hit', body: cached.body });
    // The outage lasts a few seconds; the server keeps answering (no request hangs on the pool).
    await sleep(2000);
    expect(await readyz(server.url)).toBe(503);

    proxy.restore();
    await expect.poll(() => readyz(server.url)).toBe(200);
    const after = await post(server.url, CREATE, input('Outage after'), token);
    expect(after.body.errors).toBeUndefined();
    acked.push('Outage after');
    expect((await post(server.url, COUNT)).body.data).toEqual({ organizations: { totalCount: acked.length } });

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const rows = await client.query<{ name_en: string }>(`select name_en from organization where name_en like 'Outage %' order by id`);
      expect(rows.rows.map((r) => r.name_en)).toEqual(acked);
    } finally {
      await client.end();
    }
  });
});

describe.each(DIALECTS.filter((d) => d === 'postgresql'))('the statement timeout on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect, { seed: false, env: { DATABASE_STATEMENT_TIMEOUT_MS: '300', RESPONSE_CACHE_MB: '0' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('cancels a statement that runs longer and answers QUERY_TIMEOUT, then serves on', async () => {
    // Another session holds the table: the server's read waits for it longer than the timeout allows.
    const blocker = new pg.Client({ connectionString: server.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('lock table organization in access exclusive mode');
      const slow = await server.gql(COUNT);
      expect(slow.errors?.map((e) => e.extensions?.code)).toEqual(['QUERY_TIMEOUT']);
      expect(slow.errors?.[0].message).toMatch(/took longer than the server allows/);
      expect(slow.body).not.toMatch(/\bat .*\.(ts|js):\d+|statement timeout|canceling/i);
      await blocker.query('rollback');
    } finally {
      await blocker.end();
    }
    const after = await server.gql(COUNT);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual({ organizations: { totalCount: 0 } });
    // Every session of the server's pool carries the configured setting.
    const rows = await server.em().getConnection().execute<{ statement_timeout: string }[]>('show statement_timeout');
    expect(rows[0].statement_timeout).toBe('300ms');
  });
});
