import { describe, expect, it } from 'vitest';
import { countryName, countryOptions } from './countries';

describe('country names', () => {
  it('names countries in the interface language and lists every ISO 3166-1 code once, sorted by name', () => {
    expect(countryName('KZ', 'zh')).toBe('哈萨克斯坦');
    expect(countryName('kz', 'en')).toBe('Kazakhstan');
    const en = countryOptions('en');
    expect(en.length).toBeGreaterThan(240);
    expect(new Set(en.map((o) => o.value)).size).toBe(en.length);
    expect(en.find((o) => o.value === 'RU')?.label).toBe('Russia');
    const labels = en.map((o) => o.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('en').compare));
    expect(countryOptions('zh').find((o) => o.value === 'UZ')?.label).toBe('乌兹别克斯坦');
  });
});
