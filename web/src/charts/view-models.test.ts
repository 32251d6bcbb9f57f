import { describe, expect, it } from 'vitest';
import { barRows, countRows, fromUsd, funnelSteps, kpi, sparkline, timeSeries, type StatsBucket } from './view-models';

const bucket = (value: string | null, zh: string, en: string, count: number, total: string | null): StatsBucket => ({
  key: [{ dimension: 'X', value, label: { zh, en } }],
  figures: { count, total },
});

describe('chart view models', () => {
  it('orders bars by total, keeps unknown unfilterable, and folds the tail into "other"', () => {
    const buckets = [bucket('KZ', '哈萨克斯坦', 'Kazakhstan', 3, '300'), bucket('RU', '俄罗斯', 'Russia', 2, '500'), bucket(null, '未知', 'Unknown', 4, '100'), bucket('UZ', '乌兹别克斯坦', 'Uzbekistan', 0, '0')];
    expect(barRows(buckets, 'en', { otherLabel: 'Other' })).toEqual([
      { id: 'RU', label: 'Russia', value: 500, count: 2, filterValue: 'RU' },
      { id: 'KZ', label: 'Kazakhstan', value: 300, count: 3, filterValue: 'KZ' },
      { id: 'unknown', label: 'Unknown', value: 100, count: 4, filterValue: null },
    ]);
    const many = Array.from({ length: 12 }, (_, i) => bucket(`C${i}`, `国${i}`, `C${i}`, 1, String(100 - i)));
    const rows = barRows(many, 'zh', { limit: 5, otherLabel: '其他' });
    expect(rows).toHaveLength(5);
    expect(rows[4]).toEqual({ id: 'other', label: '其他', value: [96, 95, 94, 93, 92, 91, 90, 89].reduce((a, b) => a + b, 0), count: 8, filterValue: null });
  });

  it('keeps the API order and zero buckets in a time series, leaving undated records off the axis', () => {
    const points = timeSeries([bucket('2025-Q1', '2025年第一季度', 'Q1 2025', 2, '10'), bucket('2025-Q2', '2025年第二季度', 'Q2 2025', 0, '0'), bucket(null, '日期不详', 'Date unknown', 1, null)], 'zh');
    expect(points).toEqual([
      { key: '2025-Q1', label: '2025年第一季度', value: 10, count: 2 },
      { key: '2025-Q2', label: '2025年第二季度', value: 0, count: 0 },
    ]);
    expect(sparkline(points)).toEqual([10, 0]);
    expect(sparkline(points, 'count')).toEqual([2, 0]);
  });

  it('builds the pipeline in stage order with missing stages as zero', () => {
    const steps = funnelSteps([bucket('SIGNED', '已签约', 'Signed', 5, '50'), bucket('LEAD', '意向', 'Lead', 20, '100')], 'en', (s) => s.toLowerCase());
    expect(steps.map((s) => [s.stage, s.label, s.count, s.ofFirst])).toEqual([
      ['LEAD', 'Lead', 20, 100],
      ['NEGOTIATING', 'negotiating', 0, 0],
      ['SIGNED', 'Signed', 5, 25],
      ['UNDER_CONSTRUCTION', 'under_construction', 0, 0],
      ['OPERATING', 'operating', 0, 0],
    ]);
    expect(funnelSteps([], 'en', (s) => s)[0].ofFirst).toBeNull();
  });

  it('computes KPI changes, with no percentage from zero and none without a comparison', () => {
    expect(kpi(120, 100)).toEqual({ value: 120, previous: 100, changePercent: 20, direction: 'up' });
    expect(kpi(80, 100)).toMatchObject({ changePercent: -20, direction: 'down' });
    expect(kpi(5, 0)).toMatchObject({ changePercent: null, direction: 'up' });
    expect(kpi(5, null)).toEqual({ value: 5, previous: null, changePercent: null, direction: null });
    expect(kpi(3, 3)).toMatchObject({ changePercent: 0, direction: 'flat' });
  });

  it('orders counting bars largest first with unknown last', () => {
    const rows = countRows([bucket(null, '未知', 'Unknown', 9, null), bucket('KZ', '哈萨克斯坦', 'Kazakhstan', 2, null), bucket('RU', '俄罗斯', 'Russia', 5, null), bucket('UZ', '乌兹别克斯坦', 'Uzbekistan', 0, null)], 'en');
    expect(rows).toEqual([
      { id: 'RU', label: 'Russia', count: 5 },
      { id: 'KZ', label: 'Kazakhstan', count: 2 },
      { id: 'unknown', label: 'Unknown', count: 9 },
    ]);
  });

  it('converts US dollars at the statistics rate', () => {
    expect(fromUsd(138, 'CNY', [{ usdPerUnit: '0.138' }])).toBeCloseTo(1000, 6);
    expect(fromUsd(5, 'USD', [])).toBe(5);
    expect(fromUsd(5, 'JPY', [])).toBeNull();
  });
});
