import { describe, expect, it } from 'vitest';
import {
  bucketLabel,
  bucketOf,
  bucketShift,
  bucketsBetween,
  firstDayOf,
  isDay,
  isPartialBucket,
  keyOfOrdinal,
  lastDayOf,
  ordinal,
  period,
  resolvePeriods,
} from './periods.js';
import { refusal } from '../../../../test/helpers/refusal.js';

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

describe('statistics periods at their edges', () => {
  it('takes a one-day period, and compares it with the day before or the same day a year earlier', () => {
    const day = { from: '2025-03-01', to: '2025-03-01' };
    expect(resolvePeriods(day, 'PREVIOUS_PERIOD', '2026-11-24')).toEqual({
      current: { from: '2025-03-01', to: '2025-03-01', days: 1 },
      previous: { from: '2025-02-28', to: '2025-02-28', days: 1 },
    });
    expect(resolvePeriods(day, 'PREVIOUS_YEAR', '2026-11-24').previous).toEqual({ from: '2024-03-01', to: '2024-03-01', days: 1 });
    expect(refusal(() => resolvePeriods({ from: '2025-03-02', to: '2025-03-01' }, 'PREVIOUS_PERIOD', '2026-11-24'))).toEqual({
      message: 'The period starts (2025-03-02) after it ends (2025-03-01)',
      code: 'BAD_USER_INPUT',
      field: 'period',
    });
  });

  it('puts a day in its year, quarter and month, quarters changing on their first days', () => {
    expect(bucketOf('2025-03-31', 'QUARTER')).toBe('2025-Q1');
    expect(bucketOf('2025-04-01', 'QUARTER')).toBe('2025-Q2');
    expect(bucketOf('2025-06-30', 'QUARTER')).toBe('2025-Q2');
    expect(bucketOf('2025-07-01', 'QUARTER')).toBe('2025-Q3');
    expect(bucketOf('2025-10-01', 'QUARTER')).toBe('2025-Q4');
    expect(bucketOf('2025-01-01', 'QUARTER')).toBe('2025-Q1');
    expect(bucketOf('2025-07-15', 'MONTH')).toBe('2025-07');
    expect(bucketOf('2025-07-15', 'YEAR')).toBe('2025');
  });

  it('counts buckets as running numbers and back, across year ends', () => {
    expect(ordinal('2025', 'YEAR')).toBe(2025);
    expect(ordinal('2025-Q1', 'QUARTER')).toBe(2025 * 4);
    expect(ordinal('2025-Q4', 'QUARTER')).toBe(2025 * 4 + 3);
    expect(ordinal('2025-01', 'MONTH')).toBe(2025 * 12);
    expect(ordinal('2025-12', 'MONTH')).toBe(2025 * 12 + 11);
    expect(keyOfOrdinal(2025, 'YEAR')).toBe('2025');
    expect(keyOfOrdinal(2025 * 4, 'QUARTER')).toBe('2025-Q1');
    expect(keyOfOrdinal(2025 * 4 - 1, 'QUARTER')).toBe('2024-Q4');
    expect(keyOfOrdinal(2025 * 12, 'MONTH')).toBe('2025-01');
    expect(keyOfOrdinal(2025 * 12 - 1, 'MONTH')).toBe('2024-12');
    expect(keyOfOrdinal(2025 * 12 + 8, 'MONTH')).toBe('2025-09');
  });

  it('lists buckets of each grain, none when the last comes first, and caps them counting each repetition', () => {
    expect(bucketsBetween('2023', '2025', 'YEAR')).toEqual(['2023', '2024', '2025']);
    expect(bucketsBetween('2025-05', '2025-05', 'MONTH')).toEqual(['2025-05']);
    expect(bucketsBetween('2025-06', '2025-05', 'MONTH')).toEqual([]);
    expect(bucketsBetween('2001-01', '2025-12', 'MONTH', 2)).toHaveLength(300);
    expect(refusal(() => bucketsBetween('2001-01', '2026-01', 'MONTH', 2)).message).toBe(
      'This grouping makes 602 buckets; at most 600 are returned. Group by QUARTER or YEAR, or narrow the period or the filter.',
    );
    expect(bucketsBetween('1876-Q1', '2025-Q4', 'QUARTER')).toHaveLength(600);
    expect(refusal(() => bucketsBetween('1875-Q4', '2025-Q4', 'QUARTER'))).toEqual({
      message: 'This grouping makes 601 buckets; at most 600 are returned. Group by YEAR, or narrow the period or the filter.',
      code: 'BAD_USER_INPUT',
      field: 'groupBy',
    });
    expect(refusal(() => bucketsBetween('1425', '2025', 'YEAR')).message).toBe(
      'This grouping makes 601 buckets; at most 600 are returned. Group by a shorter period, or narrow the period or the filter.',
    );
  });

  it('knows the first and last days of every kind of bucket', () => {
    expect(firstDayOf('2025', 'YEAR')).toBe('2025-01-01');
    expect(firstDayOf('2025-Q1', 'QUARTER')).toBe('2025-01-01');
    expect(firstDayOf('2025-Q4', 'QUARTER')).toBe('2025-10-01');
    expect(lastDayOf('2025-02', 'MONTH')).toBe('2025-02-28');
    expect(lastDayOf('2025-12', 'MONTH')).toBe('2025-12-31');
    expect(lastDayOf('2025-Q2', 'QUARTER')).toBe('2025-06-30');
  });

  it('counts a bucket whole only when the period covers its first and last day', () => {
    const q3 = period('2025-07-01', '2025-09-30');
    expect(isPartialBucket('2025-Q3', 'QUARTER', q3, '2026-11-24')).toBe(false);
    expect(isPartialBucket('2025-Q3', 'QUARTER', period('2025-07-02', '2025-09-30'), '2026-11-24')).toBe(true);
    expect(isPartialBucket('2025-Q3', 'QUARTER', period('2025-07-01', '2025-09-29'), '2026-11-24')).toBe(true);
    expect(isPartialBucket('2025-09', 'MONTH', q3, '2025-09-15')).toBe(false);
    // Without a period: a bucket ending today is over.
    expect(isPartialBucket('2026-11', 'MONTH', null, '2026-11-30')).toBe(false);
    expect(isPartialBucket('2026-11', 'MONTH', null, '2026-11-29')).toBe(true);
  });

  it('takes only real calendar days as days', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2025-13-01')).toBe(false);
    expect(isDay('2025-1-01')).toBe(false);
    expect(isDay('x2025-01-01')).toBe(false);
    expect(isDay('2025-01-01x')).toBe(false);
  });

  it('labels every quarter and month in both languages', () => {
    expect(bucketLabel('2025-Q1', 'QUARTER')).toEqual({ en: 'Q1 2025', zh: '2025年第一季度' });
    expect(bucketLabel('2025-Q2', 'QUARTER')).toEqual({ en: 'Q2 2025', zh: '2025年第二季度' });
    expect(bucketLabel('2025-Q4', 'QUARTER')).toEqual({ en: 'Q4 2025', zh: '2025年第四季度' });
    expect(bucketLabel('2025-01', 'MONTH')).toEqual({ en: 'Jan 2025', zh: '2025年1月' });
    expect(bucketLabel('2025-12', 'MONTH')).toEqual({ en: 'Dec 2025', zh: '2025年12月' });
  });
});
