import { describe, expect, it } from 'vitest';
import { changeFit, readFitState, weightParam } from './fit-state.js';

const q = (s: string) => new URLSearchParams(s);

describe('the fit finder URL state', () => {
  it('keeps the land needed and the land weight in parameters of their own', () => {
    let params = changeFit(q(''), { landText: '50' });
    expect(params.get('landMu')).toBe('50');
    expect(readFitState(params).weights.land).toBe(1);
    params = changeFit(params, { weight: 'land', value: 7 });
    expect(params.get('wLand')).toBe('7');
    expect(readFitState(params)).toMatchObject({ land: 50, landText: '50', unit: 'mu', weights: { land: 7 } });
    params = changeFit(params, { landText: '2000' });
    expect(readFitState(params)).toMatchObject({ land: 2000, weights: { land: 7 } });
    expect(params.has('land')).toBe(false);
  });

  it('names the unit in the parameter, keeps the figure when the unit changes, and remembers a cleared field', () => {
    let params = changeFit(q('landMu=30'), { unit: 'ha' });
    expect([params.get('landHa'), params.has('landMu')]).toEqual(['30', false]);
    expect(readFitState(params)).toMatchObject({ unit: 'ha', land: 30 });
    params = changeFit(params, { landText: '' });
    expect(readFitState(params)).toMatchObject({ unit: 'ha', landText: '' });
    expect(readFitState(params).land).toBeNaN();
  });

  it('defaults to logistics, 100 mu and every weight 1, and clamps weights to 0–10', () => {
    expect(readFitState(q(''))).toEqual({
      sector: 'LOGISTICS',
      unit: 'mu',
      landText: '100',
      land: 100,
      weights: { sectorMatch: 1, land: 1, neighbours: 1, momentum: 1, logistics: 1 },
    });
    expect(readFitState(q('wMomentum=40&wLogistics=-3&wNeighbours=x')).weights).toMatchObject({ momentum: 10, logistics: 0, neighbours: 1 });
    expect(weightParam('sectorMatch')).toBe('wSectorMatch');
  });

  it('opens old links with the same needs: land is the land needed, the other weights keep their names', () => {
    const old = q('sector=ENERGY&land=12&unit=ha&sectorMatch=5&momentum=0&lang=en');
    expect(readFitState(old)).toMatchObject({ sector: 'ENERGY', unit: 'ha', land: 12, weights: { sectorMatch: 5, land: 1, momentum: 0 } });
    // The first change writes the new names and drops the old ones; other parameters of the page stay.
    const next = changeFit(old, { weight: 'logistics', value: 3 });
    expect(Object.fromEntries(next)).toEqual({
      lang: 'en',
      sector: 'ENERGY',
      landHa: '12',
      wSectorMatch: '5',
      wLand: '1',
      wNeighbours: '1',
      wMomentum: '0',
      wLogistics: '3',
    });
  });
});
