// The comparison table's view model: one row per fact, one cell per park, the best value of a row marked, and
// unknown values kept unknown (never zero, never best).
import { graphql } from '../__generated__';
import type { CompareRows_FiguresFragment, CompareRows_ParkFragment } from '../__generated__/graphql';
import { type Lang, textIn } from '../format/format';

/** The park facts the comparison reads (the compare page spreads it into its query and unmasks it). */
export const CompareRows_park = graphql(`
  fragment CompareRows_park on Park {
    slug
    name {
      zh
      en
      ru
    }
    status
    parent {
      slug
    }
    landArea {
      mu
    }
    plannedInvestment {
      amountUsd
    }
    expectedAnnualOutput {
      amountUsd
    }
    focusSectors {
      code
      name {
        zh
        en
        ru
      }
    }
    facilities {
      status
    }
  }
`);

/** The counted figures the comparison reads (in US dollars when the page asks for USD). */
export const CompareRows_figures = graphql(`
  fragment CompareRows_figures on ParkFigures {
    tenants
    committedInvestment
    deals
  }
`);

export interface ComparedPark {
  slug: string;
  name: string;
  parentSlug: string | null;
  status: string;
  landMu: number | null;
  /** In US dollars, for comparing across currencies. */
  plannedInvestmentUsd: number | null;
  expectedOutputUsd: number | null;
  focusSectors: string[];
  facilities: number;
  tenants: number;
  committedInvestmentUsd: number | null;
  deals: number;
}

export interface CompareCell {
  value: number | string | null;
  best: boolean;
}

export interface CompareRow {
  key: string;
  kind: 'number' | 'money' | 'area' | 'text';
  cells: CompareCell[];
}

const NUMERIC: { key: keyof ComparedPark; kind: CompareRow['kind'] }[] = [
  { key: 'landMu', kind: 'area' },
  { key: 'plannedInvestmentUsd', kind: 'money' },
  { key: 'expectedOutputUsd', kind: 'money' },
  { key: 'tenants', kind: 'number' },
  { key: 'committedInvestmentUsd', kind: 'money' },
  { key: 'deals', kind: 'number' },
  { key: 'facilities', kind: 'number' },
];

const usd = (amount: string | null | undefined) => (amount != null ? Number(amount) : null);

/** One park's compared values from its facts and its figures (no figures: nothing counted, so zero records). */
export function comparedPark(
  p: CompareRows_ParkFragment,
  f: CompareRows_FiguresFragment | undefined,
  lang: Lang,
  statusLabel: (status: string) => string,
): ComparedPark {
  return {
    slug: p.slug,
    name: textIn(p.name, lang),
    parentSlug: p.parent?.slug ?? null,
    status: statusLabel(p.status),
    landMu: p.landArea?.mu ?? null,
    plannedInvestmentUsd: usd(p.plannedInvestment?.amountUsd),
    expectedOutputUsd: usd(p.expectedAnnualOutput?.amountUsd),
    focusSectors: p.focusSectors.map((s) => textIn(s.name, lang)),
    facilities: p.facilities.length,
    tenants: f?.tenants ?? 0,
    committedInvestmentUsd: usd(f?.committedInvestment),
    deals: f?.deals ?? 0,
  };
}

export function compareRows(parks: ComparedPark[]): CompareRow[] {
  const rows: CompareRow[] = [
    { key: 'status', kind: 'text', cells: parks.map((p) => ({ value: p.status, best: false })) },
    { key: 'focusSectors', kind: 'text', cells: parks.map((p) => ({ value: p.focusSectors.length ? p.focusSectors.join(', ') : null, best: false })) },
  ];
  for (const { key, kind } of NUMERIC) {
    const values = parks.map((p) => p[key] as number | null);
    const known = values.filter((v): v is number => v !== null);
    const top = known.length ? Math.max(...known) : null;
    // A best value needs something to beat: with one known value, or all equal, nothing is highlighted.
    const distinct = new Set(known).size > 1;
    rows.push({ key, kind, cells: values.map((v) => ({ value: v, best: distinct && v !== null && v === top && top > 0 })) });
  }
  return rows;
}

/** When a park and its parent are both compared, the pairs, so the page can say nothing is counted twice. */
export function nestedPairs(parks: ComparedPark[]): [string, string][] {
  const slugs = new Set(parks.map((p) => p.slug));
  return parks.filter((p) => p.parentSlug && slugs.has(p.parentSlug)).map((p) => [p.slug, p.parentSlug!]);
}

/** The parks of `/compare?parks=a,b,c`: 2 to 4 distinct slugs, in order. */
export function parseCompared(param: string | null): string[] {
  return [
    ...new Set(
      (param ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => /^[a-z0-9-]{1,80}$/.test(s)),
    ),
  ].slice(0, 4);
}
