import { describe, expect, it } from 'vitest';
import {
  axisLabels,
  barRows,
  columnChart,
  countRows,
  fromUsd,
  funnelSteps,
  kpi,
  lineSegments,
  pngHeader,
  sparkline,
  timeSeries,
  wrapLabel,
} from './view-models';
import type { StatsBucket_InvestmentFragment } from '../__generated__/graphql';

// Investment buckets as the StatsBucket_investment fragment reads them.
const bucket = (value: string | null, zh: string, en: string, count: number, total: string | null): StatsBucket_InvestmentFragment => ({
  key: [{ dimension: 'X', value, label: { zh, en, ru: null }, partial: false }],
  figures: { count, valuedCount: total == null ? 0 : count, total },
});

describe('chart view models', () => {
  it('orders bars by total, keeps unknown unfilterable, and folds the tail into "other"', () => {
    const buckets = [
      bucket('KZ', '哈萨克斯坦', 'Kazakhstan', 3, '300'),
      bucket('RU', '俄罗斯', 'Russia', 2, '500'),
      bucket(null, '未知', 'Unknown', 4, '100'),
      bucket('UZ', '乌兹别克斯坦', 'Uzbekistan', 0, '0'),
    ];
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
    const points = timeSeries(
      [
        bucket('2025-Q1', '2025年第一季度', 'Q1 2025', 2, '10'),
        bucket('2025-Q2', '2025年第二季度', 'Q2 2025', 0, '0'),
        bucket(null, '日期不详', 'Date unknown', 1, null),
      ],
      'zh',
    );
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
    // Nothing against nothing is no change, not "new".
    expect(kpi(0, 0)).toEqual({ value: 0, previous: 0, changePercent: 0, direction: 'flat' });
  });

  it('orders counting bars largest first with unknown last', () => {
    const rows = countRows(
      [
        bucket(null, '未知', 'Unknown', 9, null),
        bucket('KZ', '哈萨克斯坦', 'Kazakhstan', 2, null),
        bucket('RU', '俄罗斯', 'Russia', 5, null),
        bucket('UZ', '乌兹别克斯坦', 'Uzbekistan', 0, null),
      ],
      'en',
    );
    expect(rows).toEqual([
      { id: 'RU', label: 'Russia', count: 5 },
      { id: 'KZ', label: 'Kazakhstan', count: 2 },
      { id: 'unknown', label: 'Unknown', count: 9 },
    ]);
    // A park's projects by investor country: by count, not by amount, the small ones folded.
    const many = [
      bucket('A', 'A', 'A', 1, '900'),
      bucket('B', 'B', 'B', 7, '1'),
      bucket('C', 'C', 'C', 3, '5'),
      bucket('D', 'D', 'D', 2, '5'),
      bucket(null, '未知', 'Unknown', 4, null),
    ];
    expect(countRows(many, 'en', { limit: 4, otherLabel: 'Other' })).toEqual([
      { id: 'B', label: 'B', count: 7 },
      { id: 'C', label: 'C', count: 3 },
      { id: 'other', label: 'Other', count: 3 },
      { id: 'unknown', label: 'Unknown', count: 4 },
    ]);
  });

  it('converts US dollars at the statistics rate', () => {
    expect(fromUsd(138, 'CNY', [{ usdPerUnit: '0.138' }])).toBeCloseTo(1000, 6);
    expect(fromUsd(5, 'USD', [])).toBe(5);
    expect(fromUsd(5, 'JPY', [])).toBeNull();
  });

  it('marks partial buckets and draws the segments touching them dashed, the rest solid', () => {
    const partial = (value: string, n: number, isPartial: boolean): StatsBucket_InvestmentFragment => ({
      key: [{ dimension: 'QUARTER', value, label: { zh: value, en: value, ru: null }, partial: isPartial }],
      figures: { count: n, valuedCount: n, total: String(n * 10) },
    });
    const points = timeSeries(
      [partial('2025-Q4', 1, true), partial('2026-Q1', 4, false), partial('2026-Q2', 5, false), partial('2026-Q3', 6, false), partial('2026-Q4', 2, true)],
      'en',
    );
    expect(points.map((p) => Boolean(p.partial))).toEqual([true, false, false, false, true]);
    expect(lineSegments(points, 'count').map((p) => [p.solid, p.dashed])).toEqual([
      [null, 1],
      [4, 4],
      [5, null],
      [6, 6],
      [null, 2],
    ]);
  });

  it('abbreviates long axis labels so two never read the same, and wraps them in two lines', () => {
    const labels = axisLabels(['SCO Innovation Smart Manufacturing Industrial Park', 'SCO Innovation Smart Manufacturing Energy Valley', 'Short'], 24);
    expect(new Set(labels).size).toBe(3);
    expect(labels.every((l) => l.length <= 24)).toBe(true);
    expect(labels[0]).toMatch(/Park$/);
    expect(labels[2]).toBe('Short');
    expect(axisLabels(['上合示范区中欧班列(济南—青岛)集结中心', '上合能谷'], 10)).toEqual(['上合示范区中欧班列…', '上合能谷']);
    expect(wrapLabel('SCO Innovation Smart Manufacturing Industrial Park', 20)).toEqual(['SCO Innovation Smart', 'Manufacturing Indus…']);
    expect(wrapLabel('上合创新智造产业园', 6)).toEqual(['上合创新智造', '产业园']);
  });

  it('puts counting columns on a rounded scale with ticks and thins out crowded axis labels', () => {
    const pts = (counts: number[]) =>
      counts.map((count, i) => ({ key: String(2020 + i), label: String(2020 + i), value: 0, count, partial: i === counts.length - 1 }));
    const chart = columnChart(pts([0, 3, 7]));
    expect(chart.max).toBe(8);
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 2, 4, 6, 8]);
    expect(chart.columns.map((c) => [c.count, c.heightPercent, c.partial])).toEqual([
      [0, 0, false],
      [3, 37.5, false],
      [7, 87.5, true],
    ]);
    expect(columnChart(pts([1]), 43).max).toBe(60);
    const many = columnChart(pts(Array.from({ length: 36 }, () => 1)), undefined, 12);
    expect(many.columns.filter((c) => c.showLabel).length).toBe(13);
    // 48 months from 2022-12: one label a year, at each January, reading the year; the first December stays bare.
    const months = Array.from({ length: 48 }, (_, i) => {
      const m = (11 + i) % 12;
      const key = `${2022 + Math.floor((11 + i) / 12)}-${String(m + 1).padStart(2, '0')}`;
      return { key, label: `${key.slice(0, 4)}年${key.slice(5)}月`, value: 0, count: 1 };
    });
    const shown = columnChart(months).columns.filter((c) => c.showLabel);
    expect(shown.map((c) => [c.key, c.axisLabel])).toEqual([
      ['2023-01', '2023'],
      ['2024-01', '2024'],
      ['2025-01', '2025'],
      ['2026-01', '2026'],
    ]);
  });

  it('heads a PNG with its title, period and filters', () => {
    expect(pngHeader('Investment by park', '2025-11-25 – 2026-11-24', ['Sector: Logistics', 'Stage: Signed'], { filters: 'Filters', none: 'none' })).toEqual([
      'Investment by park',
      '2025-11-25 – 2026-11-24',
      'Filters: Sector: Logistics; Stage: Signed',
    ]);
    expect(pngHeader('投资', '全部时间', [], { filters: '筛选', none: '无' })[2]).toBe('筛选: 无');
  });
});
