// Several servers (issue 22): two server processes as deployed (NODE_ENV=production, main.ts) on one PostgreSQL
// database and one Redis, behind a round-robin proxy that sets X-Forwarded-For as nginx does (deploy/nginx.conf),
// with TRUST_PROXY_HOPS=1. Through the proxy, requests alternate between the two: a per-address rate limit is reached
// by both together, a session begun through one is used and refreshed through the other, and a write through one is
// read through the other at once, past the response cache both share in Redis.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormOptions } from '../../server/src/db/mikro-orm.config.js';
import { createScratchDatabase } from '../../server/src/db/scratch.js';
import { AccessService, COMMAND_LINE } from '../../server/src/modules/access/access.service.js';
import { TokenIssuer } from '../../server/src/modules/access/tokens.js';
import { PASSWORD } from '../helpers/access.js';
import { roundRobinProxy, type RoundRobinProxy } from '../helpers/round-robin-proxy.js';
import { WEB_FIXTURE } from '../helpers/server.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PG = process.env.TEST_DATABASE_URL;
const REDIS = process.env.TEST_REDIS_URL;
/** Anonymous requests per minute and address, for every process together. */
const ANONYMOUS_LIMIT = 10;
/** Sign-in attempts per e-mail and address per 15 minutes, for every process together. */
const SIGN_IN_LIMIT = 3;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Which process served it (the proxy's X-Upstream). */
  upstream: number;
  body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } & Record<string, unknown>;
}

/**
 * One request to the proxy from a loopback address of the caller's choosing (127.0.0.0/8 is all loopback on Linux):
 * the proxy passes it on in X-Forwarded-For, and the servers count each address's budget apart.
 */
function send(url: string, from: string, path: string, { body, headers = {} }: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      {
        method: payload === undefined ? 'GET' : 'POST',
        localAddress: from,
        headers: { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              upstream: Number(res.headers['x-upstream']),
              body: JSON.parse(text) as Answer['body'],
            });
          } catch {
            reject(new Error(`not JSON (HTTP ${res.statusCode}): ${text.slice(0, 300)}`));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

const gql = (url: string, from: string, query: string, variables?: Record<string, unknown>, token?: string) =>
  send(url, from, '/graphql', { body: { query, variables }, headers: token ? { authorization: `Bearer ${token}` } : {} });

const codeOf = (a: Answer) => a.body.errors?.[0]?.extensions?.code;

/** A server process as deployed: main.ts with NODE_ENV=production; resolves with its URL once it listens. */
function serverProcess(env: Record<string, string>): { child: ChildProcess; listening: Promise<string> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'main.ts'], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += String(d);
      const url = /"url":"([^"]+)"/.exec(out)?.[1];
      if (url) resolve(url);
    });
    child.stderr.on('data', (d: Buffer) => (err += String(d)));
    child.on('exit', (code) => reject(new Error(`a server process exited (${code}) before listening:\n${err || out}`)));
  });
  return { child, listening };
}

