import { addDays, format, parseISO, subMonths } from 'date-fns';
import { InvestmentStage, OrganizationKind, SectorCode, Verification } from '../__generated__/graphql';
import type { DealFilter, InvestmentFilter, OrganizationFilter, ParkFilter, TenancyFilter } from '../__generated__/graphql';

// The dashboard's whole view (filters, grouping, currency, tab) as URL search parameters: a copied link reproduces it.

export type Grain = 'MONTH' | 'QUARTER' | 'YEAR';
export type Preset = 'this-year' | 'last-12-months' | 'since-conference' | 'all' | 'custom';
export type Tab = 'charts' | 'table';

// The interface languages (as in i18n/index.ts, not imported here: that module starts i18next).
const LINK_LANGUAGES = ['zh', 'en', 'ru'] as const;

export interface ViewState {
  parks: string[];
  sectors: SectorCode[];
  countries: string[];
  stages: InvestmentStage[];
  kinds: OrganizationKind[];
  preset: Preset;
  /** Only for the custom preset. */
  from: string | null;
  to: string | null;
  currency: string;
  /** Real data only (VERIFIED and RECORDED), or demo included. */
  realOnly: boolean;
  grain: Grain;
  tab: Tab;
  /** The interface language, when the link names one. */
  lang: 'zh' | 'en' | 'ru' | null;
}

/** The day of the SCO Industrial Chain and Supply Chain Qingdao Conference the source reports on. */
export const CONFERENCE_DAY = '2025-07-18';

export const DEFAULT_VIEW: ViewState = {
  parks: [],
  sectors: [],
  countries: [],
  stages: [],
  kinds: [],
  preset: 'last-12-months',
  from: null,
  to: null,
  currency: 'CNY',
  realOnly: false,
  grain: 'QUARTER',
  tab: 'charts',
  lang: null,
};

