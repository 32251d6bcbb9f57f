import { defineEntity, MikroORM, p } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { InputCheck } from './input-check.js';

// Every check of a mutation's input, one field at a time: the value it keeps and the field errors it reports
// (path, reason, parameters and message), as a form shows them.

const errorsOf = (fn: (check: InputCheck) => unknown) => {
  const check = new InputCheck();
  fn(check);
  return check.errors;
};

describe('text', () => {
  it('keeps text trimmed and passes null and undefined through', () => {
    const check = new InputCheck();
    expect(check.text('input.name', '  Suzhou  ', { max: 10 })).toBe('Suzhou');
    expect(check.text('input.name', null, { max: 10 })).toBeNull();
    expect(check.text('input.name', undefined, { max: 10 })).toBeUndefined();
    expect(check.text('input.name', 'ab', { min: 2, max: 2 })).toBe('ab');
    expect(check.errors).toEqual([]);
  });

  it('refuses empty, blank, NUL, too short and too long text', () => {
    expect(errorsOf((c) => c.text('input.name', '   ', { max: 10 }))).toEqual([
      { field: 'input.name', reason: 'REQUIRED', message: 'may not be empty', params: {} },
    ]);
    expect(errorsOf((c) => c.text('input.name', '', { max: 10 }))).toEqual([
      { field: 'input.name', reason: 'REQUIRED', message: 'may not be empty', params: {} },
    ]);
    expect(errorsOf((c) => c.text('input.name', 'a\u0000b', { max: 10 }))).toEqual([
      { field: 'input.name', reason: 'INVALID_CHARACTERS', message: 'may not contain NUL characters', params: {} },
    ]);
    expect(errorsOf((c) => c.text('input.name', ' a ', { min: 2, max: 10 }))).toEqual([
      { field: 'input.name', reason: 'TOO_SHORT', message: 'needs at least 2 characters', params: { min: 2 } },
    ]);
    expect(errorsOf((c) => c.text('input.name', ' abcd ', { max: 3 }))).toEqual([
      { field: 'input.name', reason: 'TOO_LONG', message: 'at most 3 characters (got 4)', params: { max: 3, length: 4 } },
    ]);
  });
});

describe('codes', () => {
  it('reads a country code in any case and refuses unknown ones', () => {
    const check = new InputCheck();
    expect(check.country('input.country', ' cn ')).toBe('CN');
    expect(check.country('input.country', null)).toBeNull();
    expect(check.country('input.country', undefined)).toBeUndefined();
    expect(check.errors).toEqual([]);
    for (const bad of ['QQ', 'CHN', 'C', 'C1']) {
      expect(errorsOf((c) => c.country('input.country', bad))).toEqual([
        { field: 'input.country', reason: 'UNKNOWN_COUNTRY', message: `"${bad}" is not an ISO 3166-1 alpha-2 country code`, params: { value: bad } },
      ]);
    }
  });

  it('reads a currency code in any case and refuses empty and unknown ones', () => {
    const check = new InputCheck();
    expect(check.currency('input.currency', ' cny ')).toBe('CNY');
    expect(check.errors).toEqual([]);
    expect(errorsOf((c) => c.currency('input.currency', '  '))).toEqual([
      { field: 'input.currency', reason: 'REQUIRED', message: 'may not be empty', params: {} },
    ]);
    expect(errorsOf((c) => c.currency('input.currency', 'xxq'))).toEqual([
      { field: 'input.currency', reason: 'UNKNOWN_CURRENCY', message: '"xxq" is not an ISO 4217 currency code', params: { value: 'xxq' } },
    ]);
  });
});

