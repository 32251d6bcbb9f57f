import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaMuForms, COUNTRY_NAMES_ZH, dateForms, enterpriseCountForms, moneyForms, occursIn } from './quote-forms.js';
import { sourceRecords as r } from './records.js';
import {
  DEAL_KINDS,
  DEAL_PARTY_ROLES,
  EVENT_PARTICIPANT_ROLES,
  ORGANIZATION_KINDS,
  PARK_KINDS,
  PARK_STATUSES,
  SECTOR_CODES,
  TENANCY_STATUSES,
  type SeedCitation,
} from './types.js';

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
          // A quote names its fields as strings: each record type read by field name, whatever its type.
          const value = (x as unknown as Record<string, unknown>)[f];
          expect(value !== undefined && value !== null, `${name}: cites "${f}", which it does not have`).toBe(true);
        }
      }
    }
  });

  it('cite every figure they carry (nothing unsupported, nothing invented)', () => {
    const FIGURES = [
      'landAreaMu',
      'plannedInvestment',
      'expectedAnnualOutput',
      'expectedAnnualProfit',
      'completedOn',
      'unveiledOn',
      'facilities',
      'value',
      'leasedAreaM2',
      'themeZh',
    ];
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
        if (m) {
          expect(m.amount).toMatch(/^\d+(\.\d+)?$/);
          expect(m.currency).toMatch(/^[A-Z]{3}$/);
        }
      }
    }
    for (const o of r.organizations) {
      expect(ORGANIZATION_KINDS).toContain(o.kind);
      expect(o.country === null || /^[A-Z]{2}$/.test(o.country), o.key).toBe(true);
      o.sectors.forEach((s) => expect(SECTOR_CODES).toContain(s));
    }
    for (const e of r.events) {
      if (e.parentKey) expect(events).toContain(e.parentKey);
      for (const p of e.participants ?? []) {
        expect(EVENT_PARTICIPANT_ROLES).toContain(p.role);
        // A named organization, or unnamed participants of one country: never both, never neither.
        expect(Boolean(p.organizationKey) !== Boolean(p.country), `${e.key}: participant ${JSON.stringify(p)}`).toBe(true);
        if (p.organizationKey) expect(orgs).toContain(p.organizationKey);
      }
    }
    for (const d of r.deals) {
      expect(DEAL_KINDS).toContain(d.kind);
      if (d.parkSlug) expect(slugs).toContain(d.parkSlug);
      if (d.eventKey) expect(events).toContain(d.eventKey);
      for (const p of d.parties) {
        expect(orgs).toContain(p.organizationKey);
        expect(DEAL_PARTY_ROLES).toContain(p.role);
      }
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
    // The report names the two manufacturing parks side by side: no parent link between them.
    expect(r.parks.find((p) => p.slug === 'sco-innovation-smart-manufacturing-park')!.parentSlug).toBeUndefined();
    expect(r.parks.find((p) => p.nameZh === '中欧班列(济青)国家集结中心青岛枢纽')!.parentSlug).toBe(
      r.parks.find((p) => p.nameZh === '中欧班列(济青)国家集结中心')!.slug,
    );
    const zone = r.parks.find((p) => p.nameZh === '上合示范区')!;
    expect(
      r.parks
        .filter((p) => p.parentSlug === zone.slug)
        .map((p) => p.nameZh)
        .sort(),
    ).toEqual(['上合示范区多式联运中心', '数据跨境服务专区'].sort());
    // The congress, the Qingdao conference within it, its four dialogues and the new energy forum's salon.
    const congress = r.events.find((e) => e.nameZh === '中国—上海合作组织地方经贸合作大会')!;
    expect(r.events.find((e) => e.nameZh === '上海合作组织产业链供应链青岛会议')!.parentKey).toBe(congress.key);
    expect(r.events.filter((e) => e.parentKey)).toHaveLength(6);
    expect(
      r.events
        .filter((e) => e.themeZh)
        .map((e) => e.themeZh)
        .sort(),
    ).toEqual(['新质领航智造未来', '绿色丝路·上合共赢'].sort());
    // No unnamed company becomes a record.
    expect(r.organizations.map((o) => o.nameZh).join()).not.toMatch(/德国|俄罗斯物流|吉尔吉斯斯坦/);
    // Nothing the report does not say: no production status, no month guessed from 就在几天前, no operator role.
    const texts = [...r.parks.flatMap((p) => [p.positioningZh, p.positioningEn]), ...r.organizations.flatMap((o) => [o.descriptionZh, o.descriptionEn])].join(
      '\n',
    );
    expect(texts).not.toMatch(/尚未投产|not yet in production|7月中旬|mid-July/);
    expect(r.deals.flatMap((d) => d.parties.map((p) => p.role))).not.toContain('PARK_OPERATOR');
  });

  it('state every number, date, count and Chinese name in the form their own quote writes it', () => {
    const year = r.source.eventDate.slice(0, 4);
    const quotesOf = (citations: SeedCitation[], field: string) => citations.filter((c) => c.fields.includes(field)).map((c) => c.quote);
    const ZH_FIELDS = ['nameZh', 'titleZh', 'themeZh', 'venueZh', 'partOfDayZh'] as const;
    let checked = 0;
    const check = (name: string, citations: SeedCitation[], field: string, forms: string[]) => {
      checked++;
      const quotes = quotesOf(citations, field);
      expect(quotes.length, `${name}: ${field} has no quote`).toBeGreaterThan(0);
      expect(occursIn(forms, quotes), `${name}: ${field} = ${forms.join(' / ')} is in none of its quotes:\n${quotes.join('\n')}`).toBe(true);
    };
    const zhNames = (name: string, x: Partial<Record<(typeof ZH_FIELDS)[number], unknown>>, citations: SeedCitation[]) => {
      for (const f of ZH_FIELDS) {
        const value = x[f];
        if (typeof value === 'string') check(name, citations, f, [value]);
      }
    };
    for (const p of r.parks) {
      const name = `park ${p.slug}`;
      zhNames(name, p, p.citations);
      if (p.landAreaMu != null) check(name, p.citations, 'landAreaMu', areaMuForms(p.landAreaMu));
      for (const f of ['plannedInvestment', 'expectedAnnualOutput', 'expectedAnnualProfit'] as const) {
        if (p[f]) check(name, p.citations, f, moneyForms(p[f]));
      }
      for (const f of ['completedOn', 'unveiledOn'] as const) if (p[f]) check(name, p.citations, f, dateForms(p[f], year));
      for (const fac of p.facilities ?? []) check(name, p.citations, 'facilities', [fac.nameZh]);
    }
    for (const o of r.organizations) zhNames(`organization ${o.key}`, o, o.citations);
    for (const e of r.events) {
      const name = `event ${e.key}`;
      zhNames(name, e, e.citations);
      if (e.startsOn) check(name, e.citations, 'startsOn', dateForms(e.startsOn, year));
      for (const p of e.participants ?? []) {
        const org = r.organizations.find((o) => o.key === p.organizationKey);
        const who = org ? org.nameZh : COUNTRY_NAMES_ZH[p.country!];
        expect(who, `${name}: no Chinese name for ${p.country}`).toBeDefined();
        check(name, e.citations, 'participants', [who]);
        if (p.descriptionZh && !org) check(name, e.citations, 'participants', [p.descriptionZh.split(/[::]/)[0]]);
      }
    }
    for (const d of r.deals) {
      const name = `deal ${d.key}`;
      zhNames(name, d, d.citations);
      check(name, d.citations, 'signedOn', dateForms(d.signedOn, year));
      if (d.value) check(name, d.citations, 'value', moneyForms(d.value));
      if (d.unnamedPartyCount) {
        // 厦门国贸等6家企业: the named counterparties plus the unnamed ones make the count the report gives.
        const counted = d.parties.filter((p) => p.role === 'TENANT').length + d.unnamedPartyCount;
        check(name, d.citations, 'unnamedPartyCount', enterpriseCountForms(counted));
      }
      for (const p of d.parties) check(name, d.citations, 'parties', [r.organizations.find((o) => o.key === p.organizationKey)!.nameZh]);
    }
    for (const t of r.tenancies) {
      const name = `tenancy ${t.key}`;
      if (t.signedOn) check(name, t.citations, 'signedOn', dateForms(t.signedOn, year));
      check(name, t.citations, 'organizationKey', [r.organizations.find((o) => o.key === t.organizationKey)!.nameZh]);
    }
    expect(checked).toBeGreaterThan(80);
  });

  it("write no number in a Chinese text that none of its record's quotes has", () => {
    const year = r.source.eventDate.slice(0, 4);
    const all: { name: string; text: string | undefined; citations: SeedCitation[] }[] = [
      ...r.parks.map((p) => ({ name: `park ${p.slug}`, text: p.positioningZh, citations: p.citations })),
      ...r.organizations.map((o) => ({ name: `organization ${o.key}`, text: o.descriptionZh, citations: o.citations })),
      ...r.events.flatMap((e) => (e.participants ?? []).map((p) => ({ name: `event ${e.key}`, text: p.descriptionZh, citations: e.citations }))),
    ];
    for (const { name, text, citations } of all) {
      for (const n of text?.match(/\d+/g) ?? []) {
        const quotes = citations.map((c) => c.quote);
        // The report's year may be written 今年 (this year) in the quote.
        const ok = quotes.some((q) => q.includes(n)) || (n === year && quotes.some((q) => q.includes('今年')));
        expect(ok, `${name}: "${n}" in "${text}" is in none of its quotes`).toBe(true);
      }
    }
  });

  it("render values in the report's own forms", () => {
    expect(moneyForms({ amount: '1000000000', currency: 'USD' })).toContain('100000万美元');
    expect(moneyForms({ amount: '60000000000', currency: 'CNY' })).toContain('600亿元');
    expect(moneyForms({ amount: '8000000000', currency: 'CNY' })).toContain('80亿元');
    expect(moneyForms({ amount: '12345', currency: 'CNY' })).toEqual(['12345元']);
    expect(areaMuForms(4300)).toEqual(['4300亩']);
    expect(dateForms('2025-01', '2025')).toEqual(['2025年1月', '今年1月']);
    expect(dateForms('2025-07-18', '2025')).toContain('2025年7月18日');
    expect(dateForms('2024-05', '2025')).toEqual(['2024年5月']);
    expect(occursIn(moneyForms({ amount: '2000000000', currency: 'USD' }), ['总投资100000万美元'])).toBe(false);
  });
});
