// What `npm run bench:web` measured, and bench/WEB.md written from it: per route and dataset the medians of the
// Lighthouse runs, the lowest performance score, and which of issue 20's goals each route meets.
import type { WebRoute } from './args.js';

/** One Lighthouse run's figures: scores 0 to 100, times in milliseconds. */
export interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Lighthouse's measure of the machine's speed (lhr.environment.benchmarkIndex). */
  benchmarkIndex: number;
}

/** A run, or why it gave no figures (Lighthouse's runtime error, a score it could not compute, a crash). */
export type RunOutcome = { figures: LighthouseFigures } | { error: string };

export interface RouteResult {
  route: WebRoute;
  /** The path opened, with its query. */
  path: string;
  runs: RunOutcome[];
}

export interface DatasetWebResult {
  name: string;
  /** Where the data came from. */
  described: string;
  routes: RouteResult[];
  /** Why the dataset was not measured, or stopped part-way (what was measured before is still reported). */
  failure?: string;
}

export interface WebReport {
  date: string;
  /** What the figures are (e.g. a baseline before a change). */
  label?: string;
  /** The commit measured, and whether the working tree differed from it. */
  code?: string;
  machine: { cores: number; memoryGb: number; cpu: string; node: string; loadStart: number[]; loadEnd?: number[] };
  lighthouse: string;
  chromium: string;
  chromiumFlags: string[];
  runs: number;
  datasets: DatasetWebResult[];
}

export const ROUTE_LABELS: Record<WebRoute, string> = {
  overview: 'overview',
  deals: 'deals',
  parks: 'parks',
  profile: 'park profile',
  compare: 'compare',
  fit: 'fit',
  api: 'API page',
};

/** Issue 20's goals. */
export const WEB_GOALS = {
  performanceMedian: 95,
  performanceMin: 90,
  lcpMs: 2000,
  tbtMs: 200,
  cls: 0.02,
  accessibility: 100,
  bestPractices: 100,
};

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface RouteSummary {
  /** The median of each figure over the runs that gave figures. */
  median: LighthouseFigures;
  minPerformance: number;
  /** Runs that gave figures, of those made. */
  measured: number;
  made: number;
}

/** The medians of the runs that gave figures; null when none did. */
export function summarize(runs: RunOutcome[]): RouteSummary | null {
  const figures = runs.flatMap((r) => ('figures' in r ? [r.figures] : []));
  if (!figures.length) return null;
  const of = (k: keyof LighthouseFigures) => median(figures.map((f) => f[k]));
  return {
    median: {
      performance: of('performance'),
      accessibility: of('accessibility'),
      bestPractices: of('bestPractices'),
      fcpMs: of('fcpMs'),
      lcpMs: of('lcpMs'),
      tbtMs: of('tbtMs'),
      cls: of('cls'),
      benchmarkIndex: of('benchmarkIndex'),
    },
    minPerformance: Math.min(...figures.map((f) => f.performance)),
    measured: figures.length,
    made: runs.length,
  };
}

export interface GoalVerdict {
  goal: string;
  met: boolean;
  /** The figure judged, as shown. */
  shown: string;
}

const score = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number) => `${Math.round(ms).toLocaleString('en')} ms`;
const shift = (x: number) => x.toFixed(3);

/** Every goal judged on the medians, except "never below 90" on the lowest performance score. */
export function judge(s: RouteSummary): GoalVerdict[] {
  const g = WEB_GOALS;
  return [
    { goal: `performance ≥ ${g.performanceMedian}`, met: s.median.performance >= g.performanceMedian, shown: score(s.median.performance) },
    { goal: `lowest performance ≥ ${g.performanceMin}`, met: s.minPerformance >= g.performanceMin, shown: score(s.minPerformance) },
    { goal: `LCP ≤ ${g.lcpMs / 1000} s`, met: s.median.lcpMs <= g.lcpMs, shown: seconds(s.median.lcpMs) },
    { goal: `TBT ≤ ${g.tbtMs} ms`, met: s.median.tbtMs <= g.tbtMs, shown: millis(s.median.tbtMs) },
    { goal: `CLS ≤ ${g.cls}`, met: s.median.cls <= g.cls, shown: shift(s.median.cls) },
    { goal: `accessibility ${g.accessibility}`, met: s.median.accessibility >= g.accessibility, shown: score(s.median.accessibility) },
    { goal: `best practices ${g.bestPractices}`, met: s.median.bestPractices >= g.bestPractices, shown: score(s.median.bestPractices) },
  ];
}

function routeName(r: RouteResult): string {
  return `${ROUTE_LABELS[r.route]} (\`${r.path}\`)`;
}

