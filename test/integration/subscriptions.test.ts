// Subscriptions over WebSocket (issue 21, item 3): `recordChanged`, `dealSigned` and `investmentRecorded` on the HTTP
// server's port and path, checked as HTTP requests are (Origin, credential, limits, authorization, rate limits), and
// across two servers on one PostgreSQL database through Redis.
import { randomBytes } from 'node:crypto';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKey, signedIn } from '../helpers/access.js';
import { createTestServer, fieldOf, type TestServer } from '../helpers/server.js';

const PG = process.env.TEST_DATABASE_URL;
const REDIS = process.env.TEST_REDIS_URL;
/** Subscriptions per caller in these tests. */
const CAP = 3;
/** No fallback poll within a test's time: events must come from the wake-ups (a mutation here, Redis from another server). */
const NO_POLL = { SUBSCRIPTIONS_POLL_MS: '60000' };

type Result = FormattedExecutionResult<Record<string, unknown>, unknown>;

/** A graphql-ws client of `url` (http → ws), with `init` as connection_init payload; no retries. */
function connect(url: string, init: Record<string, unknown> = {}, headers: Record<string, string> = {}): Client {
  class HeaderSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({ url: `${url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: HeaderSocket, connectionParams: init, retryAttempts: 0, lazy: true });
}

/** One subscription: what it received so far, its errors, and a way to wait for the n-th result. */
function subscribe(client: Client, query: string, variables?: Record<string, unknown>) {
  const results: Result[] = [];
  const errors: unknown[] = [];
  let completed = false;
  const started = Date.now();
  const unsubscribe = client.subscribe<Record<string, unknown>>(
    { query, variables },
    {
      next: (r) => void results.push(r),
      error: (e) => void errors.push(e),
      complete: () => void (completed = true),
    },
  );
  return {
    results,
    errors,
    get completed() {
      return completed;
    },
    started,
    unsubscribe,
  };
}

/** Waits until `check` holds (at most 20 s: CI machines are slow at times). */
async function until(check: () => boolean, what: string, ms = 20_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Waits until the server has acknowledged the connection (so a subscription sent next is counted from now). */
function connected(client: Client): Promise<void> {
  return new Promise((resolve, reject) => {
    const off = client.on('connected', () => {
      off();
      resolve();
    });
    client.on('closed', (e) => reject(new Error(`closed: ${(e as { code?: number }).code}`)));
  });
}

const DEAL_EVENT = `subscription ($filter: DealFilter) { dealSigned(filter: $filter) { id kind title { en } partyCount parties { organization { id } } } }`;
const CHANGES = `subscription ($types: [ChangeRecordType!]) { recordChanged(types: $types) { cursor node { type id version kind } } }`;
const CREATE_DEAL = `mutation ($i: CreateDealInput!) { createDeal(input: $i) { id } }`;

async function createDeal(server: TestServer, token: string, organization: string, kind: string, titleEn: string): Promise<string> {
  const res = await server.gql(
    CREATE_DEAL,
    { i: { kind, titleZh: '测试', titleEn, signedOn: '2026-11-20', parties: [{ organization, role: 'INVESTOR' }] } },
    token,
  );
  if (res.errors) throw new Error(res.body);
  return (fieldOf(res, 'createDeal') as { id: string }).id;
}

async function aPark(server: TestServer): Promise<string> {
  const res = await server.gql(`{ parks(first: 1) { nodes { id } } }`);
  return (fieldOf(res, 'parks') as { nodes: { id: string }[] }).nodes[0].id;
}

async function anOrganization(server: TestServer): Promise<string> {
  const res = await server.gql(`{ organizations(first: 1) { nodes { id } } }`);
  return (fieldOf(res, 'organizations') as { nodes: { id: string }[] }).nodes[0].id;
}

describe('subscriptions over WebSocket (SQLite)', () => {
  let server: TestServer;
  let officer: string;
  let org: string;
  const clients: Client[] = [];
  const client = (init?: Record<string, unknown>, headers?: Record<string, string>) => {
    const c = connect(server.url, init, headers);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    server = await createTestServer('sqlite', {
      env: { ...NO_POLL, SUBSCRIPTIONS_PER_CALLER: String(CAP), CORS_ORIGINS: 'https://tools.example', MAX_DEPTH: '4' },
    });
    officer = (await signedIn(server)).token;
    org = await anOrganization(server);
  });
  afterAll(async () => {
    for (const c of clients) void c.dispose();
    await server?.close();
  });

  it('delivers the change of a deal created by a mutation, with a cursor `changes(after:)` accepts', async () => {
    const c = client();
    const changes = subscribe(c, CHANGES, { types: ['DEAL'] });
    await connected(c);
    // Something already in the feed before the subscription is not delivered: only what commits from now on.
    await new Promise((r) => setTimeout(r, 200));
    const id = await createDeal(server, officer, org, 'MOU', 'Live deal');
    await until(() => changes.results.length >= 1, 'the change');
    expect(changes.results).toHaveLength(1);
    const edge = changes.results[0].data?.recordChanged as { cursor: string; node: Record<string, unknown> };
    expect(edge.node).toEqual({ type: 'DEAL', id, version: 1, kind: 'CREATED' });
    // A reconnecting client resyncs from the cursor: the feed after it holds what came later, nothing before.
    const later = await createDeal(server, officer, org, 'MOU', 'Later deal');
    const feed = await server.gql(`query ($after: String) { changes(after: $after, types: [DEAL]) { nodes { id kind } } }`, { after: edge.cursor });
    expect(feed.errors).toBeUndefined();
    expect((fieldOf(feed, 'changes') as { nodes: unknown[] }).nodes).toEqual([{ id: later, kind: 'CREATED' }]);
    await until(() => changes.results.length >= 2, 'the second change');
    changes.unsubscribe();
  });

  it('delivers a new deal that matches the filter, and not one that does not', async () => {
    const c = client();
    const mous = subscribe(c, DEAL_EVENT, { filter: { kind: { eq: 'MOU' } } });
    const all = subscribe(c, DEAL_EVENT);
    await connected(c);
    await new Promise((r) => setTimeout(r, 200));
    const other = await createDeal(server, officer, org, 'COOPERATION_AGREEMENT', 'Not an MOU');
    const mou = await createDeal(server, officer, org, 'MOU', 'An MOU');
    await until(() => all.results.length >= 2 && mous.results.length >= 1, 'the deals');
    expect(all.results.map((r) => (r.data?.dealSigned as { id: string }).id)).toEqual([other, mou]);
    expect(mous.results.map((r) => r.data?.dealSigned)).toEqual([
      { id: mou, kind: 'MOU', title: { en: 'An MOU' }, partyCount: 1, parties: [{ organization: { id: org } }] },
    ]);
    mous.unsubscribe();
    all.unsubscribe();
  });

  it('delivers new investments that match the filter (investmentRecorded)', async () => {
    const c = client();
    const newEnergy = subscribe(
      c,
      `subscription { investmentRecorded(filter: { sector: { in: [NEW_ENERGY] } }) { id sector { code } stage amount { amount currency } } }`,
    );
    await connected(c);
    await new Promise((r) => setTimeout(r, 200));
    const park = await aPark(server);
    const create = `mutation ($i: CreateInvestmentInput!) { createInvestment(input: $i) { id } }`;
    const made: string[] = [];
    for (const sector of ['LOGISTICS', 'NEW_ENERGY']) {
      const res = await server.gql(create, { i: { park, organization: org, sector, stage: 'LEAD', amount: { amount: '1000000', currency: 'CNY' } } }, officer);
      if (res.errors) throw new Error(res.body);
      made.push((fieldOf(res, 'createInvestment') as { id: string }).id);
    }
    await until(() => newEnergy.results.length >= 1 || newEnergy.errors.length > 0, 'the investment');
    expect(newEnergy.errors).toEqual([]);
    await new Promise((r) => setTimeout(r, 200));
    expect(newEnergy.results.map((r) => r.data?.investmentRecorded)).toEqual([
      { id: made[1], sector: { code: 'NEW_ENERGY' }, stage: 'LEAD', amount: { amount: '1000000', currency: 'CNY' } },
    ]);
    newEnergy.unsubscribe();
  });

  it('refuses the officer-only auditLogged to anonymous callers and readers when they subscribe; an officer gets each entry', async () => {
    const admin = (await signedIn(server, 'ADMIN')).token;
    const reader = await apiKey(server, admin, 'READER');
    const query = `subscription { auditLogged { operation recordType recordId actorName } }`;
    const anon = subscribe(client(), query);
    const keyed = subscribe(client({ authorization: `Bearer ${reader}` }), query);
    const officers = client({ authorization: `Bearer ${officer}` });
    const officerConnected = connected(officers);
    const allowed = subscribe(officers, query);
    await until(() => anon.errors.length > 0 && keyed.errors.length > 0, 'the refusals');
    expect(anon.errors[0]).toMatchObject([{ extensions: { code: 'UNAUTHENTICATED' } }]);
    expect(keyed.errors[0]).toMatchObject([{ extensions: { code: 'FORBIDDEN' } }]);
    await officerConnected;
    await new Promise((r) => setTimeout(r, 200));
    const id = await createDeal(server, officer, org, 'MOU', 'Audited');
    await until(() => allowed.results.length >= 1, 'the audit entry');
    expect(allowed.results[0].data?.auditLogged).toMatchObject({ operation: 'CREATE', recordType: 'Deal', recordId: id });
    expect(anon.results).toEqual([]);
    expect(keyed.results).toEqual([]);
    allowed.unsubscribe();
  });

  it('holds keys restricted to the allow-list to it', async () => {
    const admin = (await signedIn(server, 'ADMIN')).token;
    const restricted = await apiKey(server, admin, 'READER', true);
    const s = subscribe(client({ authorization: `Bearer ${restricted}` }), CHANGES);
    await until(() => s.errors.length > 0, 'the refusal');
    expect(s.errors[0]).toMatchObject([{ extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED' } }]);
  });

  it('validates as HTTP does: one root field, known fields, with the codes Apollo gives', async () => {
    const c = client();
    const two = subscribe(c, `subscription { recordChanged { cursor } again: recordChanged { cursor } }`);
    const unknown = subscribe(c, `subscription { dealSigned { nope } }`);
    const broken = subscribe(c, `subscription { dealSigned { id }`);
    await until(() => two.errors.length > 0 && unknown.errors.length > 0 && broken.errors.length > 0, 'the refusals');
    expect(JSON.stringify(two.errors[0])).toMatch(/only one top level field/);
    expect(two.errors[0]).toMatchObject([{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
    expect(unknown.errors[0]).toMatchObject([{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
    expect(broken.errors[0]).toMatchObject([{ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }]);
  });

  it('refuses a bad credential in connection_init (4403) and accepts an officer token and anonymous callers', async () => {
    const bad = client({ authorization: 'Bearer not-a-token' });
    const closed = new Promise<{ code: number; reason: string }>((resolve) => bad.on('closed', (e) => resolve(e as { code: number; reason: string })));
    subscribe(bad, CHANGES);
    const event = await closed;
    expect(event.code).toBe(4403);
    expect(event.reason).toMatch(/^UNAUTHENTICATED/);
    const good = client({ authorization: `Bearer ${officer}` });
    subscribe(good, CHANGES);
    await connected(good);
  });

  it('refuses a browser page of an unlisted origin on upgrade; allows listed origins, the site itself and tools without Origin', async () => {
    const evil = client({}, { origin: 'https://evil.example' });
    const refused = new Promise<{ code: number }>((resolve) => evil.on('closed', (e) => resolve(e as { code: number })));
    const s = subscribe(evil, CHANGES);
    await refused;
    await until(() => s.errors.length > 0, 'the error');
    expect(String((s.errors[0] as Error).message ?? s.errors[0])).toMatch(/403|Unexpected server response/);
    for (const origin of ['https://tools.example', server.url]) {
      const ok = client({}, { origin });
      subscribe(ok, CHANGES).unsubscribe();
      await connected(ok);
    }
  });

  it('holds a caller to its cap of open subscriptions; a completed one frees its place', async () => {
    const c = client({ authorization: `Bearer ${officer}` });
    const open = Array.from({ length: CAP }, () => subscribe(c, CHANGES));
    await connected(c);
    await new Promise((r) => setTimeout(r, 300));
    const over = subscribe(c, CHANGES);
    await until(() => over.errors.length > 0, 'the refusal');
    expect(over.errors[0]).toMatchObject([{ extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: CAP } }]);
    // The cap is per caller, not per connection: another connection of the same officer is refused too.
    const second = client({ authorization: `Bearer ${officer}` });
    const again = subscribe(second, CHANGES);
    await until(() => again.errors.length > 0, 'the refusal on another connection');
    open[0].unsubscribe();
    await new Promise((r) => setTimeout(r, 200));
    const freed = subscribe(second, CHANGES);
    await new Promise((r) => setTimeout(r, 300));
    expect(freed.errors).toEqual([]);
    for (const s of [...open, freed]) s.unsubscribe();
  });

  it('applies the query limits: a subscription deeper than MAX_DEPTH is refused with QUERY_TOO_COMPLEX', async () => {
    const c = client();
    const deep = subscribe(c, `subscription { dealSigned { park { tenancies { nodes { organization { parks { nodes { id } } } } } } } }`);
    await until(() => deep.errors.length > 0, 'the refusal');
    expect(deep.errors[0]).toMatchObject([{ extensions: { code: 'QUERY_TOO_COMPLEX' } }]);
    expect(deep.results).toEqual([]);
  });

  it('refuses queries and mutations over the socket and subscriptions over HTTP (BAD_REQUEST), and bad text in filters', async () => {
    const c = client();
    const query = subscribe(c, `{ organizations(first: 1) { totalCount } }`);
    await until(() => query.errors.length > 0, 'the refusal');
    expect(query.errors[0]).toMatchObject([{ extensions: { code: 'BAD_REQUEST' } }]);
    // And the other way round: a subscription sent over HTTP is refused, pointing to WebSocket.
    const overHttp = await server.gql(`subscription { dealSigned { id } }`);
    expect(overHttp.status).toBe(400);
    expect(overHttp.errors?.[0].message).toMatch(/WebSocket/);
    expect(overHttp.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    const nul = subscribe(c, `subscription ($s: String) { dealSigned(filter: { search: $s }) { id } }`, { s: 'a\u0000b' });
    await until(() => nul.errors.length > 0, 'the text rule');
    expect(nul.errors[0]).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT', field: 'filter.search' } }]);
  });
});

describe('subscriptions: rate limits, pings and shutdown', () => {
  let server: TestServer;
  let closed = false;
  const PING_MS = 300;
  beforeAll(async () => {
    server = await createTestServer('sqlite', {
      seed: false,
      env: { ...NO_POLL, RATE_LIMIT_ANONYMOUS: '3', SUBSCRIPTIONS_PING_MS: String(PING_MS), BODY_LIMIT: '2kb' },
    });
    // Start in a fresh one-minute window, early enough that the test's requests stay inside it.
    server.clock.advance(61_000 - (Date.now() % 60_000));
  });
  afterAll(async () => {
    if (!closed) await server?.close();
  });

  it('counts each subscription as a request: over the budget it is refused with RATE_LIMITED', async () => {
    const c = connect(server.url);
    const subs = Array.from({ length: 4 }, () => subscribe(c, CHANGES));
    await until(() => subs[3].errors.length > 0, 'the refusal');
    expect(subs[3].errors[0]).toMatchObject([{ extensions: { code: 'RATE_LIMITED' } }]);
    expect(subs.slice(0, 3).map((s) => s.errors)).toEqual([[], [], []]);
    for (const s of subs) s.unsubscribe();
    await c.dispose();
  });

  it('closes a socket that stops answering pings, and keeps one that answers', async () => {
    const url = `${server.url.replace(/^http/, 'ws')}/graphql`;
    const dead = new WebSocket(url, 'graphql-transport-ws', { autoPong: false });
    const alive = new WebSocket(url, 'graphql-transport-ws');
    let aliveClosed = false;
    alive.on('close', () => (aliveClosed = true));
    const deadClosed = new Promise<number>((resolve) => dead.on('close', (code) => resolve(code)));
    await Promise.all([dead, alive].map((ws) => new Promise((resolve) => ws.once('open', resolve))));
    for (const ws of [dead, alive]) ws.send(JSON.stringify({ type: 'connection_init' }));
    const started = Date.now();
    // Terminated (no close frame: 1006) within two intervals: pinged at the first, unanswered by the second.
    expect(await deadClosed).toBe(1006);
    expect(Date.now() - started).toBeLessThan(PING_MS * 2 + 1000);
    await new Promise((r) => setTimeout(r, PING_MS * 3));
    expect(aliveClosed).toBe(false);
    alive.close();
  });

  it('closes a socket whose message is larger than BODY_LIMIT (1009, message too big)', async () => {
    const ws = new WebSocket(`${server.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const closedWith = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    await new Promise((resolve) => ws.once('open', resolve));
    ws.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(3000) } }));
    expect(await closedWith).toBe(1009);
  });

  it('closing the server closes its sockets (1001, going away) first and finishes promptly', async () => {
    const c = connect(server.url);
    const codes: number[] = [];
    c.on('closed', (e) => void codes.push((e as { code: number }).code));
    subscribe(c, `subscription { dealSigned { id } }`);
    await connected(c);
    const started = Date.now();
    closed = true;
    await server.close();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(codes).toEqual([1001]);
  });
});