const LISTS = ['parks', 'sectors', 'countries', 'stages', 'kinds'] as const;
export type ListFilter = (typeof LISTS)[number];
const PRESETS: Preset[] = ['this-year', 'last-12-months', 'since-conference', 'all', 'custom'];
const GRAINS: Grain[] = ['MONTH', 'QUARTER', 'YEAR'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The values of `list` that are one of `known` (an enum's values); a link with a value the API does not know drops it. */
function known<T extends string>(list: string[], values: Record<string, T>): T[] {
  const allowed: readonly string[] = Object.values(values);
  return list.filter((v): v is T => allowed.includes(v));
}

export function parseView(params: URLSearchParams): ViewState {
  const list = (name: string) => [
    ...new Set(
      (params.get(name) ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
  const preset = params.get('period') as Preset | null;
  const grain = params.get('grain') as Grain | null;
  const from = params.get('from');
  const to = params.get('to');
  const currency = (params.get('currency') ?? '').toUpperCase();
  return {
    parks: list('parks'),
    sectors: known(list('sectors'), SectorCode),
    countries: list('countries').map((c) => c.toUpperCase()),
    stages: known(list('stages'), InvestmentStage),
    kinds: known(list('kinds'), OrganizationKind),
    preset: preset && PRESETS.includes(preset) ? preset : DEFAULT_VIEW.preset,
    from: from && DAY.test(from) ? from : null,
    to: to && DAY.test(to) ? to : null,
    currency: /^[A-Z]{3}$/.test(currency) ? currency : DEFAULT_VIEW.currency,
    realOnly: params.get('real') === '1',
    grain: grain && GRAINS.includes(grain) ? grain : DEFAULT_VIEW.grain,
    tab: params.get('tab') === 'table' ? 'table' : 'charts',
    lang: LINK_LANGUAGES.find((l) => l === params.get('lang')) ?? null,
  };
}

/** Only what differs from the defaults goes into the URL, in a fixed order. */
export function serializeView(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of LISTS) if (view[name].length) params.set(name, view[name].join(','));
  if (view.preset !== DEFAULT_VIEW.preset) params.set('period', view.preset);
  if (view.preset === 'custom') {
    if (view.from) params.set('from', view.from);
    if (view.to) params.set('to', view.to);
  }
  if (view.currency !== DEFAULT_VIEW.currency) params.set('currency', view.currency);
  if (view.realOnly) params.set('real', '1');
  if (view.grain !== DEFAULT_VIEW.grain) params.set('grain', view.grain);
  if (view.tab !== DEFAULT_VIEW.tab) params.set('tab', view.tab);
  if (view.lang) params.set('lang', view.lang);
  return params;
}

/** The values chosen for one list filter. */
export function chosen(view: ViewState, name: ListFilter): readonly string[] {
  return view[name];
}

export function toggleFilter(view: ViewState, name: ListFilter, value: string): ViewState {
  const current = chosen(view, name);
  return { ...view, [name]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] };
}

export function clearFilters(view: ViewState): ViewState {
  return { ...view, parks: [], sectors: [], countries: [], stages: [], kinds: [] };
}

/** The date range of a preset on `today` (YYYY-MM-DD); null for all time. */
export function presetRange(view: Pick<ViewState, 'preset' | 'from' | 'to'>, today: string): { from: string; to: string } | null {
  switch (view.preset) {
    case 'this-year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'last-12-months':
      // The same rule as the server's default comparison period.
      return { from: format(addDays(subMonths(parseISO(today), 12), 1), 'yyyy-MM-dd'), to: today };
    case 'since-conference':
      return { from: CONFERENCE_DAY, to: today };
    case 'custom':
      return view.from && view.to && view.from <= view.to ? { from: view.from, to: view.to } : null;
    default:
      return null;
  }
}

/**
 * What a preset is compared with: "this year" (so far) and "the last 12 months" with the same dates a year earlier
 * (1 January to today last year; the 12 months before), other periods with as many days just before them.
 */
export function comparisonFor(preset: Preset): 'PREVIOUS_YEAR' | 'PREVIOUS_PERIOD' {
  return preset === 'this-year' || preset === 'last-12-months' ? 'PREVIOUS_YEAR' : 'PREVIOUS_PERIOD';
}

/** Real records: verified or recorded, demo data left out. */
export const REAL_RECORDS: Verification[] = [Verification.Verified, Verification.Recorded];

/** Stages past signing: the committed pipeline. */
export const COMMITTED_STAGES: InvestmentStage[] = [InvestmentStage.Signed, InvestmentStage.UnderConstruction, InvestmentStage.Operating];

/** The parks the view chose (all when none), real ones only when it asks for real data. */
export function parkFilter(view: ViewState): ParkFilter {
  return {
    ...(view.parks.length ? { id: { in: view.parks } } : {}),
    ...(view.realOnly ? { verification: { in: REAL_RECORDS } } : {}),
  };
}

/** The API's InvestmentFilter for the view's filters (the period travels separately). */
export function investmentFilter(view: ViewState): InvestmentFilter {
  const filter: InvestmentFilter = {};
  if (view.parks.length) filter.park = { id: { in: view.parks } };
  if (view.sectors.length) filter.sector = { in: view.sectors };
  if (view.stages.length) filter.stage = { in: view.stages };
  const organization: OrganizationFilter = {};
  if (view.countries.length) organization.country = { in: view.countries };
  if (view.kinds.length) organization.kind = { in: view.kinds };
  if (Object.keys(organization).length) filter.organization = organization;
  if (view.realOnly) filter.verification = { in: REAL_RECORDS };
  return filter;
}

/**
 * The deal filter that matches the view as far as deals can: park, provenance, and a named party of the sector,
 * country and kind chosen (one party matching all three). Stages belong to investments and do not apply.
 */
export function dealFilter(view: ViewState): DealFilter {
  const filter: DealFilter = {};
  if (view.parks.length) filter.park = { id: { in: view.parks } };
  const party = organizationFilter(view);
  if (party) filter.party = party;
  if (view.realOnly) filter.verification = { in: REAL_RECORDS };
  return filter;
}

/** The organization side of the view (sector, country, kind), or null when none is chosen. */
export function organizationFilter(view: ViewState): OrganizationFilter | null {
  const filter: OrganizationFilter = {};
  if (view.sectors.length) filter.sector = { in: view.sectors };
  if (view.countries.length) filter.country = { in: view.countries };
  if (view.kinds.length) filter.kind = { in: view.kinds };
  return Object.keys(filter).length ? filter : null;
}

/**
 * The tenancy filter for the tenants KPI: the park, the tenant's sector, country and kind, and provenance. Stages
 * belong to investments and have no meaning for a tenant.
 */
export function tenancyFilter(view: ViewState): TenancyFilter {
  const filter: TenancyFilter = {};
  if (view.parks.length) filter.park = { id: { in: view.parks } };
  const organization = organizationFilter(view);
  if (organization) filter.organization = organization;
  if (view.realOnly) filter.verification = { in: REAL_RECORDS };
  return filter;
}

/** Calendar months a period touches ("2025-01-31" to "2025-02-01" is 2). */
export function monthsBetween(from: string, to: string): number {
  const months = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return months(to) - months(from) + 1;
}
/** The view's filters as a KPI card names them. */
export type KpiFilter = 'park' | 'sector' | 'country' | 'stage' | 'kind' | 'realOnly' | 'period';

/** The filters chosen in the view (the period always is). */
export function activeFilters(view: ViewState): KpiFilter[] {
  const active: KpiFilter[] = [];
  if (view.parks.length) active.push('park');
  if (view.sectors.length) active.push('sector');
  if (view.countries.length) active.push('country');
  if (view.stages.length) active.push('stage');
  if (view.kinds.length) active.push('kind');
  if (view.realOnly) active.push('realOnly');
  return active;
}

/** Which of the view's filters an API answer followed, read from its `follows` paths ("park.id", "party.sector"). */
export function followedFilters(paths: readonly string[]): Set<KpiFilter> {
  const followed = new Set<KpiFilter>();
  for (const path of paths) {
    const last = path.split('.').at(-1);
    const first = path.split('.')[0];
    if (first === 'park' || path === 'id') followed.add('park');
    else if (last === 'sector') followed.add('sector');
    else if (last === 'country') followed.add('country');
    else if (last === 'stage') followed.add('stage');
    else if (last === 'kind') followed.add('kind');
    else if (last === 'verification') followed.add('realOnly');
    else if (path === 'period' || path === 'on') followed.add('period');
  }
  return followed;
}

/**
 * What each KPI can follow (shown on its card), beside the filter builders above: the tenants and deals have no
 * stage, the parks' own planned figures follow the park and provenance only.
 */
export const KPI_FOLLOWS: Record<string, KpiFilter[]> = {
  committed: ['park', 'sector', 'country', 'stage', 'kind', 'period'],
  projects: ['park', 'sector', 'country', 'stage', 'kind', 'period'],
  tenants: ['park', 'sector', 'country', 'kind', 'period'],
  deals: ['park', 'sector', 'country', 'kind', 'period'],
  planned: ['park'],
  land: ['park'],
};
