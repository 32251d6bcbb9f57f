// The fit finder's formula, pure: each criterion scores a park from 0 to 1 or is unknown; the score is the
// weighted mean of the known criteria (0–100) and the confidence the share of the weight that was known, so
// missing data lowers confidence, never the score.

export const CRITERIA = ['SECTOR_MATCH', 'LAND', 'NEIGHBOURS', 'MOMENTUM', 'LOGISTICS'] as const;
export type Criterion = (typeof CRITERIA)[number];

export interface ParkFacts {
  id: number;
  /** The park's focus sectors; empty when the records name none (unknown). */
  focusSectors: string[];
  /** Planned land in mu; null when unknown. */
  landAreaMu: number | null;
  isLogisticsHub: boolean;
  /** Facilities' statuses (of the park, its parent and its children); empty when none are recorded. */
  facilityStatuses: string[];
  /** Organizations on record at the park working in the sector (tenants or investors). */
  neighbours: number;
  /** Investments announced and deals signed at the park in the last 12 months. */
  momentum: number;
}

export interface FitRequest {
  sector: string;
  landMu: number;
  weights: Record<Criterion, number>;
}

export interface FitPart {
  criterion: Criterion;
  weight: number;
  /** 0–1; null when unknown for this park. */
  score: number | null;
  /** Points this criterion adds to the 0–100 score. */
  points: number;
}

export interface FitResult {
  parkId: number;
  rank: number;
  /** 0–100 over the known criteria; null when nothing weighted is known. */
  score: number | null;
  /** Share of the weight whose data is known, 0–1. */
  confidence: number;
  parts: FitPart[];
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

function criterionScore(c: Criterion, park: ParkFacts, request: FitRequest, max: { neighbours: number; momentum: number }): number | null {
  switch (c) {
    case 'SECTOR_MATCH':
      return park.focusSectors.length ? (park.focusSectors.includes(request.sector) ? 1 : 0) : null;
    case 'LAND':
      return park.landAreaMu == null ? null : Math.min(1, park.landAreaMu / request.landMu);
    case 'NEIGHBOURS':
      return max.neighbours ? park.neighbours / max.neighbours : 0;
    case 'MOMENTUM':
      return max.momentum ? park.momentum / max.momentum : 0;
    case 'LOGISTICS': {
      if (park.isLogisticsHub) return 1;
      if (!park.facilityStatuses.length) return null;
      const weight = park.facilityStatuses.reduce((s, st) => s + (st === 'OPERATING' ? 1 : st === 'UNKNOWN' ? 0.25 : 0.5), 0);
      return Math.min(1, weight / 3);
    }
  }
}

/** Ranks the parks for a request: score, then confidence, then the older record; equal pairs share a rank. */
export function rankParks(parks: ParkFacts[], request: FitRequest): FitResult[] {
  const max = { neighbours: Math.max(0, ...parks.map((p) => p.neighbours)), momentum: Math.max(0, ...parks.map((p) => p.momentum)) };
  const totalWeight = CRITERIA.reduce((s, c) => s + request.weights[c], 0);
  const results = parks.map((park) => {
    const scored = CRITERIA.map((criterion) => ({ criterion, weight: request.weights[criterion], score: criterionScore(criterion, park, request, max) }));
    const knownWeight = scored.reduce((s, p) => s + (p.score === null ? 0 : p.weight), 0);
    const parts: FitPart[] = scored.map((p) => ({
      ...p,
      score: p.score === null ? null : round(p.score, 4),
      points: p.score === null || !knownWeight ? 0 : round((100 * p.weight * p.score) / knownWeight, 2),
    }));
    return {
      parkId: park.id,
      rank: 0,
      score: knownWeight ? round((100 * scored.reduce((s, p) => s + (p.score === null ? 0 : p.weight * p.score), 0)) / knownWeight, 1) : null,
      confidence: totalWeight ? round(knownWeight / totalWeight, 2) : 0,
      parts,
    };
  });
  results.sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || b.confidence - a.confidence || a.parkId - b.parkId);
  results.forEach((r, i) => {
    const prev = results[i - 1];
    r.rank = prev && prev.score === r.score && prev.confidence === r.confidence ? prev.rank : i + 1;
  });
  return results;
}