describe('money', () => {
  it('reads an amount into minor units of its currency', () => {
    const check = new InputCheck();
    expect(check.money('input.amount', { amount: ' 12.5 ', currency: 'cny' })).toEqual({ minor: 1250n, currency: 'CNY' });
    expect(check.money('input.amount', { amount: '0', currency: 'USD' })).toEqual({ minor: 0n, currency: 'USD' });
    expect(check.money('input.amount', { amount: '90071992547409.91', currency: 'USD' })).toEqual({ minor: 2n ** 53n - 1n, currency: 'USD' });
    expect(check.money('input.amount', null)).toBeNull();
    expect(check.money('input.amount', undefined)).toBeUndefined();
    expect(check.errors).toEqual([]);
  });

  it('refuses an unknown currency, an empty, negative, too large or malformed amount, and too many decimals', () => {
    const refused = (amount: string, currency: string) => {
      const check = new InputCheck();
      const value = check.money('input.amount', { amount, currency });
      return { value, errors: check.errors };
    };
    expect(refused('5', 'XXQ')).toEqual({
      value: null,
      errors: [{ field: 'input.amount.currency', reason: 'UNKNOWN_CURRENCY', message: '"XXQ" is not an ISO 4217 currency code', params: { value: 'XXQ' } }],
    });
    expect(refused('  ', 'CNY')).toEqual({
      value: null,
      errors: [{ field: 'input.amount.amount', reason: 'REQUIRED', message: 'may not be empty', params: {} }],
    });
    expect(refused('-0.01', 'CNY')).toEqual({
      value: { minor: -1n, currency: 'CNY' },
      errors: [{ field: 'input.amount.amount', reason: 'NEGATIVE', message: 'may not be negative', params: {} }],
    });
    expect(refused('90071992547409.92', 'USD')).toEqual({
      value: { minor: 2n ** 53n, currency: 'USD' },
      errors: [{ field: 'input.amount.amount', reason: 'TOO_LARGE', message: 'is implausibly large', params: { max: '90071992547409.91' } }],
    });
    expect(refused('9007199254740992', 'JPY').errors).toEqual([
      { field: 'input.amount.amount', reason: 'TOO_LARGE', message: 'is implausibly large', params: { max: '9007199254740991' } },
    ]);
    expect(refused('1.234', 'USD')).toEqual({
      value: null,
      errors: [
        {
          field: 'input.amount.amount',
          reason: 'TOO_MANY_DECIMALS',
          message: 'USD has 2 decimal places; "1.234" has more',
          params: { currency: 'USD', decimals: 2 },
        },
      ],
    });
    expect(refused('1,5', 'CNY')).toEqual({
      value: null,
      errors: [{ field: 'input.amount.amount', reason: 'NOT_A_DECIMAL', message: '"1,5" is not a decimal number', params: { value: '1,5' } }],
    });
  });
});

describe('numbers and dates', () => {
  it('keeps a number within its range, bounds included, and refuses others', () => {
    const check = new InputCheck();
    expect(check.number('input.n', 0, { min: 0, max: 10 })).toBe(0);
    expect(check.number('input.n', 10, { min: 0, max: 10 })).toBe(10);
    expect(check.number('input.n', null, { min: 0, max: 10 })).toBeNull();
    expect(check.number('input.n', undefined, { min: 0, max: 10 })).toBeUndefined();
    expect(check.errors).toEqual([]);
    for (const bad of [-0.5, 10.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(errorsOf((c) => c.number('input.n', bad, { min: 0, max: 10 }))).toEqual([
        { field: 'input.n', reason: 'OUT_OF_RANGE', message: 'must be between 0 and 10', params: { min: 0, max: 10 } },
      ]);
    }
  });

  it('takes a day as YYYY-MM-DD and a partial date as YYYY, YYYY-MM or YYYY-MM-DD', () => {
    const check = new InputCheck();
    expect(check.day('input.on', '2025-07-01')).toBe('2025-07-01');
    expect(check.day('input.on', null)).toBeNull();
    expect(check.day('input.on', undefined)).toBeUndefined();
    for (const ok of ['2025', '2025-07', '2025-07-01']) expect(check.partialDate('input.since', ok)).toBe(ok);
    expect(check.partialDate('input.since', null)).toBeNull();
    expect(check.partialDate('input.since', undefined)).toBeUndefined();
    expect(check.errors).toEqual([]);
    for (const bad of ['2025-07', '2025-7-01', ' 2025-07-01', '2025-07-01x', 'x2025-07-01']) {
      expect(errorsOf((c) => c.day('input.on', bad))).toEqual([{ field: 'input.on', reason: 'NOT_A_DATE', message: 'must be a date, YYYY-MM-DD', params: {} }]);
    }
    for (const bad of ['25', '2025-7', '2025-07-1', '2025-07-01-01', 'x2025', '2025x']) {
      expect(errorsOf((c) => c.partialDate('input.since', bad))).toEqual([
        { field: 'input.since', reason: 'NOT_A_PARTIAL_DATE', message: 'must be YYYY, YYYY-MM or YYYY-MM-DD', params: {} },
      ]);
    }
  });

  it('refuses a later date before the earlier one, but not the same day or a missing one', () => {
    const order = (later: string | null, earlier: string | null) =>
      errorsOf((c) => c.order('input.signedOn', later, 'input.announcedOn', earlier, 'not before announced'));
    expect(order('2025-01-01', '2025-01-01')).toEqual([]);
    expect(order('2025-01-02', '2025-01-01')).toEqual([]);
    expect(order(null, '2025-01-01')).toEqual([]);
    expect(order('2025-01-01', null)).toEqual([]);
    expect(order('2024-12-31', '2025-01-01')).toEqual([
      { field: 'input.signedOn', reason: 'DATE_ORDER', message: 'not before announced', params: { notBefore: 'input.announcedOn' } },
    ]);
  });

  it('refuses null only for fields an update holds', () => {
    const input: { name?: string | null; note?: string | null; country?: string | null } = { name: null, note: 'x', country: undefined };
    expect(errorsOf((c) => c.notNull(input, ['name', 'note', 'country']))).toEqual([
      { field: 'input.name', reason: 'REQUIRED', message: 'may not be null', params: {} },
    ]);
    const omitted: { name?: string | null } = {};
    expect(errorsOf((c) => c.notNull(omitted, ['name']))).toEqual([]);
  });
});

describe('reporting', () => {
  it('reports every problem at once as BAD_USER_INPUT, and nothing when all is well', () => {
    const ok = new InputCheck();
    ok.text('input.name', 'fine', { max: 10 });
    expect(() => ok.done()).not.toThrow();
    const check = new InputCheck();
    check.text('input.name', '', { max: 10 });
    check.day('input.on', 'soon');
    let error: GraphQLError | undefined;
    try {
      check.done();
    } catch (err) {
      error = err as GraphQLError;
    }
    expect(error?.message).toBe('input.name: may not be empty; input.on: must be a date, YYYY-MM-DD');
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions.field).toBe('input.name');
    expect(error?.extensions.fieldErrors).toEqual(check.errors);
  });
});

