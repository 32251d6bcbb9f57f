import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEAL_KINDS, DEAL_PARTY_ROLES, INVESTMENT_STAGES, ORGANIZATION_KINDS, SECTOR_CODES, TENANCY_STATUSES } from '../../server/src/domain/vocabulary.js';
import { isCurrencyCode } from '../../server/src/modules/money/money.js';
import { DEFAULT_RATES } from '../reference.js';
import { sourceRecords } from '../source/records.js';
import { DEFAULT_DEMO_SIZES, demoRecords, generateDemo } from './demo-data.js';

const parks = sourceRecords.parks.map(({ slug, nameZh, nameEn }) => ({ slug, nameZh, nameEn }));

describe('the demo generator', () => {
  it('gives the same data for the same seed, and other data for another seed', () => {
    const a = generateDemo({ parks });
    expect(generateDemo({ parks })).toEqual(a);
    const b = generateDemo({ parks, seed: 7 });
    expect(b.organizations.map((o) => o.nameEn)).not.toEqual(a.organizations.map((o) => o.nameEn));
    expect(generateDemo({ parks, seed: 7 })).toEqual(b);
  });

  it('makes the sizes asked for (300 / 600 / 2,000 / 400 by default)', () => {
    const d = generateDemo({ parks });
    expect([d.organizations.length, d.tenancies.length, d.investments.length, d.deals.length]).toEqual([
      DEFAULT_DEMO_SIZES.organizations,
      DEFAULT_DEMO_SIZES.tenancies,
      DEFAULT_DEMO_SIZES.investments,
      DEFAULT_DEMO_SIZES.deals,
    ]);
    const small = generateDemo({ parks, sizes: { organizations: 5, tenancies: 6, investments: 7, deals: 8 } });
    expect([small.organizations.length, small.tenancies.length, small.investments.length, small.deals.length]).toEqual([5, 6, 7, 8]);
  });

  it('stays inside the vocabularies, with dates and statuses that agree', () => {
    const d = generateDemo({ parks });
    const slugs = new Set(parks.map((p) => p.slug));
    const orgs = new Set(d.organizations.map((o) => o.key));
    const converted = new Set(['USD', ...DEFAULT_RATES.map((r) => r.currency)]);
    expect(new Set(d.organizations.map((o) => o.nameEn)).size).toBe(d.organizations.length);
    for (const o of d.organizations) {
      expect(ORGANIZATION_KINDS).toContain(o.kind);
      expect(o.country).toMatch(/^[A-Z]{2}$/);
      o.sectors.forEach((s) => expect(SECTOR_CODES).toContain(s));
    }
    for (const t of d.tenancies) {
      expect(TENANCY_STATUSES).toContain(t.status);
      expect(slugs).toContain(t.parkSlug);
      expect(orgs).toContain(t.organizationKey);
      expect(t.movedInOn === null).toBe(t.status === 'SIGNED');
      if (t.movedInOn) expect(t.movedInOn >= t.signedOn).toBe(true);
      expect(t.exitedOn !== null).toBe(t.status === 'EXITED');
      if (t.exitedOn) expect(t.exitedOn >= t.movedInOn!).toBe(true);
    }
    for (const i of d.investments) {
      expect(INVESTMENT_STAGES).toContain(i.stage);
      expect(SECTOR_CODES).toContain(i.sector);
      expect(i.amount.amount).toMatch(/^[1-9]\d*$/);
      expect(isCurrencyCode(i.amount.currency) && converted.has(i.amount.currency)).toBe(true);
      expect(i.announcedOn >= '2023-01-01' && i.announcedOn <= '2026-12-31').toBe(true);
    }
    for (const deal of d.deals) {
      expect(DEAL_KINDS).toContain(deal.kind);
      expect(deal.parties.length).toBeGreaterThan(0);
      deal.parties.forEach((p) => expect(DEAL_PARTY_ROLES).toContain(p.role));
      expect(new Set(deal.parties.map((p) => p.organizationKey)).size).toBe(deal.parties.length);
    }
  });

  it('spreads over stages, currencies, countries and years', () => {
    const d = generateDemo({ parks });
    expect(new Set(d.investments.map((i) => i.stage)).size).toBe(INVESTMENT_STAGES.length);
    expect(new Set(d.investments.map((i) => i.amount.currency))).toEqual(new Set(['USD', 'CNY', 'RUB', 'KZT', 'EUR']));
    expect(new Set(d.organizations.map((o) => o.country)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(d.investments.map((i) => i.announcedOn.slice(0, 4)))).toEqual(new Set(['2023', '2024', '2025', '2026']));
  });

  // Fingerprints of whole datasets: any change to what a seed produces (a value, an order, a name) changes them.
  const fingerprint = (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('hex');

  it('gives exactly the fixed demo set for the default seed and sizes (the web app and its tests rely on it)', () => {
    expect(fingerprint(generateDemo({ parks }))).toBe('49d0cdd20b5a382ee0cee00475b0efe538ba16cab5384562cbeb56100aeb7460');
  });

  it('gives the same records for the same seed and sizes at any size, one at a time as in memory', () => {
    const options = { parks, seed: 42, sizes: { organizations: 50, tenancies: 60, investments: 5000, deals: 70 } };
    expect(fingerprint(generateDemo(options))).toBe('83bed5be40be9c32cb95086bd2a02f060c201430fde7963ba0d58f82e901859a');
    const streamed = [...demoRecords(options)];
    expect(streamed.map((r) => r.type)).toEqual([
      ...Array<string>(50).fill('organization'),
      ...Array<string>(60).fill('tenancy'),
      ...Array<string>(5000).fill('investment'),
      ...Array<string>(70).fill('deal'),
    ]);
    const d = generateDemo(options);
    expect(streamed.map((r) => r.record)).toEqual([...d.organizations, ...d.tenancies, ...d.investments, ...d.deals]);
  });

  it('names thousands of organizations apart (a number after a repeated name)', () => {
    const d = generateDemo({ parks, sizes: { organizations: 5000, tenancies: 0, investments: 0, deals: 0 } });
    expect(new Set(d.organizations.map((o) => o.nameEn)).size).toBe(5000);
    expect(new Set(d.organizations.map((o) => o.nameZh)).size).toBe(5000);
    expect(d.organizations.some((o) => / \(\d+\)$/.test(o.nameEn))).toBe(true);
  });
});
