import { describe, expect, it } from 'vitest';
import { makeFragmentData } from '../__generated__';
import { investorCountryOptions, FilterBar_country } from './FilterBar';

// Country buckets as the options query's FilterBar_country fragment reads them.
const country = (value: string | null, zh: string, en: string) => makeFragmentData({ key: [{ value, label: { zh, en, ru: null } }] }, FilterBar_country);

describe('the country filter', () => {
  it('offers each investor country by its code, named in the interface language, and not the group without a country', () => {
    const buckets = [country('KZ', '哈萨克斯坦', 'Kazakhstan'), country(null, '未知', 'Unknown'), country('RU', '俄罗斯', 'Russia')];
    expect(investorCountryOptions(buckets, 'en')).toEqual([
      { value: 'KZ', label: 'Kazakhstan' },
      { value: 'RU', label: 'Russia' },
    ]);
    expect(investorCountryOptions(buckets, 'zh').map((o) => o.label)).toEqual(['哈萨克斯坦', '俄罗斯']);
    expect(investorCountryOptions([], 'en')).toEqual([]);
  });
});
