import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { ensureDataVersion } from '../../db/data-version.js';
import { entities } from '../../db/entities.js';
import { ensureChangeLog } from '../changes/change-log.js';
import { ensureSummaries, rebuildSummaries } from '../stats/summary.js';
import { ExchangeRate } from './exchange-rate.entity.js';
import { MoneyService, usdExpression } from './money.service.js';

// Re-pricing a currency's stored USD amounts after its rates change, on an in-memory SQLite database with the row
// triggers of the data version, the change feed and the statistics' summary installed as at start-up. Every USD figure
// below is worked out by hand: KZT has 2 decimals like USD, so its cents are its minor units times the rate.

let orm: MikroORM;
const em = () => orm.em.fork() as EntityManager;
const run = async (sql: string) => em().getConnection().execute<Record<string, unknown>[]>(sql, [], 'all');
const stamp = { created_at: 1_700_000_000_000, updated_at: 1_700_000_000_000, version: 1 };

/** KZT: 0.0021 from 2023-01-01, 0.00205 from 2024-03-15, 0.002123456789 from 2025-07-01. */
const KZT = [
  ['2023-01-01', '0.0021'],
  ['2024-03-15', '0.00205'],
  ['2025-07-01', '0.002123456789'],
] as const;

async function rates(currency: string, list: readonly (readonly [string, string])[]) {
  const e = em();
  for (const [validFrom, usdPerUnit] of list)
    e.create(ExchangeRate, { currency, validFrom, usdPerUnit, note: 'test', approximate: false, enteredOn: '2026-01-01' });
  await e.flush();
}

const investment = (id: number, minor: number | bigint | null, currency: string | null, on: string | null, usd: number | null = null) => ({
  id,
  ...stamp,
  verification: 'VERIFIED',
  park_id: 1,
  sector_code: 'TRADE',
  stage: 'SIGNED',
  amount_minor: minor === null ? null : String(minor),
  amount_currency: currency,
  amount_usd_minor: usd,
  announced_on: on,
});

async function insert(table: string, rows: Record<string, unknown>[]) {
  await em().getKnex()(table).insert(rows);
}

beforeAll(async () => {
  orm = await MikroORM.init({ driver: LibSqlDriver, dbName: ':memory:', entities, debug: false });
  await orm.schema.createSchema();
  await insert('sector', [{ code: 'TRADE', name_zh: '贸易', name_en: 'Trade', sort_order: 1 }]);
  await ensureDataVersion(orm);
  await ensureChangeLog(orm);
  await ensureSummaries(orm);
});
afterAll(() => orm.close());

beforeEach(async () => {
  for (const t of ['deal', 'investment', 'park', 'exchange_rate', 'change_log']) await run(`delete from ${t}`);
  await insert('park', [
    {
      id: 1,
      ...stamp,
      verification: 'VERIFIED',
      slug: 'one',
      kind: 'INDUSTRIAL_PARK',
      name_zh: '一园',
      name_en: 'Park One',
      status: 'OPERATING',
      figures_as_of: '2024-03-15',
      planned_investment_minor: '500000',
      planned_investment_currency: 'KZT',
      expected_annual_output_minor: '300',
      expected_annual_output_currency: 'KZT',
    },
  ]);
  await run('delete from change_log');
});

const usd = async (table: string, prefix: string) =>
  Object.fromEntries(
    (await run(`select id, ${prefix}_usd_minor as usd from ${table} order by id`)).map((r) => [Number(r.id), r.usd == null ? null : BigInt(r.usd as number)]),
  );
const dataVersion = async () => Number((await run('select version from data_version where id = 1'))[0].version);
const reprice = (currency: string, service = new MoneyService(em())) => service.recomputeUsdAmounts(currency);

