import { describe, expect, it } from 'vitest';
import { refusal } from '../../../../test/helpers/refusal.js';
import { planBuckets } from './buckets.js';
import type { GroupRow } from './grouped-query.js';
import { period } from './periods.js';

// From grouped rows to the buckets a statistic answers: which buckets, in which order, and which previous-period row
// each is compared with.

const row = (keys: (string | null)[], count: number): GroupRow => ({
  keys,
  count,
  valued: count,
  usdMinor: BigInt(count * 100),
  sums: {},
  distinct: {},
  demo: false,
});
const noPeriods = { current: null, previous: null };
const plan = (p: ReturnType<typeof planBuckets>) => p.map((b) => ({ keys: b.keys, current: b.current?.count, previous: b.previous?.count }));

describe('buckets of a statistic', () => {
  it('answers one bucket without a grouping, with the previous period when there is one', () => {
    const total = row([], 5);
    const before = row([], 3);
    expect(planBuckets([], [total], [before], noPeriods)).toEqual([{ keys: [], current: total, previous: before }]);
    expect(planBuckets([], [total], null, noPeriods)).toEqual([{ keys: [], current: total, previous: undefined }]);
    expect(planBuckets([], [], null, noPeriods)).toEqual([{ keys: [], current: undefined, previous: undefined }]);
  });

  it('orders values by records, most first, then by value, unknown last; values only in the previous period count as none', () => {
    const current = [row(['B'], 2), row([null], 9), row(['C'], 5), row(['A'], 2)];
    const previous = [row(['D'], 7), row(['C'], 1)];
    expect(plan(planBuckets([undefined], current, previous, noPeriods))).toEqual([
      { keys: ['C'], current: 5, previous: 1 },
      { keys: ['A'], current: 2, previous: undefined },
      { keys: ['B'], current: 2, previous: undefined },
      { keys: ['D'], current: undefined, previous: 7 },
      { keys: [null], current: 9, previous: undefined },
    ]);
    expect(plan(planBuckets([undefined], current, null, noPeriods)).map((b) => b.keys[0])).toEqual(['C', 'A', 'B', null]);
  });

  it('orders two dimensions by the first, then the second, listing only the pairs found', () => {
    const current = [row(['A', 'y'], 1), row(['B', 'x'], 3), row(['A', 'x'], 4), row(['B', 'y'], 1)];
    // A: 5 records, B: 4; x: 7, y: 2.
    expect(plan(planBuckets([undefined, undefined], current, null, noPeriods)).map((b) => b.keys)).toEqual([
      ['A', 'x'],
      ['A', 'y'],
      ['B', 'x'],
      ['B', 'y'],
    ]);
  });

  it('zero-fills every calendar bucket of the period and compares each with the bucket as far back as the periods lie apart', () => {
    const periods = { current: period('2025-01-01', '2025-03-31'), previous: period('2024-10-01', '2024-12-31') };
    const current = [row(['2025-02'], 4)];
    const previous = [row(['2024-10'], 2), row(['2024-11'], 6)];
    expect(plan(planBuckets(['MONTH'], current, previous, periods))).toEqual([
      { keys: ['2025-01'], current: undefined, previous: 2 },
      { keys: ['2025-02'], current: 4, previous: 6 },
      { keys: ['2025-03'], current: undefined, previous: undefined },
    ]);
    const year = { current: period('2025-01-01', '2025-06-30'), previous: period('2024-01-01', '2024-06-30') };
    expect(plan(planBuckets(['QUARTER'], [row(['2025-Q2'], 1)], [row(['2024-Q2'], 8), row(['2024-Q1'], 3)], year))).toEqual([
      { keys: ['2025-Q1'], current: undefined, previous: 3 },
      { keys: ['2025-Q2'], current: 1, previous: 8 },
    ]);
  });

  it('without a period, lists every calendar bucket from the earliest to the latest found, then records without a date', () => {
    const current = [row(['2025'], 1), row([null], 2), row(['2022'], 3)];
    expect(plan(planBuckets(['YEAR'], current, null, noPeriods))).toEqual([
      { keys: ['2022'], current: 3, previous: undefined },
      { keys: ['2023'], current: undefined, previous: undefined },
      { keys: ['2024'], current: undefined, previous: undefined },
      { keys: ['2025'], current: 1, previous: undefined },
      { keys: [null], current: 2, previous: undefined },
    ]);
    expect(planBuckets(['YEAR'], [row([null], 2)], null, noPeriods).map((b) => b.keys)).toEqual([[null]]);
    expect(planBuckets(['YEAR'], [], null, noPeriods)).toEqual([]);
  });

  it('crosses a calendar dimension with another, every value of the other in each bucket', () => {
    const periods = { current: period('2025-01-01', '2025-12-31'), previous: period('2024-01-01', '2024-12-31') };
    const current = [row(['2025', 'B'], 2), row(['2025', 'A'], 1)];
    const previous = [row(['2024', 'A'], 5)];
    expect(plan(planBuckets(['YEAR', undefined], current, previous, periods))).toEqual([
      { keys: ['2025', 'B'], current: 2, previous: undefined },
      { keys: ['2025', 'A'], current: 1, previous: 5 },
    ]);
  });

  it('refuses more than 600 buckets, advising a coarser grouping', () => {
    const many = Array.from({ length: 601 }, (_, i) => row([`v${i}`], 1));
    expect(refusal(() => planBuckets([undefined], many, null, noPeriods))).toEqual({
      message: 'This grouping makes 601 buckets; at most 600 are returned. Group by one dimension, or narrow the period or the filter.',
      code: 'BAD_USER_INPUT',
      field: 'groupBy',
    });
    expect(planBuckets([undefined], many.slice(0, 600), null, noPeriods)).toHaveLength(600);
    const months = { current: period('2001-01-01', '2025-12-31'), previous: null };
    const values = Array.from({ length: 3 }, (_, i) => row(['2001-01', `v${i}`], 1));
    expect(refusal(() => planBuckets(['MONTH', undefined], values, null, months)).message).toBe(
      'This grouping makes 900 buckets; at most 600 are returned. Group by QUARTER or YEAR, or narrow the period or the filter.',
    );
    const quarters = { current: period('1901-01-01', '2025-12-31'), previous: null };
    expect(
      refusal(() =>
        planBuckets(
          ['QUARTER', undefined],
          values.map((r) => row(['1901-Q1', r.keys[1]], 1)),
          null,
          quarters,
        ),
      ).message,
    ).toBe('This grouping makes 1500 buckets; at most 600 are returned. Group by YEAR, or narrow the period or the filter.');
  });

  it('breaks ties by value whatever order SQL returned them in, and lists only the pairs found', () => {
    expect(plan(planBuckets([undefined], [row(['B'], 1), row(['A'], 1), row(['C'], 1)], null, noPeriods)).map((b) => b.keys[0])).toEqual(['A', 'B', 'C']);
    expect(plan(planBuckets([undefined, undefined], [row(['B', 'x'], 3), row(['A', 'y'], 1)], null, noPeriods)).map((b) => b.keys)).toEqual([
      ['B', 'x'],
      ['A', 'y'],
    ]);
  });

  it('without a period, spans the earliest to the latest bucket wherever they come, adding unknown dates only when there are some', () => {
    const current = [row(['2023'], 1), row(['2021'], 1), row(['2024'], 1), row(['2022'], 1)];
    expect(planBuckets(['YEAR'], current, null, noPeriods).map((b) => b.keys[0])).toEqual(['2021', '2022', '2023', '2024']);
  });
});
