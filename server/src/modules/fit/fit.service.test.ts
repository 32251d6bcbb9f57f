import type { EntityManager } from '@mikro-orm/knex';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { FitService, type ParkFitInput } from './fit.service.js';

// The fit finder's input rules, checked before any query: land in mu or in hectares (one of them, above 0, below
// 10,000,000 mu), weights from 0 to 10 and not all zero, and a page of 1 to 100 parks. Ranking itself is in
// fit.test.ts (the formula) and test/integration/fit.test.ts (facts from the database).

/** An EntityManager any query on would fail: these requests are refused first. */
const noDatabase = new Proxy({} as EntityManager, {
  get: () => {
    throw new Error('no query expected');
  },
});
const service = new FitService(noDatabase, fixedClock('2026-07-01'));

async function fieldErrors(input: Omit<ParkFitInput, 'sector'>, first = 20) {
  try {
    await service.rank({ sector: 'LOGISTICS', ...input }, first);
  } catch (err) {
    const { message, extensions } = err as { message: string; extensions: { code: string; fieldErrors: unknown[] } };
    if (extensions?.code !== 'BAD_USER_INPUT') throw err;
    return { message, fieldErrors: extensions.fieldErrors };
  }
  throw new Error('not refused');
}

const exactlyOne = {
  field: 'input.landMu',
  reason: 'EXACTLY_ONE',
  message: 'give the land needed in mu or in hectares (one of them)',
  params: { fields: ['input.landMu', 'input.landHectares'] },
};
const ZERO_WEIGHTS = { sectorMatch: 0, land: 0, neighbours: 0, momentum: 0, logistics: 0 };

describe('the fit finder refuses, field by field', () => {
  it('land given in neither unit or in both', async () => {
    expect(await fieldErrors({})).toEqual({ message: 'input.landMu: give the land needed in mu or in hectares (one of them)', fieldErrors: [exactlyOne] });
    expect((await fieldErrors({ landMu: null, landHectares: null })).fieldErrors).toEqual([exactlyOne]);
    expect((await fieldErrors({ landMu: 10, landHectares: 1 })).fieldErrors).toEqual([exactlyOne]);
    expect((await fieldErrors({ landMu: 0, landHectares: 0 })).fieldErrors).toEqual([exactlyOne]);
  });

  it('land of 0 or less, or of 10,000,000 mu or more, at the field it was given in (hectares are 15 mu)', async () => {
    const notPositive = (field: string) => [{ field, reason: 'NOT_POSITIVE', message: 'must be more than 0', params: {} }];
    const tooLarge = (field: string) => [{ field, reason: 'TOO_LARGE', message: 'must be less than 10,000,000 mu', params: { max: '10000000' } }];
    expect((await fieldErrors({ landMu: 0 })).fieldErrors).toEqual(notPositive('input.landMu'));
    expect((await fieldErrors({ landMu: -1 })).fieldErrors).toEqual(notPositive('input.landMu'));
    expect((await fieldErrors({ landHectares: 0 })).fieldErrors).toEqual(notPositive('input.landHectares'));
    expect((await fieldErrors({ landMu: Number.NaN })).fieldErrors).toEqual(notPositive('input.landMu'));
    expect((await fieldErrors({ landMu: 1e7 })).fieldErrors).toEqual(tooLarge('input.landMu'));
    // 666,667 ha is 10,000,005 mu; 666,666 ha (9,999,990 mu) is accepted (see below).
    expect((await fieldErrors({ landHectares: 666_667 })).fieldErrors).toEqual(tooLarge('input.landHectares'));
  });

  it('weights outside 0 to 10, all weights zero, and a page outside 1 to 100', async () => {
    const outOfRange = (field: string) => ({ field, reason: 'OUT_OF_RANGE', message: 'a weight from 0 to 10', params: { min: 0, max: 10 } });
    expect((await fieldErrors({ landMu: 5, weights: { land: 10.01, momentum: -0.01, logistics: Number.NaN } })).fieldErrors).toEqual([
      outOfRange('input.weights.land'),
      outOfRange('input.weights.momentum'),
      outOfRange('input.weights.logistics'),
    ]);
    const allZero = { field: 'input.weights', reason: 'ALL_ZERO', message: 'at least one weight must be above 0', params: {} };
    expect((await fieldErrors({ landMu: 5, weights: ZERO_WEIGHTS })).fieldErrors).toEqual([allZero]);
    const page = { field: 'first', reason: 'OUT_OF_RANGE', message: 'between 1 and 100', params: { min: 1, max: 100 } };
    expect((await fieldErrors({ landMu: 5 }, 0)).fieldErrors).toEqual([page]);
    expect((await fieldErrors({ landMu: 5 }, 101)).fieldErrors).toEqual([page]);
    // Every problem at once, in the order of the form.
    expect((await fieldErrors({ weights: ZERO_WEIGHTS }, 0)).fieldErrors).toEqual([exactlyOne, allZero, page]);
  });

  it('nothing at the edges: those requests go on to the database', async () => {
    for (const [input, first] of [
      [{ landMu: 9_999_999.99, weights: { ...ZERO_WEIGHTS, land: 10 } }, 1],
      [{ landHectares: 666_666, weights: { ...ZERO_WEIGHTS, momentum: 0.01 } }, 100],
      [{ landMu: 0.01, weights: { sectorMatch: null, land: 0 } }, 20],
    ] as const) {
      await expect(service.rank({ sector: 'LOGISTICS', ...input }, first), JSON.stringify(input)).rejects.toThrow('no query expected');
    }
  });
});
