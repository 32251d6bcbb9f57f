import { describe, expect, it } from 'vitest';
import { countryOf, isCalendarDay, listItems } from './import-check.js';

// The parsing rules the check adds over the mutations' own: countries by code or name (a template's dropdown offers
// names in the reader's language), list cells (an organization's sectors), calendar days.
describe('import cell rules', () => {
  it('reads a country by its ISO code or its name in any of the three languages', () => {
    expect(['CN', 'cn', ' de ', 'Germany', 'germany', '德国', 'Германия', 'Russia', '俄罗斯', 'Kazakhstan'].map(countryOf)).toEqual([
      'CN',
      'CN',
      'DE',
      'DE',
      'DE',
      'DE',
      'DE',
      'RU',
      'RU',
      'KZ',
    ]);
    expect(['Atlantis', 'XX', 'C', ''].map(countryOf)).toEqual([null, null, null, null]);
  });

  it('splits a list cell on semicolons (full-width too) and line breaks, dropping empty items', () => {
    expect(listItems('Logistics; NEW_ENERGY')).toEqual(['Logistics', 'NEW_ENERGY']);
    expect(listItems('物流；金融\nTrade;;  ')).toEqual(['物流', '金融', 'Trade']);
    expect(listItems('')).toEqual([]);
  });

  it('accepts only real calendar days', () => {
    expect(['2025-02-28', '2024-02-29', '2025-02-29', '2025-13-01', '2025-1-01'].map(isCalendarDay)).toEqual([true, true, false, false, false]);
  });
});
