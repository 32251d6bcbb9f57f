import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { ensureDataVersion } from '../../db/data-version.js';
import { entities } from '../../db/entities.js';
import { toGlobalId } from '../../graphql/global-id.js';
import type { Actor } from '../access/actor.js';
import { AuditEntry } from '../audit/audit.entities.js';
import { ensureChangeLog } from '../changes/change-log.js';
import { ExchangeRate } from './exchange-rate.entity.js';
import { ExchangeRateWrites } from './exchange-rate.writes.js';

// What admins change on exchange rates, on an in-memory SQLite database: the checks of each field with their stable
// reasons, stale versions, the audit rows, and the stored USD amounts that follow the rate in the same transaction.

const admin: Actor = { kind: 'officer', role: 'ADMIN', id: 1, name: 'The Admin', key: 'officer:1', allowListOnly: false };
const officer: Actor = { kind: 'officer', role: 'OFFICER', id: 2, name: 'An Officer', key: 'officer:2', allowListOnly: false };
const T0 = new Date('2026-03-01T10:00:00.000Z');
const clock = fixedClock('2026-03-01', () => T0);

let orm: MikroORM;
const em = () => orm.em.fork() as EntityManager;
const run = async (sql: string) => em().getConnection().execute<Record<string, unknown>[]>(sql, [], 'all');
const writes = (actor: Actor = admin) => new ExchangeRateWrites(em(), actor, 'req-7', clock);
const stamp = { created_at: 1_700_000_000_000, updated_at: 1_700_000_000_000, version: 1 };

beforeAll(async () => {
  orm = await MikroORM.init({ driver: LibSqlDriver, dbName: ':memory:', entities, debug: false });
  await orm.schema.createSchema();
  await em()
    .getKnex()('sector')
    .insert([{ code: 'TRADE', name_zh: '贸易', name_en: 'Trade', sort_order: 1 }]);
  await em()
    .getKnex()('park')
    .insert([{ id: 1, ...stamp, verification: 'VERIFIED', slug: 'one', kind: 'INDUSTRIAL_PARK', name_zh: '一园', name_en: 'Park One', status: 'OPERATING' }]);
  await ensureDataVersion(orm);
  await ensureChangeLog(orm);
});
afterAll(() => orm.close());

beforeEach(async () => {
  for (const t of ['investment', 'exchange_rate', 'audit_entry']) await run(`delete from ${t}`);
  // 10,000 KZT announced on 2024-06-01 and 10,000 KZT without a date, neither priced yet.
  await em()
    .getKnex()('investment')
    .insert(
      [1, 2].map((id) => ({
        id,
        ...stamp,
        verification: 'VERIFIED',
        park_id: 1,
        sector_code: 'TRADE',
        stage: 'SIGNED',
        amount_minor: '1000000',
        amount_currency: 'KZT',
        announced_on: id === 1 ? '2024-06-01' : null,
      })),
    );
});

const usd = async () => (await run('select amount_usd_minor as usd from investment order by id')).map((r) => (r.usd == null ? null : Number(r.usd)));
const rows = async () =>
  (await em().find(ExchangeRate, {}, { orderBy: { validFrom: 'asc' } })).map((r) => `${r.currency} ${r.validFrom} ${Number(r.usdPerUnit)} v${r.version}`);
const audits = () => em().find(AuditEntry, {}, { orderBy: { id: 'asc' } });

/** A GraphQL error's message and extensions, thrown at once (the input checks) or by the write. */
async function refused(write: () => Promise<unknown>): Promise<Record<string, unknown>> {
  const err: unknown = await Promise.resolve()
    .then(write)
    .then(
      () => null,
      (e: unknown) => e,
    );
  if (!(err instanceof GraphQLError)) throw new Error(`expected a GraphQL error, got ${String(err)}`);
  return { message: err.message, ...err.extensions };
}

const KZT = { currency: 'KZT', validFrom: '2023-01-01', usdPerUnit: '0.0021', note: 'National Bank' };

