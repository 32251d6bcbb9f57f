// `npm run load` (issue 22; never part of `npm test`): the server under a public read load on the 1,000,000-row set,
// rate limits raised for the run. Run 1: `--connections` (200) for `--seconds` (60) of a named mix of public reads
// (the overview with varying filters and periods, lists, park profiles, compare). Run 2: the same with 10% hostile
// requests (deep, wide, costly, malformed), counted apart. Then a soak at half the rate run 1 sustained, sampling the
// servers' RSS, open file descriptors and database connections every 10 s. Writes bench/LOAD.md with every figure
// beside its goal. `--processes 2`: two server processes on one PostgreSQL database and one Redis behind a round-robin
// proxy (SQLite serves one process only).
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import { Agent, createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { addTypenameToDocument } from '@apollo/client/utilities';
import autocannon from 'autocannon';
import { addDays, format, parseISO, subMonths } from 'date-fns';
import { getOperationAST, print, type DocumentNode } from 'graphql';
import pg from 'pg';
import { format as prettier, resolveConfig } from 'prettier';
import { loadConfig } from '../server/src/config.js';
import { APPLICATION_NAME } from '../server/src/db/dialect.js';
import { createScratchDatabase } from '../server/src/db/scratch.js';
import {
  ComparePageQueryDocument,
  DashboardPageQueryDocument,
  InvestmentOrder,
  InvestmentStage,
  InvestmentTableQueryDocument,
  ParkProfileQueryDocument,
  ParkProfileStatsQueryDocument,
  ParksPageQueryDocument,
  SectorCode,
  type DashboardPageQueryQueryVariables,
  type InvestmentFilter,
} from '../web/src/__generated__/graphql.js';
import { last12Months, today } from './overview.js';
import { startServer, type Server } from './server-process.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const log = (line: string) => process.stderr.write(`[load] ${line}\n`);

// ---------------------------------------------------------------------------------------------------------------
// Options.

export interface LoadOptions {
  database: string | null;
  investments: number;
  deals: number;
  tenancies: number;
  organizations: number;
  seed: number;
  seconds: number;
  connections: number;
  soakMinutes: number;
  processes: 1 | 2;
  out: string;
}

export const USAGE = `npm run load -- [options]
  --database URL      serve this database as it is (default: seed a scratch one: SQLite, or PostgreSQL with --processes 2)
  --investments N     investments to seed (default 1000000); --deals (100000), --tenancies (50000),
  --organizations N   (50000), --seed S (1)
  --seconds N         length of each of the two runs (default 60)
  --connections N     concurrent connections (default 200)
  --soak-minutes N    soak at half the sustained rate (default 10; 0 skips it)
  --processes 1|2     server processes (2: PostgreSQL (TEST_DATABASE_URL or --database) and REDIS_URL, behind a proxy)
  --out FILE          report file (default bench/LOAD.md)`;

class UsageError extends Error {}

function whole(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number of at least ${min}, not "${value}"`);
  return n;
}

export function parseLoadArgs(argv: string[]): LoadOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        database: { type: 'string' },
        investments: { type: 'string' },
        deals: { type: 'string' },
        tenancies: { type: 'string' },
        organizations: { type: 'string' },
        seed: { type: 'string' },
        seconds: { type: 'string' },
        connections: { type: 'string' },
        'soak-minutes': { type: 'string' },
        processes: { type: 'string' },
        out: { type: 'string' },
      },
    }));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const processes = whole('processes', values.processes, 1, 1);
  if (processes > 2) throw new UsageError('--processes takes 1 or 2');
  if (processes === 2 && values.database?.startsWith('sqlite:')) throw new UsageError('SQLite serves one process only: --processes 2 needs PostgreSQL');
  return {
    database: values.database ?? null,
    investments: whole('investments', values.investments, 1_000_000, 1),
    deals: whole('deals', values.deals, 100_000, 0),
    tenancies: whole('tenancies', values.tenancies, 50_000, 0),
    organizations: whole('organizations', values.organizations, 50_000, 1),
    seed: whole('seed', values.seed, 1, 0),
    seconds: whole('seconds', values.seconds, 60, 1),
    connections: whole('connections', values.connections, 200, 1),
    soakMinutes: whole('soak-minutes', values['soak-minutes'], 10, 0),
    processes: processes as 1 | 2,
    out: values.out ?? 'bench/LOAD.md',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The requests: a named mix of public reads as the web app sends them, and the hostile ones.

/** A small seeded generator, so two runs send the same sequence of requests. */
function generator(seed: number): () => number {
  let a = seed >>> 0 || 1;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];

function body(document: DocumentNode, variables: object): string {
  return JSON.stringify({ operationName: getOperationAST(document)?.name?.value, variables, query: print(document) });
}

/** What the mixes need to know of the data: parks (id and slug) and the source countries that occur. */
export interface Catalogue {
  parks: { id: string; slug: string }[];
  countries: string[];
  today: string;
}

interface Kind {
  name: string;
  hostile: boolean;
  /** Share of requests, in percent. */
  weight: number;
  describes: string;
  body: (random: Random) => string;
}

// The web app's documents, with the __typename Apollo's cache adds to every selection.
const OVERVIEW = addTypenameToDocument(DashboardPageQueryDocument);
const TABLE = addTypenameToDocument(InvestmentTableQueryDocument);
const PARKS = addTypenameToDocument(ParksPageQueryDocument);
const PROFILE = addTypenameToDocument(ParkProfileQueryDocument);
const PROFILE_STATS = addTypenameToDocument(ParkProfileStatsQueryDocument);
const COMPARE = addTypenameToDocument(ComparePageQueryDocument);
const COMMITTED = [InvestmentStage.Signed, InvestmentStage.UnderConstruction, InvestmentStage.Operating];

/** A period as the dashboard's presets make it: mostly the last 12 months, else this year, or a quarter of the last 3 years. */
function period(random: Random, day: string): { from: string; to: string } {
  const r = random();
  if (r < 0.5) return last12Months(day);
  if (r < 0.7) return { from: `${day.slice(0, 4)}-01-01`, to: day };
  const start = subMonths(parseISO(`${day.slice(0, 7)}-01`), 3 * (1 + Math.floor(random() * 12)));
  const month = Math.floor(start.getMonth() / 3) * 3;
  const from = new Date(start.getFullYear(), month, 1);
  return { from: format(from, 'yyyy-MM-dd'), to: format(addDays(new Date(from.getFullYear(), month + 3, 1), -1), 'yyyy-MM-dd') };
}

/** DashboardPage's variables (web/src/routes/DashboardPage.tsx) for one filter of the filter bar, or none. */
function overviewVariables(random: Random, c: Catalogue): DashboardPageQueryQueryVariables {
  const p = period(random, c.today);
  const filter: InvestmentFilter = {};
  let parkIds: string[] = [];
  let organization: { sector?: { in: SectorCode[] }; country?: { in: string[] } } | null = null;
  const r = random();
  if (r < 0.4) {
    // no filter
  } else if (r < 0.6) {
    parkIds = [pick(random, c.parks).id];
    filter.park = { id: { in: parkIds } };
  } else if (r < 0.75) {
    const sector = pick(random, Object.values(SectorCode));
    filter.sector = { in: [sector] };
    organization = { sector: { in: [sector] } };
  } else if (r < 0.9 && c.countries.length) {
    const country = pick(random, c.countries);
    filter.organization = { country: { in: [country] } };
    organization = { country: { in: [country] } };
  } else {
    filter.stage = { in: [pick(random, COMMITTED)] };
  }
  const park = parkIds.length ? { park: { id: { in: parkIds } } } : {};
  const grain = random() < 0.8 ? 'QUARTER' : 'MONTH';
  return {
    filter,
    committed: { ...filter, stage: { in: filter.stage ? filter.stage.in : COMMITTED } },
    deals: { ...park, ...(organization ? { party: organization } : {}) },
    parks: parkIds.length ? { id: { in: parkIds } } : {},
    records: null,
    period: p,
    compare: 'PREVIOUS_YEAR',
    currency: 'CNY',
    grain,
    dealGrain: grain,
    hasPeriod: true,
    tenantPeriod: p,
    tenantGrain: grain,
    tenancies: { ...park, ...(organization ? { organization } : {}) },
    tenantOrgs: organization,
  };
}

function legitimateKinds(c: Catalogue): Kind[] {
  return [
    {
      name: 'overview',
      hostile: false,
      weight: 35,
      describes:
        'the dashboard (DashboardPageQuery as the web app sends it): a preset period (last 12 months half the time, this year, or one of the last 12 quarters), no filter 40%, else one park, sector, source country or stage; by quarter or month',
      body: (random) => body(OVERVIEW, overviewVariables(random, c)),
    },
    {
      name: 'investments table',
      hostile: false,
      weight: 15,
      describes: 'a page of 20 investments with totalCount (InvestmentTableQuery): a preset period, one park half the time, one of four orders',
      body: (random) => {
        const p = period(random, c.today);
        const filter: InvestmentFilter = { announcedOn: { gte: p.from, lte: p.to } };
        if (random() < 0.5) filter.park = { id: { in: [pick(random, c.parks).id] } };
        const orderBy = pick(random, [InvestmentOrder.AmountUsdDesc, InvestmentOrder.AnnouncedOnDesc, InvestmentOrder.IdDesc, InvestmentOrder.StageAsc]);
        return body(TABLE, { filter, orderBy: [orderBy], currency: 'CNY', first: 20 });
      },
    },
    {
      name: 'parks list',
      hostile: false,
      weight: 10,
      describes: 'the parks page (ParksPageQuery, its first page with totalCount)',
      body: () => body(PARKS, { after: null }),
    },
    {
      name: 'park profile',
      hostile: false,
      weight: 10,
      describes: "a park's profile page, its first request (ParkProfileQuery by slug), any park",
      body: (random) => body(PROFILE, { slug: pick(random, c.parks).slug }),
    },
    {
      name: 'park profile figures',
      hostile: false,
      weight: 15,
      describes:
        "a park's profile page, its second request (ParkProfileStatsQuery: tenants by country and sector, deals, investments by stage, country, sector and quarter), any park",
      body: (random) => {
        const id = pick(random, c.parks).id;
        return body(PROFILE_STATS, { filter: { park: { id: { eq: id } } }, deals: { park: { id: { eq: id } } }, tenants: { park: { id: { eq: id } } } });
      },
    },
    {
      name: 'compare',
      hostile: false,
      weight: 15,
      describes: "the compare page's full request (ComparePageQuery with ids): 2 to 4 parks",
      body: (random) => {
        const n = 2 + Math.floor(random() * 3);
        const chosen = new Map<string, { id: string; slug: string }>();
        while (chosen.size < Math.min(n, c.parks.length)) {
          const park = pick(random, c.parks);
          chosen.set(park.id, park);
        }
        const parks = [...chosen.values()];
        return body(COMPARE, { slugs: parks.map((p) => p.slug), ids: parks.map((p) => p.id), withIds: true });
      },
    },
  ];
}

/** `count` levels of parent below a page of parks: deeper than MAX_DEPTH (12) allows. */
function deepQuery(count: number): string {
  return `query Deep { parks(first: 1) { nodes { ${'parent { '.repeat(count)}id${' }'.repeat(count)} } } }`;
}

function wideQuery(aliases: number): string {
  return `query Wide { ${Array.from({ length: aliases }, (_, i) => `a${i}: parks(first: 1) { totalCount }`).join(' ')} }`;
}

// 100 parks × 100 children × 100 children: about a million objects, beyond MAX_COST (50,000).
const COSTLY = 'query Costly { parks(first: 100) { nodes { id children(first: 100) { nodes { id children(first: 100) { nodes { id name { en } } } } } } } }';

export const HOSTILE_KINDS: Kind[] = [
  {
    name: 'hostile: deep',
    hostile: true,
    weight: 2.5,
    describes: 'parks → 20 levels of `parent` (MAX_DEPTH is 12)',
    body: () => JSON.stringify({ query: deepQuery(20) }),
  },
  {
    name: 'hostile: wide',
    hostile: true,
    weight: 2.5,
    describes: '60 aliases of `parks { totalCount }` (MAX_ALIASES is 20)',
    body: () => JSON.stringify({ query: wideQuery(60) }),
  },
  {
    name: 'hostile: costly',
    hostile: true,
    weight: 2.5,
    describes: '100 parks × 100 children × 100 children, about a million objects (MAX_COST is 50,000)',
    body: () => JSON.stringify({ query: COSTLY }),
  },
  {
    name: 'hostile: malformed',
    hostile: true,
    weight: 2.5,
    describes: 'half a JSON body cut short, half a query of a field the schema does not have',
    body: (random) =>
      random() < 0.5
        ? '{"query": "query Broken { parks(first: 1) { nodes { id'
        : JSON.stringify({ query: 'query Unknown { parks(first: 1) { nodes { id secretField } } }' }),
  },
];

/** The legitimate kinds scaled to `100 - hostile share` percent, then the hostile ones (each 2.5%) when asked. */
export function mix(c: Catalogue, hostile: boolean): Kind[] {
  const legit = legitimateKinds(c);
  if (!hostile) return legit;
  const share = HOSTILE_KINDS.reduce((s, k) => s + k.weight, 0);
  return [...legit.map((k) => ({ ...k, weight: (k.weight * (100 - share)) / 100 })), ...HOSTILE_KINDS];
}

// ---------------------------------------------------------------------------------------------------------------
// One run: autocannon with every request chosen from the mix in setupRequest, each answer counted by its kind.

interface KindStats {
  latencies: number[];
  statuses: Map<string, number>;
}

export interface RunResult {
  name: string;
  seconds: number;
  connections: number;
  requestsPerSecond: number;
  /** Answers a second other than 503: what the server sustained. */
  answeredPerSecond: number;
  total: number;
  timeouts: number;
  socketErrors: number;
  /** By kind: latencies (ms) and answers by status class ("2xx", "400", "503 OVERLOADED", "5xx", …). */
  kinds: Map<string, KindStats>;
  mix: Kind[];
}

const HEADERS = { 'content-type': 'application/json', accept: 'application/graphql-response+json,application/json;q=0.9' };

function statusClass(status: number, body: string): string {
  if (status >= 200 && status < 300) return '2xx';
  if (status === 503 && body.includes('"OVERLOADED"')) return '503 OVERLOADED';
  if (status >= 500) return 'other 5xx';
  if (status === 400 || status === 413 || status === 429) return String(status);
  return 'other 4xx';
}

export async function runMix(
  url: string,
  name: string,
  kinds: Kind[],
  options: { seconds: number; connections: number; seed: number; overallRate?: number },
): Promise<RunResult> {
  const random = generator(options.seed);
  const total = kinds.reduce((s, k) => s + k.weight, 0);
  const choose = (): Kind => {
    let r = random() * total;
    for (const k of kinds) if ((r -= k.weight) < 0) return k;
    return kinds[kinds.length - 1];
  };
  const stats = new Map<string, KindStats>(kinds.map((k) => [k.name, { latencies: [], statuses: new Map() }]));
  // autocannon calls a request's onResponse, then emits 'response' with the time, in the same turn: the kind and
  // status class of the one are carried to the other.
  let last: { kind: string; status: string } | null = null;
  const settings: autocannon.Options = {
    url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 10,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    requests: [
      {
        method: 'POST',
        path: '/graphql',
        headers: HEADERS,
        setupRequest: (req, context: { kind?: string }) => {
          const kind = choose();
          context.kind = kind.name;
          return { ...req, body: kind.body(random) };
        },
        onResponse: (status, text, context: { kind?: string }) => {
          last = { kind: context.kind ?? '?', status: statusClass(status, text) };
        },
      },
    ],
  };
  const onAnswer = (responseTime: number) => {
    if (!last) return;
    const s = stats.get(last.kind);
    if (s) {
      s.latencies.push(responseTime);
      s.statuses.set(last.status, (s.statuses.get(last.status) ?? 0) + 1);
    }
    last = null;
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(settings, (err: unknown, r: autocannon.Result) =>
      err ? reject(err instanceof Error ? err : new Error('autocannon failed', { cause: err })) : resolve(r),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => onAnswer(responseTime));
  });
  const refused = [...stats.values()].reduce((n, s) => n + (s.statuses.get('503 OVERLOADED') ?? 0), 0);
  return {
    name,
    seconds: options.seconds,
    connections: options.connections,
    requestsPerSecond: result.requests.total / options.seconds,
    answeredPerSecond: (result.requests.total - refused) / options.seconds,
    total: result.requests.total,
    timeouts: result.timeouts,
    socketErrors: Math.max(0, result.errors - result.timeouts),
    kinds: stats,
    mix: kinds,
  };
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

interface Summary {
  count: number;
  p50: number;
  p99: number;
  statuses: Map<string, number>;
}

function summarize(run: RunResult, which: (k: Kind) => boolean): Summary {
  const latencies: number[] = [];
  const statuses = new Map<string, number>();
  for (const k of run.mix.filter(which)) {
    const s = run.kinds.get(k.name)!;
    latencies.push(...s.latencies);
    for (const [status, n] of s.statuses) statuses.set(status, (statuses.get(status) ?? 0) + n);
  }
  latencies.sort((a, b) => a - b);
  return { count: latencies.length, p50: percentile(latencies, 50), p99: percentile(latencies, 99), statuses };
}

// ---------------------------------------------------------------------------------------------------------------
// The soak: RSS, descriptors and database connections of the server processes every 10 s.

interface Sample {
  second: number;
  rssMb: number[];
  fds: number[];
  dbConnections: number;
}

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return line ? Number(line.split(/\s+/)[1]) / 1024 : NaN;
}

function descriptors(pid: number): string[] {
  const dir = `/proc/${pid}/fd`;
  return readdirSync(dir).map((fd) => {
    try {
      return readlinkSync(`${dir}/${fd}`);
    } catch {
      return '';
    }
  });
}

async function dbConnections(databaseUrl: string, pids: number[]): Promise<number> {
  if (databaseUrl.startsWith('sqlite:')) {
    // The database file, its -wal and -shm: each open connection holds them.
    const file = resolve(ROOT, databaseUrl.slice('sqlite:'.length));
    return pids.reduce((n, pid) => n + descriptors(pid).filter((target) => target === file).length, 0);
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      'select count(*) as n from pg_stat_activity where application_name = $1 and datname = current_database()',
      [APPLICATION_NAME],
    );
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
}

async function soak(url: string, kinds: Kind[], rate: number, minutes: number, databaseUrl: string, pids: number[], seed: number) {
  const samples: Sample[] = [];
  const started = performance.now();
  const sample = async () => {
    samples.push({
      second: Math.round((performance.now() - started) / 1000),
      rssMb: pids.map(rssMb),
      fds: pids.map((pid) => descriptors(pid).length),
      dbConnections: await dbConnections(databaseUrl, pids),
    });
  };
  await sample();
  const timer = setInterval(() => void sample().catch((err: unknown) => log(`sample failed: ${String(err)}`)), 10_000);
  try {
    // Enough connections that the rate, not the answers' latency, sets the pace.
    const connections = Math.max(10, Math.min(100, Math.ceil(rate / 5)));
    const run = await runMix(url, 'soak', kinds, { seconds: minutes * 60, connections, seed, overallRate: Math.max(1, Math.round(rate)) });
    await sample();
    return { run, samples, connections };
  } finally {
    clearInterval(timer);
  }
}

/** Flat after warm-up: every sample of the last 3 minutes (or last third) within 10% (counts: or ±2) of the warm-up point. */
function flatness(samples: Sample[], minutes: number, value: (s: Sample) => number, count: boolean) {
  const warmup = Math.min(3, minutes / 3) * 60;
  const window = Math.min(3, minutes / 3) * 60;
  const end = samples[samples.length - 1]?.second ?? 0;
  const base = samples.find((s) => s.second >= warmup);
  if (!base) return { flat: false, text: 'too few samples' };
  const tail = samples.filter((s) => s.second >= end - window && s.second > base.second);
  const ref = value(base);
  const worst = Math.max(0, ...tail.map((s) => Math.abs(value(s) - ref)));
  const allowed = Math.max(0.1 * ref, count ? 2 : 0);
  return {
    flat: worst <= allowed,
    text: `at ${base.second} s: ${round(ref)}; last ${window / 60} min at most ${round(worst)} away (allowed ${round(allowed)})`,
  };
}

const round = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

// ---------------------------------------------------------------------------------------------------------------
// A round-robin proxy in front of several processes (as nginx's upstream: no limit on connections to the upstreams).

async function roundRobin(upstreams: string[]): Promise<{ url: string; close: () => Promise<void> }> {
  const targets = upstreams.map((u) => new URL(u));
  const agent = new Agent({ keepAlive: true });
  const hop = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);
  const forwardable = (h: IncomingHttpHeaders) => Object.fromEntries(Object.entries(h).filter(([k]) => !hop.has(k)));
  let next = 0;
  const server = createServer((req, res) => {
    const target = targets[next];
    next = (next + 1) % targets.length;
    const upstream = request(
      {
        agent,
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...forwardable(req.headers), 'x-forwarded-for': req.socket.remoteAddress ?? '', 'x-forwarded-proto': 'http' },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, forwardable(answer.headers));
        answer.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      if (res.headersSent) return res.destroy(err);
      res.writeHead(502, { 'content-type': 'text/plain' }).end(`upstream failed: ${err.message}`);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      agent.destroy();
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The dataset and the servers.

export async function runSeed(url: string, o: LoadOptions): Promise<number> {
  const flags = ['--investments', o.investments, '--deals', o.deals, '--tenancies', o.tenancies, '--organizations', o.organizations, '--seed', o.seed].map(
    String,
  );
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'seeds/cli.ts', ...flags], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  if (code !== 0) throw new Error(`the seed exited with code ${code}`);
  return (performance.now() - started) / 1000;
}

export async function catalogue(url: string): Promise<Catalogue> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: HEADERS,
    body: JSON.stringify({
      query:
        'query LoadCatalogue { parks(first: 100) { nodes { id slug } } countries: investmentStats(groupBy: [SOURCE_COUNTRY]) { buckets { key { value } } } }',
    }),
    signal: AbortSignal.timeout(120_000),
  });
  const json = (await res.json()) as {
    data?: { parks: { nodes: { id: string; slug: string }[] }; countries: { buckets: { key: { value: string | null }[] }[] } };
  };
  if (!json.data?.parks.nodes.length) throw new Error(`could not read the parks: HTTP ${res.status} ${JSON.stringify(json).slice(0, 300)}`);
  const countries = json.data.countries.buckets.flatMap((b) => (b.key[0]?.value ? [b.key[0].value] : []));
  return { parks: json.data.parks.nodes, countries: countries.slice(0, 20), today: today() };
}

interface Dataset {
  url: string;
  engine: 'SQLite' | 'PostgreSQL';
  described: string;
  drop: () => Promise<void>;
}

async function dataset(o: LoadOptions): Promise<Dataset> {
  if (o.database) {
    return {
      url: o.database,
      engine: o.database.startsWith('sqlite:') ? 'SQLite' : 'PostgreSQL',
      described: 'a database given with --database, served as it was',
      drop: async () => {},
    };
  }
  const engine = o.processes === 2 ? 'postgresql' : 'sqlite';
  process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
  const db = await createScratchDatabase(engine);
  log(`seeding ${o.investments} investments on ${engine}`);
  const seconds = await runSeed(db.url, o);
  log(`seeded in ${seconds.toFixed(0)} s`);
  return {
    url: db.url,
    engine: engine === 'sqlite' ? 'SQLite' : 'PostgreSQL',
    described: `seeded for the run by \`npm run seed\` (${o.investments.toLocaleString('en')} investments, ${o.deals.toLocaleString('en')} deals, ${o.tenancies.toLocaleString('en')} tenancies, ${o.organizations.toLocaleString('en')} organizations, demo generator, seed ${o.seed}) in ${seconds.toFixed(0)} s`,
    drop: db.drop,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The report.

const GOAL_P99_MS = 1000;
const STATUSES = ['2xx', '400', 'other 4xx', '503 OVERLOADED', 'other 5xx'];

function statusText(statuses: Map<string, number>): string {
  const parts = STATUSES.filter((s) => statuses.get(s)).map((s) => `${s}: ${statuses.get(s)!.toLocaleString('en')}`);
  for (const [s, n] of statuses) if (!STATUSES.includes(s)) parts.push(`${s}: ${n}`);
  return parts.join(', ') || '—';
}

const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x).toLocaleString('en')} ms` : '—');
const yes = (b: boolean) => (b ? 'yes' : '**no**');

interface Machine {
  cores: number;
  memoryGb: number;
  cpu: string;
  node: string;
  loadStart: number[];
  loadEnd?: number[];
}

export function renderLoad(r: {
  date: string;
  code?: string;
  machine: Machine;
  options: LoadOptions;
  dataset: Dataset;
  settings: Record<string, string | number>;
  runs: RunResult[];
  soak?: { rate: number; connections: number; run: RunResult; samples: Sample[] };
  processes: number;
}): string {
  const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(', ');
  const lines: string[] = [
    '# Under load',
    '',
    `Measured ${r.date} by \`npm run load\`${r.code ? ` (code of ${r.code})` : ''} on ${r.dataset.engine}, ${r.processes} server process${r.processes > 1 ? 'es behind a round-robin proxy (one PostgreSQL database, one Redis)' : ''} started with NODE_ENV=production, the response cache on, rate limits raised for the run.`,
    '',
    `- Machine: ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGb.toFixed(0)} GB, Node ${r.machine.node}; load average (1, 5, 15 min) ${load(r.machine.loadStart)} at the start${r.machine.loadEnd ? `, ${load(r.machine.loadEnd)} at the end` : ''}. The load generator (autocannon) runs on the same machine.`,
    `- Dataset: ${r.dataset.described}.`,
    `- Settings: ${Object.entries(r.settings)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}.`,
    `- Runs: ${r.options.connections} connections for ${r.options.seconds} s each, a request answered after 10 s counted as a timeout; every request chosen at random by weight (seeded, so the runs repeat).`,
    '',
    '## Goals',
    '',
  ];
  const [first, second] = r.runs;
  const legit = (k: Kind) => !k.hostile;
  const s1 = first ? summarize(first, legit) : undefined;
  const s2 = second ? summarize(second, legit) : undefined;
  const clean = (run: RunResult) => {
    const all = summarize(run, () => true);
    return run.timeouts === 0 && run.socketErrors === 0 && !all.statuses.get('other 5xx');
  };
  const goals: [string, string, boolean][] = [];
  for (const run of r.runs)
    goals.push([
      `${run.name}: no timeout, no socket error, no 5xx but 503 OVERLOADED`,
      `${run.timeouts} timeouts, ${run.socketErrors} socket errors, ${summarize(run, () => true).statuses.get('other 5xx') ?? 0} other 5xx`,
      clean(run),
    ]);
  if (s1) goals.push([`${first.name}: legitimate p99 ≤ 1 s`, ms(s1.p99), s1.p99 <= GOAL_P99_MS]);
  if (s1 && s2)
    goals.push([`${second.name}: legitimate p99 ≤ 1.5 × run 1's (${ms(1.5 * s1.p99)}) and ≤ 1 s`, ms(s2.p99), s2.p99 <= 1.5 * s1.p99 && s2.p99 <= GOAL_P99_MS]);
  if (second) {
    const h = summarize(second, (k) => k.hostile);
    const refused = [...h.statuses].filter(([s]) => s === '400' || s === 'other 4xx').reduce((n, [, c]) => n + c, 0);
    goals.push(['hostile requests answered 4xx', `${refused.toLocaleString('en')} of ${h.count.toLocaleString('en')}`, refused === h.count]);
  }
  let soakFlat: boolean | undefined;
  if (r.soak) {
    const minutes = r.options.soakMinutes;
    const checks = [
      flatness(r.soak.samples, minutes, (s) => s.rssMb.reduce((a, b) => a + b, 0), false),
      flatness(r.soak.samples, minutes, (s) => s.fds.reduce((a, b) => a + b, 0), true),
      flatness(r.soak.samples, minutes, (s) => s.dbConnections, true),
    ];
    soakFlat = checks.every((c) => c.flat);
    goals.push(
      ['soak: RSS flat after warm-up', checks[0].text, checks[0].flat],
      ['soak: open descriptors flat', checks[1].text, checks[1].flat],
      ['soak: database connections flat', checks[2].text, checks[2].flat],
    );
  }
  lines.push('| goal | measured | met |', '|---|---|---|', ...goals.map(([g, m, ok]) => `| ${g} | ${m} | ${yes(ok)} |`), '');

  lines.push('## Runs', '');
  lines.push(
    '| run | requests/s | answered/s (not 503) | legitimate p50 | legitimate p99 | legitimate answers by status | hostile answers by status | timeouts | socket errors |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const run of [...r.runs, ...(r.soak ? [r.soak.run] : [])]) {
    const l = summarize(run, legit);
    const h = summarize(run, (k) => k.hostile);
    lines.push(
      `| ${run.name} | ${run.requestsPerSecond.toFixed(0)} | ${run.answeredPerSecond.toFixed(0)} | ${ms(l.p50)} | ${ms(l.p99)} | ${statusText(l.statuses)} | ${h.count ? statusText(h.statuses) : '—'} | ${run.timeouts} | ${run.socketErrors} |`,
    );
  }
  lines.push('', 'By kind of request (latency of every answer, 503 included):', '');
  for (const run of r.runs) {
    lines.push(`**${run.name}**`, '', '| kind | weight | answers | p50 | p99 | by status |', '|---|---|---|---|---|---|');
    for (const k of run.mix) {
      const s = run.kinds.get(k.name)!;
      const sorted = [...s.latencies].sort((a, b) => a - b);
      lines.push(
        `| ${k.name} | ${round(k.weight)}% | ${sorted.length.toLocaleString('en')} | ${ms(percentile(sorted, 50))} | ${ms(percentile(sorted, 99))} | ${statusText(s.statuses)} |`,
      );
    }
    lines.push('');
  }
  lines.push('## The mixes', '', 'Run 1 (legitimate public reads, as the web app sends them):', '');
  if (first) for (const k of first.mix) lines.push(`- ${k.name} (${round(k.weight)}%): ${k.describes}.`);
  lines.push(
    '',
    "Run 2: the same kinds scaled to 90%, and 10% hostile requests (answered 4xx before any resolver runs, counted apart from the legitimate ones' latencies):",
    '',
  );
  for (const k of HOSTILE_KINDS) lines.push(`- ${k.name} (${round(k.weight)}%): ${k.describes}.`);
  lines.push('');
  if (r.soak) {
    const { samples } = r.soak;
    lines.push(
      '## Soak',
      '',
      `${r.options.soakMinutes} minutes of run 1's mix at ${r.soak.rate.toFixed(0)} requests/s (half of the ${(2 * r.soak.rate).toFixed(0)} answered a second, 503 excluded, in run 1) over ${r.soak.connections} connections. Sampled every 10 s${r.processes > 1 ? ' (per process, separated by /)' : ''}; one row a minute. Database connections: ${r.dataset.engine === 'SQLite' ? 'descriptors of the server processes open on the database file' : `sessions in pg_stat_activity with application_name '${APPLICATION_NAME}'`}. Flat: every sample of the last 3 minutes (the last third of a shorter soak) within 10% (counts: 10% or 2) of the sample at minute 3 (a third).`,
      '',
      '| minute | RSS MB | open descriptors | database connections |',
      '|---|---|---|---|',
    );
    let nextMinute = 0;
    for (const s of samples) {
      if (s.second + 5 < nextMinute * 60 && s !== samples[samples.length - 1]) continue;
      lines.push(`| ${(s.second / 60).toFixed(1)} | ${s.rssMb.map((x) => x.toFixed(0)).join(' / ')} | ${s.fds.join(' / ')} | ${s.dbConnections} |`);
      nextMinute = Math.floor((s.second + 5) / 60) + 1;
    }
    lines.push('', `Flat after warm-up: ${soakFlat ? 'yes' : '**no**'}.`, '');
  } else {
    const why = r.options.soakMinutes ? 'run 1 sustained no rate to soak at (no answer a second other than 503)' : '`--soak-minutes 0`';
    lines.push('## Soak', '', `Not run: ${why}.`, '');
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

export function codeVersion(): string | undefined {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return undefined;
  const dirty = git('status', '--porcelain', '--untracked-files=no').stdout.trim() !== '';
  return `commit ${head.stdout.trim()}${dirty ? ' with uncommitted changes' : ''}`;
}

async function main() {
  let o: LoadOptions;
  try {
    o = parseLoadArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`${err.message}\n\n${USAGE}`);
    process.exit(2);
  }
  const machine: Machine = {
    cores: os.cpus().length,
    memoryGb: os.totalmem() / 1024 ** 3,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    loadStart: os.loadavg(),
  };
  const date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  const redis = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const db = await dataset(o);
  if (o.processes === 2 && db.engine === 'SQLite') throw new Error('SQLite serves one process only: --processes 2 needs PostgreSQL');
  const servers: Server[] = [];
  let proxy: { url: string; close: () => Promise<void> } | undefined;
  try {
    const env: Record<string, string> = {
      RATE_LIMIT_ANONYMOUS: '1000000000',
      RATE_LIMIT_API_KEY: '1000000000',
      RATE_LIMIT_OFFICER: '1000000000',
      ...(o.processes === 2 ? { REDIS_URL: redis } : {}),
    };
    for (let i = 0; i < o.processes; i++) {
      log(`starting server process ${i + 1}`);
      servers.push(await startServer(db.url, env));
    }
    if (o.processes === 2) proxy = await roundRobin(servers.map((s) => s.url));
    const url = proxy?.url ?? servers[0].url;
    const config = loadConfig({ ...process.env, ...env, DATABASE_URL: db.url, NODE_ENV: 'production' });
    const settings: Record<string, string | number> = {
      ADMISSION_CAPACITY: config.ADMISSION_CAPACITY,
      ADMISSION_QUEUE: config.ADMISSION_QUEUE,
      ADMISSION_WAIT_MS: config.ADMISSION_WAIT_MS,
      ADMISSION_TARGET_MS: config.ADMISSION_TARGET_MS,
      ADMISSION_FLOOR: config.ADMISSION_FLOOR,
      RESPONSE_CACHE_MB: config.RESPONSE_CACHE_MB,
      RATE_LIMIT_ANONYMOUS: config.RATE_LIMIT_ANONYMOUS,
      MAX_DEPTH: config.MAX_DEPTH,
      MAX_ALIASES: config.MAX_ALIASES,
      MAX_COST: config.MAX_COST,
    };
    const c = await catalogue(url);
    log(`${c.parks.length} parks, ${c.countries.length} countries; warming up 5 s`);
    await runMix(url, 'warm-up', mix(c, false), { seconds: 5, connections: 10, seed: 99 });
    const report = { date, code: codeVersion(), machine, options: o, dataset: db, settings, runs: [] as RunResult[], processes: o.processes } as Parameters<
      typeof renderLoad
    >[0];
    const write = async () => {
      const file = resolve(ROOT, o.out);
      const text = renderLoad(report);
      writeFileSync(file, await prettier(text, { ...(await resolveConfig(file)), filepath: file }));
      log(`wrote ${o.out}`);
    };
    log(`run 1: legitimate mix, ${o.connections} connections, ${o.seconds} s`);
    report.runs.push(await runMix(url, 'run 1: public reads', mix(c, false), { seconds: o.seconds, connections: o.connections, seed: o.seed }));
    await write();
    log(`run 2: with 10% hostile requests`);
    report.runs.push(await runMix(url, 'run 2: with 10% hostile', mix(c, true), { seconds: o.seconds, connections: o.connections, seed: o.seed }));
    await write();
    const rate = report.runs[0].answeredPerSecond / 2;
    if (o.soakMinutes > 0 && rate < 0.5) log('soak skipped: run 1 answered no request a second (503 excluded)');
    else if (o.soakMinutes > 0) {
      log(`soak: ${o.soakMinutes} min at ${rate.toFixed(0)} requests/s`);
      report.soak = {
        rate,
        ...(await soak(
          url,
          mix(c, false),
          rate,
          o.soakMinutes,
          db.url,
          servers.map((s) => s.pid),
          o.seed + 1,
        )),
      };
    }
    machine.loadEnd = os.loadavg();
    await write();
  } finally {
    await proxy?.close();
    for (const s of servers) await s.stop();
    await db.drop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main();
}
