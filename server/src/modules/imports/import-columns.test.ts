import { describe, expect, it } from 'vitest';
import { DEAL_EXPORT } from '../deals/deal.export.js';
import { INVESTMENT_EXPORT } from '../investments/investment.export.js';
import { EXPORT_LANGS } from '../common/filter-sentences.js';
import { columnsOf, headerMap, IMPORT_COLUMNS, meaningOf, normaliseHeader } from './import-columns.js';
import { IMPORT_KINDS } from './import-types.js';

describe('import columns', () => {
  it('gives every kind the identity columns and the keys the check reads', () => {
    for (const kind of IMPORT_KINDS)
      expect(
        columnsOf(kind)
          .map((c) => c.key)
          .slice(0, 3),
      ).toEqual(['id', 'reference', 'version']);
    expect(columnsOf('investments').map((c) => c.key)).toEqual([
      'id',
      'reference',
      'version',
      'organization',
      'park',
      'sector',
      'stage',
      'amount',
      'amountCurrency',
      'announcedOn',
      'expectedJobs',
      'expectedAnnualOutput',
      'expectedAnnualOutputCurrency',
    ]);
    expect(columnsOf('deals', 'parties').map((c) => c.key)).toEqual(['deal', 'organization', 'role']);
    expect(columnsOf('organizations', 'parties')).toEqual([]);
  });

  it('gives each header one meaning within a sheet, in every language', () => {
    for (const kind of IMPORT_KINDS) {
      const of = IMPORT_COLUMNS[kind];
      for (const sheet of [of.records, of.parties]) if (sheet) expect(() => headerMap(sheet)).not.toThrow();
    }
  });

  it('compares headers without case, spaces, full-width brackets or a required mark', () => {
    expect(normaliseHeader(' Sector (Code) * ')).toBe('sector(code)');
    expect(normaliseHeader('产业（代码）')).toBe('产业(代码)');
    const sheet = IMPORT_COLUMNS.investments.records;
    expect(meaningOf(sheet, headerMap(sheet), 'ANNOUNCED ON')).toMatchObject({ key: 'announcedOn' });
    expect(meaningOf(sheet, headerMap(sheet), 'amountCurrency')).toMatchObject({ key: 'amountCurrency' });
    expect(meaningOf(sheet, headerMap(sheet), 'Colour')).toBeUndefined();
  });

  it.each(EXPORT_LANGS)('knows every header of the investments and deals exports in %s (a key or read-only)', (lang) => {
    for (const [kind, list] of [
      ['investments', INVESTMENT_EXPORT],
      ['deals', DEAL_EXPORT],
    ] as const) {
      const sheet = IMPORT_COLUMNS[kind].records;
      const map = headerMap(sheet);
      for (const currency of ['CNY', 'USD']) {
        const headers = list.columns.map((c) => c.header({ lang, currency, rateDate: '2026-11-24' })[lang]);
        const unknown = headers.filter((h) => !meaningOf(sheet, map, h));
        expect(unknown, `${kind} ${lang}`).toEqual([]);
      }
    }
    const deals = headerMap(IMPORT_COLUMNS.deals.records);
    const title = DEAL_EXPORT.columns[2].header({ lang, currency: 'USD', rateDate: '2026-11-24' })[lang];
    expect(meaningOf(IMPORT_COLUMNS.deals.records, deals, title)).toMatchObject({ key: { en: 'titleEn', zh: 'titleZh', ru: 'titleRu' }[lang] });
  });
});
