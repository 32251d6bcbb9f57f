// Pure builders of chart view models from the statistics API's answers; the recharts components only render them.
import { type Lang, locale, textIn } from '../format/format';
import { graphql } from '../__generated__';
import { InvestmentStage } from '../__generated__/graphql';
import type { StatsBucket_DealFragment, StatsBucket_InvestmentFragment, StatsBucket_TenancyFragment } from '../__generated__/graphql';

/**
 * Names in the interface language's order, whatever the runtime's own locale: the server renders the page and the
 * browser hydrates it, and both must sort ties alike.
 */
const byName = (lang: Lang) => new Intl.Collator(locale(lang)).compare;

/*
 * What the builders below read of a statistics bucket, one fragment per bucket type: pages spread them into their
 * queries (`buckets { ...StatsBucket_investment }`) and hand the unmasked buckets (getFragmentData) to the builders.
 */
export const StatsBucket_investment = graphql(`
  fragment StatsBucket_investment on InvestmentBucket {
    key {
      dimension
      value
      label {
        zh
        en
        ru
      }
      partial
    }
    figures {
      count
      valuedCount
      total
    }
  }
`);

export const StatsBucket_deal = graphql(`
  fragment StatsBucket_deal on DealBucket {
    key {
      dimension
      value
      label {
        zh
        en
        ru
      }
      partial
    }
    figures {
      count
      parties
    }
  }
`);

/** Tenancy buckets count tenants (each organization once), read as the bucket's count. */
export const StatsBucket_tenancy = graphql(`
  fragment StatsBucket_tenancy on TenancyBucket {
    key {
      dimension
      value
      label {
        zh
        en
        ru
      }
      partial
    }
    figures {
      count: tenants
      includesDemo
    }
  }
`);

/** A statistics bucket as the builders read it: any of the three fragments, unmasked. */
export type StatsBucket = StatsBucket_InvestmentFragment | StatsBucket_DealFragment | StatsBucket_TenancyFragment;

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
/** A bucket's total in the display currency (0 when none is stated, or for buckets that count without amounts). */
const totalOf = (b: StatsBucket | undefined) => (b && 'total' in b.figures ? amount(b.figures.total) : 0);

/**
 * Bars by total, largest first; past `limit`, the rest are summed into one "other" bar. Unknown keys keep their
 * own bar (labelled by the API) but are not filterable.
 */
