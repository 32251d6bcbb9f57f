// `npm run bench` (never part of `npm test`): seeds a large dataset on each engine with the seed CLI, starts the server
// on it as deployments do, times the dashboard's requests and every statistic, and writes bench/RESULTS.md with each
// figure beside its goal. The default demo set is measured the same way as the baseline. Then requests a second under
// load against a bare server (bench/requests.ts, bench/REQUESTS.md).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addTypenameToDocument } from '@apollo/client/utilities';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print } from 'graphql';
import pg from 'pg';
import { benchRequests } from './requests.js';
import { last12Months, overviewVariables, today, type Period } from './overview.js';
import { startServer } from './server-process.js';
import { createScratchDatabase } from '../server/src/db/scratch.js';
import { DashboardOptionsQueryDocument, DashboardPageQueryDocument, InvestmentTableQueryDocument } from '../web/src/__generated__/graphql.js';
import { BenchUsageError, parseBenchArgs, USAGE, type BenchOptions, type Engine } from './args.js';
import { BenchDealStats, BenchFilterValues, BenchInvestmentStats, BenchParkStats, BenchTenancyStats, BenchTenantSeries } from './documents.js';
import {
  InvestmentGroupBy,
  InvestmentStage,
  OrganizationKind,
  SectorCode,
  type DealFilter,
  type InvestmentFilter,
  type OrganizationFilter,
  type ParkFilter,
  type TenancyFilter,
} from '../test/__generated__/graphql.js';
import {
  DIMENSIONS,
  readServerTiming,
  renderReport,
  type BenchReport,
  type DatasetResult,
  type Dimension,
  type EngineResult,
  type Outcome,
  type StatisticResult,
} from './report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/test';
/** A request unanswered after this long is a failed figure, not a stalled run. */
const REQUEST_TIMEOUT_MS = 120_000;
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

// ---------------------------------------------------------------------------------------------------------------
// Child processes: the seed CLI (timed, peak RSS through GNU time when present) and the server.

const GNU_TIME = '/usr/bin/time';

async function runSeed(url: string, flags: string[]): Promise<DatasetResult['seed']> {
  const measureRss = existsSync(GNU_TIME);
  const dir = mkdtempSync(join(os.tmpdir(), 'parkscope-bench-'));
  const rssFile = join(dir, 'rss');
  const node = [process.execPath, '--import', 'tsx', 'seeds/cli.ts', ...flags];
  const [command, ...args] = measureRss ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...node] : node;
  const started = performance.now();
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'inherit', 'inherit'] });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const seconds = (performance.now() - started) / 1000;
  try {
    if (code !== 0) return { error: `the seed exited with code ${code}` };
    // GNU time writes the maximum resident set size in kilobytes.
    const kb = measureRss ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) : NaN;
    return { seconds, rssMb: Number.isFinite(kb) ? kb / 1024 : null };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Requests: the document printed once, the clock around sending it and reading the whole answer.

interface Answer<T> {
  /** The round trip. */
  ms: number;
  /** The server's own time and statements, from its Server-Timing header (absent when it sends none). */
  server?: { ms: number; statements: number };
  data?: T;
  error?: string;
}

type Send = <T, V>(document: TypedDocumentNode<T, V>, variables: V) => Promise<Answer<T>>;

function sender(url: string): Send {
  return async <T, V>(document: TypedDocumentNode<T, V>, variables: V): Promise<Answer<T>> => {
    const body = JSON.stringify({ operationName: getOperationAST(document)?.name?.value, variables, query: print(document) });
    const started = performance.now();
    let res: Response;
    let text: string;
    try {
      res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json,application/json;q=0.9' },
        body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      text = await res.text();
    } catch (err) {
      return { ms: performance.now() - started, error: `no answer: ${err instanceof Error ? err.message : String(err)}` };
    }
    const ms = performance.now() - started;
    const server = readServerTiming(res.headers.get('server-timing'));
    let json: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      return { ms, error: `HTTP ${res.status}: ${text.slice(0, 200)}` };
    }
    const first = json.errors?.[0];
    if (first) return { ms, server, data: json.data, error: `${first.extensions?.code ?? `HTTP ${res.status}`}: ${first.message}` };
    return { ms, server, data: json.data };
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The first answer, then `runs` more; any error answer makes the figure a failure, said with its code. */
async function measure<T, V>(send: Send, runs: number, document: TypedDocumentNode<T, V>, variables: V): Promise<{ outcome: Outcome; data?: T }> {
  const first = await send(document, variables);
  if (first.error) return { outcome: { error: first.error } };
  const times: number[] = [];
  const serverTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const answer = await send(document, variables);
    if (answer.error) return { outcome: { error: answer.error } };
    times.push(answer.ms);
    if (answer.server) serverTimes.push(answer.server.ms);
  }
  // The server's figures when every answer reported them.
  const server =
    first.server && serverTimes.length === runs ? { firstMs: first.server.ms, medianMs: median(serverTimes), statements: first.server.statements } : undefined;
  return { outcome: { timing: { firstMs: first.ms, medianMs: median(times), runs, ...(server ? { server } : {}) } }, data: first.data };
}

