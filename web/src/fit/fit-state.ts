// The fit finder's inputs in the URL, one parameter per input: `sector`, the land needed as `landMu` or `landHa`
// (the parameter names the unit), and each criterion's weight as `w<Criterion>` (wLand, wSectorMatch, ...).
// Links from before (`land` + `unit`, weights named after the criteria) still open with the same needs.
import { SectorCode } from '../__generated__/graphql';

export const CRITERIA = [
  ['sectorMatch', 'SECTOR_MATCH'],
  ['land', 'LAND'],
  ['neighbours', 'NEIGHBOURS'],
  ['momentum', 'MOMENTUM'],
  ['logistics', 'LOGISTICS'],
] as const;

export type Criterion = (typeof CRITERIA)[number][0];
export type LandUnit = 'mu' | 'ha';

export interface FitState {
  sector: string;
  unit: LandUnit;
  /** The land field as typed ('' when cleared). */
  landText: string;
  /** The land needed, or NaN when the field does not hold a number. */
  land: number;
  weights: Record<Criterion, number>;
}

export const DEFAULT_SECTOR: SectorCode = SectorCode.Logistics;
export const DEFAULT_LAND = '100';
const DEFAULT_WEIGHT = 1;

export const weightParam = (criterion: Criterion) => `w${criterion[0].toUpperCase()}${criterion.slice(1)}`;
const landParam = (unit: LandUnit) => (unit === 'ha' ? 'landHa' : 'landMu');
/** Parameters of links made before each input had its own: `land` was the need (and, by accident, its weight). */
const LEGACY = ['land', 'unit', ...CRITERIA.map(([c]) => c)];

function clampWeight(raw: string | null): number | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const w = Number(raw);
  return Number.isFinite(w) ? Math.min(10, Math.max(0, Math.round(w))) : undefined;
}

export function readFitState(params: URLSearchParams): FitState {
  let unit: LandUnit;
  let landText: string;
  if (params.has('landMu')) [unit, landText] = ['mu', params.get('landMu')!];
  else if (params.has('landHa')) [unit, landText] = ['ha', params.get('landHa')!];
  else [unit, landText] = [params.get('unit') === 'ha' ? 'ha' : 'mu', params.get('land') ?? DEFAULT_LAND];
  const weights = {} as Record<Criterion, number>;
  for (const [criterion] of CRITERIA) {
    // An old link's `land` is the land needed, never the land weight.
    const legacy = criterion === 'land' ? undefined : clampWeight(params.get(criterion));
    weights[criterion] = clampWeight(params.get(weightParam(criterion))) ?? legacy ?? DEFAULT_WEIGHT;
  }
  const land = landText.trim() === '' ? NaN : Number(landText);
  return { sector: params.get('sector') || DEFAULT_SECTOR, unit, landText, land, weights };
}

/** The URL parameters for a state: the page's other parameters kept, old ones replaced by their new names. */
export function writeFitState(params: URLSearchParams, state: FitState): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const name of [...LEGACY, 'landMu', 'landHa', 'sector', ...CRITERIA.map(([c]) => weightParam(c))]) next.delete(name);
  next.set('sector', state.sector);
  next.set(landParam(state.unit), state.landText);
  for (const [criterion] of CRITERIA) next.set(weightParam(criterion), String(state.weights[criterion]));
  return next;
}

export type FitChange = { sector: string } | { landText: string } | { unit: LandUnit } | { weight: Criterion; value: number };

/** One input changed: only its own parameter changes meaning. */
export function changeFit(params: URLSearchParams, change: FitChange): URLSearchParams {
  const state = readFitState(params);
  if ('sector' in change) state.sector = change.sector;
  else if ('landText' in change) state.landText = change.landText;
  else if ('unit' in change) state.unit = change.unit;
  else state.weights[change.weight] = clampWeight(String(change.value)) ?? DEFAULT_WEIGHT;
  return writeFitState(params, state);
}
