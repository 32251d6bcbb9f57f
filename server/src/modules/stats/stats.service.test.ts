import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../clock.js';
import { entities } from '../../db/entities.js';
import { selectRows } from '../../db/select-rows.js';
import { buildWhere } from '../../graphql/filters.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { INVESTMENT_FILTER } from '../investments/investment.filter.js';
import { Investment } from '../investments/investment.entity.js';
import type { MoneyService } from '../money/money.service.js';
import { DEAL_DIMENSIONS, INVESTMENT_DIMENSIONS, TENANCY_DIMENSIONS } from './dimensions.js';
import { groupedFigures, sqlDialect, timeKeySql, type GroupRow, type Subject } from './grouped-query.js';
import { period } from './periods.js';
import { StatsService } from './stats.service.js';
import {
  ensureSummaries,
  rebuildSummaries,
  SUMMARY_VERSION,
  summaryCount,
  summarizedFigures,
  summaryPlan,
  suspendSummaries,
  withSummaryDelta,
} from './summary.js';

// Statistics on an in-memory database holding records on the edges: on a quarter's first and last days, the day
// before a period, without a date, without an amount, without an investor, park, event or country, and DEMO ones.
// Every figure below is worked out by hand from the fixture.

let orm: MikroORM;
const em = () => orm.em.fork() as unknown as EntityManager;
const TODAY = '2026-02-10';
const clock: Clock = { today: () => TODAY, now: () => new Date(`${TODAY}T08:00:00Z`) };
/** One rate: 1 CNY = 0.14 USD from 2020. */
const money = {
  rateOn: async (currency: string, day: string) =>
    currency === 'CNY' ? { currency: 'CNY', validFrom: '2020-01-01', usdPerUnit: '0.140000000000', day } : null,
} as unknown as MoneyService;
const stats = () => new StatsService(em(), clock, money);

const P1 = toGlobalId('Park', 1);
const P2 = toGlobalId('Park', 2);
const E1 = toGlobalId('Event', 1);
const exec = (sql: string) => em().getConnection().execute(sql, [], 'run');

const stamp = { created_at: '2025-01-01T00:00:00.000Z', updated_at: '2025-01-01T00:00:00.000Z', version: 1 };

async function insert(table: string, rows: Record<string, unknown>[]) {
  await em().getKnex()(table).insert(rows);
}

/** Investments: id, park, sector, investor, stage, USD cents, announced, provenance. */
const INVESTMENTS: [number, number, string, number | null, string, number | null, string | null, string][] = [
  [1, 1, 'LOGISTICS', 1, 'SIGNED', 100_000, '2025-03-31', 'VERIFIED'],
  [2, 1, 'TRADE', 2, 'OPERATING', 200_000, '2025-04-01', 'RECORDED'],
  [3, 2, 'LOGISTICS', 1, 'LEAD', null, '2025-06-30', 'VERIFIED'],
  [4, 2, 'FINANCE', 3, 'NEGOTIATING', 50_000, '2025-07-01', 'DEMO'],
  [5, 1, 'LOGISTICS', null, 'SIGNED', 30_000, null, 'RECORDED'],
  [6, 2, 'TRADE', 2, 'UNDER_CONSTRUCTION', 70_000, '2024-12-31', 'VERIFIED'],
  [7, 1, 'LOGISTICS', 1, 'OPERATING', 10_000, '2025-12-31', 'VERIFIED'],
  [8, 1, 'TRADE', 1, 'SIGNED', 5_000, '2025-01-01', 'VERIFIED'],
];

beforeAll(async () => {
  orm = await MikroORM.init({ driver: LibSqlDriver, dbName: ':memory:', entities, debug: false });
  await orm.schema.createSchema();
  await insert('sector', [
    { code: 'LOGISTICS', name_zh: '物流运输', name_en: 'Logistics and transport', sort_order: 1 },
    { code: 'TRADE', name_zh: '贸易', name_en: 'Trade', sort_order: 2 },
    { code: 'FINANCE', name_zh: '金融', name_en: 'Finance', sort_order: 3 },
  ]);
  await insert('park', [
    {
      id: 1,
      ...stamp,
      verification: 'VERIFIED',
      slug: 'one',
      kind: 'INDUSTRIAL_PARK',
      name_zh: '一园',
      name_en: 'Park One',
      name_ru: 'Парк один',
      status: 'OPERATING',
    },
    { id: 2, ...stamp, verification: 'VERIFIED', slug: 'two', kind: 'LOGISTICS_HUB', name_zh: '二园', name_en: 'Park Two', status: 'PLANNED' },
  ]);
  await insert('organization', [
    { id: 1, ...stamp, verification: 'VERIFIED', name_zh: '甲', name_en: 'Alpha', country: 'RU', kind: 'COMPANY' },
    { id: 2, ...stamp, verification: 'VERIFIED', name_zh: '乙', name_en: 'Beta', country: 'KZ', kind: 'STATE_OWNED_ENTERPRISE' },
    { id: 3, ...stamp, verification: 'DEMO', name_zh: '丙', name_en: 'Gamma', country: null, kind: 'COMPANY' },
  ]);
  await insert('organization_sector', [
    { organization_id: 1, sector_code: 'LOGISTICS' },
    { organization_id: 1, sector_code: 'TRADE' },
    { organization_id: 3, sector_code: 'FINANCE' },
  ]);
  await insert('event', [{ id: 1, ...stamp, verification: 'VERIFIED', name_zh: '博览会', name_en: 'Expo', name_ru: 'Выставка' }]);
  // The summary is kept by its triggers from here on.
  await rebuildSummaries(exec, 'sqlite');
  await insert(
    'investment',
    INVESTMENTS.map(([id, park, sector, org, stage, usd, on, verification]) => ({
      id,
      ...stamp,
      park_id: park,
      sector_code: sector,
      organization_id: org,
      stage,
      amount_usd_minor: usd,
      amount_minor: usd,
      amount_currency: usd === null ? null : 'USD',
      announced_on: on,
      verification,
    })),
  );
  const deal = { ...stamp, title_zh: '协议', title_en: 'Agreement' };
  // Deals keep the count of their named parties beside the party rows: the fixture keeps it too, as every writer of
  // parties does.
  const named = (n: number) => ({ named_party_count: n });
  await insert('deal', [
    {
      id: 1,
      ...deal,
      verification: 'VERIFIED',
      kind: 'COOPERATION_AGREEMENT',
      park_id: 1,
      event_id: 1,
      signed_on: '2025-03-31',
      value_usd_minor: 100_000,
      unnamed_party_count: 2,
      ...named(1),
    },
    {
      id: 2,
      ...deal,
      verification: 'RECORDED',
      kind: 'MOU',
      park_id: null,
      event_id: null,
      signed_on: '2025-04-01',
      value_usd_minor: null,
      unnamed_party_count: 0,
      ...named(2),
    },
    {
      id: 3,
      ...deal,
      verification: 'DEMO',
      kind: 'MOU',
      park_id: 2,
      event_id: 1,
      signed_on: '2024-06-01',
      value_usd_minor: 3_000,
      unnamed_party_count: 1,
      ...named(0),
    },
  ]);
  await insert('deal_party', [
    { deal_id: 1, organization_id: 1, role: 'PARTY' },
    { deal_id: 2, organization_id: 1, role: 'PARTY' },
    { deal_id: 2, organization_id: 2, role: 'INVESTOR' },
  ]);
  const tenancy = (
    id: number,
    org: number,
    park: number,
    status: string,
    signed: string | null,
    exited: string | null,
    area: number | null,
    v = 'VERIFIED',
  ) => ({
    id,
    ...stamp,
    verification: v,
    organization_id: org,
    park_id: park,
    status,
    signed_on: signed,
    exited_on: exited,
    leased_area_m2: area,
  });
  await insert('tenancy', [
    tenancy(1, 1, 1, 'OPERATING', '2024-01-10', null, 500),
    tenancy(2, 1, 1, 'MOVED_IN', '2025-02-01', null, null),
    tenancy(3, 2, 2, 'EXITED', '2024-05-01', '2025-06-30', 300),
    tenancy(4, 3, 2, 'SIGNED', null, null, 100, 'DEMO'),
    tenancy(5, 2, 1, 'SIGNED', '2025-09-01', null, null, 'RECORDED'),
  ]);
});