// ---------------------------------------------------------------------------------------------------------------
// What is measured on one running server.

/** The values each filter bar dimension is set to for the filtered figures. */
interface Choice {
  park: string | null;
  sector: SectorCode | null;
  country: string | null;
  stage: InvestmentStage | null;
  kind: OrganizationKind | null;
  period: Period;
}

function mostCommon<T extends string>(
  buckets: readonly { key: readonly { value?: string | null }[]; figures: { count: number } }[],
  allowed?: Record<string, T>,
): T | null {
  const values = allowed ? new Set<string>(Object.values(allowed)) : null;
  let best: { value: string; count: number } | null = null;
  for (const b of buckets) {
    const value = b.key[0]?.value;
    if (!value || (values && !values.has(value))) continue;
    if (!best || b.figures.count > best.count) best = { value, count: b.figures.count };
  }
  return (best?.value as T | undefined) ?? null;
}

const NO_FILTER = (what: string): Outcome => ({ notApplicable: what });

interface StatisticPlan {
  name: string;
  /** The request for no filter (undefined) or one dimension; null when the statistic has no such filter. */
  run: (dimension: Dimension | undefined) => Promise<Outcome> | null;
}

function statisticPlans(send: Send, runs: number, choice: Choice, period: Period): StatisticPlan[] {
  const organization = (d: Dimension | undefined): OrganizationFilter | null => {
    if (d === 'sector' && choice.sector) return { sector: { in: [choice.sector] } };
    if (d === 'country' && choice.country) return { country: { in: [choice.country] } };
    if (d === 'kind' && choice.kind) return { kind: { in: [choice.kind] } };
    return null;
  };
  const parks = (d: Dimension | undefined): ParkFilter | null => (d === 'park' && choice.park ? { id: { in: [choice.park] } } : null);
  const periodOf = (d: Dimension | undefined) => (d === 'period' ? choice.period : null);
  const outcome = async <T, V>(document: TypedDocumentNode<T, V>, variables: V) => (await measure(send, runs, document, variables)).outcome;

  const investments = (groupBy: InvestmentGroupBy | null, name: string): StatisticPlan => ({
    name,
    run: (d) => {
      const filter: InvestmentFilter = {};
      const park = parks(d);
      if (park) filter.park = park;
      if (d === 'sector' && choice.sector) filter.sector = { in: [choice.sector] };
      if (d === 'stage' && choice.stage) filter.stage = { in: [choice.stage] };
      const org = d === 'sector' ? null : organization(d);
      if (org) filter.organization = org;
      return outcome(BenchInvestmentStats, { filter, period: periodOf(d), groupBy: groupBy ? [groupBy] : null, currency: 'CNY' });
    },
  });
  return [
    investments(null, 'investmentStats, totals'),
    investments(InvestmentGroupBy.Sector, 'investmentStats by SECTOR'),
    investments(InvestmentGroupBy.SourceCountry, 'investmentStats by SOURCE_COUNTRY'),
    investments(InvestmentGroupBy.Park, 'investmentStats by PARK'),
    investments(InvestmentGroupBy.Quarter, 'investmentStats by QUARTER'),
    investments(InvestmentGroupBy.Stage, 'investmentStats by STAGE'),
    {
      name: 'dealStats by QUARTER',
      run: (d) => {
        if (d === 'stage') return null;
        const filter: DealFilter = {};
        const park = parks(d);
        if (park) filter.park = park;
        const party = organization(d);
        if (party) filter.party = party;
        return outcome(BenchDealStats, { filter, period: periodOf(d), groupBy: ['QUARTER'], currency: 'CNY' });
      },
    },
    {
      name: 'tenancyStats, current tenants',
      run: (d) => {
        if (d === 'stage') return null;
        const filter: TenancyFilter = {};
        const park = parks(d);
        if (park) filter.park = park;
        const org = organization(d);
        if (org) filter.organization = org;
        return outcome(BenchTenancyStats, { filter, period: periodOf(d) });
      },
    },
    {
      // Always over a period: "unfiltered" is the dashboard's default, the last 12 months.
      name: 'tenantSeries by quarter, last 12 months',
      run: (d) => (d === 'stage' || d === 'period' ? null : outcome(BenchTenantSeries, { parks: parks(d), tenants: organization(d), period })),
    },
    {
      name: 'parkStats, first 20 parks',
      run: (d) => (d && d !== 'park' && d !== 'period' ? null : outcome(BenchParkStats, { filter: parks(d), period: periodOf(d), currency: 'CNY' })),
    },
  ];
}