describe('re-pricing a currency', () => {
  it('prices every amount at the rate in force on its date: before the first rate, on a first day and the day before, after the last, without a date', async () => {
    await rates('KZT', KZT);
    await insert('investment', [
      investment(1, 1_000_000, 'KZT', '2022-12-31'),
      investment(2, 1_000_000, 'KZT', '2024-03-14'),
      investment(3, 1_000_000, 'KZT', '2024-03-15'),
      investment(4, 1_000_000, 'KZT', '2025-06-30'),
      investment(5, 1_000_000, 'KZT', '2025-07-01'),
      investment(6, 1_000_000, 'KZT', null),
      investment(7, 1_000_000, 'KZT', '2023-01-01'),
    ]);
    // 7 investments and the park's two KZT amounts (the deal table is empty).
    expect(await reprice('KZT')).toBe(9);
    expect(await usd('investment', 'amount')).toEqual({ 1: 2100n, 2: 2100n, 3: 2050n, 4: 2050n, 5: 2123n, 6: 2123n, 7: 2100n });
    // 5,000 KZT and 3 KZT on 2024-03-15 at 0.00205: 10.25 USD, and 0.615 cents rounded to 1.
    expect(await usd('park', 'planned_investment')).toEqual({ 1: 1025n });
    expect(await usd('park', 'expected_annual_output')).toEqual({ 1: 1n });
    expect(await usd('park', 'expected_annual_profit')).toEqual({ 1: null });
  });

  it('rounds halves away from zero, negative amounts too, and leaves other currencies and unknown amounts alone', async () => {
    await rates('KZT', KZT);
    await insert('investment', [
      // 10,000 × 0.00205 = 20.5 cents.
      investment(1, 10_000, 'KZT', '2024-06-01'),
      investment(2, -10_000, 'KZT', '2024-06-01'),
      investment(3, 9_999, 'KZT', '2024-06-01'),
      investment(4, -9_999, 'KZT', '2024-06-01'),
      investment(5, 1_000_000, 'CNY', '2024-06-01', 7),
      investment(6, null, null, '2024-06-01'),
      investment(7, 0, 'KZT', '2024-06-01', 5),
    ]);
    expect(await reprice('KZT')).toBe(7); // and the park's two
    expect(await usd('investment', 'amount')).toEqual({ 1: 21n, 2: -21n, 3: 20n, 4: -20n, 5: 7n, 6: null, 7: 0n });
  });

  it('counts and writes only the amounts whose USD figure changes, bumping their version and time of change', async () => {
    await rates('KZT', KZT);
    await insert('investment', [investment(1, 1_000_000, 'KZT', '2024-06-01', 2050), investment(2, 1_000_000, 'KZT', '2025-08-01', 2050)]);
    await insert('deal', [
      {
        id: 1,
        ...stamp,
        title_zh: '协议',
        title_en: 'Agreement',
        verification: 'VERIFIED',
        kind: 'MOU',
        signed_on: '2023-01-01',
        value_minor: '2000000',
        value_currency: 'KZT',
        value_usd_minor: 4200,
      },
    ]);
    const before = Date.now();
    expect(await reprice('KZT')).toBe(3); // investment 2 and the park's two amounts
    const rows = await run('select id, version, updated_at from investment order by id');
    expect(rows.map((r) => [Number(r.id), Number(r.version)])).toEqual([
      [1, 1],
      [2, 2],
    ]);
    expect(Number(rows[0].updated_at)).toBe(stamp.updated_at);
    expect(Number(rows[1].updated_at)).toBeGreaterThanOrEqual(before);
    expect((await run('select version from deal'))[0].version).toBe(1);
    expect(await usd('investment', 'amount')).toEqual({ 1: 2050n, 2: 2123n });
    // Nothing left to change.
    expect(await reprice('KZT')).toBe(0);
  });

  it('steps the data version once, writes one BULK change per record type written, and puts the row triggers back', async () => {
    await rates('KZT', KZT);
    await insert('investment', [investment(1, 1_000_000, 'KZT', '2024-06-01'), investment(2, 1_000_000, 'KZT', '2025-08-01')]);
    await run('delete from change_log');
    const v0 = await dataVersion();
    expect(await reprice('KZT')).toBe(4);
    expect(await dataVersion()).toBe(v0 + 1);
    const log = await run('select record_type, kind, record_id, count from change_log order by record_type');
    expect(log.map((r) => [r.record_type, r.kind, r.record_id, Number(r.count)])).toEqual([
      ['Investment', 'BULK', null, 2],
      ['Park', 'BULK', null, 1],
    ]);
    // The triggers are back: an ordinary update steps the version and logs the row.
    await run(`update investment set stage = 'LEAD' where id = 1`);
    expect(await dataVersion()).toBe(v0 + 2);
    expect((await run(`select kind, record_id from change_log where kind = 'UPDATED'`)).map((r) => [r.kind, Number(r.record_id)])).toEqual([['UPDATED', 1]]);
    // Nothing to change: no step, no change rows.
    expect(await reprice('KZT')).toBe(0);
    expect(await dataVersion()).toBe(v0 + 2);
    expect(Number((await run(`select count(*) as n from change_log where kind = 'BULK'`))[0].n)).toBe(2);
  });

  it('keeps the statistics summary equal to one rebuilt from the investments', async () => {
    await rates('KZT', KZT);
    await insert('investment', [investment(1, 1_000_000, 'KZT', '2024-06-01'), investment(2, 3_000_000, 'KZT', '2025-08-01', 1)]);
    await reprice('KZT');
    const summary = async () =>
      (
        await run('select a_dim, a_val, b_dim, b_val, month, verification, n, v, t from investment_summary where n <> 0 or v <> 0 order by 1, 2, 3, 4, 5, 6')
      ).map((r) => Object.values(r).map(String).join('|'));
    const kept = await summary();
    // Per month: one investment, one with an amount, its USD cents (the second was stored as 1 cent before).
    expect(kept).toContain(`sector|TRADE|||2024-06|VERIFIED|1|1|2050`);
    expect(kept).toContain(`sector|TRADE|||2025-08|VERIFIED|1|1|6370`);
    await rebuildSummaries((sql) => em().getConnection().execute(sql, [], 'run'), 'sqlite');
    expect(await summary()).toEqual(kept);
  });

  it('prices every money column set: parks, both of an investment and deals', async () => {
    await rates('KZT', KZT);
    await insert('investment', [
      { ...investment(1, 1_000_000, 'KZT', '2023-06-01'), expected_annual_output_minor: '400000', expected_annual_output_currency: 'KZT' },
    ]);
    await insert('deal', [
      {
        id: 1,
        ...stamp,
        title_zh: '协议',
        title_en: 'Agreement',
        verification: 'VERIFIED',
        kind: 'MOU',
        signed_on: '2025-07-01',
        value_minor: '2000000',
        value_currency: 'KZT',
      },
    ]);
    await run(`update park set expected_annual_profit_minor = 100000, expected_annual_profit_currency = 'KZT' where id = 1`);
    expect(await reprice('KZT')).toBe(6);
    expect(await usd('investment', 'amount')).toEqual({ 1: 2100n });
    expect(await usd('investment', 'expected_annual_output')).toEqual({ 1: 840n });
    // 20,000 KZT × 0.002123456789 = 42.469… USD.
    expect(await usd('deal', 'value')).toEqual({ 1: 4247n });
    expect(await usd('park', 'expected_annual_profit')).toEqual({ 1: 205n });
  });

  it('converts amounts too large for 64-bit arithmetic at their rate exactly, row by row', async () => {
    await rates('KZT', KZT);
    // 123,456,789,012 × 2,123,456,789 exceeds 2^63: 262,155,156.775… cents at the third rate.
    await insert('investment', [investment(1, 123_456_789_012n, 'KZT', '2025-07-01'), investment(2, 4_343_564_740n, 'KZT', '2025-07-01')]);
    const v0 = await dataVersion();
    expect(await reprice('KZT')).toBe(4);
    // 4,343,564,740 (the largest that fits) × 0.002123456789 = 9,223,372.0311… cents.
    expect(await usd('investment', 'amount')).toEqual({ 1: 262_155_157n, 2: 9_223_372n });
    // The large one written by the ORM (its row triggers run), the other by the set-based statement (one step).
    expect(Number((await run('select version from investment where id = 1'))[0].version)).toBe(2);
    expect(await dataVersion()).toBe(v0 + 2);
    expect(await reprice('KZT')).toBe(0);
  });

  it('converts a large amount row by row at the rate of its own date, not the latest', async () => {
    await rates('KZT', [
      ['2023-01-01', '0.002123456789'],
      ['2025-01-01', '0.002'],
    ]);
    await insert('investment', [investment(1, 123_456_789_012n, 'KZT', '2024-06-01')]);
    await reprice('KZT');
    expect(await usd('investment', 'amount')).toEqual({ 1: 262_155_157n });
  });

  it('scales by the currency minor unit and the rate decimals (yen at whole and fractional rates, fils, a whole rate)', async () => {
    await rates('JPY', [
      ['2020-01-01', '0.07'],
      ['2024-01-01', '0.5'],
    ]);
    await rates('KWD', [['2020-01-01', '3.25']]);
    await rates('EUR', [['2020-01-01', '2']]);
    await insert('investment', [
      investment(1, 3, 'JPY', '2021-06-01'),
      investment(2, 3, 'JPY', '2024-06-01'),
      investment(3, 1_500, 'KWD', '2021-06-01'),
      investment(4, -1_500, 'KWD', '2021-06-01'),
      investment(5, 1, 'KWD', '2021-06-01'),
      investment(6, -1_499, 'KWD', '2021-06-01'),
      investment(7, 12_345, 'EUR', '2021-06-01'),
    ]);
    expect(await reprice('JPY')).toBe(2);
    expect(await reprice('KWD')).toBe(4);
    expect(await reprice('EUR')).toBe(1);
    // 3 yen: 21 cents at 0.07, 150 at 0.5; 1.5 KWD × 3.25 = 4.875 USD; 1 fils is 0.325 cents; 123.45 EUR × 2.
    expect(await usd('investment', 'amount')).toEqual({ 1: 21n, 2: 150n, 3: 488n, 4: -488n, 5: 0n, 6: -487n, 7: 24_690n });
  });

  it('removes USD amounts of a currency left without rates; USD, unknown codes and currencies without amounts change nothing', async () => {
    await insert('investment', [investment(1, 1_000_000, 'KZT', '2024-06-01', 2050), investment(2, 500, 'USD', '2024-06-01', 1)]);
    const v0 = await dataVersion();
    expect(await reprice('USD')).toBe(0);
    expect(await reprice('kzt')).toBe(0);
    expect(await reprice('XYZ')).toBe(0);
    expect(await reprice('EUR')).toBe(0);
    expect(await dataVersion()).toBe(v0);
    expect(await usd('investment', 'amount')).toEqual({ 1: 2050n, 2: 1n });
    expect(await reprice('KZT')).toBe(1);
    expect(await usd('investment', 'amount')).toEqual({ 1: null, 2: 1n });
    expect(await usd('park', 'planned_investment')).toEqual({ 1: null });
  });

  it('reads the rate table again after re-pricing, in the service that re-priced', async () => {
    await rates('KZT', [['2023-01-01', '0.0021']]);
    const service = new MoneyService(em(), fixedClock('2026-01-01'));
    expect(await service.toUsdMinor(1_000_000n, 'KZT', '2024-06-01')).toBe(2100n);
    await rates('KZT', [['2024-03-15', '0.00205']]);
    // Read once per service: the new rate is not seen…
    expect(await service.toUsdMinor(1_000_000n, 'KZT', '2024-06-01')).toBe(2100n);
    await reprice('KZT', service);
    // …until it re-prices.
    expect(await service.toUsdMinor(1_000_000n, 'KZT', '2024-06-01')).toBe(2050n);
  });

  it('refuses a rate table whose dates or rates are not plain values (they are written into the statement)', async () => {
    await run('update park set planned_investment_usd_minor = 999');
    await run(
      `insert into exchange_rate (currency, valid_from, usd_per_unit, note, approximate, entered_on, version, created_at, updated_at) values ('KZT', '2023-01-01'' or 1=1 --', '0.1', 'x', 1, '2026-01-01', 1, 0, 0)`,
    );
    await expect(reprice('KZT')).rejects.toThrow(`"2023-01-01' or 1=1 --" is not a day`);
    await run('delete from exchange_rate');
    await run(
      `insert into exchange_rate (currency, valid_from, usd_per_unit, note, approximate, entered_on, version, created_at, updated_at) values ('KZT', '2023-01-01', '0.1 + 1', 'x', 1, '2026-01-01', 1, 0, 0)`,
    );
    await expect(reprice('KZT')).rejects.toThrow(`"0.1 + 1" is not a decimal rate`);
    await run('delete from exchange_rate');
    await run(
      `insert into exchange_rate (currency, valid_from, usd_per_unit, note, approximate, entered_on, version, created_at, updated_at) values ('KZT', 'x'' 2023-01-01', '0.1', 'x', 1, '2026-01-01', 1, 0, 0)`,
    );
    await expect(reprice('KZT')).rejects.toThrow(`"x' 2023-01-01" is not a day`);
    for (const text of ['x.5', 'x1.5', '1x.5', '1.5x']) {
      await run('delete from exchange_rate');
      await run(
        `insert into exchange_rate (currency, valid_from, usd_per_unit, note, approximate, entered_on, version, created_at, updated_at) values ('KZT', '2023-01-01', '${text}', 'x', 1, '2026-01-01', 1, 0, 0)`,
      );
      await expect(reprice('KZT'), text).rejects.toThrow(`"${text}" is not a decimal rate`);
    }
    // Nothing was changed: the whole re-pricing is one transaction.
    expect(await usd('park', 'planned_investment')).toEqual({ 1: 999n });
  });
});