describe('creating a rate', () => {
  it('stores it in upper case with the note trimmed, entered today, approximate unless said, and prices the amounts in its currency', async () => {
    const rate = await writes().create({ ...KZT, currency: ' kzt ', note: '  National Bank  ' });
    expect(rate).toMatchObject({
      currency: 'KZT',
      validFrom: '2023-01-01',
      usdPerUnit: '0.0021',
      note: 'National Bank',
      approximate: true,
      enteredOn: '2026-03-01',
      version: 1,
    });
    // 10,000 KZT × 0.0021 = 21 USD, for the dated amount and the one without a date alike.
    expect(await usd()).toEqual([2100, 2100]);
    const exact = await writes().create({ ...KZT, validFrom: '2024-03-15', usdPerUnit: '0.00205', approximate: false });
    expect(exact.approximate).toBe(false);
    // From its first day on: the dated amount (2024-06-01) and the undated one (the latest rate).
    expect(await usd()).toEqual([2050, 2050]);
    expect(await rows()).toEqual(['KZT 2023-01-01 0.0021 v1', 'KZT 2024-03-15 0.00205 v1']);
  });

  it('writes an audit row with the new rate, by the admin, at the server time', async () => {
    const rate = await writes().create(KZT);
    const [entry] = await audits();
    expect(entry).toMatchObject({
      at: T0,
      actor: 'officer:1',
      actorName: 'The Admin',
      operation: 'CREATE',
      recordType: 'ExchangeRate',
      recordId: rate.id,
      requestId: 'req-7',
    });
    expect(entry.before).toBeNull();
    expect(entry.after).toEqual({
      id: rate.id,
      currency: 'KZT',
      validFrom: '2023-01-01',
      usdPerUnit: '0.0021',
      note: 'National Bank',
      approximate: true,
      enteredOn: '2026-03-01',
    });
  });

  it('refuses every bad field at once, with a stable reason, and writes nothing', async () => {
    expect(await refused(() => writes().create({ currency: 'usd', validFrom: '2024-01-01', usdPerUnit: '0', note: 'x'.repeat(201) }))).toEqual({
      message:
        'input.currency: USD needs no rate; input.usdPerUnit: must be a positive decimal with at most 12 decimals; input.note: at most 200 characters (got 201)',
      code: 'BAD_USER_INPUT',
      field: 'input.currency',
      fieldErrors: [
        { field: 'input.currency', reason: 'BASE_CURRENCY', message: 'USD needs no rate', params: { currency: 'USD' } },
        { field: 'input.usdPerUnit', reason: 'NOT_A_RATE', message: 'must be a positive decimal with at most 12 decimals', params: { decimals: 12 } },
        { field: 'input.note', reason: 'TOO_LONG', message: 'at most 200 characters (got 201)', params: { max: 200, length: 201 } },
      ],
    });
    expect(await refused(() => writes().create({ ...KZT, currency: 'ABC' }))).toMatchObject({
      fieldErrors: [{ field: 'input.currency', reason: 'UNKNOWN_CURRENCY', params: { value: 'ABC' } }],
    });
    expect(await rows()).toEqual([]);
    expect(await audits()).toEqual([]);
    expect(await usd()).toEqual([null, null]);
  });

  it('takes rates of 1 to 12 digits with up to 12 decimals, above zero', async () => {
    const reasons = async (usdPerUnit: string) =>
      ((await refused(() => writes().create({ ...KZT, usdPerUnit }))).fieldErrors as { reason: string }[]).map((e) => e.reason);
    for (const bad of ['0', '0.000000000000', '-1', '1e3', '.5', '5.', ' 5', '1,5', '0.0000000000001', '1234567890123', 'abc', ''])
      expect(await reasons(bad), bad).toEqual(['NOT_A_RATE']);
    let day = 1;
    for (const good of ['123456789012.123456789012', '0.000000000001', '0.0000001', '123456789012', '7']) {
      const rate = await writes().create({ ...KZT, validFrom: `2020-01-0${day++}`, usdPerUnit: good });
      expect(rate.usdPerUnit).toBe(good);
    }
    // Read back as written (SQLite keeps 15 significant digits, so the first is left out here), the smallest ones
    // not in exponent notation; the amounts are priced at the latest, 7 USD per tenge.
    expect((await em().find(ExchangeRate, { validFrom: { $gt: '2020-01-01' } }, { orderBy: { validFrom: 'asc' } })).map((r) => r.usdPerUnit)).toEqual([
      '0.000000000001',
      '0.0000001',
      '123456789012',
      '7',
    ]);
    expect(await usd()).toEqual([7_000_000, 7_000_000]);
  });

  it('prices amounts at rates below a millionth of a dollar', async () => {
    // 10,000 KZT at 0.0000001 USD: a tenth of a cent, rounded to none; then 10 billion KZT: 1,000 USD.
    await writes().create({ ...KZT, usdPerUnit: '0.0000001' });
    expect(await usd()).toEqual([0, 0]);
    await run(`update investment set amount_minor = 1000000000000`);
    await writes().create({ ...KZT, validFrom: '2024-01-01', usdPerUnit: '0.00000015' });
    expect(await usd()).toEqual([150_000, 150_000]);
  });

  it('refuses a second rate of a currency on the same day, naming the rate to update instead', async () => {
    await writes().create(KZT);
    expect(await refused(() => writes().create({ ...KZT, usdPerUnit: '0.003' }))).toEqual({
      message: 'input.validFrom: KZT already has a rate from 2023-01-01; update it instead',
      code: 'BAD_USER_INPUT',
      field: 'input.validFrom',
      fieldErrors: [
        {
          field: 'input.validFrom',
          reason: 'ALREADY_EXISTS',
          message: 'KZT already has a rate from 2023-01-01; update it instead',
          params: { value: '2023-01-01' },
        },
      ],
    });
    // Another currency on that day is another rate.
    await writes().create({ ...KZT, currency: 'CNY', usdPerUnit: '0.14' });
    expect(await rows()).toEqual(['KZT 2023-01-01 0.0021 v1', 'CNY 2023-01-01 0.14 v1']);
  });

  it('is entered on the UTC day without a server clock', async () => {
    const rate = await new ExchangeRateWrites(em(), admin, 'req-8').create(KZT);
    expect(rate.enteredOn).toBe(new Date().toISOString().slice(0, 10));
  });

  it('is for admins only', async () => {
    expect(await refused(() => writes(officer).create(KZT))).toEqual({ message: 'This needs the ADMIN role; you have OFFICER', code: 'FORBIDDEN' });
    expect(await rows()).toEqual([]);
  });
});

