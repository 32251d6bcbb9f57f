import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { ExchangeRate } from './exchange-rate.entity.js';
import { MoneyService, moneyOf, moneyResolvers } from './money.service.js';

// Money values read from a record's columns, and conversions at the rate table's rates, on an in-memory table of
// two CNY rates and one JPY rate.
let orm: MikroORM;

beforeAll(async () => {
  orm = await MikroORM.init({ driver: LibSqlDriver, dbName: ':memory:', entities: [ExchangeRate], debug: false, allowGlobalContext: true });
  await orm.schema.createSchema();
  const em = orm.em.fork();
  const rate = (currency: string, validFrom: string, usdPerUnit: string) =>
    em.create(ExchangeRate, { currency, validFrom, usdPerUnit, note: 'test', approximate: false, enteredOn: '2026-01-01' });
  // Entered out of order: the table sorts them by date.
  rate('CNY', '2025-01-01', '0.125');
  rate('JPY', '2024-01-01', '0.0067');
  rate('CNY', '2024-01-01', '0.14');
  await em.flush();
});
afterAll(() => orm.close());

const service = (today = '2026-11-24') => new MoneyService(orm.em.fork() as EntityManager, fixedClock(today));

describe('money on records', () => {
  it('reads a Money from its three columns, null when the amount or currency is unknown', () => {
    const record = { amountMinor: 1250n, amountCurrency: 'CNY', amountUsdMinor: 175n, announcedOn: '2025-03-01' };
    expect(moneyOf(record, 'amount', '2025-03-01')).toEqual({ minor: 1250n, currency: 'CNY', usdMinor: 175n, onDate: '2025-03-01' });
    expect(moneyOf({ amountMinor: '1250', amountCurrency: 'CNY', amountUsdMinor: null }, 'amount', null)).toEqual({
      minor: 1250n,
      currency: 'CNY',
      usdMinor: null,
      onDate: null,
    });
    expect(moneyOf({ amountMinor: null, amountCurrency: 'CNY' }, 'amount', null)).toBeNull();
    expect(moneyOf({ amountMinor: 5n, amountCurrency: null }, 'amount', null)).toBeNull();
    const resolvers = moneyResolvers({ prefixes: ['amount', 'cost'], dateProp: 'announcedOn' });
    expect(resolvers.amount(record)).toEqual({ minor: 1250n, currency: 'CNY', usdMinor: 175n, onDate: '2025-03-01' });
    expect(resolvers.cost(record)).toBeNull();
    expect(resolvers.amount({ amountMinor: 1n, amountCurrency: 'USD', amountUsdMinor: 1n })).toEqual({
      minor: 1n,
      currency: 'USD',
      usdMinor: 1n,
      onDate: null,
    });
  });
});

