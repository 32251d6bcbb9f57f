import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../clock.js';
import { entities } from '../../../db/entities.js';
import { toGlobalId } from '../../../graphql/global-id.js';
import type { Actor } from '../../access/actor.js';
import { ExchangeRate as ExchangeRateEntity } from '../exchange-rate.entity.js';
import { ExchangeRateWrites } from '../exchange-rate.writes.js';
import type { MoneyValue } from '../money.js';
import { MoneyService } from '../money.service.js';
import { ExchangeRate, Money, MoneyMutation, MoneyQuery } from './Money.js';

// The GraphQL resolvers of money and exchange rates over the real services on an in-memory database: amounts as exact
// decimal text, rates without their trailing zeros, conversions, and the rate list and writes passed on.

const admin: Actor = { kind: 'officer', role: 'ADMIN', id: 1, name: 'The Admin', key: 'officer:1', allowListOnly: false };
const clock = fixedClock('2026-03-01', () => new Date('2026-03-01T10:00:00.000Z'));
let orm: MikroORM;

interface Context {
  services: { money: MoneyService; exchangeRateWrites: ExchangeRateWrites };
}
const ctx = (): Context => {
  const em = orm.em.fork() as EntityManager;
  return { services: { money: new MoneyService(em, clock), exchangeRateWrites: new ExchangeRateWrites(em, admin, 'req-1', clock) } };
};

/** Calls a resolver field as GraphQL would (root, arguments, context). */
function call<T = unknown>(resolvers: object, field: string, args: Record<string, unknown>, context: Context | null, root: unknown = {}): Promise<T> {
  const fn = (resolvers as Record<string, (r: unknown, a: unknown, c: unknown, i: unknown) => unknown>)[field];
  return Promise.resolve().then(() => fn(root, args, context, {}) as T);
}

beforeAll(async () => {
  orm = await MikroORM.init({ driver: LibSqlDriver, dbName: ':memory:', entities, debug: false });
  await orm.schema.createSchema();
  const em = orm.em.fork();
  em.create(ExchangeRateEntity, { currency: 'CNY', validFrom: '2024-01-01', usdPerUnit: '0.14', note: 'test', approximate: false, enteredOn: '2026-01-01' });
  em.create(ExchangeRateEntity, { currency: 'JPY', validFrom: '2024-01-01', usdPerUnit: '0.0067', note: 'test', approximate: false, enteredOn: '2026-01-01' });
  await em.flush();
});
afterAll(() => orm.close());

const cny: MoneyValue = { minor: 123_456n, currency: 'CNY', usdMinor: 17_284n, onDate: '2024-06-01' };

describe('a Money', () => {
  it('shows its amount and its USD amount as exact decimal text in their own minor units', async () => {
    expect(await call(Money, 'amount', {}, null, cny)).toBe('1234.56');
    expect(await call(Money, 'amountUsd', {}, null, cny)).toBe('172.84');
    expect(await call(Money, 'amount', {}, null, { ...cny, minor: 1_500n, currency: 'JPY' })).toBe('1500');
    expect(await call(Money, 'amountUsd', {}, null, { ...cny, usdMinor: -5n })).toBe('-0.05');
    expect(await call(Money, 'amountUsd', {}, null, { ...cny, usdMinor: null })).toBeNull();
  });

  it('names the rate of its USD amount, none for USD', async () => {
    expect(await call(Money, 'usdRate', {}, ctx(), cny)).toMatchObject({ currency: 'CNY', validFrom: '2024-01-01' });
    expect(await call(Money, 'usdRate', {}, ctx(), { ...cny, currency: 'USD' })).toBeNull();
  });

  it('converts at the rate of the day asked, by default today, and says whether it did', async () => {
    const jpy = await call<Record<string, unknown>>(Money, 'converted', { currency: 'jpy', rateDate: '2025-01-01' }, ctx(), cny);
    // 172.84 USD at 0.0067 USD per yen: 25,797.01… yen.
    expect(jpy).toMatchObject({ amount: '25797', currency: 'JPY', rateDate: '2025-01-01', isConverted: true });
    expect(jpy.rate).toMatchObject({ currency: 'JPY', validFrom: '2024-01-01' });
    expect(Object.keys(jpy).sort()).toEqual(['amount', 'currency', 'isConverted', 'rate', 'rateDate']);
    expect(await call(Money, 'converted', { currency: 'CNY' }, ctx(), cny)).toEqual({
      amount: '1234.56',
      currency: 'CNY',
      rateDate: '2026-03-01',
      rate: null,
      isConverted: false,
    });
    expect(await call(Money, 'converted', { currency: 'JPY' }, ctx(), { ...cny, usdMinor: null })).toBeNull();
  });
});

describe('an exchange rate', () => {
  it('has a global ID and its rate without trailing zeros', async () => {
    expect(await call(ExchangeRate, 'id', {}, null, await orm.em.fork().findOneOrFail(ExchangeRateEntity, { currency: 'CNY' }))).toBe(
      toGlobalId('ExchangeRate', 1),
    );
    const shown = (usdPerUnit: string) => call(ExchangeRate, 'usdPerUnit', {}, null, { usdPerUnit });
    expect(await shown('0.140000000000')).toBe('0.14');
    expect(await shown('7.000000000000')).toBe('7');
    expect(await shown('7')).toBe('7');
    expect(await shown('100')).toBe('100');
    expect(await shown('10.500000000000')).toBe('10.5');
    expect(await shown('0.000000000001')).toBe('0.000000000001');
  });

  it('is listed by the money service, with its filter and order', async () => {
    const page = await call<{ nodes: { currency: string }[] }>(MoneyQuery, 'exchangeRates', { orderBy: ['CURRENCY_DESC'], first: 5 }, ctx());
    expect(page.nodes.map((r) => r.currency)).toEqual(['JPY', 'CNY']);
    const cnyOnly = await call<{ nodes: { currency: string }[] }>(MoneyQuery, 'exchangeRates', { filter: { currency: { eq: 'CNY' } }, first: 5 }, ctx());
    expect(cnyOnly.nodes.map((r) => r.currency)).toEqual(['CNY']);
  });

  it('is created, updated and deleted through the writes, the delete answering the global ID', async () => {
    const input = { currency: 'KZT', validFrom: '2023-01-01', usdPerUnit: '0.0021', note: 'National Bank' };
    const created = await call<{ id: number; version: number }>(MoneyMutation, 'createExchangeRate', { input }, ctx());
    expect(created).toMatchObject({ currency: 'KZT', usdPerUnit: '0.0021', version: 1 });
    const id = toGlobalId('ExchangeRate', created.id);
    expect(await call(MoneyMutation, 'updateExchangeRate', { input: { id, version: 1, usdPerUnit: '0.002' } }, ctx())).toMatchObject({
      usdPerUnit: '0.002',
      version: 2,
    });
    expect(await call(MoneyMutation, 'deleteExchangeRate', { id, version: 2 }, ctx())).toEqual({ id });
    expect(await orm.em.fork().count(ExchangeRateEntity, { currency: 'KZT' })).toBe(0);
  });
});
