import { describe, expect, test } from 'vitest';
import { rankParks, type FitRequest, type ParkFacts } from './fit.js';

// The fit finder's formula, worked by hand: each expected figure below is computed in the comment beside it, so a
// change to a criterion, a weight, the rounding or the ranking shows here before it reaches a prospective tenant.

const park = (id: number, facts: Partial<ParkFacts>): ParkFacts => ({
  id,
  focusSectors: [],
  landAreaMu: null,
  isLogisticsHub: false,
  facilityStatuses: [],
  neighbours: 0,
  momentum: 0,
  ...facts,
});

const request: FitRequest = {
  sector: 'EQUIPMENT',
  landMu: 100,
  weights: { SECTOR_MATCH: 3, LAND: 2, NEIGHBOURS: 1, MOMENTUM: 1, LOGISTICS: 1 },
};

// The most neighbours (4) and the most momentum (4) among the parks are the scale for those two criteria.
const A = park(1, {
  focusSectors: ['EQUIPMENT', 'LOGISTICS'],
  landAreaMu: 300,
  facilityStatuses: ['OPERATING', 'UNKNOWN', 'PLANNED'],
  neighbours: 4,
  momentum: 2,
});
const B = park(2, { isLogisticsHub: true, neighbours: 2, momentum: 0 });
const C = park(3, { focusSectors: ['ENERGY'], landAreaMu: 50, neighbours: 0, momentum: 4 });

describe('rankParks', () => {
  const [a, b, c] = rankParks([C, B, A], request);

  test('scores each criterion from 0 to 1, or unknown, and weighs the known ones', () => {
    // A: sector 1; land min(1, 300/100) = 1; neighbours 4/4 = 1; momentum 2/4 = 0.5;
    // logistics (1 + 0.25 + 0.5) / 3 = 0.58333. Known weight 8 of 8.
    expect(a).toEqual({
      parkId: 1,
      rank: 1,
      score: 88.5, // 100 × (3 + 2 + 1 + 0.5 + 0.58333) / 8 = 88.54
      confidence: 1,
      parts: [
        { criterion: 'SECTOR_MATCH', weight: 3, score: 1, points: 37.5 },
        { criterion: 'LAND', weight: 2, score: 1, points: 25 },
        { criterion: 'NEIGHBOURS', weight: 1, score: 1, points: 12.5 },
        { criterion: 'MOMENTUM', weight: 1, score: 0.5, points: 6.25 },
        { criterion: 'LOGISTICS', weight: 1, score: 0.5833, points: 7.29 },
      ],
    });
  });

  test('unknown criteria lower the confidence, never the score', () => {
    // B: sector and land unknown; neighbours 2/4 = 0.5; momentum 0/4 = 0; a logistics hub scores 1 whatever its
    // facilities. Known weight 3 of 8.
    expect(b).toEqual({
      parkId: 2,
      rank: 2,
      score: 50, // 100 × (0.5 + 0 + 1) / 3
      confidence: 0.38, // 3 / 8 = 0.375, rounded half up
      parts: [
        { criterion: 'SECTOR_MATCH', weight: 3, score: null, points: 0 },
        { criterion: 'LAND', weight: 2, score: null, points: 0 },
        { criterion: 'NEIGHBOURS', weight: 1, score: 0.5, points: 16.67 },
        { criterion: 'MOMENTUM', weight: 1, score: 0, points: 0 },
        { criterion: 'LOGISTICS', weight: 1, score: 1, points: 33.33 },
      ],
    });
  });

  test('a park outside the sector scores 0 on it; land is the share of the land asked for; no facilities is unknown', () => {
    // C: sector 0; land min(1, 50/100) = 0.5; neighbours 0/4 = 0; momentum 4/4 = 1; logistics unknown.
    // Known weight 7 of 8.
    expect(c).toEqual({
      parkId: 3,
      rank: 3,
      score: 28.6, // 100 × (0 + 1 + 0 + 1) / 7 = 28.57
      confidence: 0.88, // 7 / 8 = 0.875
      parts: [
        { criterion: 'SECTOR_MATCH', weight: 3, score: 0, points: 0 },
        { criterion: 'LAND', weight: 2, score: 0.5, points: 14.29 },
        { criterion: 'NEIGHBOURS', weight: 1, score: 0, points: 0 },
        { criterion: 'MOMENTUM', weight: 1, score: 1, points: 14.29 },
        { criterion: 'LOGISTICS', weight: 1, score: null, points: 0 },
      ],
    });
  });

  test('the points of a park add up to its score', () => {
    for (const r of [a, b, c]) expect(r.parts.reduce((s, p) => s + p.points, 0)).toBeCloseTo(r.score ?? 0, 0);
  });

  test('facilities weigh 1 operating, 0.25 unknown, 0.5 otherwise, up to 1 at three operating', () => {
    const logistics = (statuses: string[]) =>
      rankParks([park(1, { facilityStatuses: statuses })], { ...request, weights: { SECTOR_MATCH: 0, LAND: 0, NEIGHBOURS: 0, MOMENTUM: 0, LOGISTICS: 1 } })[0]
        .parts[4].score;
    expect(logistics(['OPERATING'])).toBe(0.3333);
    expect(logistics(['UNKNOWN'])).toBe(0.0833);
    expect(logistics(['UNDER_CONSTRUCTION'])).toBe(0.1667);
    expect(logistics(['OPERATING', 'OPERATING', 'OPERATING', 'OPERATING'])).toBe(1);
  });

  test('neighbours and momentum score 0, not unknown, when no park has any', () => {
    const [only] = rankParks([park(7, {})], { ...request, weights: { SECTOR_MATCH: 0, LAND: 0, NEIGHBOURS: 1, MOMENTUM: 1, LOGISTICS: 0 } });
    expect(only).toMatchObject({ score: 0, confidence: 1 });
    expect(only.parts.slice(2, 4)).toEqual([
      { criterion: 'NEIGHBOURS', weight: 1, score: 0, points: 0 },
      { criterion: 'MOMENTUM', weight: 1, score: 0, points: 0 },
    ]);
  });
});