/** "met: …; **not met**: performance ≥ 95 (83), …", or why there is no figure. */
export function goalLine(r: RouteResult): string {
  const s = summarize(r.runs);
  if (!s) return `- ${routeName(r)}: no figures (${errorsOf(r)})`;
  const verdicts = judge(s);
  const met = verdicts.filter((v) => v.met);
  const missed = verdicts.filter((v) => !v.met);
  const parts: string[] = [];
  if (!missed.length) parts.push('every goal met');
  else {
    if (met.length) parts.push(`met: ${met.map((v) => v.goal).join(', ')}`);
    parts.push(`**not met**: ${missed.map((v) => `${v.goal} (${v.shown})`).join(', ')}`);
  }
  const partial = s.measured < s.made ? ` (${s.measured} of ${s.made} runs gave figures: ${errorsOf(r)})` : '';
  return `- ${routeName(r)}: ${parts.join('; ')}${partial}`;
}

function errorsOf(r: RouteResult): string {
  return [...new Set(r.runs.flatMap((x) => ('error' in x ? [x.error] : [])))].join('; ');
}

const HEADER =
  '| Route | Path | Performance | Lowest | Accessibility | Best practices | FCP | LCP | TBT | CLS | benchmarkIndex | Runs |\n' +
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |';

function tableRow(r: RouteResult): string {
  const s = summarize(r.runs);
  if (!s) return `| ${ROUTE_LABELS[r.route]} | \`${r.path}\` | ${Array(9).fill('–').join(' | ')} | 0 of ${r.runs.length} |`;
  const m = s.median;
  return (
    `| ${ROUTE_LABELS[r.route]} | \`${r.path}\` | ${score(m.performance)} | ${score(s.minPerformance)} | ${score(m.accessibility)} | ` +
    `${score(m.bestPractices)} | ${seconds(m.fcpMs)} | ${seconds(m.lcpMs)} | ${millis(m.tbtMs)} | ${shift(m.cls)} | ` +
    `${Math.round(m.benchmarkIndex).toLocaleString('en')} | ${s.measured} of ${s.made} |`
  );
}

const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');

export function renderWebReport(r: WebReport): string {
  const lines = [
    '# Web pages under Lighthouse',
    '',
    ...(r.label ? [`**${r.label}.**`, ''] : []),
    `Measured ${r.date} by \`npm run bench:web\`${r.code ? ` (code of ${r.code})` : ''}: Lighthouse ${r.lighthouse}, its default ` +
      `configuration (mobile emulation, simulated throttling), categories performance, accessibility and best practices, ` +
      `driving ${r.chromium} (${r.chromiumFlags.map((f) => `\`${f}\``).join(' ')}), a fresh browser for each run.`,
    '',
    `- Machine: ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGb.toFixed(0)} GB, Node ${r.machine.node}; ` +
      `load average (1, 5, 15 min) at the start ${load(r.machine.loadStart)}${r.machine.loadEnd ? `, at the end ${load(r.machine.loadEnd)}` : ''}.`,
    `- Server: the web client as \`npm start\` builds it, served by the server started with NODE_ENV=production (response ` +
      `cache on, rate limits raised); ${r.runs} run${r.runs === 1 ? '' : 's'} per route and dataset one after another, so the ` +
      `first meets a cold server. Each figure is the median of the runs; "Lowest" is the lowest performance score.`,
    ...(r.machine.loadStart[0] > r.machine.cores
      ? [
          `- The load average exceeded the ${r.machine.cores} cores: other work shared the CPU. Lighthouse's simulated throttling ` +
            `scales the CPU time it observed, so TBT, LCP and performance read worse than on a quiet machine; benchmarkIndex ` +
            `(higher is faster) shows how fast the machine was during each route's runs.`,
        ]
      : []),
    `- Goals (issue 20): performance ≥ ${WEB_GOALS.performanceMedian} (median) and never below ${WEB_GOALS.performanceMin}, ` +
      `LCP ≤ ${WEB_GOALS.lcpMs / 1000} s, TBT ≤ ${WEB_GOALS.tbtMs} ms, CLS ≤ ${WEB_GOALS.cls}, accessibility and best practices 100.`,
  ];
  for (const d of r.datasets) {
    lines.push('', `## ${d.name}`, '', d.described + '.');
    if (d.failure) lines.push('', `**Failed:** ${d.failure}`);
    if (!d.routes.length) continue;
    const complete = d.routes.filter((route) => {
      const s = summarize(route.runs);
      return s !== null && judge(s).every((v) => v.met);
    }).length;
    lines.push('', HEADER, ...d.routes.map(tableRow), '', `Goals met: ${complete} of ${d.routes.length} routes meet every goal.`, '');
    lines.push(...d.routes.map(goalLine));
  }
  return lines.join('\n') + '\n';
}