export function barRows(
  buckets: readonly StatsBucket_InvestmentFragment[],
  lang: Lang,
  { limit = 10, otherLabel }: { limit?: number; otherLabel: string },
): BarRow[] {
  const rows = buckets
    .map((b) => ({
      id: b.key[0].value ?? 'unknown',
      label: textIn(b.key[0].label, lang),
      value: totalOf(b),
      count: b.figures.count,
      filterValue: b.key[0].value,
    }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.value - a.value || b.count - a.count || byName(lang)(a.label, b.label));
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
  /** The period covers only part of this bucket (the API's `partial`): not comparable with full buckets. */
  partial?: boolean;
}

/** A time series in the API's order (zero buckets included); records without a date are left out of the axis. */
export function timeSeries(buckets: readonly StatsBucket[], lang: Lang): TimePoint[] {
  return buckets
    .filter((b) => b.key[0].value !== null)
    .map((b) => ({
      key: b.key[0].value!,
      label: textIn(b.key[0].label, lang),
      value: totalOf(b),
      count: b.figures.count,
      ...(b.key[0].partial ? { partial: true } : {}),
    }));
}

export interface LinePoint extends TimePoint {
  /** The value on the solid line (full buckets and the segments between them); null where it does not run. */
  solid: number | null;
  /** The value on the dashed line (segments that touch a partial bucket); null where it does not run. */
  dashed: number | null;
}

/**
 * Splits a series into a solid line through full buckets and a dashed one for every segment touching a partial
 * bucket (the first and last of a period usually), so a partial bucket never reads as a full one.
 */
export function lineSegments(points: TimePoint[], by: 'value' | 'count'): LinePoint[] {
  return points.map((p, i) => {
    const touchesPartial = Boolean(p.partial || points[i - 1]?.partial || points[i + 1]?.partial);
    return { ...p, solid: p.partial ? null : p[by], dashed: touchesPartial ? p[by] : null };
  });
}

/**
 * Short axis labels that stay distinct: a label longer than `max` characters is cut, and when two cut labels
 * would read the same, each keeps its distinguishing end ("SCO Innovation…Park" / "SCO Innovation…Valley").
 */
export function axisLabels(labels: string[], max: number): string[] {
  const cut = (l: string, tail: number) => (l.length <= max ? l : tail ? `${l.slice(0, max - tail - 1)}…${l.slice(-tail)}` : `${l.slice(0, max - 1)}…`);
  const result = labels.map((l) => cut(l, 0));
  for (let tail = 4; tail < max - 2; tail += 2) {
    const seen = new Map<string, number>();
    for (const r of result) seen.set(r, (seen.get(r) ?? 0) + 1);
    const clashing = labels.map((l, i) => (seen.get(result[i])! > 1 && l.length > max ? i : -1)).filter((i) => i >= 0);
    if (!clashing.length) break;
    for (const i of clashing) result[i] = cut(labels[i], tail);
  }
  return result;
}

/** A label split into at most two lines of about `width` characters (at a space when there is one). */
export function wrapLabel(label: string, width: number): string[] {
  if (label.length <= width) return [label];
  const space = label.lastIndexOf(' ', width);
  const at = space > width / 2 ? space : width;
  const rest = label.slice(at).trim();
  return [label.slice(0, at).trim(), rest.length > width ? `${rest.slice(0, width - 1)}…` : rest];
}

export interface ColumnChart {
  /** `axisLabel` is what stands under the axis: the bucket's label, or its year when a long monthly axis shows years. */
  columns: { key: string; label: string; axisLabel: string; count: number; heightPercent: number; partial: boolean; showLabel: boolean }[];
  /** Gridline values from 0 to the top of the scale, with their height in percent. */
  ticks: { value: number; percent: number }[];
  max: number;
}

/**
 * Counting columns with a y axis and every value written on its column: a scale shared by several charts (`max`),
 * rounded up to whole steps; with many columns only every n-th axis label is shown, and a long monthly axis is labelled
 * by year at each January (month labels side by side do not fit a phone).
 */
export function columnChart(points: TimePoint[], sharedMax?: number, maxLabels = 12): ColumnChart {
  const top = Math.max(1, sharedMax ?? 0, ...points.map((p) => p.count));
  const step = top <= 5 ? 1 : Math.ceil(top / 4 / 10 ** Math.floor(Math.log10(top / 4))) * 10 ** Math.floor(Math.log10(top / 4));
  const max = Math.ceil(top / step) * step;
  const ticks = [];
  for (let v = 0; v <= max; v += step) ticks.push({ value: v, percent: (v / max) * 100 });
  const every = Math.max(1, Math.ceil(points.length / maxLabels));
  const byYear = points.length > maxLabels && points.every((p) => /^\d{4}-\d{2}$/.test(p.key));
  const firstJanuary = points.findIndex((p) => p.key.endsWith('-01'));
  const yearLabel = (i: number) => points[i].key.endsWith('-01') || (i === 0 && (firstJanuary === -1 || firstJanuary >= 4));
  return {
    max,
    ticks,
    columns: points.map((p, i) => ({
      key: p.key,
      label: p.label,
      axisLabel: byYear ? p.key.slice(0, 4) : p.label,
      count: p.count,
      heightPercent: (p.count / max) * 100,
      partial: Boolean(p.partial),
      showLabel: byYear ? yearLabel(i) : i % every === 0 || i === points.length - 1,
    })),
  };
}

/** The header lines drawn above a chart in its PNG: title, period and the active filters (nothing left implicit). */
export function pngHeader(title: string, period: string, filters: string[], labels: { filters: string; none: string }): string[] {
  return [title, period, `${labels.filters}: ${filters.length ? filters.join('; ') : labels.none}`];
}

export interface FunnelStep {
  stage: InvestmentStage;
  label: string;
  count: number;
  value: number;
  /** Share of the first step's count, in percent (null when the first step is empty). */
  ofFirst: number | null;
}

/** The pipeline from lead to operating, every stage present (zero when none), in order. */
export function funnelSteps(buckets: readonly StatsBucket_InvestmentFragment[], lang: Lang, stageLabel: (stage: string) => string): FunnelStep[] {
  const byStage = new Map(buckets.map((b) => [b.key[0].value, b]));
  const steps = Object.values(InvestmentStage).map((stage) => {
    const b = byStage.get(stage);
    return {
      stage,
      label: b ? textIn(b.key[0].label, lang) : stageLabel(stage),
      count: b?.figures.count ?? 0,
      value: totalOf(b),
      ofFirst: null as number | null,
    };
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
  // 0 against 0 is no change; only something from nothing has no percentage.
  const changePercent = previous === 0 ? (now === 0 ? 0 : null) : Math.round(((now - previous) / previous) * 1000) / 10;
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

/**
 * Counting bars (no amounts): largest count first, the "unknown" group last, empty groups left out; with `fold`,
 * past `limit` bars the smaller known groups are summed into one "other" bar (unknown stays last).
 */
export function countRows(buckets: readonly StatsBucket[], lang: Lang, fold?: { limit: number; otherLabel: string }): CountRow[] {
  const rows = buckets
    .map((b) => ({ id: b.key[0].value ?? 'unknown', label: textIn(b.key[0].label, lang), count: b.figures.count, unknown: b.key[0].value === null }))
    .filter((r) => r.count > 0)
    .sort((a, b) => Number(a.unknown) - Number(b.unknown) || b.count - a.count || byName(lang)(a.label, b.label))
    .map(({ id, label, count }) => ({ id, label, count }));
  if (!fold || rows.length <= fold.limit) return rows;
  const unknown = rows.filter((r) => r.id === 'unknown');
  const known = rows.filter((r) => r.id !== 'unknown');
  const keep = known.slice(0, fold.limit - 1 - unknown.length);
  const rest = known.slice(keep.length);
  return [...keep, { id: 'other', label: fold.otherLabel, count: rest.reduce((s, r) => s + r.count, 0) }, ...unknown];
}

/** A series chart's drawing height (px): the same at every width. */
export const SERIES_HEIGHT = 220;

/** A bar chart's drawing height (px): a bar's row each, at least 160; reserved while the drawing waits. */
export function barsHeight(rows: readonly unknown[]): number {
  return Math.max(160, rows.length * 34 + 30);
}
