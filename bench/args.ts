// `npm run bench` options: sizes of the large dataset, runs per figure, engines, and what to do without PostgreSQL.
import { parseArgs } from 'node:util';

export type Engine = 'sqlite' | 'postgresql';

export interface BenchOptions {
  investments: number;
  deals: number;
  tenancies: number;
  organizations: number;
  seed: number;
  /** Timed runs per request after the first; the report gives their median. */
  runs: number;
  engines: Engine[];
  /** Leave PostgreSQL out, saying so, when its server cannot be reached (otherwise that is an error). */
  skipUnreachable: boolean;
  /** Also measure the default demo set with the same requests, for the ratios. */
  baseline: boolean;
  /** Where the report is written. */
  out: string;
}

export class BenchUsageError extends Error {}

export const USAGE = `npm run bench -- [options]
  --investments N     investments in the large dataset (default 1000000)
  --deals N           deals (default 100000)
  --tenancies N       tenancies (default 50000)
  --organizations N   organizations (default 50000)
  --seed S            generator seed (default 1)
  --runs N            timed runs per request after the first, median reported (default 5)
  --engines LIST      sqlite,postgres (default both)
  --skip-unreachable  leave PostgreSQL out when its server does not answer (default: fail)
  --no-baseline       do not measure the default demo set
  --out FILE          report file (default bench/RESULTS.md)`;

const ENGINES: Record<string, Engine> = { sqlite: 'sqlite', postgres: 'postgresql', postgresql: 'postgresql', pg: 'postgresql' };

function count(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isSafeInteger(n) || n < min) throw new BenchUsageError(`--${name} must be a whole number of at least ${min}, not "${value}"`);
  return n;
}

export function parseBenchArgs(argv: string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        investments: { type: 'string' },
        deals: { type: 'string' },
        tenancies: { type: 'string' },
        organizations: { type: 'string' },
        seed: { type: 'string' },
        runs: { type: 'string' },
        engines: { type: 'string' },
        'skip-unreachable': { type: 'boolean' },
        'no-baseline': { type: 'boolean' },
        out: { type: 'string' },
      },
    }));
  } catch (err) {
    throw new BenchUsageError(err instanceof Error ? err.message : String(err));
  }
  const engines = (values.engines ?? 'sqlite,postgres').split(',').map((e) => e.trim().toLowerCase());
  const unknown = engines.filter((e) => !ENGINES[e]);
  if (unknown.length || !engines.length) throw new BenchUsageError(`--engines takes sqlite and postgres, not "${unknown.join(',')}"`);
  return {
    investments: count('investments', values.investments, 1_000_000, 1),
    deals: count('deals', values.deals, 100_000, 0),
    tenancies: count('tenancies', values.tenancies, 50_000, 0),
    // About one organization per tenancy: the demo set's 300 would make every investor hold thousands of projects.
    organizations: count('organizations', values.organizations, 50_000, 1),
    seed: count('seed', values.seed, 1, 0),
    runs: count('runs', values.runs, 5, 1),
    engines: [...new Set(engines.map((e) => ENGINES[e]))],
    skipUnreachable: values['skip-unreachable'] ?? false,
    baseline: !(values['no-baseline'] ?? false),
    out: values.out ?? 'bench/RESULTS.md',
  };
}

// `npm run bench:web` options (bench/web.ts).

/** The routes Lighthouse opens, by name: a profile and compare take their parks from the API. */
export const WEB_ROUTES = ['overview', 'deals', 'parks', 'profile', 'compare', 'fit', 'api'] as const;
export type WebRoute = (typeof WEB_ROUTES)[number];

export interface WebBenchOptions {
  /** Lighthouse runs per route and dataset; the report gives their median. */
  runs: number;
  routes: WebRoute[];
  /** Measure the demo set only. */
  skipMillion: boolean;
  /** A 1,000,000-row database to serve as it is (otherwise one is seeded for the run and dropped after). */
  million: string | null;
  /** What the figures are, in the report's heading (e.g. a baseline before a change). */
  label: string | null;
  chromium: string;
  out: string;
}

export const WEB_USAGE = `npm run bench:web -- [options]
  --runs N            Lighthouse runs per route and dataset, median reported (default 3)
  --routes LIST       of ${WEB_ROUTES.join(',')} (default all)
  --skip-million      the demo set only
  --million URL       serve this 1,000,000-row database as it is (default: seed a scratch SQLite one, as npm run load does)
  --label TEXT        what the figures are, in the report's heading
  --chromium PATH     the browser (default /usr/bin/chromium)
  --out FILE          report file (default bench/WEB.md)`;

export function parseWebArgs(argv: string[]): WebBenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        runs: { type: 'string' },
        routes: { type: 'string' },
        'skip-million': { type: 'boolean' },
        million: { type: 'string' },
        label: { type: 'string' },
        chromium: { type: 'string' },
        out: { type: 'string' },
      },
    }));
  } catch (err) {
    throw new BenchUsageError(err instanceof Error ? err.message : String(err));
  }
  const routes = values.routes === undefined ? [...WEB_ROUTES] : values.routes.split(',').map((r) => r.trim().toLowerCase());
  const unknown = routes.filter((r) => !(WEB_ROUTES as readonly string[]).includes(r));
  if (unknown.length || !routes.length) throw new BenchUsageError(`--routes takes ${WEB_ROUTES.join(', ')}, not "${unknown.join(',')}"`);
  if (values['skip-million'] && values.million !== undefined) throw new BenchUsageError('--million and --skip-million exclude each other');
  return {
    runs: count('runs', values.runs, 3, 1),
    // In the order the report lists them, whatever order they were given in.
    routes: WEB_ROUTES.filter((r) => routes.includes(r)),
    skipMillion: values['skip-million'] ?? false,
    million: values.million ?? null,
    label: values.label ?? null,
    chromium: values.chromium ?? '/usr/bin/chromium',
    out: values.out ?? 'bench/WEB.md',
  };
}
