import { describe, expect, it } from 'vitest';
import { compareRows, nestedPairs, parseCompared, type ComparedPark } from './compare-rows';

const park = (slug: string, o: Partial<ComparedPark> = {}): ComparedPark => ({
  slug,
  name: slug,
  parentSlug: null,
  status: 'OPERATING',
  landMu: null,
  plannedInvestmentUsd: null,
  expectedOutputUsd: null,
  focusSectors: [],
  facilities: 0,
  tenants: 0,
  committedInvestmentUsd: null,
  deals: 0,
  ...o,
});

describe('park comparison', () => {
  it('marks the best known value of each row, never an unknown and never a lone value', () => {
    const rows = compareRows([
      park('a', { landMu: 4300, tenants: 3, deals: 2 }),
      park('b', { landMu: null, tenants: 5, deals: 2 }),
      park('c', { landMu: 100, tenants: 0 }),
    ]);
    const row = (key: string) => rows.find((r) => r.key === key)!.cells;
    expect(row('landMu')).toEqual([
      { value: 4300, best: true },
      { value: null, best: false },
      { value: 100, best: false },
    ]);
    expect(row('tenants').map((c) => c.best)).toEqual([false, true, false]);
    expect(row('deals').map((c) => c.best)).toEqual([true, true, false]);
    expect(row('plannedInvestmentUsd')).toEqual([
      { value: null, best: false },
      { value: null, best: false },
      { value: null, best: false },
    ]);
    expect(row('focusSectors')[0].value).toBeNull();
    const lone = compareRows([park('a', { landMu: 10 }), park('b')]);
    expect(lone.find((r) => r.key === 'landMu')!.cells[0].best).toBe(false);
  });

  it('notices a park compared with its parent, and reads the URL list', () => {
    expect(nestedPairs([park('child', { parentSlug: 'parent' }), park('parent'), park('other', { parentSlug: 'elsewhere' })])).toEqual([['child', 'parent']]);
    expect(parseCompared('a,b,,a,c,d,e')).toEqual(['a', 'b', 'c', 'd']);
    expect(parseCompared('a,<script>,b')).toEqual(['a', 'b']);
    expect(parseCompared(null)).toEqual([]);
  });
});
