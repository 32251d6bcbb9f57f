import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceRecords as r } from './records.js';
import { DEAL_KINDS, DEAL_PARTY_ROLES, ORGANIZATION_KINDS, PARK_KINDS, PARK_STATUSES, SECTOR_CODES, TENANCY_STATUSES } from './types.js';

const article = readFileSync(new URL('./article.txt', import.meta.url), 'utf8');
const records = [
  ...r.parks.map((x) => ({ name: `park ${x.slug}`, x })),
  ...r.organizations.map((x) => ({ name: `organization ${x.key}`, x })),
  ...r.events.map((x) => ({ name: `event ${x.key}`, x })),
  ...r.deals.map((x) => ({ name: `deal ${x.key}`, x })),
  ...r.tenancies.map((x) => ({ name: `tenancy ${x.key}`, x })),
];

describe('the source records', () => {
  it('quote the article verbatim, and each quote supports fields the record has', () => {
    for (const { name, x } of records) {
      expect(x.citations.length, `${name} has no quote`).toBeGreaterThan(0);
      for (const c of x.citations) {
        expect(article.includes(c.quote), `${name}: quote not in the article: ${c.quote}`).toBe(true);
        expect(c.fields.length, `${name}: a quote supporting nothing`).toBeGreaterThan(0);
        for (const f of c.fields) {
          const value = (x as unknown as Record<string, unknown>)[f];
          expect(value !== undefined && value !== null, `${name}: cites "${f}", which it does not have`).toBe(true);
        }
      }
    }
  });

  it('cite every figure they carry (nothing unsupported, nothing invented)', () => {
    const FIGURES = ['landAreaMu', 'plannedInvestment', 'expectedAnnualOutput', 'expectedAnnualProfit', 'completedOn', 'unveiledOn', 'facilities', 'value', 'leasedAreaM2', 'themeZh'];
    for (const { name, x } of records) {
      const cited = new Set(x.citations.flatMap((c) => c.fields));
      for (const f of FIGURES) {
        if ((x as unknown as Record<string, unknown>)[f] != null) expect(cited.has(f), `${name}: ${f} is not cited`).toBe(true);
      }
      if ('status' in x && x.status !== 'UNKNOWN' && !('role' in x)) expect(cited.has('status'), `${name}: status ${x.status} is not cited`).toBe(true);
    }
  });

  it('use unique keys, known vocabularies and references that resolve', () => {
    const slugs = new Set(r.parks.map((p) => p.slug));
    const orgs = new Set(r.organizations.map((o) => o.key));
    const events = new Set(r.events.map((e) => e.key));
    expect(slugs.size).toBe(r.parks.length);
    expect(orgs.size).toBe(r.organizations.length);
    expect(events.size).toBe(r.events.length);
    for (const p of r.parks) {
      expect(PARK_KINDS).toContain(p.kind);
      expect(PARK_STATUSES).toContain(p.status);
      p.focusSectors.forEach((s) => expect(SECTOR_CODES).toContain(s));
      if (p.parentSlug) expect(slugs).toContain(p.parentSlug);
      for (const m of [p.plannedInvestment, p.expectedAnnualOutput, p.expectedAnnualProfit]) {
        if (m) expect(m.amount).toMatch(/^\d+(\.\d+)?$/), expect(m.currency).toMatch(/^[A-Z]{3}$/);
      }
    }
    for (const o of r.organizations) {
      expect(ORGANIZATION_KINDS).toContain(o.kind);
      expect(o.country === null || /^[A-Z]{2}$/.test(o.country), o.key).toBe(true);
      o.sectors.forEach((s) => expect(SECTOR_CODES).toContain(s));
    }
    for (const e of r.events) if (e.parentKey) expect(events).toContain(e.parentKey);
    for (const d of r.deals) {
      expect(DEAL_KINDS).toContain(d.kind);
      if (d.parkSlug) expect(slugs).toContain(d.parkSlug);
      if (d.eventKey) expect(events).toContain(d.eventKey);
      for (const p of d.parties) expect(orgs).toContain(p.organizationKey), expect(DEAL_PARTY_ROLES).toContain(p.role);
    }
    for (const t of r.tenancies) {
      expect(TENANCY_STATUSES).toContain(t.status);
      expect(orgs).toContain(t.organizationKey);
      expect(slugs).toContain(t.parkSlug);
    }
  });

  it('carry the figures the article states, and only those', () => {
    const valley = r.parks.find((p) => p.slug === 'sco-energy-valley')!;
    expect(valley.landAreaMu).toBe(4300);
    expect(valley.plannedInvestment).toEqual({ amount: '1000000000', currency: 'USD' });
    expect(valley.expectedAnnualOutput).toEqual({ amount: '60000000000', currency: 'CNY' });
    expect(valley.expectedAnnualProfit).toEqual({ amount: '8000000000', currency: 'CNY' });
    const settlement = r.deals.find((d) => d.kind === 'SETTLEMENT_CONTRACT')!;
    expect(settlement.unnamedPartyCount).toBe(5);
    expect(settlement.parties.map((p) => r.organizations.find((o) => o.key === p.organizationKey)!.nameZh)).toContain('厦门国贸');
    expect(r.parks.find((p) => p.slug === 'sco-innovation-smart-manufacturing-park')!.parentSlug).toBe('sco-equipment-manufacturing-park');
    expect(r.events.filter((e) => e.parentKey)).toHaveLength(4);
    expect(r.events.filter((e) => e.themeZh).map((e) => e.themeZh).sort()).toEqual(['新质领航智造未来', '绿色丝路·上合共赢'].sort());
    // No unnamed company becomes a record.
    expect(r.organizations.map((o) => o.nameZh).join()).not.toMatch(/德国|俄罗斯物流|吉尔吉斯斯坦/);
  });
});
