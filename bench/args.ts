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