describe('ranking', () => {
  const even = { SECTOR_MATCH: 1, LAND: 1, NEIGHBOURS: 1, MOMENTUM: 1, LOGISTICS: 1 };

  test('equal score and confidence share a rank, the older record first; the next rank skips', () => {
    const twin = { ...A, id: 9 };
    expect(rankParks([twin, B, A], request).map((r) => [r.parkId, r.rank])).toEqual([
      [1, 1],
      [9, 1],
      [2, 3],
    ]);
  });

  test('on an equal score the better-known park ranks first, even when it is the newer record', () => {
    // Both score 100 over what is known; park 1 knows 3 of 5 criteria, park 2 all 5.
    const partly = park(1, { isLogisticsHub: true, neighbours: 1, momentum: 1 });
    const fully = park(2, { focusSectors: ['EQUIPMENT'], landAreaMu: 1000, isLogisticsHub: true, neighbours: 1, momentum: 1 });
    expect(rankParks([partly, fully], { ...request, weights: even }).map((r) => [r.parkId, r.rank, r.score, r.confidence])).toEqual([
      [2, 1, 100, 1],
      [1, 2, 100, 0.6],
    ]);
  });

  test('equally well-known parks with different scores get ranks of their own', () => {
    const weaker = park(1, { isLogisticsHub: true, focusSectors: ['ENERGY'], landAreaMu: 1000, neighbours: 1, momentum: 1 });
    const stronger = park(2, { isLogisticsHub: true, focusSectors: ['EQUIPMENT'], landAreaMu: 1000, neighbours: 1, momentum: 1 });
    expect(rankParks([weaker, stronger], { ...request, weights: even }).map((r) => [r.parkId, r.rank, r.score, r.confidence])).toEqual([
      [2, 1, 100, 1],
      [1, 2, 80, 1],
    ]);
  });

  test('a park with nothing known has no score and ranks after a park that scores 0', () => {
    const onlySector = { SECTOR_MATCH: 1, LAND: 0, NEIGHBOURS: 0, MOMENTUM: 0, LOGISTICS: 0 };
    const unknown = park(1, {});
    const outside = park(2, { focusSectors: ['ENERGY'] });
    expect(rankParks([unknown, outside], { ...request, weights: onlySector }).map((r) => [r.parkId, r.rank, r.score, r.confidence])).toEqual([
      [2, 1, 0, 1],
      [1, 2, null, 0],
    ]);
  });

  test('with every weight 0 nothing is known: no score, confidence 0, no points', () => {
    const none = { SECTOR_MATCH: 0, LAND: 0, NEIGHBOURS: 0, MOMENTUM: 0, LOGISTICS: 0 };
    const [r] = rankParks([A], { ...request, weights: none });
    expect(r).toMatchObject({ score: null, confidence: 0 });
    expect(r.parts.map((p) => p.points)).toEqual([0, 0, 0, 0, 0]);
  });
});
