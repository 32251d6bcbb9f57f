// Requests a second under load (issue 18): autocannon, 50 connections, against the server with the demo data and,
// in the same run, against a bare node:http server that answers the same bytes, gzip on both sides. Each mix is
// reported as a share of the bare server's throughput and its p99 against the bare server's p99.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { addTypenameToDocument } from '@apollo/client/utilities';
import autocannon from 'autocannon';
import { addDays, format, parseISO } from 'date-fns';
import { getOperationAST, print, type DocumentNode } from 'graphql';
import { DashboardPageQueryDocument } from '../web/src/__generated__/graphql.js';
import { last12Months, overviewVariables } from './overview.js';
import { freePort } from './server-process.js';

export interface MixResult {
  name: string;
  /** What each request sends. */
  describes: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  total: number;
  /** The bare server answering this mix's bytes in the same run (absent for mixes of all different requests). */
  bare?: { requestsPerSecond: number; p99: number };
}

export interface ThroughputOptions {
  connections: number;
  seconds: number;
  /** "Today" as the server counts it (YYYY-MM-DD), for the overview's default period. */
  today: string;
}

const HEADERS = {
  'content-type': 'application/json',
  accept: 'application/graphql-response+json,application/json;q=0.9',
  'accept-encoding': 'gzip',
};

const VIEWER = 'query ViewerQuery { viewer { role officer { id name } apiKeyName } }';
const PARKS = `query ParkListQuery { parks(first: 20) { totalCount nodes { id slug name { zh en ru } kind status positioning { zh en } focusSectors { code } } } }`;

function body(document: DocumentNode | string, variables: object = {}): string {
  const doc = typeof document === 'string' ? document : print(document);
  const operationName = typeof document === 'string' ? /query (\w+)/.exec(document)?.[1] : getOperationAST(document)?.name?.value;
  return JSON.stringify({ operationName, variables, query: doc });
}

async function run(url: string, options: ThroughputOptions, request: autocannon.Request): Promise<autocannon.Result> {
  // A short warm-up (caches, JIT), not counted.
  await autocannon({ url, connections: options.connections, duration: 2, requests: [request] });
  return autocannon({ url, connections: options.connections, duration: options.seconds, timeout: 10, requests: [request] });
}

function resultOf(name: string, describes: string, r: autocannon.Result): MixResult {
  return {
    name,
    describes,
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
    total: r.requests.total,
  };
}

/** A node:http server answering every request with `bytes` as the server answered them (gzip when asked). */
async function bareServer(bytes: Buffer, contentType: string): Promise<{ url: string; close: () => Promise<void> }> {
  const gzipped = gzipSync(bytes);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, { 'content-type': contentType, ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}) });
      res.end(gzip ? gzipped : bytes);
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** One POST as the web app sends it, answered without errors: its bytes and content type. */
async function answer(url: string, payload: string): Promise<{ bytes: Buffer; contentType: string }> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: HEADERS, body: payload });
  const bytes = Buffer.from(await res.arrayBuffer());
  const text = bytes.toString('utf8');
  if (!res.ok || text.includes('"errors"')) throw new Error(`the request failed: HTTP ${res.status} ${text.slice(0, 300)}`);
  return { bytes, contentType: res.headers.get('content-type') ?? 'application/json' };
}

/** Every mix against the server at `url`, each repeated mix also against a bare server with the same bytes. */
export async function measureThroughput(url: string, options: ThroughputOptions, log: (line: string) => void): Promise<MixResult[]> {
  const overview = addTypenameToDocument(DashboardPageQueryDocument);
  const repeated: { name: string; describes: string; payload: string }[] = [
    {
      name: 'overview, repeated',
      describes: 'DashboardPageQuery as the web app sends it, the default view, the same every time',
      payload: body(overview, overviewVariables(last12Months(options.today))),
    },
    { name: 'viewer', describes: 'the caller and its role (`viewer`), 70 bytes of query', payload: body(VIEWER) },
    { name: '20 parks', describes: 'a page of 20 parks with their names and figures', payload: body(PARKS) },
  ];
  const results: MixResult[] = [];
  for (const mix of repeated) {
    const { bytes, contentType } = await answer(url, mix.payload);
    const bare = await bareServer(bytes, contentType);
    try {
      log(`requests: ${mix.name} (bare server)`);
      const b = await run(bare.url, options, { method: 'POST', path: '/graphql', headers: HEADERS, body: mix.payload });
      log(`requests: ${mix.name}`);
      const ours = await run(url, options, { method: 'POST', path: '/graphql', headers: HEADERS, body: mix.payload });
      results.push({ ...resultOf(mix.name, mix.describes, ours), bare: { requestsPerSecond: b.requests.average, p99: b.latency.p99 } });
    } finally {
      await bare.close();
    }
  }
  // Every request different: the period ends one day earlier each time, so nothing is answered from a cache.
  let n = 0;
  const day = parseISO(options.today);
  log('requests: overview, all different');
  const misses = await run(url, options, {
    method: 'POST',
    path: '/graphql',
    headers: HEADERS,
    setupRequest: (req) => ({ ...req, body: body(overview, overviewVariables(last12Months(format(addDays(day, -(++n % 100_000) - 200_000), 'yyyy-MM-dd')))) }),
  });
  results.push(resultOf('overview, all different', 'DashboardPageQuery with a different period on every request (every one a cache miss)', misses));
  return results;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The report's table, with the goals of issue 18 beside the figures. */
export function renderThroughput(results: MixResult[], options: ThroughputOptions): string {
  const goal: Record<string, (r: MixResult) => [string, boolean]> = {
    'overview, repeated': (r) => [
      '≥ 50% of bare, p99 ≤ 3× bare',
      !!r.bare && r.requestsPerSecond >= 0.5 * r.bare.requestsPerSecond && r.p99 <= 3 * Math.max(r.bare.p99, 1),
    ],
    viewer: (r) => ['≥ 50% of bare', !!r.bare && r.requestsPerSecond >= 0.5 * r.bare.requestsPerSecond],
    'overview, all different': (r) => ['≥ 200/s, p99 ≤ 250 ms, no error', r.requestsPerSecond >= 200 && r.p99 <= 250 && r.errors + r.timeouts + r.non2xx === 0],
  };
  const lines = [
    `${options.connections} connections, ${options.seconds} s per mix after a 2 s warm-up, gzip asked on every request.`,
    '',
    '| mix | requests/s | p50 ms | p99 ms | bare requests/s | bare p99 ms | share of bare | errors, timeouts, non-2xx | goal | met |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    const [text, met] = goal[r.name]?.(r) ?? ['—', true];
    lines.push(
      `| ${r.name} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.bare ? r.bare.requestsPerSecond.toFixed(0) : '—'} | ${r.bare ? r.bare.p99 : '—'} | ${
        r.bare ? pct(r.requestsPerSecond / r.bare.requestsPerSecond) : '—'
      } | ${r.errors}, ${r.timeouts}, ${r.non2xx} | ${text} | ${goal[r.name] ? (met ? 'yes' : '**no**') : '—'} |`,
    );
  }
  lines.push('', 'What each mix sends:', '', ...results.map((r) => `- ${r.name}: ${r.describes}.`));
  return lines.join('\n');
}
