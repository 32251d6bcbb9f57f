import { describe, expect, it } from 'vitest';
import {
  clearFilters,
  comparisonFor,
  DEFAULT_VIEW,
  investmentFilter,
  monthsBetween,
  parseView,
  presetRange,
  serializeView,
  toggleFilter,
  type ViewState,
} from './view-state';

describe('dashboard view state', () => {
  it('round-trips through the URL, writing only what differs from the defaults', () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      parks: ['UGFyazox'],
      sectors: ['NEW_ENERGY', 'LOGISTICS'],
      countries: ['KZ'],
      currency: 'USD',
      realOnly: true,
      grain: 'MONTH',
      tab: 'table',
      lang: 'en',
    };
    const params = serializeView(view);
    expect(params.toString()).toBe('parks=UGFyazox&sectors=NEW_ENERGY%2CLOGISTICS&countries=KZ&currency=USD&real=1&grain=MONTH&tab=table&lang=en');
    expect(parseView(params)).toEqual(view);
    expect(serializeView(DEFAULT_VIEW).toString()).toBe('');
    expect(parseView(new URLSearchParams(''))).toEqual(DEFAULT_VIEW);
  });

  it('ignores what it does not understand instead of breaking the page', () => {
    const view = parseView(new URLSearchParams('period=yesterday&grain=WEEK&currency=dollars&from=2025-13&countries=kz,,kz'));
    expect(view).toMatchObject({ preset: 'last-12-months', grain: 'QUARTER', currency: 'CNY', from: null, countries: ['KZ'] });
  });

  it('compares "this year" and "the last 12 months" with the same dates a year earlier', () => {
    expect(comparisonFor('this-year')).toBe('PREVIOUS_YEAR');
    expect(comparisonFor('last-12-months')).toBe('PREVIOUS_YEAR');
    expect(comparisonFor('since-conference')).toBe('PREVIOUS_PERIOD');
    expect(comparisonFor('custom')).toBe('PREVIOUS_PERIOD');
  });

  it('resolves date presets against a fixed today', () => {
    const today = '2026-11-24';
    expect(presetRange({ preset: 'this-year', from: null, to: null }, today)).toEqual({ from: '2026-01-01', to: today });
    expect(presetRange({ preset: 'last-12-months', from: null, to: null }, today)).toEqual({ from: '2025-11-25', to: today });
    expect(presetRange({ preset: 'last-12-months', from: null, to: null }, '2024-02-29')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(presetRange({ preset: 'since-conference', from: null, to: null }, today)).toEqual({ from: '2025-07-18', to: today });
    expect(presetRange({ preset: 'all', from: null, to: null }, today)).toBeNull();
    expect(presetRange({ preset: 'custom', from: '2025-01-01', to: '2025-03-31' }, today)).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(presetRange({ preset: 'custom', from: '2025-04-01', to: '2025-03-31' }, today)).toBeNull();
  });

  it('counts the calendar months a period touches', () => {
    expect(monthsBetween('2025-01-31', '2025-02-01')).toBe(2);
    expect(monthsBetween('2025-11-25', '2026-11-24')).toBe(13);
    expect(monthsBetween('2016-01-01', '2025-12-31')).toBe(120);
  });

  it('adds and removes cross-filters and turns them into the API filter', () => {
    let view = toggleFilter(DEFAULT_VIEW, 'countries', 'KZ');
    view = toggleFilter(view, 'kinds', 'STATE_OWNED_ENTERPRISE');
    view = toggleFilter(view, 'stages', 'SIGNED');
    expect(investmentFilter({ ...view, realOnly: true })).toEqual({
      stage: { in: ['SIGNED'] },
      organization: { country: { in: ['KZ'] }, kind: { in: ['STATE_OWNED_ENTERPRISE'] } },
      verification: { in: ['VERIFIED', 'RECORDED'] },
    });
    expect(toggleFilter(view, 'countries', 'KZ').countries).toEqual([]);
    expect(investmentFilter(clearFilters(view))).toEqual({});
  });
});