describe('changing and deleting a rate', () => {
  it('changes only the fields given, re-prices the amounts and audits before and after', async () => {
    const rate = await writes().create(KZT);
    const updated = await writes().update({ id: toGlobalId('ExchangeRate', rate.id), version: 1, usdPerUnit: '0.002' });
    expect(updated).toMatchObject({ usdPerUnit: '0.002', note: 'National Bank', approximate: true, version: 2 });
    expect(await usd()).toEqual([2000, 2000]);
    const entry = (await audits())[1];
    expect(entry).toMatchObject({ operation: 'UPDATE', recordId: rate.id, actor: 'officer:1' });
    expect(entry.before).toMatchObject({ usdPerUnit: '0.0021', note: 'National Bank' });
    expect(entry.after).toMatchObject({ usdPerUnit: '0.002', note: 'National Bank' });
    await writes().update({ id: toGlobalId('ExchangeRate', rate.id), version: 2, note: ' checked ', approximate: false });
    expect(await em().findOneOrFail(ExchangeRate, { id: rate.id })).toMatchObject({ note: 'checked', approximate: false, version: 3 });
    expect(Number((await em().findOneOrFail(ExchangeRate, { id: rate.id })).usdPerUnit)).toBe(0.002);
  });

  it('refuses nulls, bad rates and notes, a stale version (CONFLICT with the current one) and other IDs, changing nothing', async () => {
    const rate = await writes().create(KZT);
    const id = toGlobalId('ExchangeRate', rate.id);
    expect(await refused(() => writes().update({ id, version: 1, usdPerUnit: null, note: null, approximate: null }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        { field: 'input.usdPerUnit', reason: 'REQUIRED', message: 'may not be null' },
        { field: 'input.note', reason: 'REQUIRED', message: 'may not be null' },
        { field: 'input.approximate', reason: 'REQUIRED', message: 'may not be null' },
      ],
    });
    expect(await refused(() => writes().update({ id, version: 1, usdPerUnit: '0', note: '   ' }))).toMatchObject({
      fieldErrors: [
        { field: 'input.usdPerUnit', reason: 'NOT_A_RATE', params: { decimals: 12 } },
        { field: 'input.note', reason: 'REQUIRED', message: 'may not be empty' },
      ],
    });
    expect(await refused(() => writes().update({ id, version: 1, note: 'n'.repeat(201) }))).toMatchObject({
      fieldErrors: [{ field: 'input.note', reason: 'TOO_LONG', params: { max: 200, length: 201 } }],
    });
    await writes().update({ id, version: 1, usdPerUnit: '0.002' });
    expect(await refused(() => writes().update({ id, version: 1, usdPerUnit: '0.5' }))).toEqual({
      message: 'This ExchangeRate was changed by someone else (version 2, you had 1); reload it and try again',
      code: 'CONFLICT',
      currentVersion: 2,
    });
    expect(await refused(() => writes().update({ id: toGlobalId('Park', rate.id), version: 2, usdPerUnit: '0.5' }))).toEqual({
      message: `"${toGlobalId('Park', rate.id)}" is not the ID of an ExchangeRate`,
      code: 'BAD_USER_INPUT',
      field: 'input.id',
    });
    expect(await refused(() => writes(officer).update({ id, version: 2, usdPerUnit: '0.5' }))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await rows()).toEqual(['KZT 2023-01-01 0.002 v2']);
    expect(await usd()).toEqual([2000, 2000]);
    expect((await audits()).map((a) => a.operation)).toEqual(['CREATE', 'UPDATE']);
  });

  it('deletes at the current version only; the amounts fall back to the remaining rate, or lose their USD figure', async () => {
    // A rate of another currency first, so that the deleted rate's own currency is the one re-priced.
    await writes().create({ ...KZT, currency: 'CNY', validFrom: '2020-01-01', usdPerUnit: '0.14' });
    const first = await writes().create(KZT);
    const second = await writes().create({ ...KZT, validFrom: '2024-03-15', usdPerUnit: '0.00205' });
    expect(await usd()).toEqual([2050, 2050]);
    const id = toGlobalId('ExchangeRate', second.id);
    expect(await refused(() => writes().remove(id, 2))).toEqual({
      message: 'This ExchangeRate was changed by someone else (version 1, you had 2); reload it and try again',
      code: 'CONFLICT',
      currentVersion: 1,
    });
    expect(await usd()).toEqual([2050, 2050]);
    expect(await refused(() => writes(officer).remove(id, 1))).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused(() => writes().remove(toGlobalId('Park', second.id), 1))).toEqual({
      message: `"${toGlobalId('Park', second.id)}" is not the ID of an ExchangeRate`,
      code: 'BAD_USER_INPUT',
      field: 'id',
    });
    expect(await writes().remove(id, 1)).toEqual({ id: second.id, type: 'ExchangeRate' });
    expect(await usd()).toEqual([2100, 2100]);
    const entry = (await audits()).at(-1)!;
    expect(entry).toMatchObject({ operation: 'DELETE', recordType: 'ExchangeRate', recordId: second.id, after: null });
    expect(entry.before).toMatchObject({ currency: 'KZT', validFrom: '2024-03-15', usdPerUnit: '0.00205' });
    await writes().remove(toGlobalId('ExchangeRate', first.id), 1);
    expect(await rows()).toEqual(['CNY 2020-01-01 0.14 v1']);
    expect(await usd()).toEqual([null, null]);
  });
});
