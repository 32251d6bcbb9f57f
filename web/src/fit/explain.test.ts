import { describe, expect, it } from 'vitest';
import { unscoredCriteria } from './explain';

describe('fit explanation', () => {
  it('names the weighted criteria left unscored for unknown data, not the ignored ones', () => {
    const parts = [
      { criterion: 'SECTOR_MATCH', weight: 3, score: 0, points: 0 },
      { criterion: 'LAND', weight: 1, score: null, points: 0 },
      { criterion: 'LOGISTICS', weight: 0, score: null, points: 0 },
      { criterion: 'MOMENTUM', weight: 1, score: 0.5, points: 0.5 },
    ];
    expect(unscoredCriteria(parts)).toEqual(['LAND']);
    expect(unscoredCriteria(parts.filter((p) => p.criterion !== 'LAND'))).toEqual([]);
  });
});
