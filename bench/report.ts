// What `npm run bench` measured, and bench/RESULTS.md written from it: every figure beside its goal, met or not.
import type { Engine } from './args.js';

/**
 * One timed request: its first answer (cold for the first request after start) and the median of the runs after, as
 * round trips from the bench's process, and as the server's own time when it reports one (Server-Timing).
 */
export interface Timing {
  firstMs: number;
  medianMs: number;
  runs: number;
  /** Server-Timing: `app` (the server's time to its answer) and the statements the first answer ran (`db`). */
  server?: { firstMs: number; medianMs: number; statements: number };
}

/** A measurement, or why there is none (an error answer, a dimension the statistic has no filter for). */
export type Outcome = { timing: Timing } | { error: string } | { notApplicable: string };

export const DIMENSIONS = ['park', 'sector', 'country', 'stage', 'kind', 'period'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const DIMENSION_LABELS: Record<Dimension, string> = {
  park: 'park',
  sector: 'sector',
  country: 'source country',
  stage: 'stage',
  kind: 'investor kind',
  period: 'period',
};

export interface StatisticResult {
  name: string;
  unfiltered: Outcome;
  filtered: Record<Dimension, Outcome>;
}

/** The figures of one dataset on one engine. */
export interface DatasetResult {
  seed: { seconds: number; rssMb: number | null } | { error: string };
  overview: Outcome;
  filterOptions: Outcome;
  tablePage: Outcome;
  statistics: StatisticResult[];
}

export interface EngineResult {
  engine: Engine;
  /** Why this engine was not measured. */
  skipped?: string;
  /** Why the run stopped part-way (what was measured before is still reported). */
  failure?: string;
  large?: DatasetResult;
  baseline?: DatasetResult;
}

export interface BenchReport {
  date: string;
  /** The commit measured, and whether the working tree differed from it. */
  code?: string;
  machine: { cores: number; memoryGb: number; cpu: string; node: string; platform: string; loadBefore: number[]; loadAfter?: number[] };
  dataset: { investments: number; deals: number; tenancies: number; organizations: number; seed: number };
  runs: number;
  engines: EngineResult[];
}

/** `app;dur=…` and `db;…;desc="N statements"` of a Server-Timing header. */
export function readServerTiming(header: string | null): { ms: number; statements: number } | undefined {
  const app = header && /(?:^|,)\s*app;(?:[^,]*;)?dur=([\d.]+)/.exec(header);
  if (!app) return undefined;
  const statements = /(?:^|,)\s*db;[^,]*desc="(\d+) statements?"/.exec(header);
  return { ms: Number(app[1]), statements: statements ? Number(statements[1]) : NaN };
}

/** The issue's goals, in milliseconds (seed: seconds and megabytes). */
export const GOALS = {
  overviewColdMs: 150,
  statisticUnfilteredMs: 100,
  statisticFilteredMs: 10,
  filterOptionsMs: 30,
  tablePageMs: 30,
  seedSeconds: 60,
  seedRssMb: 500,
} as const;

export type Verdict = 'met' | 'not met' | 'no figure';

export function verdict(value: number | null | undefined, goal: number): Verdict {
  if (value == null || !Number.isFinite(value)) return 'no figure';
  return value <= goal ? 'met' : 'not met';
}

/**
 * The figure a goal is judged on: the server's time (the issue's goals are server time), or the round trip when the
 * server reported none; the cold first answer for the overview, the median of the runs otherwise.
 */
function figure(outcome: Outcome | undefined, cold = false): number | null {
  if (!outcome || !('timing' in outcome)) return null;
  const t = outcome.timing.server ?? outcome.timing;
  return cold ? t.firstMs : t.medianMs;
}

/** The round trip of the same answers (cold or median). */
function roundTrip(outcome: Outcome | undefined, cold = false): string {
  if (!outcome || !('timing' in outcome)) return '–';
  return ms(cold ? outcome.timing.firstMs : outcome.timing.medianMs);
}

const ms = (v: number) => (v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`);
const mark: Record<Verdict, string> = { met: 'met', 'not met': '**not met**', 'no figure': '**no figure**' };

function ratio(large: number | null, base: number | null): string {
  if (large == null || base == null || base <= 0) return '–';
  return `×${(large / base).toFixed(large / base >= 10 ? 0 : 1)}`;
}

function describe(outcome: Outcome | undefined, cold = false): string {
  if (!outcome) return '–';
  if ('error' in outcome) return `failed: ${outcome.error.replaceAll('|', '\\|')}`;
  if ('notApplicable' in outcome) return `n/a (${outcome.notApplicable})`;
  const value = ms(figure(outcome, cold)!);
  return outcome.timing.server ? value : `${value} (round trip: no Server-Timing)`;
}

interface Row {
  what: string;
  goal: string;
  value: number | null;
  shown: string;
  verdict: Verdict | null;
  /** The round trip from the bench's process, for comparison with the server's time. */
  roundTrip: string;
  /** The database statements of the answer (from Server-Timing). */
  statements: string;
  baseline: string;
  ratio: string;
}

function requestRow(what: string, goal: number | null, large: Outcome | undefined, base: Outcome | undefined, cold = false): Row {
  const value = figure(large, cold);
  return {
    what,
    goal: goal == null ? '–' : `≤ ${goal} ms`,
    value,
    shown: describe(large, cold),
    verdict: goal == null ? null : verdict(value, goal),
    roundTrip: roundTrip(large, cold),
    statements: large && 'timing' in large && large.timing.server ? String(large.timing.server.statements) : '–',
    baseline: describe(base, cold),
    ratio: ratio(value, figure(base, cold)),
  };
}

function seedRows(large: DatasetResult | undefined, base: DatasetResult | undefined): Row[] {
  const seed = large?.seed;
  const baseSeed = base?.seed;
  const seconds = seed && 'seconds' in seed ? seed.seconds : null;
  const rss = seed && 'seconds' in seed ? seed.rssMb : null;
  const baseSeconds = baseSeed && 'seconds' in baseSeed ? baseSeed.seconds : null;
  const baseRss = baseSeed && 'seconds' in baseSeed ? baseSeed.rssMb : null;
  const failed = seed && 'error' in seed ? `failed: ${seed.error}` : null;
  const baseFailed = baseSeed && 'error' in baseSeed ? `failed: ${baseSeed.error}` : null;
  return [
    {
      what: 'Seed (`npm run seed`, as a child process): wall time',
      goal: `≤ ${GOALS.seedSeconds} s`,
      value: seconds,
      shown: failed ?? (seconds == null ? '–' : `${seconds.toFixed(1)} s`),
      verdict: verdict(seconds, GOALS.seedSeconds),
      roundTrip: '–',
      statements: '–',
      baseline: baseFailed ?? (baseSeconds == null ? '–' : `${baseSeconds.toFixed(1)} s`),
      ratio: ratio(seconds, baseSeconds),
    },
    {
      what: 'Seed: peak RSS (GNU time)',
      goal: `≤ ${GOALS.seedRssMb} MB`,
      value: rss,
      shown: failed ?? (rss == null ? 'not measured' : `${Math.round(rss)} MB`),
      verdict: verdict(rss, GOALS.seedRssMb),
      roundTrip: '–',
      statements: '–',
      baseline: baseFailed ?? (baseRss == null ? '–' : `${Math.round(baseRss)} MB`),
      ratio: ratio(rss, baseRss),
    },
  ];
}

/** Every row of one engine's table, with its verdict (null: reported without a goal). */
export function engineRows(result: EngineResult): Row[] {
  const { large, baseline: base } = result;
  const rows = [
    ...seedRows(large, base),
    requestRow('Overview (DashboardPageQuery), cold: first request after start', GOALS.overviewColdMs, large?.overview, base?.overview, true),
    requestRow('Overview (DashboardPageQuery), warm median', null, large?.overview, base?.overview),
    requestRow('Filter options (DashboardOptionsQuery)', GOALS.filterOptionsMs, large?.filterOptions, base?.filterOptions),
    requestRow('Table page with totalCount (InvestmentTableQuery, 20 rows)', GOALS.tablePageMs, large?.tablePage, base?.tablePage),
  ];
  // The statistics of whichever dataset was measured (the baseline alone when the large seed failed).
  const names = [...new Set([...(large?.statistics ?? []), ...(base?.statistics ?? [])].map((s) => s.name))];
  for (const name of names) {
    const stat = large?.statistics.find((s) => s.name === name);
    const baseStat = base?.statistics.find((s) => s.name === name);
    rows.push(requestRow(`${name}, unfiltered`, GOALS.statisticUnfilteredMs, stat?.unfiltered, baseStat?.unfiltered));
    for (const d of DIMENSIONS) {
      const outcome = stat?.filtered[d] ?? baseStat?.filtered[d];
      if (outcome && 'notApplicable' in outcome) continue;
      rows.push(requestRow(`${name}, filtered by ${DIMENSION_LABELS[d]}`, GOALS.statisticFilteredMs, stat?.filtered[d], baseStat?.filtered[d]));
    }
  }
  return rows;
}

const n = (v: number) => v.toLocaleString('en-US');
const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(' / ');

export function renderReport(report: BenchReport): string {
  const { machine, dataset } = report;
  const out: string[] = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${report.date}${report.code ? ` from ${report.code}` : ''}. Do not edit by hand: run it again.`,
    '',
    `- Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGb.toFixed(1)} GB memory, ${machine.platform}, Node ${machine.node}; ` +
      `load average (1 / 5 / 15 min) ${load(machine.loadBefore)} when the run started` +
      (machine.loadAfter ? `, ${load(machine.loadAfter)} when it ended` : '') +
      ' (other work on the machine slows every figure; a load above the core count means the figures are pessimistic)',
    `- Dataset: ${n(dataset.investments)} investments, ${n(dataset.deals)} deals, ${n(dataset.tenancies)} tenancies, ` +
      `${n(dataset.organizations)} organizations (demo generator, seed ${dataset.seed}), ` +
      'plus the source records; baseline: the default demo set (`npm run seed`)',
    `- Server: \`NODE_ENV=production\`, no response cache, one process per engine, started after seeding`,
    `- Timing: "Measured" is the server's time, from its Server-Timing header (\`app\`: request received to answer ready), ` +
      `which the goals judge (the issue's goals are server time); "Round trip" is the same answers on localhost, request sent to answer read, ` +
      `from the bench's own process; "Statements" is what the answer ran on the database (Server-Timing \`db\`). ` +
      `Cold is the first request after start; every other figure is the median of ${report.runs} run${report.runs === 1 ? '' : 's'} after a first, untimed one.`,
    `- Filtered figures use each dimension's most common value (the largest slice); "period" is the dashboard's default, the last 12 months.`,
    '',
  ];
  const headerEnd = out.length;
  const summary: string[] = [];
  for (const result of report.engines) {
    out.push(`## ${result.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`, '');
    if (result.skipped) {
      out.push(`Not measured: ${result.skipped}`, '');
      summary.push(`- ${result.engine}: not measured`);
      continue;
    }
    if (result.failure) out.push(`The run stopped: ${result.failure}`, '');
    const rows = engineRows(result);
    out.push('| Figure | Goal | Measured | Goal met | Round trip | Statements | Baseline | Ratio |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of rows) {
      out.push(`| ${r.what} | ${r.goal} | ${r.shown} | ${r.verdict ? mark[r.verdict] : '–'} | ${r.roundTrip} | ${r.statements} | ${r.baseline} | ${r.ratio} |`);
    }
    out.push('');
    const judged = rows.filter((r) => r.verdict);
    const met = judged.filter((r) => r.verdict === 'met').length;
    summary.push(`- ${result.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}: ${met} of ${judged.length} goals met`);
  }
  out.splice(headerEnd, 0, '## Summary', '', ...summary, '');
  return out.join('\n');
}
