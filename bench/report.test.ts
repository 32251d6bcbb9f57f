import { describe, expect, it } from 'vitest';
import { BenchUsageError, parseBenchArgs } from './args.js';
import { DIMENSIONS, engineRows, readServerTiming, renderReport, type BenchReport, type DatasetResult, type Dimension, type Outcome } from './report.js';

/** Round trips of 3 ms more than the server's own time, which reported 7 statements. */
const timed = (firstMs: number, medianMs: number): Outcome => ({
  timing: { firstMs: firstMs + 3, medianMs: medianMs + 3, runs: 5, server: { firstMs, medianMs, statements: 7 } },
});

function dataset(over: Partial<DatasetResult> = {}): DatasetResult {
  const filtered = Object.fromEntries(DIMENSIONS.map((d) => [d, timed(9, 9)])) as Record<Dimension, Outcome>;
  return {
    seed: { seconds: 50, rssMb: 400 },
    overview: timed(140, 40),
    filterOptions: timed(30, 30),
    tablePage: timed(25, 25),
    statistics: [{ name: 'investmentStats by SECTOR', unfiltered: timed(100, 100), filtered }],
    ...over,
  };
}

function report(large: DatasetResult, baseline?: DatasetResult): BenchReport {
  return {
    date: '2026-12-01 17:00 UTC',
    machine: { cores: 2, memoryGb: 8, cpu: 'Test CPU', node: 'v20.20.2', platform: 'Linux', loadBefore: [0.5, 0.4, 0.3] },
    dataset: { investments: 1_000_000, deals: 100_000, tenancies: 50_000, organizations: 50_000, seed: 1 },
    runs: 5,
    engines: [{ engine: 'sqlite', large, baseline }],
  };
}

const row = (large: DatasetResult, what: string) => engineRows({ engine: 'sqlite', large }).find((r) => r.what.startsWith(what));

describe('bench report', () => {
  it('judges every figure at or under its goal as met, and says so in the summary', () => {
    const text = renderReport(report(dataset()));
    const judged = engineRows({ engine: 'sqlite', large: dataset() }).filter((r) => r.verdict);
    expect(judged.map((r) => r.verdict)).toEqual(judged.map(() => 'met'));
    expect(text).toContain(`- SQLite: ${judged.length} of ${judged.length} goals met`);
    expect(text).not.toContain('not met');
  });

  it('judges the overview on its cold first answer, not on the warm median', () => {
    const slowCold = dataset({ overview: timed(151, 20) });
    expect(row(slowCold, 'Overview (DashboardPageQuery), cold')?.verdict).toBe('not met');
    expect(row(slowCold, 'Overview (DashboardPageQuery), cold')?.shown).toBe('151 ms');
  });

  it('holds a filtered statistic to 10 ms and an unfiltered one to 100 ms, on the median', () => {
    const stats = dataset().statistics[0];
    const slow = dataset({ statistics: [{ ...stats, unfiltered: timed(20, 101), filtered: { ...stats.filtered, country: timed(5, 10.5) } }] });
    expect(row(slow, 'investmentStats by SECTOR, unfiltered')?.verdict).toBe('not met');
    expect(row(slow, 'investmentStats by SECTOR, filtered by source country')?.verdict).toBe('not met');
    expect(row(slow, 'investmentStats by SECTOR, filtered by park')?.verdict).toBe('met');
  });

  it('counts a failed request or seed as no figure, never as a goal met', () => {
    const failed = dataset({ seed: { error: 'the seed exited with code 2' }, tablePage: { error: 'INTERNAL_SERVER_ERROR: Internal server error' } });
    expect(row(failed, 'Seed (')?.verdict).toBe('no figure');
    expect(row(failed, 'Table page')?.verdict).toBe('no figure');
    expect(renderReport(report(failed))).toContain('failed: INTERNAL_SERVER_ERROR');
  });

  it("judges the server's time (Server-Timing), with the round trip and the statements beside it", () => {
    const rows = engineRows({ engine: 'sqlite', large: dataset({ tablePage: timed(29, 29) }) });
    const page = rows.find((r) => r.what.startsWith('Table page'))!;
    expect([page.shown, page.verdict, page.roundTrip, page.statements]).toEqual(['29.0 ms', 'met', '32.0 ms', '7']);
    const text = renderReport(report(dataset()));
    expect(text).toContain('| Figure | Goal | Measured | Goal met | Round trip | Statements | Baseline | Ratio |');
    expect(text).toMatch(/\| Table page with totalCount \(InvestmentTableQuery, 20 rows\) \| ≤ 30 ms \| 25\.0 ms \| met \| 28\.0 ms \| 7 \|/);
  });

  it('falls back to the round trip, saying so, when the server sent no Server-Timing', () => {
    const plain: Outcome = { timing: { firstMs: 31, medianMs: 31, runs: 5 } };
    const page = engineRows({ engine: 'sqlite', large: dataset({ tablePage: plain }) }).find((r) => r.what.startsWith('Table page'))!;
    expect([page.shown, page.verdict, page.statements]).toEqual(['31.0 ms (round trip: no Server-Timing)', 'not met', '–']);
  });

  it('reads the server time and statement count from a Server-Timing header', () => {
    expect(readServerTiming('app;dur=12.5, db;dur=3.1;desc="4 statements", cache;desc=off')).toEqual({ ms: 12.5, statements: 4 });
    expect(readServerTiming('app;dur=0.4, db;dur=0.0;desc="1 statement", cache;desc=hit')).toEqual({ ms: 0.4, statements: 1 });
    expect(readServerTiming('cache;desc=hit')).toBeUndefined();
    expect(readServerTiming(null)).toBeUndefined();
  });

  it('leaves out the dimensions a statistic has no filter for, and gives the ratio to the baseline', () => {
    const stats = dataset().statistics[0];
    const large = dataset({ statistics: [{ ...stats, filtered: { ...stats.filtered, stage: { notApplicable: 'no stage filter' } } }] });
    const rows = engineRows({ engine: 'sqlite', large, baseline: dataset({ filterOptions: timed(3, 3) }) });
    expect(rows.some((r) => r.what.includes('filtered by stage'))).toBe(false);
    expect(rows.find((r) => r.what.startsWith('Filter options'))?.ratio).toBe('×10');
  });
});

describe('bench arguments', () => {
  it("default to the issue's dataset on both engines, five runs", () => {
    expect(parseBenchArgs([])).toMatchObject({
      investments: 1_000_000,
      deals: 100_000,
      tenancies: 50_000,
      runs: 5,
      engines: ['sqlite', 'postgresql'],
      baseline: true,
    });
  });

  it('take sizes with separators and engines by their short names', () => {
    expect(parseBenchArgs(['--investments', '20_000', '--engines', 'postgres', '--no-baseline'])).toMatchObject({
      investments: 20_000,
      engines: ['postgresql'],
      baseline: false,
    });
  });

  it('refuse an unknown engine, a bad number or an unknown option with a message naming it', () => {
    expect(() => parseBenchArgs(['--engines', 'sqlite,mysql'])).toThrow(new BenchUsageError('--engines takes sqlite and postgres, not "mysql"'));
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(['--investments', 'many'])).toThrow(/--investments must be a whole number/);
    expect(() => parseBenchArgs(['--rows', '5'])).toThrow(/--rows/);
  });
});