describe('conversions', () => {
  const cny = { minor: 100_000n, currency: 'CNY', usdMinor: 14_000n, onDate: '2024-06-01' };

  it('converts a stored USD amount at the rate of the day asked, by default today', async () => {
    const today = await service().convert(cny, 'cny', null);
    // Already in the currency asked: itself, whatever the rate.
    expect(today).toEqual({ minor: 100_000n, currency: 'CNY', rateDate: '2026-11-24', rate: null, isConverted: false });
    // 140 USD at 0.0067 USD per yen: 20 895.52, rounded to whole yen.
    const jpy = await service().convert(cny, 'JPY', undefined);
    expect(jpy).toMatchObject({ minor: 20_896n, currency: 'JPY', rateDate: '2026-11-24', isConverted: true });
    expect(jpy?.rate?.usdPerUnit).toMatch(/^0\.0067/);
    const earlier = await service().convert({ ...cny, currency: 'JPY' }, 'CNY', '2024-12-31');
    expect(earlier).toMatchObject({ minor: 100_000n, currency: 'CNY', rateDate: '2024-12-31', isConverted: true });
    expect(earlier?.rate?.validFrom).toBe('2024-01-01');
    const later = await service().convert({ ...cny, currency: 'JPY' }, 'CNY', '2025-01-01');
    expect(later).toMatchObject({ minor: 112_000n, rateDate: '2025-01-01' });
    expect(await service().convert(cny, 'USD', '2025-01-01')).toEqual({
      minor: 14_000n,
      currency: 'USD',
      rateDate: '2025-01-01',
      rate: null,
      isConverted: true,
    });
  });

  it('converts at the UTC day without a clock', async () => {
    const c = await new MoneyService(orm.em.fork() as EntityManager).convert(cny, 'CNY', null);
    expect(c?.rateDate).toBe(new Date().toISOString().slice(0, 10));
  });

  it('answers null without a USD amount, and refuses unknown currencies and currencies without rates', async () => {
    expect(await service().convert({ ...cny, usdMinor: null }, 'USD', null)).toBeNull();
    expect(await service().convert({ ...cny, usdMinor: null }, 'CNY', null)).toMatchObject({ minor: 100_000n, isConverted: false });
    await expect(service().convert(cny, 'XXQ', null)).rejects.toMatchObject({
      message: '"XXQ" is not an ISO 4217 currency code',
      extensions: { code: 'BAD_USER_INPUT', field: 'currency' },
    });
    await expect(service().convert(cny, 'eur', null)).rejects.toMatchObject({
      message: 'There is no exchange rate for EUR; add one or ask in USD',
      extensions: { code: 'BAD_USER_INPUT', field: 'currency' },
    });
  });

  it('computes USD amounts at the rate of the record date, USD as itself, none without a rate', async () => {
    const s = service();
    expect(await s.toUsdMinor(100_000n, 'CNY', '2024-12-31')).toBe(14_000n);
    expect(await s.toUsdMinor(100_000n, 'CNY', '2025-01-01')).toBe(12_500n);
    expect(await s.toUsdMinor(100_000n, 'CNY', null)).toBe(12_500n);
    expect(await s.toUsdMinor(777n, 'USD', null)).toBe(777n);
    expect(await s.toUsdMinor(100n, 'EUR', null)).toBeNull();
    expect(await s.usdRate({ ...cny, onDate: '2024-12-31' })).toMatchObject({ currency: 'CNY', validFrom: '2024-01-01' });
    expect(await s.usdRate({ ...cny, currency: 'USD' })).toBeNull();
    expect(await s.rateOn('CNY', '2025-06-01')).toMatchObject({ validFrom: '2025-01-01' });
    expect(await s.rateOn('EUR', '2025-06-01')).toBeNull();
  });

  it('assigns money columns with their USD amount, keeps omitted ones recomputed at the new date, clears nulls', async () => {
    const s = service();
    const columns = { prefixes: ['amount', 'cost'], dateProp: 'signedOn' };
    const record: Record<string, unknown> = { signedOn: '2024-06-01', costMinor: 100_000n, costCurrency: 'CNY', costUsdMinor: 1n };
    await s.assignAll(record, columns, { amount: { minor: 200_000n, currency: 'CNY' } });
    expect(record).toMatchObject({ amountMinor: 200_000n, amountCurrency: 'CNY', amountUsdMinor: 28_000n, costUsdMinor: 14_000n });
    record.signedOn = '2025-02-01';
    await s.assignAll(record, columns, {});
    expect(record).toMatchObject({ amountUsdMinor: 25_000n, costMinor: 100_000n, costUsdMinor: 12_500n });
    const bare: Record<string, unknown> = { signedOn: null };
    await s.assignAll(bare, columns, {});
    expect(bare).toEqual({ signedOn: null });
    await s.assignAll(record, columns, { cost: null });
    expect(record).toMatchObject({ amountUsdMinor: 25_000n, costMinor: null, costCurrency: null, costUsdMinor: null });
  });
});