afterAll(async () => {
  await orm?.close(true);
});

const YEAR_2025 = { from: '2025-01-01', to: '2025-12-31' };
type Bucket = {
  key: { value: string | null }[];
  figures: { count: number; valuedCount: number; total: string | null; includesDemo: boolean };
};
/** Buckets as "value: count/valued/total", keys joined by " × ". */
const brief = (buckets: Bucket[]) =>
  buckets.map(
    (b) =>
      `${b.key.map((k) => k.value).join(' × ')}: ${b.figures.count}/${b.figures.valuedCount}/${String(b.figures.total)}${b.figures.includesDemo ? ' demo' : ''}`,
  );

describe('investment statistics', () => {
  it('per quarter of a year: records on a quarter’s first and last days in that quarter, none from the day before, every quarter listed', async () => {
    const s = await stats().investmentStats({ groupBy: ['QUARTER'], period: YEAR_2025 });
    expect(brief(s.buckets)).toEqual(['2025-Q1: 2/2/1050', '2025-Q2: 2/1/2000', '2025-Q3: 1/1/500 demo', '2025-Q4: 1/1/100']);
    expect(s.buckets[2].key[0]).toEqual({ dimension: 'QUARTER', value: '2025-Q3', label: { en: 'Q3 2025', zh: '2025年第三季度' }, partial: false });
    expect(s.totals).toEqual({ count: 6, valuedCount: 5, total: '3650', average: '730', includesDemo: true });
    expect(s.period).toEqual(period('2025-01-01', '2025-12-31'));
    expect(s.follows).toEqual(['period']);
    expect(s.currency).toBe('USD');
    expect(s.rateDate).toBe(TODAY);
    expect(s.previousTotals).toBeNull();
    expect(s.change).toBeNull();
  });

  it('per month and per year, a bucket cut by the period partial', async () => {
    const m = await stats().investmentStats({ groupBy: ['MONTH'], period: { from: '2025-03-31', to: '2025-04-15' } });
    expect(brief(m.buckets)).toEqual(['2025-03: 1/1/1000', '2025-04: 1/1/2000']);
    expect(m.buckets.map((b) => [b.key[0].label.en, b.key[0].partial])).toEqual([
      ['Mar 2025', true],
      ['Apr 2025', true],
    ]);
    const y = await stats().investmentStats({ groupBy: ['YEAR'], period: { from: '2024-12-31', to: '2025-12-31' } });
    expect(brief(y.buckets)).toEqual(['2024: 1/1/700', '2025: 6/5/3650 demo']);
    expect(y.buckets.map((b) => b.key[0].partial)).toEqual([true, false]);
  });

  it('without a period: every year found, then the records without a date as "Date unknown"; a year not over yet is partial', async () => {
    const s = await stats().investmentStats({ groupBy: ['YEAR'] });
    expect(brief(s.buckets)).toEqual(['2024: 1/1/700', '2025: 6/5/3650 demo', ': 1/1/300']);
    expect(s.buckets[2].key[0]).toEqual({
      dimension: 'YEAR',
      value: null,
      label: { en: 'Date unknown', zh: '日期不详', ru: 'Дата неизвестна' },
      partial: false,
    });
    expect(s.totals).toMatchObject({ count: 8, valuedCount: 7, total: '4650' });
    expect(s.follows).toEqual([]);
    await insert('investment', [
      { id: 90, ...stamp, park_id: 2, sector_code: 'TRADE', stage: 'LEAD', announced_on: '2026-01-05', verification: 'RECORDED', amount_usd_minor: 1 },
    ]);
    try {
      const later = await stats().investmentStats({ groupBy: ['YEAR'] });
      expect(later.buckets.map((b) => [b.key[0].value, b.key[0].partial])).toEqual([
        ['2024', false],
        ['2025', false],
        ['2026', true],
        [null, false],
      ]);
    } finally {
      await em().getKnex()('investment').where('id', 90).delete();
    }
  });

  it('per park: the global ID, the names with Russian where one was entered, most records first', async () => {
    const s = await stats().investmentStats({ groupBy: ['PARK'], period: YEAR_2025 });
    expect(brief(s.buckets)).toEqual([`${P1}: 4/4/3150`, `${P2}: 2/1/500 demo`]);
    expect(s.buckets.map((b) => b.key[0].label)).toEqual([
      { en: 'Park One', zh: '一园', ru: 'Парк один' },
      { en: 'Park Two', zh: '二园' },
    ]);
  });

  it('per sector, stage, investor country and kind, with their labels; an investment without an investor is of unknown country and kind', async () => {
    const sector = await stats().investmentStats({ groupBy: ['SECTOR'] });
    expect(brief(sector.buckets)).toEqual(['LOGISTICS: 4/3/1400', 'TRADE: 3/3/2750', 'FINANCE: 1/1/500 demo']);
    expect(sector.buckets.map((b) => b.key[0].label)).toEqual([
      { en: 'Logistics and transport', zh: '物流运输', ru: 'Логистика и транспорт' },
      { en: 'Trade', zh: '贸易', ru: 'Торговля' },
      { en: 'Finance', zh: '金融', ru: 'Финансы' },
    ]);
    const stage = await stats().investmentStats({ groupBy: ['STAGE'], period: YEAR_2025 });
    expect(brief(stage.buckets)).toEqual(['OPERATING: 2/2/2100', 'SIGNED: 2/2/1050', 'LEAD: 1/0/null', 'NEGOTIATING: 1/1/500 demo']);
    expect(stage.buckets[1].key[0].label).toEqual({ en: 'Signed', zh: '已签约', ru: 'Подписано' });
    const country = await stats().investmentStats({ groupBy: ['SOURCE_COUNTRY'] });
    expect(brief(country.buckets)).toEqual(['RU: 4/3/1150', 'KZ: 2/2/2700', ': 2/2/800 demo']);
    expect(country.buckets.map((b) => b.key[0].label.en)).toEqual(['Russia', 'Kazakhstan', 'Unknown']);
    expect(country.buckets[2].key[0].label).toEqual({ en: 'Unknown', zh: '未知', ru: 'Неизвестно' });
    const kind = await stats().investmentStats({ groupBy: ['ORGANIZATION_KIND'], period: YEAR_2025 });
    expect(brief(kind.buckets)).toEqual(['COMPANY: 5/4/1650 demo', 'STATE_OWNED_ENTERPRISE: 1/1/2000']);
    expect(kind.buckets[1].key[0].label.en).toBe('State-owned enterprise');
  });

  it('by two dimensions: each pair found, a calendar one zero-filled for each value of the other', async () => {
    const s = await stats().investmentStats({ groupBy: ['PARK', 'SECTOR'], period: YEAR_2025 });
    expect(brief(s.buckets)).toEqual([
      `${P1} × LOGISTICS: 2/2/1100`,
      `${P1} × TRADE: 2/2/2050`,
      `${P2} × LOGISTICS: 1/0/null`,
      `${P2} × FINANCE: 1/1/500 demo`,
    ]);
    expect(s.buckets[0].key.map((k) => k.dimension)).toEqual(['PARK', 'SECTOR']);
    const t = await stats().investmentStats({ groupBy: ['SOURCE_COUNTRY', 'QUARTER'], period: { from: '2025-01-01', to: '2025-06-30' } });
    expect(brief(t.buckets)).toEqual(['RU × 2025-Q1: 2/2/1050', 'RU × 2025-Q2: 1/0/null', 'KZ × 2025-Q1: 0/0/0', 'KZ × 2025-Q2: 1/1/2000']);
  });

  it('filtered per dimension, from the summary and from the records alike', async () => {
    const cases: [Record<string, unknown>, string, string[]][] = [
      [{ park: { id: { eq: P2 } } }, '2/1/500', ['park.id']],
      [{ sector: { in: ['TRADE', 'FINANCE'] } }, '3/3/2550', ['sector']],
      [{ stage: { eq: 'SIGNED' } }, '2/2/1050', ['stage']],
      [{ organization: { country: { eq: 'KZ' } } }, '1/1/2000', ['organization.country']],
      [{ organization: { kind: { eq: 'COMPANY' } } }, '5/4/1650', ['organization.kind']],
      [{ verification: { in: ['VERIFIED', 'RECORDED'] } }, '5/4/3150', ['verification']],
      [{ verification: { eq: 'DEMO' } }, '1/1/500', ['verification']],
      [{ park: { id: { eq: P1 } }, sector: { eq: 'LOGISTICS' } }, '2/2/1100', ['park.id', 'sector']],
    ];
    for (const [filter, expected, follows] of cases) {
      const fromSummary = await stats().investmentStats({ filter, period: YEAR_2025 });
      const t = fromSummary.totals;
      expect(`${t.count}/${t.valuedCount}/${t.total}`, JSON.stringify(filter)).toBe(expected);
      // An amount condition the summary cannot answer: the records themselves are grouped.
      const fromRecords = await stats().investmentStats({ filter: { ...filter, amountUsd: { gte: '0' } }, period: YEAR_2025 });
      expect(fromRecords.totals.total, JSON.stringify(filter)).toBe(t.total);
      expect(fromSummary.follows).toEqual([...follows, 'period'].sort());
    }
  });

  it('against the previous year and the previous period: the change in count, total and percent', async () => {
    const s = await stats().investmentStats({ groupBy: ['YEAR'], period: YEAR_2025, compareTo: 'PREVIOUS_YEAR' });
    expect(s.previousPeriod).toEqual(period('2024-01-01', '2024-12-31'));
    expect(s.previousTotals).toMatchObject({ count: 1, total: '700', average: '700', includesDemo: false });
    expect(s.change).toEqual({ count: 5, countPercent: 500, total: '2950', totalPercent: 421.43 });
    expect(s.buckets[0].previous).toMatchObject({ count: 1, total: '700' });
    expect(s.buckets[0].change).toEqual({ count: 5, countPercent: 500, total: '2950', totalPercent: 421.43 });
    // April against the 30 days before it, which end on the last day of March.
    const q = await stats().investmentStats({ groupBy: ['MONTH'], period: { from: '2025-04-01', to: '2025-04-30' }, compareTo: 'PREVIOUS_PERIOD' });
    expect(q.previousPeriod).toEqual(period('2025-03-02', '2025-03-31'));
    expect(q.buckets.map((b) => [b.key[0].value, b.figures.count, b.previous?.count, b.previous?.total])).toEqual([['2025-04', 1, 1, '1000']]);
    expect(q.change).toEqual({ count: 0, countPercent: 0, total: '1000', totalPercent: 100 });
    const none = await stats().investmentStats({
      filter: { stage: { eq: 'LEAD' } },
      period: { from: '2020-01-01', to: '2020-12-31' },
      compareTo: 'PREVIOUS_YEAR',
    });
    expect(none.change).toEqual({ count: 0, countPercent: 0, total: '0', totalPercent: 0 });
    const fromNothing = await stats().investmentStats({ filter: { stage: { eq: 'SIGNED' } }, period: YEAR_2025, compareTo: 'PREVIOUS_YEAR' });
    expect(fromNothing.change).toEqual({ count: 2, countPercent: null, total: '1050', totalPercent: null });
    const oneDay = await stats().investmentStats({ period: { from: '2024-12-31', to: '2024-12-31' }, compareTo: 'PREVIOUS_PERIOD' });
    expect(oneDay.change).toEqual({ count: 1, countPercent: null, total: '700', totalPercent: null });
    const fall = await stats().investmentStats({ period: { from: '2025-01-02', to: '2025-12-31' }, compareTo: 'PREVIOUS_YEAR' });
    expect(fall.change).toMatchObject({ count: 4, countPercent: 400 });
    const drop = await stats().investmentStats({ period: { from: '2026-01-01', to: '2026-12-31' }, compareTo: 'PREVIOUS_YEAR' });
    expect(drop.change).toEqual({ count: -6, countPercent: -100, total: '-3650', totalPercent: -100 });
  });

  it('without a period but with a comparison: the twelve months to today against the twelve before', async () => {
    const s = await stats().investmentStats({ compareTo: 'PREVIOUS_PERIOD' });
    expect(s.period).toEqual(period('2025-02-11', '2026-02-10'));
    expect(s.previousPeriod).toEqual(period('2024-02-11', '2025-02-10'));
    expect(s.totals).toMatchObject({ count: 5, valuedCount: 4, total: '3600' });
    expect(s.previousTotals).toMatchObject({ count: 2, valuedCount: 2, total: '750' });
  });

  it('in another currency at the rate of the day asked for (today unless said), refused without a rate or a currency code', async () => {
    const s = await stats().investmentStats({ period: YEAR_2025, currency: 'cny', rateDate: '2025-06-30' });
    expect(s.currency).toBe('CNY');
    expect(s.rateDate).toBe('2025-06-30');
    expect(s.rates).toHaveLength(1);
    // 3,650 USD at 0.14 USD a yuan; the average of five valued records.
    expect(s.totals).toMatchObject({ total: '26071.43', average: '5214.29' });
    expect((await stats().investmentStats({ currency: 'CNY' })).rateDate).toBe(TODAY);
    await expect(stats().investmentStats({ currency: 'EUR' })).rejects.toMatchObject({
      message: 'There is no exchange rate for EUR; add one or ask in USD',
      extensions: { code: 'BAD_USER_INPUT', field: 'currency' },
    });
    await expect(stats().investmentStats({ currency: 'XYZ1' })).rejects.toMatchObject({
      message: '"XYZ1" is not an ISO 4217 currency code',
      extensions: { field: 'currency' },
    });
  });

  it('refuses a grouping by three, twice the same, or two calendar dimensions; a period that is not two dates; a bad filter', async () => {
    const refusal = (message: string, field: string) => ({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    await expect(stats().investmentStats({ groupBy: ['PARK', 'SECTOR', 'STAGE'] })).rejects.toMatchObject(
      refusal('Group by one or two dimensions; got 3', 'groupBy'),
    );
    await expect(stats().investmentStats({ groupBy: ['PARK', 'PARK'] })).rejects.toMatchObject(refusal('Each dimension may appear once in groupBy', 'groupBy'));
    await expect(stats().investmentStats({ groupBy: ['YEAR', 'MONTH'] })).rejects.toMatchObject(
      refusal('Group by one of YEAR, QUARTER and MONTH, not two', 'groupBy'),
    );
    expect((await stats().investmentStats({ groupBy: ['PARK', 'YEAR'] })).buckets.length).toBeGreaterThan(0);
    for (const p of [
      { from: '2025-1-1', to: '2025-12-31' },
      { from: '2025-01-01', to: '2025-13-01' },
    ]) {
      await expect(stats().investmentStats({ period: p })).rejects.toMatchObject(refusal('A period needs two dates, YYYY-MM-DD', 'period'));
    }
    await expect(stats().investmentStats({ period: { from: '2025-02-01', to: '2025-01-01' } })).rejects.toMatchObject({ extensions: { field: 'period' } });
    await expect(stats().investmentStats({ filter: { stage: { eq: 'NOT_A_STAGE', in: [] }, amountUsd: { gte: 'lots' } } })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await expect(stats().investmentStats({ groupBy: ['MONTH'], period: { from: '1900-01-01', to: '2025-12-31' } })).rejects.toMatchObject({
      extensions: { field: 'groupBy' },
    });
  });
});

describe('deal statistics', () => {
  it('per kind: counts, values (none when no deal has one) and parties, named and unnamed', async () => {
    const s = await stats().dealStats({ groupBy: ['KIND'], period: YEAR_2025 });
    expect(s.buckets.map((b) => [b.key[0].value, b.key[0].label.en, b.figures.count, b.figures.total, b.figures.parties])).toEqual([
      ['COOPERATION_AGREEMENT', 'Cooperation agreement', 1, '1000', 3],
      ['MOU', 'Memorandum of understanding', 1, null, 2],
    ]);
    expect(s.totals).toEqual({ count: 2, valuedCount: 1, total: '1000', average: '1000', includesDemo: false, parties: 5 });
  });

  it('per park and per event, a deal without one under its own label', async () => {
    const park = await stats().dealStats({ groupBy: ['PARK'] });
    expect(park.buckets.map((b) => [b.key[0].value, b.key[0].label, b.figures.count, b.figures.includesDemo])).toEqual([
      [P1, { en: 'Park One', zh: '一园', ru: 'Парк один' }, 1, false],
      [P2, { en: 'Park Two', zh: '二园' }, 1, true],
      [null, { en: 'No park named', zh: '未指明园区', ru: 'Парк не указан' }, 1, false],
    ]);
    const event = await stats().dealStats({ groupBy: ['EVENT'] });
    expect(event.buckets.map((b) => [b.key[0].value, b.key[0].label.en, b.figures.count])).toEqual([
      [E1, 'Expo', 2],
      [null, 'Not signed at an event', 1],
    ]);
    expect(event.buckets[0].key[0].label).toEqual({ en: 'Expo', zh: '博览会', ru: 'Выставка' });
    expect(event.buckets[1].key[0].label).toEqual({ en: 'Not signed at an event', zh: '非活动现场签约', ru: 'Подписано не на мероприятии' });
  });

  it('per month with a kind, against the previous year', async () => {
    const s = await stats().dealStats({ groupBy: ['KIND', 'MONTH'], period: { from: '2025-03-01', to: '2025-04-30' } });
    expect(s.buckets.map((b) => `${b.key.map((k) => k.value).join(' ')}: ${b.figures.count}/${b.figures.parties}`)).toEqual([
      'COOPERATION_AGREEMENT 2025-03: 1/3',
      'COOPERATION_AGREEMENT 2025-04: 0/0',
      'MOU 2025-03: 0/0',
      'MOU 2025-04: 1/2',
    ]);
    const y = await stats().dealStats({ groupBy: ['QUARTER'], period: { from: '2025-04-01', to: '2025-06-30' }, compareTo: 'PREVIOUS_YEAR' });
    expect(y.buckets.map((b) => [b.key[0].value, b.figures.count, b.previous?.count, b.previous?.includesDemo])).toEqual([['2025-Q2', 1, 1, true]]);
    expect(y.change).toEqual({ count: 0, countPercent: 0, total: '-30', totalPercent: -100 });
    const year = await stats().dealStats({ groupBy: ['YEAR'] });
    expect(year.buckets.map((b) => [b.key[0].value, b.figures.count])).toEqual([
      ['2024', 1],
      ['2025', 2],
    ]);
  });
});

describe('tenancy statistics', () => {
  it('on a day: the tenancies current then, and their distinct tenants', async () => {
    const s = await stats().tenancyStats({ on: '2025-03-01' });
    expect(s.totals).toEqual({ count: 4, tenants: 3, includesDemo: true });
    expect(s.on).toBe('2025-03-01');
    expect(s.follows).toEqual(['on']);
    // The exit day itself no longer counts.
    expect((await stats().tenancyStats({ on: '2025-06-30' })).totals).toEqual({ count: 3, tenants: 2, includesDemo: true });
    expect((await stats().tenancyStats({ on: '2025-06-29' })).totals).toEqual({ count: 4, tenants: 3, includesDemo: true });
    // The signing day itself counts.
    expect((await stats().tenancyStats({ on: '2025-09-01' })).totals).toMatchObject({ count: 4, tenants: 3 });
    expect((await stats().tenancyStats({ on: '2025-08-31' })).totals).toMatchObject({ count: 3, tenants: 2 });
  });

  it('current: on today; neither: every tenancy', async () => {
    const current = await stats().tenancyStats({ current: true });
    expect(current.on).toBe(TODAY);
    expect(current.totals).toEqual({ count: 4, tenants: 3, includesDemo: true });
    const all = await stats().tenancyStats({});
    expect(all.on).toBeNull();
    expect(all.follows).toEqual([]);
    expect(all.totals).toEqual({ count: 5, tenants: 3, includesDemo: true });
  });

  it('per tenant country, sector and status, each with its labels; a tenant in two sectors counts in each, once in the totals', async () => {
    const country = await stats().tenancyStats({ groupBy: ['COUNTRY'], on: '2025-03-01' });
    expect(country.buckets.map((b) => [b.key[0].value, b.key[0].label.en, b.figures.count, b.figures.tenants])).toEqual([
      ['RU', 'Russia', 2, 1],
      ['KZ', 'Kazakhstan', 1, 1],
      [null, 'Unknown', 1, 1],
    ]);
    expect(country.totals).toEqual({ count: 4, tenants: 3, includesDemo: true });
    const sector = await stats().tenancyStats({ groupBy: ['SECTOR'], on: '2025-03-01' });
    expect(sector.buckets.map((b) => [b.key[0].value, b.key[0].label.en, b.figures.count, b.figures.tenants])).toEqual([
      ['LOGISTICS', 'Logistics and transport', 2, 1],
      ['TRADE', 'Trade', 2, 1],
      ['FINANCE', 'Finance', 1, 1],
      [null, 'No sector recorded', 1, 1],
    ]);
    expect(sector.buckets[3].key[0].label).toEqual({ en: 'No sector recorded', zh: '未记录产业', ru: 'Отрасль не указана' });
    expect(sector.buckets[0].key[0].label).toEqual({ en: 'Logistics and transport', zh: '物流运输', ru: 'Логистика и транспорт' });
    expect(country.buckets[1].key[0].label).toEqual({ en: 'Kazakhstan', zh: '哈萨克斯坦', ru: 'Казахстан' });
    expect(sector.totals.tenants).toBe(3);
    const status = await stats().tenancyStats({ groupBy: ['STATUS', 'PARK'] });
    expect(
      status.buckets.map((b) => `${b.key[0].label.en} ${b.key[1].label.en}: ${b.figures.count}/${b.figures.tenants}${b.figures.includesDemo ? ' demo' : ''}`),
    ).toEqual(['Signed Park One: 1/1', 'Signed Park Two: 1/1 demo', 'Left Park Two: 1/1', 'Moved in Park One: 1/1', 'Operating Park One: 1/1']);
    expect(status.totals).toEqual({ count: 5, tenants: 3, includesDemo: true });
  });

  it('over a period: on its last day, and with a comparison on the comparison period’s last day', async () => {
    const s = await stats().tenancyStats({ groupBy: ['PARK'], period: YEAR_2025, compareTo: 'PREVIOUS_YEAR' });
    expect(s.on).toBe('2025-12-31');
    expect(s.follows).toEqual(['period']);
    expect(s.totals).toEqual({ count: 4, tenants: 3, includesDemo: true });
    expect(s.previousTotals).toEqual({ count: 3, tenants: 3, includesDemo: true });
    expect(s.change).toEqual({ count: 1, countPercent: 33.33, tenants: 0, tenantsPercent: 0 });
    expect(s.buckets.map((b) => [b.key[0].value, b.figures.tenants, b.previous?.tenants, b.change?.tenants])).toEqual([
      [P1, 2, 1, 1],
      [P2, 1, 2, -1],
    ]);
    const earlier = await stats().tenancyStats({ period: { from: '2023-01-01', to: '2023-12-31' }, compareTo: 'PREVIOUS_YEAR' });
    expect(earlier.change).toEqual({ count: 0, countPercent: 0, tenants: 0, tenantsPercent: 0 });
    expect(earlier.totals).toEqual({ count: 1, tenants: 1, includesDemo: true });
  });

  it('refuses a day that is not a date, and `on` with a period or a comparison', async () => {
    await expect(stats().tenancyStats({ on: '2025-3-1' })).rejects.toMatchObject({ message: '`on` needs a date, YYYY-MM-DD', extensions: { field: 'on' } });
    await expect(stats().tenancyStats({ on: '2025-03-01', period: YEAR_2025 })).rejects.toMatchObject({
      message: 'Give `on` or `period`, not both: a period counts on its last day',
      extensions: { field: 'period' },
    });
    await expect(stats().tenancyStats({ on: '2025-03-01', compareTo: 'PREVIOUS_YEAR' })).rejects.toMatchObject({
      message: '`compareTo` compares periods: give `period` instead of `on`',
      extensions: { field: 'compareTo' },
    });
  });
});

describe('per-park figures', () => {
  it('in a period: tenants and leased area on its last day, committed investment and deals within it', async () => {
    const s = await stats().parkStats({ period: YEAR_2025, compareTo: 'PREVIOUS_YEAR' });
    expect(s.nodes.map((n) => [n.park.id, n.figures])).toEqual([
      [
        1,
        {
          tenants: 2,
          leasedAreaM2: 500,
          committedInvestments: 4,
          committedInvestment: '3150',
          deals: 1,
          tenantsIncludeDemo: false,
          committedIncludesDemo: false,
          dealsIncludeDemo: false,
        },
      ],
      [
        2,
        {
          tenants: 1,
          leasedAreaM2: 100,
          committedInvestments: 0,
          committedInvestment: '0',
          deals: 0,
          tenantsIncludeDemo: true,
          committedIncludesDemo: false,
          dealsIncludeDemo: false,
        },
      ],
    ]);
    expect(
      s.nodes.map(
        (n) => n.previous && [n.previous.tenants, n.previous.leasedAreaM2, n.previous.committedInvestments, n.previous.committedInvestment, n.previous.deals],
      ),
    ).toEqual([
      [1, 500, 0, '0', 0],
      [2, 400, 1, '700', 1],
    ]);
    expect(s.nodes[1].previous?.dealsIncludeDemo).toBe(true);
    expect(s.edges.map((e) => e.node.park.id)).toEqual([1, 2]);
    expect(s.previousPeriod).toEqual(period('2024-01-01', '2024-12-31'));
    expect(s.currency).toBe('USD');
  });

  it('without a period: tenants today and every record; a leased area unknown when no current tenancy gives one', async () => {
    const s = await stats().parkStats({ filter: { id: { eq: P1 } }, currency: 'CNY' });
    expect(s.nodes).toHaveLength(1);
    expect(s.nodes[0].previous).toBeNull();
    // Committed: 1,000 + 2,000 + 300 (no date) + 100 + 50 USD at 0.14 USD a yuan.
    expect(s.nodes[0].figures).toMatchObject({ tenants: 2, leasedAreaM2: 500, committedInvestments: 5, committedInvestment: '24642.86', deals: 1 });
    expect(s.currency).toBe('CNY');
    expect(s.period).toBeNull();
    const demoOnly = await stats().parkStats({ records: { eq: 'DEMO' } });
    expect(demoOnly.nodes.map((n) => [n.figures.tenants, n.figures.leasedAreaM2, n.figures.deals, n.figures.dealsIncludeDemo])).toEqual([
      [0, 0, 0, false],
      [1, 100, 1, true],
    ]);
    const verified = await stats().parkStats({ records: { in: ['VERIFIED'] }, period: { from: '2025-02-01', to: '2025-12-31' } });
    expect(verified.nodes.map((n) => [n.figures.tenants, n.figures.leasedAreaM2, n.figures.committedInvestments])).toEqual([
      [1, 500, 2],
      [0, 0, 0],
    ]);
    const recorded = await stats().parkStats({ records: { in: ['RECORDED'] }, period: YEAR_2025 });
    expect(recorded.nodes.map((n) => [n.figures.tenants, n.figures.leasedAreaM2, n.figures.committedInvestments, n.figures.committedInvestment])).toEqual([
      [1, null, 1, '2000'],
      [0, 0, 0, '0'],
    ]);
    const none = await stats().parkStats({ filter: { id: { eq: toGlobalId('Park', 99) } } });
    expect(none.nodes).toEqual([]);
  });
});

describe('tenants over time', () => {
  it('tenants at the end of each bucket, the last one ending with the period', async () => {
    const series = await stats().tenantSeries({ period: { from: '2025-01-01', to: '2025-08-15' }, grain: 'QUARTER' });
    expect(series).toEqual([
      { key: '2025-Q1', end: '2025-03-31', label: { en: 'Q1 2025', zh: '2025年第一季度' }, tenants: 3 },
      { key: '2025-Q2', end: '2025-06-30', label: { en: 'Q2 2025', zh: '2025年第二季度' }, tenants: 2 },
      { key: '2025-Q3', end: '2025-08-15', label: { en: 'Q3 2025', zh: '2025年第三季度' }, tenants: 2 },
    ]);
  });

  it('for some parks, tenants and provenance', async () => {
    const p1 = await stats().tenantSeries({ filter: { id: { eq: P1 } }, period: { from: '2025-01-01', to: '2025-12-31' }, grain: 'YEAR' });
    expect(p1.map((b) => b.tenants)).toEqual([2]);
    const russian = await stats().tenantSeries({ tenants: { country: { eq: 'RU' } }, period: { from: '2024-06-01', to: '2025-12-31' }, grain: 'YEAR' });
    expect(russian.map((b) => [b.end, b.tenants])).toEqual([
      ['2024-12-31', 1],
      ['2025-12-31', 1],
    ]);
    const demo = await stats().tenantSeries({ records: { eq: 'DEMO' }, period: { from: '2025-01-01', to: '2025-02-28' }, grain: 'MONTH' });
    expect(demo.map((b) => b.tenants)).toEqual([1, 1]);
    const verified = await stats().tenantSeries({
      records: { in: ['VERIFIED'] },
      tenants: {},
      period: { from: '2025-01-01', to: '2025-01-31' },
      grain: 'MONTH',
    });
    expect(verified.map((b) => b.tenants)).toEqual([2]);
  });

  it('refuses a period backwards or of more than 120 points', async () => {
    await expect(stats().tenantSeries({ period: { from: '2025-02-01', to: '2025-01-01' }, grain: 'MONTH' })).rejects.toMatchObject({
      message: 'The period starts (2025-02-01) after it ends (2025-01-01)',
      extensions: { field: 'period' },
    });
    await expect(stats().tenantSeries({ period: { from: '2015-01-01', to: '2025-01-01' }, grain: 'MONTH' })).rejects.toMatchObject({
      message: 'This makes 121 points; at most 120. Use a coarser grain or a shorter period',
      extensions: { field: 'grain' },
    });
    expect(await stats().tenantSeries({ period: { from: '2015-02-01', to: '2025-01-01' }, grain: 'MONTH' })).toHaveLength(120);
    await expect(stats().tenantSeries({ period: { from: '2025-1-1', to: '2025-01-01' }, grain: 'MONTH' })).rejects.toMatchObject({
      extensions: { field: 'period' },
    });
  });
});

describe('calendar keys in SQL', () => {
  it('SQLite cuts its YYYY-MM-DD text; PostgreSQL formats the date', () => {
    expect(timeKeySql('x.d', 'YEAR', 'sqlite')).toBe('substr(x.d, 1, 4)');
    expect(timeKeySql('x.d', 'MONTH', 'sqlite')).toBe('substr(x.d, 1, 7)');
    expect(timeKeySql('x.d', 'QUARTER', 'sqlite')).toBe("(substr(x.d, 1, 4) || '-Q' || ((cast(substr(x.d, 6, 2) as integer) + 2) / 3))");
    expect(timeKeySql('x.d', 'YEAR', 'postgresql')).toBe("to_char(x.d, 'YYYY')");
    expect(timeKeySql('x.d', 'MONTH', 'postgresql')).toBe("to_char(x.d, 'YYYY-MM')");
    expect(timeKeySql('x.d', 'QUARTER', 'postgresql')).toBe(`to_char(x.d, 'YYYY-"Q"Q')`);
    expect(sqlDialect(em())).toBe('sqlite');
  });

  it('every month of a year in its quarter', async () => {
    const rows = await selectRows<{ q: string }>(
      em(),
      `select ${timeKeySql('d', 'QUARTER', 'sqlite')} as q from (${['01', '03', '04', '06', '07', '09', '10', '12'].map((m) => `select '2025-${m}-15' as d`).join(' union all ')})`,
    );
    expect(rows.map((r) => r.q)).toEqual(['2025-Q1', '2025-Q1', '2025-Q2', '2025-Q2', '2025-Q3', '2025-Q3', '2025-Q4', '2025-Q4']);
  });
});

describe('the grouped statement on the records', () => {
  const subject: Subject = { entity: Investment.meta.className, table: 'investment', alias: 'i', dateColumn: 'announced_on', usdColumn: 'amount_usd_minor' };
  const where = (filter: Record<string, unknown> = {}) => buildWhere<object>(INVESTMENT_FILTER, filter);
  const sorted = (rows: GroupRow[]) => [...rows].sort((a, b) => JSON.stringify(a.keys).localeCompare(JSON.stringify(b.keys)));

  it('by a joined dimension and a calendar one: counts, valued counts, sums and the demo mark per group', async () => {
    const rows = await groupedFigures(em(), subject, where(), [INVESTMENT_DIMENSIONS.SOURCE_COUNTRY, INVESTMENT_DIMENSIONS.YEAR], null);
    expect(sorted(rows)).toEqual(
      [
        { keys: ['KZ', '2024'], count: 1, valued: 1, usdMinor: 70_000n, sums: {}, distinct: {}, demo: false },
        { keys: ['KZ', '2025'], count: 1, valued: 1, usdMinor: 200_000n, sums: {}, distinct: {}, demo: false },
        { keys: ['RU', '2025'], count: 4, valued: 3, usdMinor: 115_000n, sums: {}, distinct: {}, demo: false },
        { keys: [null, null], count: 1, valued: 1, usdMinor: 30_000n, sums: {}, distinct: {}, demo: false },
        { keys: [null, '2025'], count: 1, valued: 1, usdMinor: 50_000n, sums: {}, distinct: {}, demo: true },
      ].sort((a, b) => JSON.stringify(a.keys).localeCompare(JSON.stringify(b.keys))),
    );
  });

  it('with a raw condition and a period on the date column, inclusive at both ends', async () => {
    const rows = await groupedFigures(em(), subject, where(), [INVESTMENT_DIMENSIONS.STAGE], period('2025-03-31', '2025-07-01'), {
      sql: 'i.park_id = ?',
      bindings: ['2'],
    });
    expect(sorted(rows).map((r) => [r.keys[0], r.count, r.valued, r.usdMinor, r.demo])).toEqual([
      ['LEAD', 1, 0, 0n, false],
      ['NEGOTIATING', 1, 1, 50_000n, true],
    ]);
    const none = await groupedFigures(em(), subject, where({ stage: { eq: 'LEAD' } }), [], period('2026-01-01', '2026-01-31'));
    expect(none).toEqual([{ keys: [], count: 0, valued: 0, usdMinor: 0n, sums: {}, distinct: {}, demo: false }]);
  });

  it('park keys as global IDs, through the per-day path too', async () => {
    const rows = await groupedFigures(em(), subject, where(), [INVESTMENT_DIMENSIONS.PARK, INVESTMENT_DIMENSIONS.MONTH], period('2025-03-01', '2025-04-30'));
    expect(sorted(rows).map((r) => [...r.keys, r.count])).toEqual(
      [
        [P1, '2025-03', 1],
        [P1, '2025-04', 1],
      ].sort((a, b) => JSON.stringify(a.slice(0, 2)).localeCompare(JSON.stringify(b.slice(0, 2)))),
    );
  });

  it('by sector and stage, the investment’s own columns', async () => {
    const rows = await groupedFigures(em(), subject, where(), [INVESTMENT_DIMENSIONS.SECTOR, INVESTMENT_DIMENSIONS.STAGE], period('2025-01-01', '2025-06-30'));
    expect(sorted(rows).map((r) => [...r.keys, r.count, r.usdMinor])).toEqual([
      ['LOGISTICS', 'LEAD', 1, 0n],
      ['LOGISTICS', 'SIGNED', 1, 100_000n],
      ['TRADE', 'OPERATING', 1, 200_000n],
      ['TRADE', 'SIGNED', 1, 5_000n],
    ]);
  });

  it('two dimensions of the investor: its table joined once', async () => {
    const rows = await groupedFigures(
      em(),
      subject,
      where(),
      [INVESTMENT_DIMENSIONS.SOURCE_COUNTRY, INVESTMENT_DIMENSIONS.ORGANIZATION_KIND],
      period('2025-01-01', '2025-12-31'),
    );
    expect(sorted(rows).map((r) => [...r.keys, r.count, r.usdMinor])).toEqual([
      ['KZ', 'STATE_OWNED_ENTERPRISE', 1, 200_000n],
      ['RU', 'COMPANY', 4, 115_000n],
      [null, 'COMPANY', 1, 50_000n],
    ]);
  });

  it('deal parties summed, and distinct tenants counted, per group', async () => {
    const deals: Subject = {
      entity: 'Deal',
      table: 'deal',
      alias: 'd',
      dateColumn: 'signed_on',
      usdColumn: 'value_usd_minor',
      sums: { parties: 'd.named_party_count + d.unnamed_party_count' },
    };
    const byKind = await groupedFigures(em(), deals, {}, [DEAL_DIMENSIONS.KIND], null);
    expect(sorted(byKind).map((r) => [r.keys[0], r.count, r.sums.parties, r.demo])).toEqual([
      ['COOPERATION_AGREEMENT', 1, 3, false],
      ['MOU', 2, 3, true],
    ]);
    const byQuarter = await groupedFigures(em(), deals, {}, [DEAL_DIMENSIONS.QUARTER], null);
    expect(sorted(byQuarter).map((r) => [r.keys[0], r.count, r.valued, r.usdMinor, r.sums.parties, r.demo])).toEqual([
      ['2024-Q2', 1, 1, 3_000n, 1, true],
      ['2025-Q1', 1, 1, 100_000n, 3, false],
      ['2025-Q2', 1, 0, 0n, 2, false],
    ]);
    const tenancies: Subject = { entity: 'Tenancy', table: 'tenancy', alias: 't', dateColumn: 'signed_on', distinct: { tenants: 't.organization_id' } };
    const byPark = await groupedFigures(em(), tenancies, {}, [TENANCY_DIMENSIONS.PARK, TENANCY_DIMENSIONS.COUNTRY], null);
    expect(sorted(byPark).map((r) => [...r.keys, r.count, r.distinct.tenants, r.valued, r.usdMinor])).toEqual(
      [
        [P1, 'RU', 2, 1, 0, 0n],
        [P1, 'KZ', 1, 1, 0, 0n],
        [P2, 'KZ', 1, 1, 0, 0n],
        [P2, null, 1, 1, 0, 0n],
      ].sort((a, b) => JSON.stringify(a.slice(0, 2)).localeCompare(JSON.stringify(b.slice(0, 2)))),
    );
  });
});

describe('the summary gives the answers of the records', () => {
  const subject: Subject = { entity: Investment.meta.className, table: 'investment', alias: 'i', dateColumn: 'announced_on', usdColumn: 'amount_usd_minor' };
  const norm = (rows: GroupRow[]) =>
    rows
      .filter((r) => r.count !== 0)
      .map((r) => `${JSON.stringify(r.keys)} ${r.count}/${r.valued}/${r.usdMinor}${r.demo ? ' demo' : ''}`)
      .sort();
  const FILTERS: Record<string, unknown>[] = [
    {},
    { park: { id: { eq: P1 } } },
    { sector: { in: ['LOGISTICS', 'FINANCE'] } },
    { organization: { country: { eq: 'RU' } } },
    { organization: { kind: { in: ['STATE_OWNED_ENTERPRISE'] } } },
    { stage: { eq: 'SIGNED' }, verification: { in: ['VERIFIED'] } },
    { verification: { eq: 'DEMO' } },
  ];
  const GROUPS = [[], ['PARK'], ['SOURCE_COUNTRY'], ['ORGANIZATION_KIND'], ['QUARTER'], ['MONTH'], ['YEAR'], ['STAGE', 'MONTH']];
  const PERIODS = [
    null,
    period('2025-01-01', '2025-12-31'),
    period('2025-03-31', '2025-07-01'),
    period('2025-03-02', '2025-06-30'),
    period('2025-06-15', '2025-06-30'),
    period('2024-12-31', '2025-01-01'),
  ];

  async function compareAll(label: string) {
    let compared = 0;
    for (const filter of FILTERS) {
      for (const names of GROUPS) {
        const dimensions = names.map((n) => INVESTMENT_DIMENSIONS[n]);
        const plan = summaryPlan(
          filter,
          names,
          dimensions.map((d) => d.grain),
        );
        if (!plan) continue;
        for (const p of PERIODS) {
          const what = `${label}: ${JSON.stringify(filter)} by ${names.join(',')} in ${p?.from}..${p?.to}`;
          const fromSummary = await summarizedFigures(em(), plan, dimensions, p);
          const fromRecords = await groupedFigures(em(), subject, buildWhere<object>(INVESTMENT_FILTER, filter), dimensions, p);
          expect(norm(fromSummary), what).toEqual(norm(fromRecords));
          compared++;
        }
      }
    }
    return compared;
  }

  it('for every filter, grouping and period of the filter bar, as the fixture was inserted', async () => {
    expect(await compareAll('inserted')).toBeGreaterThan(200);
    expect(await summaryCount(em(), { park: { id: { eq: P1 } }, announcedOn: { gte: '2025-01-01', lte: '2025-06-30' } })).toBe(3);
    expect(await summaryCount(em(), {})).toBe(8);
    expect(await summaryCount(em(), { amountUsd: { gte: '1' } })).toBeNull();
    expect(await summaryCount(em(), { park: { id: { eq: P1 } }, sector: { eq: 'TRADE' } })).toBe(2);
    expect(await summaryCount(em(), { stage: { eq: 'SIGNED' } })).toBe(3);
    expect(await summaryCount(em(), { verification: { in: ['VERIFIED', 'RECORDED'] }, announcedOn: { gte: '2025-03-31', lte: '2025-12-30' } })).toBe(3);
    expect(
      await summaryCount(em(), { sector: { eq: 'LOGISTICS' }, verification: { eq: 'VERIFIED' }, announcedOn: { gte: '2025-03-31', lte: '2025-12-30' } }),
    ).toBe(2);
    expect(await summaryCount(em(), { park: { id: { eq: P1 } }, sector: { eq: 'TRADE' }, stage: { eq: 'SIGNED' } })).toBeNull();
    expect(await summaryCount(em(), { announcedOn: { gte: '2025-02-01', lte: '2025-01-01' } })).toBeNull();
    expect(await summaryCount(em(), { announcedOn: { gte: '2025-01-01' } })).toBeNull();
  });

  it('after updates, deletes and an investor changing country and kind, kept in step by the triggers', async () => {
    const knex = em().getKnex();
    await knex('investment').where('id', 3).update({ amount_usd_minor: 40_000, stage: 'SIGNED', announced_on: '2025-05-05' });
    await knex('investment').where('id', 8).update({ park_id: 2, sector_code: 'FINANCE', verification: 'RECORDED' });
    await knex('investment').where('id', 6).delete();
    await knex('investment').where('id', 5).update({ announced_on: '2025-12-01', organization_id: 2 });
    await knex('organization').where('id', 1).update({ country: 'CN', kind: 'GOVERNMENT_BODY' });
    // An update of a column the summary does not read leaves it alone.
    await knex('investment').where('id', 7).update({ expected_jobs: 12 });
    try {
      expect(await compareAll('after writes')).toBeGreaterThan(200);
      const s = await stats().investmentStats({ groupBy: ['SOURCE_COUNTRY'], period: YEAR_2025 });
      expect(brief(s.buckets)).toEqual(['CN: 4/4/1550', 'KZ: 2/2/2300', ': 1/1/500 demo']);
    } finally {
      await knex('organization').where('id', 1).update({ country: 'RU', kind: 'COMPANY' });
      await knex('investment').where('id', 3).update({ amount_usd_minor: null, stage: 'LEAD', announced_on: '2025-06-30' });
      await knex('investment').where('id', 8).update({ park_id: 1, sector_code: 'TRADE', verification: 'VERIFIED' });
      await knex('investment').where('id', 5).update({ announced_on: null, organization_id: null });
      await knex('investment').insert({
        id: 6,
        ...stamp,
        park_id: 2,
        sector_code: 'TRADE',
        organization_id: 2,
        stage: 'UNDER_CONSTRUCTION',
        amount_usd_minor: 70_000,
        announced_on: '2024-12-31',
        verification: 'VERIFIED',
      });
    }
  });

  it('suspended for a bulk change and rebuilt from the records; at start-up only when its version differs', async () => {
    await suspendSummaries(exec, 'sqlite');
    await em().getKnex()('investment').where('id', 7).update({ amount_usd_minor: 20_000 });
    // Without triggers the summary still says 100 USD for the last quarter.
    const stale = await stats().investmentStats({ groupBy: ['QUARTER'], period: { from: '2025-10-01', to: '2025-12-31' } });
    expect(brief(stale.buckets)).toEqual(['2025-Q4: 1/1/100']);
    await ensureSummaries(orm);
    const rebuilt = await stats().investmentStats({ groupBy: ['QUARTER'], period: { from: '2025-10-01', to: '2025-12-31' } });
    expect(brief(rebuilt.buckets)).toEqual(['2025-Q4: 1/1/200']);
    expect(await selectRows(em(), "select value from server_setting where key = 'stats.investment_summary.version'")).toEqual([{ value: SUMMARY_VERSION }]);
    // The same version again: nothing is rebuilt (a row planted in the summary stays), and the triggers are back.
    await exec(
      "insert into investment_summary (a_dim, a_val, b_dim, b_val, month, verification, n, v, t) values ('', '', '', '', '1999-01', 'VERIFIED', 1, 1, 1)",
    );
    await ensureSummaries(orm);
    expect(await selectRows(em(), "select n from investment_summary where month = '1999-01'")).toEqual([{ n: 1 }]);
    await exec("delete from investment_summary where month = '1999-01'");
    await em().getKnex()('investment').where('id', 7).update({ amount_usd_minor: 10_000 });
    expect(await compareAll('rebuilt')).toBeGreaterThan(200);
  });

  it('rebuilt at start-up when the database holds another version, which is then replaced by this one', async () => {
    const version = "select value from server_setting where key = 'stats.investment_summary.version'";
    await exec("delete from server_setting where key = 'stats.investment_summary.version'");
    await exec("insert into server_setting (key, value) values ('stats.investment_summary.version', 'an older one')");
    await exec(
      "insert into investment_summary (a_dim, a_val, b_dim, b_val, month, verification, n, v, t) values ('', '', '', '', '1999-01', 'VERIFIED', 1, 1, 1)",
    );
    await ensureSummaries(orm);
    expect(await selectRows(em(), "select n from investment_summary where month = '1999-01'")).toEqual([]);
    expect(await selectRows(em(), version)).toEqual([{ value: SUMMARY_VERSION }]);
    const q4 = await stats().investmentStats({ groupBy: ['QUARTER'], period: { from: '2025-10-01', to: '2025-12-31' } });
    expect(brief(q4.buckets)).toEqual(['2025-Q4: 1/1/100']);
  });

  it('a set-based re-pricing of listed investments: only they change, with the update trigger off meanwhile and back after', async () => {
    const knex = em().getKnex();
    const quarters = async () => brief((await stats().investmentStats({ groupBy: ['QUARTER'], period: YEAR_2025 })).buckets);
    const parks = async () => brief((await stats().investmentStats({ groupBy: ['PARK'], period: YEAR_2025 })).buckets);
    expect(await quarters()).toEqual(['2025-Q1: 2/2/1050', '2025-Q2: 2/1/2000', '2025-Q3: 1/1/500 demo', '2025-Q4: 1/1/100']);
    await exec('create temporary table repriced (id integer primary key)');
    await exec('insert into repriced (id) values (1), (7)');
    let during: string[] = [];
    try {
      await withSummaryDelta(exec, 'sqlite', 'repriced', async () => {
        await knex('investment')
          .whereIn('id', [1, 7])
          .update({ amount_usd_minor: knex.raw('amount_usd_minor * 3') });
        // Meanwhile the listed investments are out of the summary (no trigger put them back).
        during = await quarters();
      });
      expect(during).toEqual(['2025-Q1: 1/1/50', '2025-Q2: 2/1/2000', '2025-Q3: 1/1/500 demo', '2025-Q4: 0/0/0']);
      expect(await quarters()).toEqual(['2025-Q1: 2/2/3050', '2025-Q2: 2/1/2000', '2025-Q3: 1/1/500 demo', '2025-Q4: 1/1/300']);
      expect(await parks()).toEqual([`${P1}: 4/4/5350`, `${P2}: 2/1/500 demo`]);
      // The update trigger is back: a later write of one record is counted once.
      await knex('investment').where('id', 8).update({ amount_usd_minor: 15_000 });
      expect(await quarters()).toEqual(['2025-Q1: 2/2/3150', '2025-Q2: 2/1/2000', '2025-Q3: 1/1/500 demo', '2025-Q4: 1/1/300']);
      expect(await compareAll('repriced')).toBeGreaterThan(200);
    } finally {
      await exec('drop table repriced');
      await knex('investment').where('id', 1).update({ amount_usd_minor: 100_000 });
      await knex('investment').where('id', 7).update({ amount_usd_minor: 10_000 });
      await knex('investment').where('id', 8).update({ amount_usd_minor: 5_000 });
    }
    expect(await quarters()).toEqual(['2025-Q1: 2/2/1050', '2025-Q2: 2/1/2000', '2025-Q3: 1/1/500 demo', '2025-Q4: 1/1/100']);
  });
});