const NOT_APPLICABLE: Record<Dimension, string> = {
  park: 'no park filter',
  sector: 'no sector filter',
  country: 'no country filter',
  stage: 'no stage filter',
  kind: 'no investor-kind filter',
  period: 'always over a period',
};

async function measureServer(url: string, runs: number): Promise<Omit<DatasetResult, 'seed'>> {
  const send = sender(url);
  const period = last12Months(today());
  // The overview goes first: its first answer is the cold figure. The web's cache adds __typename to every selection.
  const overview = (await measure(send, runs, addTypenameToDocument(DashboardPageQueryDocument), overviewVariables(period))).outcome;
  const filterOptions = (await measure(send, runs, addTypenameToDocument(DashboardOptionsQueryDocument), {})).outcome;
  const tablePage = (
    await measure(send, runs, addTypenameToDocument(InvestmentTableQueryDocument), {
      filter: { announcedOn: { gte: period.from, lte: period.to } },
      orderBy: ['AMOUNT_USD_DESC'],
      currency: 'CNY',
      first: 20,
    })
  ).outcome;
  const values = await send(BenchFilterValues, {});
  if (values.error || !values.data) throw new Error(`could not read the filter values: ${values.error}`);
  const choice: Choice = {
    park: mostCommon(values.data.parks.buckets),
    sector: mostCommon(values.data.sectors.buckets, SectorCode),
    country: mostCommon(values.data.countries.buckets),
    stage: mostCommon(values.data.stages.buckets, InvestmentStage),
    kind: mostCommon(values.data.kinds.buckets, OrganizationKind),
    period,
  };
  log(`filtered figures use ${JSON.stringify(choice)}`);
  const statistics: StatisticResult[] = [];
  for (const plan of statisticPlans(send, runs, choice, period)) {
    const unfiltered = (await plan.run(undefined)) ?? NO_FILTER('no figure');
    const filtered = {} as Record<Dimension, Outcome>;
    for (const d of DIMENSIONS) {
      const pending = d !== 'period' && !choice[d] ? null : plan.run(d);
      filtered[d] = pending ? await pending : NO_FILTER(choice[d] ? NOT_APPLICABLE[d] : 'no value in the data');
    }
    statistics.push({ name: plan.name, unfiltered, filtered });
    log(`  ${plan.name}: done`);
  }
  return { overview, filterOptions, tablePage, statistics };
}

// ---------------------------------------------------------------------------------------------------------------
// One dataset on one engine: a scratch database, seeded, served, measured, dropped.

async function measureDataset(engine: Engine, label: string, seedFlags: string[], runs: number): Promise<DatasetResult> {
  const db = await createScratchDatabase(engine);
  try {
    log(`${engine}, ${label}: seeding`);
    const seed = await runSeed(db.url, seedFlags);
    if ('error' in seed) {
      const failed: Outcome = { error: 'not measured: the seed failed' };
      return { seed, overview: failed, filterOptions: failed, tablePage: failed, statistics: [] };
    }
    log(`${engine}, ${label}: seeded in ${seed.seconds.toFixed(1)} s; starting the server`);
    // The figures are of the work itself: the response cache (which would answer the warm runs) is off.
    const server = await startServer(db.url, { RESPONSE_CACHE_MB: '0' });
    try {
      log(`${engine}, ${label}: measuring`);
      return { seed, ...(await measureServer(server.url, runs)) };
    } finally {
      await server.stop();
    }
  } finally {
    await db.drop();
  }
}