// References are looked up together, one query per type, on a small in-memory database of parks and events.
const Park = defineEntity({ name: 'Park', properties: { id: p.integer().primary().autoincrement(), name: p.string() } });
const Event = defineEntity({ name: 'Event', properties: { id: p.integer().primary().autoincrement(), name: p.string() } });
let orm: MikroORM;

beforeAll(async () => {
  orm = await MikroORM.init({ driver: LibSqlDriver, dbName: ':memory:', entities: [Park, Event], debug: false, allowGlobalContext: true });
  await orm.schema.createSchema();
  const em = orm.em.fork();
  em.create(Park, { name: 'Suzhou' });
  em.create(Park, { name: 'Kunshan' });
  em.create(Event, { name: 'Expo' });
  await em.flush();
});
afterAll(() => orm.close());

describe('references', () => {
  it('resolves existing records, reports missing ones and malformed or foreign IDs, and skips null', async () => {
    const check = new InputCheck();
    const found: string[] = [];
    check.ref('input.park', toGlobalId('Park', 2), 'Park', Park, (park) => found.push(`park ${park.name}`));
    check.ref('input.other', toGlobalId('Park', 1), 'Park', Park, (park) => found.push(`other ${park.name}`));
    check.ref('input.again', toGlobalId('Park', 2), 'Park', Park, (park) => found.push(`again ${park.name}`));
    check.ref('input.event', toGlobalId('Event', 1), 'Event', Event, (event) => found.push(`event ${event.name}`));
    check.ref('input.gone', toGlobalId('Park', 99), 'Park', Park, () => found.push('gone'));
    check.ref('input.wrongType', toGlobalId('Event', 1), 'Park', Park, () => found.push('wrong type'));
    check.ref('input.blank', '  ', 'Park', Park, () => found.push('blank'));
    check.ref('input.none', null, 'Park', Park, () => found.push('none'));
    check.ref('input.omitted', undefined, 'Event', Event, () => found.push('omitted'));
    await check.resolveRefs(orm.em.fork() as EntityManager);
    expect(found).toEqual(['park Kunshan', 'other Suzhou', 'again Kunshan', 'event Expo']);
    const wrong = toGlobalId('Event', 1);
    expect(check.errors).toEqual([
      { field: 'input.wrongType', reason: 'NOT_AN_ID', message: `"${wrong}" is not the ID of a Park`, params: { type: 'Park', value: wrong } },
      { field: 'input.blank', reason: 'REQUIRED', message: 'may not be empty', params: {} },
      { field: 'input.gone', reason: 'NOT_FOUND', message: 'no Park has this ID', params: { type: 'Park' } },
    ]);
    // The lookups are done: resolving again looks nothing up and reports nothing new.
    await check.resolveRefs(orm.em.fork() as EntityManager);
    expect(found).toHaveLength(4);
    expect(check.errors).toHaveLength(3);
  });
});
