import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { mergeRows, splitPeriod, summaryPlan } from './summary.js';
import { period } from './periods.js';
import type { GroupRow } from './grouped-query.js';

const split = (from: string, to: string) => {
  const { months, edges } = splitPeriod(period(from, to));
  return { months, edges: edges.map((e) => `${e.sign > 0 ? '+' : '-'}${e.period.from}..${e.period.to}`) };
};

describe('a period as the summary months plus or minus a few days of records', () => {
  it('takes whole months as they are', () => {
    expect(split('2025-01-01', '2025-03-31')).toEqual({ months: ['2025-01', '2025-03'], edges: [] });
    expect(split('2024-02-01', '2024-02-29')).toEqual({ months: ['2024-02', '2024-02'], edges: [] });
  });

  it('subtracts the day before "the last 12 months" and adds today', () => {
    expect(split('2025-12-02', '2026-12-01')).toEqual({ months: ['2025-12', '2026-11'], edges: ['-2025-12-01..2025-12-01', '+2026-12-01..2026-12-01'] });
  });

  it('adds the covered days of a month mostly outside the period, subtracts the uncovered days of one mostly inside', () => {
    expect(split('2025-03-20', '2025-06-10')).toEqual({ months: ['2025-04', '2025-05'], edges: ['+2025-03-20..2025-03-31', '+2025-06-01..2025-06-10'] });
    expect(split('2025-03-14', '2026-02-09')).toEqual({ months: ['2025-03', '2026-01'], edges: ['-2025-03-01..2025-03-13', '+2026-02-01..2026-02-09'] });
    expect(split('2025-03-05', '2025-05-28')).toEqual({ months: ['2025-03', '2025-05'], edges: ['-2025-03-01..2025-03-04', '-2025-05-29..2025-05-31'] });
  });

  it('needs no month when both ends are mostly outside', () => {
    expect(split('2025-03-25', '2025-04-05')).toEqual({ months: null, edges: ['+2025-03-25..2025-03-31', '+2025-04-01..2025-04-05'] });
  });

  it('inside one month: the days themselves, or the month less the days around them', () => {
    expect(split('2025-03-10', '2025-03-12')).toEqual({ months: null, edges: ['+2025-03-10..2025-03-12'] });
    expect(split('2025-03-02', '2025-03-30')).toEqual({ months: ['2025-03', '2025-03'], edges: ['-2025-03-01..2025-03-01', '-2025-03-31..2025-03-31'] });
    expect(split('2024-02-15', '2024-02-29')).toEqual({ months: ['2024-02', '2024-02'], edges: ['-2024-02-01..2024-02-14'] });
  });

  it('crosses a year', () => {
    expect(split('2025-12-31', '2026-01-01')).toEqual({ months: null, edges: ['+2025-12-31..2025-12-31', '+2026-01-01..2026-01-01'] });
  });
});

describe('which statistics the summary answers', () => {
  const park = toGlobalId('Park', 3);

  it('the filter bar: park, sector, stage, country and kind by eq or in, with provenance', () => {
    const plan = summaryPlan({ park: { id: { in: [park] } }, verification: { in: ['VERIFIED', 'RECORDED'] } }, ['SECTOR'], [undefined]);
    expect(plan).toEqual({
      values: new Map([['park', ['3']]]),
      verification: ['VERIFIED', 'RECORDED'],
      pair: ['park', 'sector'],
      groups: [{ dimension: 'sector' }],
    });
    expect(summaryPlan({ organization: { kind: { eq: 'COMPANY' } } }, ['QUARTER'], ['QUARTER'])).toMatchObject({
      pair: ['kind', ''],
      values: new Map([['kind', ['COMPANY']]]),
      groups: [{ grain: 'QUARTER' }],
    });
    expect(summaryPlan({}, ['SOURCE_COUNTRY', 'STAGE'], [undefined, undefined])).toMatchObject({ pair: ['country', 'stage'] });
    expect(summaryPlan(null, [], [])).toMatchObject({ pair: ['', ''] });
  });

  it('not three dimensions, nor any other condition', () => {
    expect(summaryPlan({ park: { id: { eq: park } }, sector: { eq: 'LOGISTICS' } }, ['STAGE'], [undefined])).toBeNull();
    expect(summaryPlan({ sector: { isNull: false } }, [], [])).toBeNull();
    expect(summaryPlan({ sector: { in: [] } }, [], [])).toBeNull();
    expect(summaryPlan({ sector: { eq: 'LOGISTICS', in: ['TRADE'] } }, [], [])).toBeNull();
    expect(summaryPlan({ amountUsd: { gte: '1' } }, [], [])).toBeNull();
    expect(summaryPlan({ park: { slug: { eq: 'x' } } }, [], [])).toBeNull();
    expect(summaryPlan({ organization: { name: { eq: 'x' } } }, [], [])).toBeNull();
    expect(summaryPlan({ or: [{ sector: { eq: 'TRADE' } }] }, [], [])).toBeNull();
    expect(summaryPlan({ park: { id: { eq: toGlobalId('Event', 3) } } }, [], [])).toBeNull();
  });
});

describe('adding up months and days', () => {
  const row = (keys: (string | null)[], count: number, usd: bigint): GroupRow => ({
    keys,
    count,
    valued: count,
    usdMinor: usd,
    sums: {},
    distinct: {},
    demo: false,
  });

  it('subtracts days, drops groups left empty and keeps the demo mark only while DEMO records remain', () => {
    const merged = mergeRows([
      { rows: [row(['A', 'DEMO'], 3, 300n), row(['A', 'RECORDED'], 1, 50n), row(['B', 'DEMO'], 2, 20n)], sign: 1 },
      { rows: [row(['A', 'DEMO'], 3, 300n), row(['B', 'DEMO'], 2, 20n)], sign: -1 },
      { rows: [row(['C', 'VERIFIED'], 1, 7n)], sign: 1 },
    ]);
    expect(merged).toEqual([
      { ...row(['A'], 1, 50n), demo: false },
      { ...row(['C'], 1, 7n), demo: false },
    ]);
    expect(mergeRows([{ rows: [row([null, 'DEMO'], 2, 0n), row([null, 'VERIFIED'], 1, 5n)], sign: 1 }])).toEqual([
      { ...row([null], 3, 5n), valued: 3, demo: true },
    ]);
  });
});
