import { describe, expect, it } from 'vitest';
import { bucketLabel, bucketOf, bucketShift, bucketsBetween, firstDayOf, isPartialBucket, lastDayOf, period, resolvePeriods } from './periods.js';

describe('statistics periods', () => {
  it('compares a period with as many days ending the day before it, or with the same dates a year earlier', () => {
    const march = { from: '2024-03-01', to: '2024-03-31' };
    expect(resolvePeriods(march, 'PREVIOUS_PERIOD', '2026-11-24')).toEqual({
      current: { from: '2024-03-01', to: '2024-03-31', days: 31 },
      previous: { from: '2024-01-30', to: '2024-02-29', days: 31 },
    });
    expect(resolvePeriods(march, 'PREVIOUS_YEAR', '2026-11-24').previous).toEqual({ from: '2023-03-01', to: '2023-03-31', days: 31 });
    expect(resolvePeriods(march, null, '2026-11-24')).toEqual({ current: { from: '2024-03-01', to: '2024-03-31', days: 31 }, previous: null });
    expect(resolvePeriods(null, null, '2026-11-24')).toEqual({ current: null, previous: null });
  });

  it('defaults to the last 12 months against the 12 before when a comparison has no period', () => {
    expect(resolvePeriods(null, 'PREVIOUS_PERIOD', '2026-11-24')).toEqual({
      current: { from: '2025-11-25', to: '2026-11-24', days: 365 },
      previous: { from: '2024-11-25', to: '2025-11-24', days: 365 },
    });
    expect(resolvePeriods(null, 'PREVIOUS_YEAR', '2024-02-29').previous).toEqual({ from: '2022-03-01', to: '2023-02-28', days: 365 });
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => resolvePeriods({ from: '2025-02-01', to: '2025-01-31' }, null, '2026-11-24')).toThrow(/starts \(2025-02-01\) after it ends/);
  });

  it('lists calendar buckets across year ends and caps them at 600', () => {
    expect(bucketOf('2025-11-30', 'QUARTER')).toBe('2025-Q4');
    expect(bucketsBetween('2024-11', '2025-02', 'MONTH')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(bucketsBetween('2024-Q3', '2025-Q1', 'QUARTER')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1']);
    expect(bucketsBetween('1976-01', '2025-12', 'MONTH')).toHaveLength(600);
    expect(() => bucketsBetween('1975-12', '2025-12', 'MONTH')).toThrow(/601 buckets.*Group by QUARTER or YEAR/);
  });

  it('shifts time buckets by the distance between the periods', () => {
    const r = resolvePeriods({ from: '2025-01-01', to: '2025-06-30' }, 'PREVIOUS_PERIOD', '2026-11-24');
    expect(r.previous).toEqual({ from: '2024-07-04', to: '2024-12-31', days: 181 });
    expect(bucketShift(r.current!, r.previous!, 'MONTH')).toBe(6);
    const y = resolvePeriods({ from: '2025-01-01', to: '2025-06-30' }, 'PREVIOUS_YEAR', '2026-11-24');
    expect(bucketShift(y.current!, y.previous!, 'QUARTER')).toBe(4);
  });

  it('knows the last day of a bucket', () => {
    expect(lastDayOf('2024-02', 'MONTH')).toBe('2024-02-29');
    expect(lastDayOf('2025-Q1', 'QUARTER')).toBe('2025-03-31');
    expect(lastDayOf('2025-Q4', 'QUARTER')).toBe('2025-12-31');
    expect(lastDayOf('2025', 'YEAR')).toBe('2025-12-31');
  });

  it('compares "this year so far" with the same dates a year earlier, and the last 12 months with the 12 before', () => {
    const thisYear = resolvePeriods({ from: '2026-01-01', to: '2026-12-01' }, 'PREVIOUS_YEAR', '2026-12-01');
    expect(thisYear.previous).toEqual({ from: '2025-01-01', to: '2025-12-01', days: 335 });
    // PREVIOUS_PERIOD is the days just before, by definition: 335 days ending 2025-12-31.
    expect(resolvePeriods({ from: '2026-01-01', to: '2026-12-01' }, 'PREVIOUS_PERIOD', '2026-12-01').previous).toEqual({
      from: '2025-01-31',
      to: '2025-12-31',
      days: 335,
    });
    expect(resolvePeriods({ from: '2023-03-01', to: '2024-02-29' }, 'PREVIOUS_YEAR', '2024-02-29').previous).toEqual({
      from: '2022-03-01',
      to: '2023-02-28',
      days: 365,
    });
  });

  it('says which time buckets the period covers only in part', () => {
    expect(firstDayOf('2025-Q3', 'QUARTER')).toBe('2025-07-01');
    expect(firstDayOf('2025-11', 'MONTH')).toBe('2025-11-01');
    const p = period('2025-11-25', '2026-11-24');
    expect(isPartialBucket('2025-Q4', 'QUARTER', p, '2026-11-24')).toBe(true);
    expect(isPartialBucket('2026-Q1', 'QUARTER', p, '2026-11-24')).toBe(false);
    expect(isPartialBucket('2026-Q4', 'QUARTER', p, '2026-11-24')).toBe(true);
    expect(isPartialBucket('2026', 'YEAR', period('2026-01-01', '2026-12-31'), '2026-11-24')).toBe(false);
    expect(isPartialBucket('2026-11', 'MONTH', null, '2026-11-24')).toBe(true);
    expect(isPartialBucket('2026-10', 'MONTH', null, '2026-11-24')).toBe(false);
  });

  it('labels buckets in both languages', () => {
    expect(bucketLabel('2025-Q3', 'QUARTER')).toEqual({ en: 'Q3 2025', zh: '2025年第三季度' });
    expect(bucketLabel('2025-07', 'MONTH')).toEqual({ en: 'Jul 2025', zh: '2025年7月' });
    expect(bucketLabel('2025', 'YEAR')).toEqual({ en: '2025', zh: '2025年' });
  });
});
