// Pure builders of chart view models from the statistics API's answers; the recharts components only render them.
import type { Lang } from '../format/format';

export interface StatsBucket {
  key: { dimension: string; value: string | null; label: { zh: string; en: string } }[];
  figures: { count: number; valuedCount?: number; total?: string | null; parties?: number };
}

export interface BarRow {
  /** Stable React key. */
  id: string;
  label: string;
  /** Total in the display currency (0 when no amount is stated). */
  value: number;
  count: number;
  /** What clicking the bar filters by; null for "unknown" and "other", which cannot be filtered. */
  filterValue: string | null;
}

const amount = (total: string | null | undefined) => (total == null ? 0 : Number(total));

/**
 * Bars by total, largest first; past `limit`, the rest are summed into one "other" bar. Unknown keys keep their
 * own bar (labelled by the API) but are not filterable.
 */
export function barRows(buckets: StatsBucket[], lang: Lang, { limit = 10, otherLabel }: { limit?: number; otherLabel: string }): BarRow[] {
  const rows = buckets
    .map((b) => ({ id: b.key[0].value ?? 'unknown', label: b.key[0].label[lang], value: amount(b.figures.total), count: b.figures.count, filterValue: b.key[0].value }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.value - a.value || b.count - a.count || a.label.localeCompare(b.label));
  if (rows.length <= limit) return rows;
  const rest = rows.slice(limit - 1);
  return [
    ...rows.slice(0, limit - 1),
    { id: 'other', label: otherLabel, value: rest.reduce((s, r) => s + r.value, 0), count: rest.reduce((s, r) => s + r.count, 0), filterValue: null },
  ];
}

export interface TimePoint {
  key: string;
  label: string;
  value: number;
  count: number;
}

/** A time series in the API's order (zero buckets included); records without a date are left out of the axis. */
export function timeSeries(buckets: StatsBucket[], lang: Lang): TimePoint[] {
  return buckets
    .filter((b) => b.key[0].value !== null)
    .map((b) => ({ key: b.key[0].value!, label: b.key[0].label[lang], value: amount(b.figures.total), count: b.figures.count }));
}

export const STAGE_ORDER = ['LEAD', 'NEGOTIATING', 'SIGNED', 'UNDER_CONSTRUCTION', 'OPERATING'] as const;

export interface FunnelStep {
  stage: string;
  label: string;
  count: number;
  value: number;
  /** Share of the first step's count, in percent (null when the first step is empty). */
  ofFirst: number | null;
}

/** The pipeline from lead to operating, every stage present (zero when none), in order. */
export function funnelSteps(buckets: StatsBucket[], lang: Lang, stageLabel: (stage: string) => string): FunnelStep[] {
  const byStage = new Map(buckets.map((b) => [b.key[0].value, b]));
  const steps = STAGE_ORDER.map((stage) => {
    const b = byStage.get(stage);
    return { stage, label: b?.key[0].label[lang] ?? stageLabel(stage), count: b?.figures.count ?? 0, value: amount(b?.figures.total), ofFirst: null as number | null };
  });
  const first = steps[0].count;
  for (const s of steps) s.ofFirst = first ? Math.round((s.count / first) * 1000) / 10 : null;
  return steps;
}

export interface Kpi {
  value: number | null;
  previous: number | null;
  /** Change in percent; null without a comparison or from zero. */
  changePercent: number | null;
  direction: 'up' | 'down' | 'flat' | null;
}

/** A KPI from a figure now and the same figure in the comparison period (null: not compared). */
export function kpi(now: number | null, previous: number | null | undefined): Kpi {
  if (previous == null || now == null) return { value: now, previous: previous ?? null, changePercent: null, direction: null };
  const changePercent = previous === 0 ? null : Math.round(((now - previous) / previous) * 1000) / 10;
  const direction = now > previous ? 'up' : now < previous ? 'down' : 'flat';
  return { value: now, previous, changePercent, direction };
}

/** US dollars in the display currency at the rate the statistics used (USD per unit); null when there is no rate. */
export function fromUsd(usd: number, currency: string, rates: { usdPerUnit: string }[]): number | null {
  if (currency === 'USD') return usd;
  const rate = Number(rates[0]?.usdPerUnit);
  return rate > 0 ? usd / rate : null;
}

/** Values for a sparkline (the series' totals, or counts when `by` is count). */
export function sparkline(points: TimePoint[], by: 'value' | 'count' = 'value'): number[] {
  return points.map((p) => p[by]);
}

export interface CountRow {
  id: string;
  label: string;
  count: number;
}

/** Counting bars (no amounts): largest first, the "unknown" group last, empty groups left out. */
export function countRows(buckets: StatsBucket[], lang: Lang): CountRow[] {
  return buckets
    .map((b) => ({ id: b.key[0].value ?? 'unknown', label: b.key[0].label[lang], count: b.figures.count, unknown: b.key[0].value === null }))
    .filter((r) => r.count > 0)
    .sort((a, b) => Number(a.unknown) - Number(b.unknown) || b.count - a.count || a.label.localeCompare(b.label))
    .map(({ id, label, count }) => ({ id, label, count }));
}