describe('the USD expression of an amount column', () => {
  it('on PostgreSQL, multiplies by the rate scaled to cents as an exact decimal literal and rounds', () => {
    const pg = (currency: string, rate: string) => usdExpression('postgresql', 'm', currency, rate);
    // KZT and USD both have 2 decimals: the rate itself.
    expect(pg('KZT', '0.00205')).toEqual({ sql: 'cast(round(cast(m as numeric) * 0.00205) as bigint)', limit: null });
    expect(pg('KZT', '0.002123456789')).toEqual({ sql: 'cast(round(cast(m as numeric) * 0.002123456789) as bigint)', limit: null });
    expect(pg('CNY', '0.140000000000').sql).toBe('cast(round(cast(m as numeric) * 0.14) as bigint)');
    // A yen is 100 times the rate in cents; a fils a thousandth of a dinar.
    expect(pg('JPY', '0.5').sql).toBe('cast(round(cast(m as numeric) * 50) as bigint)');
    expect(pg('JPY', '0.07').sql).toBe('cast(round(cast(m as numeric) * 7) as bigint)');
    expect(pg('JPY', '3').sql).toBe('cast(round(cast(m as numeric) * 300) as bigint)');
    expect(pg('KWD', '3.25').sql).toBe('cast(round(cast(m as numeric) * 0.325) as bigint)');
    expect(pg('KWD', '0.000000000001').sql).toBe('cast(round(cast(m as numeric) * 0.0000000000001) as bigint)');
  });

  it('on SQLite, knows the largest amount that converts exactly in 64 bits', () => {
    expect(usdExpression('sqlite', 'm', 'KZT', '0.002123456789').limit).toBe(4_343_564_740n);
    expect(usdExpression('sqlite', 'm', 'JPY', '0.5').limit).toBe(184_467_440_737_095_516n);
    expect(usdExpression('sqlite', 'm', 'JPY', '0.07')).toEqual({ sql: '(m * 7)', limit: 1_317_624_576_693_539_401n });
  });

  it('prices at a rate of zero (refused by the API, possible in a table written otherwise) as nothing', async () => {
    await run(
      `insert into exchange_rate (currency, valid_from, usd_per_unit, note, approximate, entered_on, version, created_at, updated_at) values ('KZT', '2023-01-01', 0, 'x', 1, '2026-01-01', 1, 0, 0)`,
    );
    expect(usdExpression('sqlite', 'm', 'KZT', '0').limit).toBe(2n ** 63n - 1n);
    expect(await reprice('KZT')).toBe(2);
    expect(await usd('park', 'planned_investment')).toEqual({ 1: 0n });
  });
});

describe('the exchange-rate list', () => {
  it('filters by currency and dates and orders by the keys asked', async () => {
    await rates('KZT', KZT);
    await rates('CNY', [['2024-01-01', '0.14']]);
    const list = (args: Parameters<MoneyService['list']>[0]) => new MoneyService(em()).list(args);
    const page = await list({ filter: { currency: { eq: 'KZT' }, validFrom: { gte: '2024-01-01' } }, orderBy: ['VALID_FROM_DESC'], first: 10 });
    expect(page.nodes.map((r) => r.validFrom)).toEqual(['2025-07-01', '2024-03-15']);
    expect(await page.totalCount()).toBe(2);
    const all = await list({ orderBy: ['CURRENCY_ASC', 'VALID_FROM_ASC'], first: 2 });
    expect(all.nodes.map((r) => `${r.currency} ${r.validFrom}`)).toEqual(['CNY 2024-01-01', 'KZT 2023-01-01']);
    expect(all.pageInfo.hasNextPage).toBe(true);
    const byId = await list({ first: 10 });
    expect(byId.nodes.map((r) => r.currency)).toEqual(['KZT', 'KZT', 'KZT', 'CNY']);
  });
});