describe.skipIf(!PG || !REDIS)('subscriptions across two servers on one PostgreSQL and Redis', () => {
  let a: TestServer;
  let b: TestServer;
  const clients: Client[] = [];
  beforeAll(async () => {
    // Each server its own notifier; only Redis links them (same prefix), and no poll within the test's time.
    const env = { ...NO_POLL, REDIS_URL: REDIS!, RATE_LIMIT_PREFIX: `test-${randomBytes(6).toString('hex')}` };
    a = await createTestServer('postgresql', { env });
    b = await createTestServer('postgresql', { env, seed: false, database: a.databaseUrl });
  });
  afterAll(async () => {
    for (const c of clients) void c.dispose();
    await b?.close();
    await a?.close();
  });

  it('a subscriber on server A receives a deal created through server B', async () => {
    const c = connect(a.url);
    clients.push(c);
    const deals = subscribe(c, DEAL_EVENT, { filter: { kind: { eq: 'MOU' } } });
    const changes = subscribe(c, CHANGES, { types: ['DEAL'] });
    await connected(c);
    await new Promise((r) => setTimeout(r, 300));
    const officer = (await signedIn(b)).token;
    const id = await createDeal(b, officer, await anOrganization(b), 'MOU', 'Signed through B');
    await until(() => deals.results.length >= 1 && changes.results.length >= 1, 'the deal on A', 5_000);
    expect((deals.results[0].data?.dealSigned as { id: string }).id).toBe(id);
    expect((changes.results[0].data?.recordChanged as { node: unknown }).node).toEqual({ type: 'DEAL', id, version: 1, kind: 'CREATED' });
  });
});