describe.skipIf(!PG || !REDIS)('two server processes on one PostgreSQL and one Redis, behind a round-robin proxy', () => {
  const children: ChildProcess[] = [];
  let database: { url: string; drop: () => Promise<void> } | undefined;
  let proxy: RoundRobinProxy | undefined;
  let officer: { email: string };
  const prefix = `several-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    database = await createScratchDatabase('postgresql');
    // Both start together on the fresh database: one migrates under the lock, one signing key is made and kept
    // (no AUTH_SECRET), and the other process waits for both.
    const env = {
      DATABASE_URL: database.url,
      REDIS_URL: REDIS!,
      RATE_LIMIT_PREFIX: prefix,
      RATE_LIMIT_ANONYMOUS: String(ANONYMOUS_LIMIT),
      SIGN_IN_ATTEMPTS: String(SIGN_IN_LIMIT),
      TRUST_PROXY_HOPS: '1',
      SEED_ON_START: 'false',
      DEMO_DATA: 'false',
      WEB_DIST: WEB_FIXTURE,
    };
    const started = [serverProcess(env), serverProcess(env)];
    children.push(...started.map((s) => s.child));
    const urls = await Promise.all(started.map((s) => s.listening));
    proxy = await roundRobinProxy(urls);

    const orm = await MikroORM.init(ormOptions(database.url));
    try {
      const access = new AccessService(orm.em.fork() as EntityManager, { tokens: new TokenIssuer(new Uint8Array(32), 60), refreshTtlDays: 1 });
      officer = { email: `several-${Date.now()}@example.org` };
      await access.createOfficer(COMMAND_LINE, { email: officer.email, name: 'Officer on two servers', role: 'OFFICER', password: PASSWORD });
    } finally {
      await orm.close(true);
    }
  }, 180_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await proxy?.close();
    await database?.drop();
    const redis = new Redis(REDIS!);
    try {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
  });

  it('reaches a per-address rate limit with both processes together, not once per process', async () => {
    const url = proxy!.url;
    const ask = (from: string) => gql(url, from, '{ __typename }');
    // Budgets count in one-minute windows: start early enough in one that the burst stays inside it.
    const probe = await ask('127.0.0.90');
    const secondsLeft = Number(/;t=(\d+)/.exec(String(probe.headers.ratelimit))?.[1]);
    if (secondsLeft < 6) await new Promise((r) => setTimeout(r, (secondsLeft + 1) * 1000));

    const answers: Answer[] = [];
    for (let i = 0; i < ANONYMOUS_LIMIT + 2; i++) answers.push(await ask('127.0.0.91'));
    // Alternating: each process served six, so counters of its own would have let every one through.
    expect(answers.map((a) => a.upstream)).toEqual(answers.map((_, i) => (answers[0].upstream + i) % 2));
    expect(answers.map((a) => a.status)).toEqual([...Array<number>(ANONYMOUS_LIMIT).fill(200), 429, 429]);
    expect(answers.map((a) => /;r=(\d+)/.exec(String(a.headers.ratelimit))?.[1])).toEqual(
      [...Array(ANONYMOUS_LIMIT).keys()].map((i) => String(ANONYMOUS_LIMIT - 1 - i)).concat(['0', '0']),
    );
    for (const over of answers.slice(-2)) {
      expect(codeOf(over)).toBe('RATE_LIMITED');
      expect(Number(over.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    }
    // Per address (the proxy's X-Forwarded-For, trusted one hop): another caller still has its whole budget.
    const other = await ask('127.0.0.92');
    expect([other.status, /;r=(\d+)/.exec(String(other.headers.ratelimit))?.[1]]).toEqual([200, String(ANONYMOUS_LIMIT - 1)]);
  });

  it('counts sign-in attempts for one e-mail and address across both processes', { timeout: 90_000 }, async () => {
    const attempt = () =>
      gql(proxy!.url, '127.0.0.95', 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }', {
        e: officer.email,
        p: 'a wrong password',
      });
    // Sign-in budgets count in 15-minute windows of the clock (the servers share this machine's): not across an end.
    const windowMs = 15 * 60_000;
    const leftMs = windowMs - (Date.now() % windowMs);
    if (leftMs < 20_000) await new Promise((r) => setTimeout(r, leftMs + 500));
    const answers: Answer[] = [];
    for (let i = 0; i <= SIGN_IN_LIMIT; i++) answers.push(await attempt());
    expect(answers.map((a) => a.upstream)).toEqual(answers.map((_, i) => (answers[0].upstream + i) % 2));
    // Counters of its own per process would have let the fourth through to the password check (each saw two).
    expect(answers.map(codeOf)).toEqual([...Array<string>(SIGN_IN_LIMIT).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
  });

  it('signs in through one process and uses, refreshes and ends the session through the other', async () => {
    const url = proxy!.url;
    const from = '127.0.0.93';
    const viewer = '{ viewer { role officer { email } } }';
    const signIn = await gql(url, from, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken refreshToken } }', {
      e: officer.email,
      p: PASSWORD,
    });
    expect(codeOf(signIn)).toBeUndefined();
    const first = signIn.body.data!.signIn as { accessToken: string; refreshToken: string };

    // The access token, through the other process.
    const used = await gql(url, from, viewer, undefined, first.accessToken);
    expect(used.upstream).not.toBe(signIn.upstream);
    expect(used.body.data?.viewer).toEqual({ role: 'OFFICER', officer: { email: officer.email } });

    // The refresh token, through the process that did not issue it; the new access token works through both.
    await gql(url, from, '{ __typename }'); // the next request goes to the other process again
    const refreshSession = 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }';
    const refreshed = await gql(url, from, refreshSession, { t: first.refreshToken });
    expect(refreshed.upstream).not.toBe(signIn.upstream);
    expect(codeOf(refreshed)).toBeUndefined();
    const second = refreshed.body.data!.refreshSession as { accessToken: string; refreshToken: string };
    const withNew = [await gql(url, from, viewer, undefined, second.accessToken), await gql(url, from, viewer, undefined, second.accessToken)];
    expect(withNew.map((a) => a.upstream).sort()).toEqual([0, 1]);
    for (const a of withNew) expect(a.body.data?.viewer).toEqual({ role: 'OFFICER', officer: { email: officer.email } });

    // The rotated refresh token is spent for both: the process that issued it refuses it too.
    const again = await gql(url, from, refreshSession, { t: first.refreshToken });
    expect(again.upstream).toBe(signIn.upstream);
    expect(codeOf(again)).toBe('UNAUTHENTICATED');
    // A spent token presented again means it leaked: the officer's sessions end, and both processes refuse the
    // access token issued with the new pair at once.
    const revoked = [await gql(url, from, viewer, undefined, second.accessToken), await gql(url, from, viewer, undefined, second.accessToken)];
    expect(revoked.map((a) => [a.upstream, a.status, codeOf(a)]).sort()).toEqual([
      [0, 401, 'UNAUTHENTICATED'],
      [1, 401, 'UNAUTHENTICATED'],
    ]);

    // The web app's cookie session: signed in through one process, refreshed through the other.
    const session = { 'x-parkscope-session': '1' };
    const cookieSignIn = await send(url, from, '/auth/signin', { body: { email: officer.email, password: PASSWORD }, headers: session });
    expect(cookieSignIn.status).toBe(200);
    const cookie = String(cookieSignIn.headers['set-cookie']?.[0]).split(';')[0];
    expect(cookie).toMatch(/^parkscope_refresh=.+/);
    const cookieRefresh = await send(url, from, '/auth/refresh', { body: {}, headers: { ...session, cookie } });
    expect(cookieRefresh.upstream).not.toBe(cookieSignIn.upstream);
    expect(cookieRefresh.status).toBe(200);
    expect((cookieRefresh.body.officer as { email: string }).email).toBe(officer.email);
  });

  it('reads a write made through one process through the other at once, past the response cache they share', async () => {
    const url = proxy!.url;
    const from = '127.0.0.94';
    const signIn = await gql(url, from, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken } }', {
      e: officer.email,
      p: PASSWORD,
    });
    const token = (signIn.body.data!.signIn as { accessToken: string }).accessToken;
    const count = '{ organizations(first: 1) { totalCount } }';
    const countOf = (a: Answer) => (a.body.data?.organizations as { totalCount: number }).totalCount;

    // Kept by one process, answered by the other from Redis: the cache is shared. The first process writes the entry to
    // Redis once it is compressed, just after answering: the next read waits until Redis holds it.
    const redis = new Redis(REDIS!);
    const entries = async () => (await redis.keys(`${prefix}:response:*`)).length;
    let cold: Answer;
    try {
      const before = await entries();
      cold = await gql(url, from, count);
      await expect.poll(entries, { timeout: 10_000, interval: 20 }).toBe(before + 1);
    } finally {
      redis.disconnect();
    }
    const warm = await gql(url, from, count);
    expect([warm.upstream, cold.headers['x-cache'], warm.headers['x-cache']]).toEqual([1 - cold.upstream, 'miss', 'hit']);

    // A create through one process; the next read, through the other, counts it.
    const created = await gql(
      url,
      from,
      'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id version } }',
      { i: { nameZh: '两台服务器', nameEn: 'Written through one', kind: 'COMPANY', country: 'KZ' } },
      token,
    );
    expect(codeOf(created)).toBeUndefined();
    const after = await gql(url, from, count);
    expect(after.upstream).not.toBe(created.upstream);
    expect([after.headers['x-cache'], countOf(after)]).toEqual(['miss', countOf(cold) + 1]);

    // Two creates with one idempotency key, sent together (one to each process): one record, answered to both.
    const key = `several-${randomUUID()}`;
    const createOnce = () =>
      gql(
        url,
        from,
        'mutation($i: CreateOrganizationInput!, $k: String) { createOrganization(input: $i, idempotencyKey: $k) { id } }',
        { i: { nameZh: '一次', nameEn: 'Created once', kind: 'COMPANY', country: 'KZ' }, k: key },
        token,
      );
    const [once, twice] = await Promise.all([createOnce(), createOnce()]);
    expect([once.upstream, twice.upstream].sort()).toEqual([0, 1]);
    expect(once.body.data?.createOrganization).toEqual(twice.body.data?.createOrganization);
    expect(countOf(await gql(url, from, count))).toBe(countOf(cold) + 2);

    // The record read by id through one process (and kept in the cache), updated through the other, read again
    // through the first: the update, not the kept answer.
    const { id, version } = created.body.data!.createOrganization as { id: string; version: number };
    const byId = 'query($id: ID!) { node(id: $id) { ... on Organization { name { en } version } } }';
    const before = await gql(url, from, byId, { id });
    expect(before.headers['x-cache']).toBe('miss');
    expect(before.body.data?.node).toEqual({ name: { en: 'Written through one' }, version });
    const updated = await gql(
      url,
      from,
      'mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { version } }',
      { i: { id, version, nameEn: 'Renamed through the other' } },
      token,
    );
    expect(updated.upstream).not.toBe(before.upstream);
    expect(codeOf(updated)).toBeUndefined();
    const read = await gql(url, from, byId, { id });
    expect(read.upstream).toBe(before.upstream);
    expect(read.body.data?.node).toEqual({
      name: { en: 'Renamed through the other' },
      version: (updated.body.data!.updateOrganization as { version: number }).version,
    });
  });
});