function hasFailure(d: DatasetResult): boolean {
  const outcomes = [d.overview, d.filterOptions, d.tablePage, ...d.statistics.flatMap((s) => [s.unfiltered, ...Object.values(s.filtered)])];
  return 'error' in d.seed || outcomes.some((o) => 'error' in o);
}

async function postgresReachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function machine(): BenchReport['machine'] {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    memoryGb: os.totalmem() / 1024 ** 3,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadBefore: os.loadavg(),
  };
}

/** "commit abc1234", with a note when the working tree has changes the commit does not. */
function codeVersion(): string | undefined {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return undefined;
  const dirty = git('status', '--porcelain', '--untracked-files=no').stdout.trim() !== '';
  return `commit ${head.stdout.trim()}${dirty ? ' with uncommitted changes' : ''}`;
}

function seedFlags(options: BenchOptions): string[] {
  return [
    '--investments',
    String(options.investments),
    '--deals',
    String(options.deals),
    '--tenancies',
    String(options.tenancies),
    '--organizations',
    String(options.organizations),
    '--seed',
    String(options.seed),
  ];
}

async function main() {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof BenchUsageError)) throw err;
    console.error(`${err.message}\n\n${USAGE}`);
    process.exit(2);
  }
  process.env.TEST_DATABASE_URL ??= DEFAULT_PG;
  const report: BenchReport = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    code: codeVersion(),
    machine: machine(),
    dataset: { investments: options.investments, deals: options.deals, tenancies: options.tenancies, organizations: options.organizations, seed: options.seed },
    runs: options.runs,
    engines: [],
  };
  const results = new Map<Engine, EngineResult>();
  if (options.engines.includes('postgresql')) {
    const problem = await postgresReachable(process.env.TEST_DATABASE_URL);
    if (problem) {
      const where = new URL(process.env.TEST_DATABASE_URL).host;
      if (!options.skipUnreachable) {
        console.error(`PostgreSQL at ${where} (TEST_DATABASE_URL) cannot be reached: ${problem}. Start it, or pass --engines sqlite or --skip-unreachable.`);
        process.exit(1);
      }
      log(`PostgreSQL at ${where} cannot be reached (${problem}): left out`);
      results.set('postgresql', { engine: 'postgresql', skipped: `the PostgreSQL server at ${where} could not be reached (${problem}).` });
    }
  }
  const out = resolve(ROOT, options.out);
  // Written after every dataset, so a run stopped part-way leaves what it measured.
  const write = () => {
    report.engines = options.engines.flatMap((e) => results.get(e) ?? []);
    writeFileSync(out, renderReport(report));
  };
  let failed = false;
  for (const engine of options.engines) {
    if (results.has(engine)) continue;
    const result: EngineResult = { engine };
    results.set(engine, result);
    try {
      if (options.baseline) {
        result.baseline = await measureDataset(engine, 'baseline (default demo set)', [], options.runs);
        write();
      }
      result.large = await measureDataset(engine, `${options.investments.toLocaleString('en-US')} investments`, seedFlags(options), options.runs);
      failed ||= [result.baseline, result.large].some((d) => d && hasFailure(d));
    } catch (err) {
      failed = true;
      result.failure = err instanceof Error ? err.message.split('\n')[0] : String(err);
      log(`${engine}: ${err instanceof Error ? err.message : String(err)}`);
    }
    write();
  }
  report.machine.loadAfter = os.loadavg();
  write();
  log(`wrote ${options.out}`);
  // Requests a second under load, against a bare server in the same run (bench/REQUESTS.md).
  await benchRequests();
  // A 100,000-row import through the upload's path (bench/import.ts, bench/IMPORT.md), in its own process.
  const importRun = spawnSync(process.execPath, ['--import', 'tsx', 'bench/import.ts'], { cwd: ROOT, stdio: 'inherit', env: process.env });
  failed ||= importRun.status !== 0;
  if (failed) process.exit(1);
}

await main();
