import { describe, expect, it } from 'vitest';
import { BenchUsageError, parseWebArgs, WEB_ROUTES } from './args.js';
import { goalLine, judge, renderWebReport, summarize, type LighthouseFigures, type RouteResult, type RunOutcome, type WebReport } from './web-report.js';

/** A run that meets every goal, with some figures changed. */
const run = (over: Partial<LighthouseFigures> = {}): RunOutcome => ({
  figures: { performance: 97, accessibility: 100, bestPractices: 100, fcpMs: 1200, lcpMs: 1800, tbtMs: 120, cls: 0.01, benchmarkIndex: 2200, ...over },
});

function report(routes: RouteResult[], over: Partial<WebReport> = {}): WebReport {
  return {
    date: '2026-12-02 16:40 UTC',
    code: 'commit abc1234',
    machine: { cores: 2, memoryGb: 23.4, cpu: 'Test CPU', node: 'v20.20.2', loadStart: [1.5, 1.25, 0.5] },
    lighthouse: '12.2.3',
    chromium: 'Chromium 156.0.8078.114',
    chromiumFlags: ['--headless=new', '--no-sandbox'],
    runs: 3,
    datasets: [{ name: 'Demo data', described: 'The default demo set', routes }],
    ...over,
  };
}

describe('web bench report', () => {
  it('takes the median of each figure separately and the lowest performance score', () => {
    const s = summarize([run({ performance: 91, lcpMs: 2500 }), run({ performance: 99, lcpMs: 1500 }), run({ performance: 95, lcpMs: 3000 })])!;
    expect(s.median.performance).toBe(95);
    expect(s.median.lcpMs).toBe(2500);
    expect(s.minPerformance).toBe(91);
    expect([s.measured, s.made]).toEqual([3, 3]);
  });

  it('leaves failed runs out of the medians, counting them, and gives no summary when every run failed', () => {
    const s = summarize([run({ tbtMs: 100 }), { error: 'NO_FCP: no content' }, run({ tbtMs: 300 })])!;
    expect(s.median.tbtMs).toBe(200);
    expect([s.measured, s.made]).toEqual([2, 3]);
    expect(summarize([{ error: 'NO_FCP: no content' }])).toBeNull();
  });

  it('holds the median performance to 95 and every run to 90', () => {
    const lowOnce = judge(summarize([run({ performance: 89 }), run({ performance: 96 }), run({ performance: 97 })])!);
    expect(lowOnce.filter((v) => !v.met).map((v) => v.goal)).toEqual(['lowest performance ≥ 90']);
    const lowMedian = judge(summarize([run({ performance: 94 }), run({ performance: 94 }), run()])!);
    expect(lowMedian.filter((v) => !v.met).map((v) => [v.goal, v.shown])).toEqual([['performance ≥ 95', '94']]);
  });

  it('meets LCP, TBT and CLS at their limits exactly and misses them just past', () => {
    const at = judge(summarize([run({ lcpMs: 2000, tbtMs: 200, cls: 0.02 })])!);
    expect(at.every((v) => v.met)).toBe(true);
    const past = judge(summarize([run({ lcpMs: 2001, tbtMs: 201, cls: 0.021, accessibility: 98, bestPractices: 96 })])!);
    expect(past.filter((v) => !v.met).map((v) => v.goal)).toEqual(['LCP ≤ 2 s', 'TBT ≤ 200 ms', 'CLS ≤ 0.02', 'accessibility 100', 'best practices 100']);
  });

  it('names the goals a route misses with their figures, or says every goal is met', () => {
    const slow: RouteResult = { route: 'overview', path: '/', runs: [run({ performance: 45, lcpMs: 4900, tbtMs: 1400 })] };
    expect(goalLine(slow)).toBe(
      '- overview (`/`): met: CLS ≤ 0.02, accessibility 100, best practices 100; **not met**: performance ≥ 95 (45), lowest performance ≥ 90 (45), LCP ≤ 2 s (4.90 s), TBT ≤ 200 ms (1,400 ms)',
    );
    expect(goalLine({ route: 'deals', path: '/deals', runs: [run()] })).toBe('- deals (`/deals`): every goal met');
    expect(goalLine({ route: 'fit', path: '/fit', runs: [{ error: 'NO_FCP: no content' }] })).toBe('- fit (`/fit`): no figures (NO_FCP: no content)');
  });

  it('renders a row per route with the medians, the label, the load average and a count of routes meeting every goal', () => {
    const routes: RouteResult[] = [
      { route: 'overview', path: '/', runs: [run({ performance: 43 }), run({ performance: 47 }), run({ performance: 45, cls: 0.1234 })] },
      { route: 'compare', path: '/compare?parks=a,b', runs: [run(), run(), run()] },
    ];
    const text = renderWebReport(report(routes, { label: 'Baseline before server rendering' }));
    expect(text).toContain('**Baseline before server rendering.**');
    expect(text).toContain('load average (1, 5, 15 min) at the start 1.50, 1.25, 0.50');
    expect(text).toContain('Lighthouse 12.2.3');
    expect(text).toContain('| overview | `/` | 45 | 43 | 100 | 100 | 1.20 s | 1.80 s | 120 ms | 0.010 | 2,200 | 3 of 3 |');
    expect(text).toContain('| compare | `/compare?parks=a,b` | 97 | 97 |');
    expect(text).toContain('Goals met: 1 of 2 routes meet every goal.');
    expect(text).not.toContain('other work shared the CPU');
  });

  it('warns that figures read worse when the load average exceeded the cores', () => {
    const busy = report([{ route: 'parks', path: '/parks', runs: [run()] }], { machine: { ...report([]).machine, loadStart: [12.3, 6.9, 3.4] } });
    expect(renderWebReport(busy)).toContain('- The load average exceeded the 2 cores: other work shared the CPU.');
  });

  it('reports a dataset that failed with what it measured before', () => {
    const text = renderWebReport(
      report([], {
        datasets: [
          { name: 'Demo data', described: 'The default demo set', routes: [{ route: 'api', path: '/api', runs: [run()] }] },
          { name: '1,000,000 investments', described: 'Seeded', routes: [], failure: 'the seed exited with code 1' },
        ],
      }),
    );
    expect(text).toContain('## 1,000,000 investments\n\nSeeded.\n\n**Failed:** the seed exited with code 1');
    expect(text).toContain('- API page (`/api`): every goal met');
  });
});

describe('web bench arguments', () => {
  it('default to three runs of every route on both datasets', () => {
    expect(parseWebArgs([])).toEqual({
      runs: 3,
      routes: [...WEB_ROUTES],
      skipMillion: false,
      million: null,
      label: null,
      chromium: '/usr/bin/chromium',
      out: 'bench/WEB.md',
    });
  });

  it('keep the report order of the routes asked for, and refuse unknown ones', () => {
    expect(parseWebArgs(['--routes', 'compare, overview', '--skip-million']).routes).toEqual(['overview', 'compare']);
    expect(() => parseWebArgs(['--routes', 'overview,admin'])).toThrow(
      new BenchUsageError('--routes takes overview, deals, parks, profile, compare, fit, api, not "admin"'),
    );
    expect(() => parseWebArgs(['--runs', '0'])).toThrow(/--runs must be a whole number of at least 1/);
    expect(() => parseWebArgs(['--skip-million', '--million', 'sqlite:x.sqlite'])).toThrow(BenchUsageError);
  });
});
