import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../clock.js';
import { ExchangeRate } from './exchange-rate.entity.js';
import type { RateTable } from './exchange-rate.repository.js';
import { MoneyService } from './money.service.js';
import { RateTableCache } from './rate-cache.js';

// The rate table shared by the requests of one data version: kept while the version stays, read again when it moves,
// read inside a write's transaction as that transaction sees it, and not kept when its load fails.

let orm: MikroORM;
let version: string;
let versionReads: number;
const dataVersion = async () => {
  versionReads++;
  return version;
};
const em = () => orm.em.fork() as EntityManager;
/** The table as "CUR validFrom usdPerUnit" lines. */
const lines = (table: RateTable) => [...table.values()].flat().map((r) => `${r.currency} ${r.validFrom} ${r.usdPerUnit}`);

async function addRate(currency: string, validFrom: string, usdPerUnit: string, e = em()) {
  e.create(ExchangeRate, { currency, validFrom, usdPerUnit, note: 'test', approximate: false, enteredOn: '2026-01-01' });
  await e.flush();
}

beforeAll(async () => {
  // No global context: the cache must load in a context of its own.
  orm = await MikroORM.init({ driver: LibSqlDriver, dbName: ':memory:', entities: [ExchangeRate], debug: false });
  await orm.schema.createSchema();
});
afterAll(() => orm.close());
beforeEach(async () => {
  await em().nativeDelete(ExchangeRate, {});
  await addRate('CNY', '2024-01-01', '0.14');
  version = '1';
  versionReads = 0;
});

describe('the shared rate table', () => {
  it('is loaded once per data version and read again when the version moves', async () => {
    const cache = new RateTableCache(orm, dataVersion);
    const first = await cache.table(em());
    expect(lines(first)).toEqual(['CNY 2024-01-01 0.14']);
    await addRate('CNY', '2025-01-01', '0.125');
    // The same version: the same table, without the new rate.
    expect(await cache.table(em())).toBe(first);
    expect(versionReads).toBe(2);
    version = '2';
    const second = await cache.table(em());
    expect(second).not.toBe(first);
    expect(lines(second)).toEqual(['CNY 2024-01-01 0.14', 'CNY 2025-01-01 0.125']);
    expect(await cache.table(em())).toBe(second);
  });

  it('is loaded in a context of its own, not the requesting one', async () => {
    const request = em();
    await new RateTableCache(orm, dataVersion).table(request);
    expect(request.getUnitOfWork().getIdentityMap().values()).toEqual([]);
  });

  it('inside a transaction, is the transaction’s own view, neither taken from nor kept for the version', async () => {
    const cache = new RateTableCache(orm, dataVersion);
    const held = await cache.table(em());
    await em()
      .transactional(async (tx) => {
        await addRate('CNY', '2025-01-01', '0.125', tx);
        expect(lines(await cache.table(tx))).toEqual(['CNY 2024-01-01 0.14', 'CNY 2025-01-01 0.125']);
        throw new Error('rolled back');
      })
      .catch((err: Error) => expect(err.message).toBe('rolled back'));
    // The version was not asked inside the transaction, and the held table is still the committed one.
    expect(versionReads).toBe(1);
    expect(await cache.table(em())).toBe(held);
  });

  it('is not kept when its load fails: the next request loads it again', async () => {
    let calls = 0;
    const rows = [{ currency: 'KZT', validFrom: '2023-01-01', usdPerUnit: '0.0021' }];
    const fake = {
      em: {
        fork: () => ({
          find: async () => {
            if (++calls === 1) throw new Error('database unavailable');
            return rows;
          },
        }),
      },
    } as unknown as MikroORM;
    const cache = new RateTableCache(fake, dataVersion);
    await expect(cache.table(em())).rejects.toThrow('database unavailable');
    const table = await cache.table(em());
    expect(lines(table)).toEqual(['KZT 2023-01-01 0.0021']);
    expect(await cache.table(em())).toBe(table);
    expect(calls).toBe(2);
  });

  it('keeps a newer version’s table when an older version’s load fails after it', async () => {
    let failOld!: (err: Error) => void;
    const pending = new Promise<never>((_, reject) => (failOld = reject));
    const rows = [{ currency: 'KZT', validFrom: '2023-01-01', usdPerUnit: '0.0021' }];
    let calls = 0;
    const fake = { em: { fork: () => ({ find: () => (++calls === 1 ? pending : Promise.resolve(rows)) }) } } as unknown as MikroORM;
    const cache = new RateTableCache(fake, dataVersion);
    const old = cache.table(em());
    version = '2';
    const newer = await cache.table(em());
    failOld(new Error('slow and failed'));
    await expect(old).rejects.toThrow('slow and failed');
    expect(await cache.table(em())).toBe(newer);
    expect(calls).toBe(2);
  });
});

describe('a money service on the shared table', () => {
  it('reads the table through the cache once, and its rates', async () => {
    const cache = new RateTableCache(orm, dataVersion);
    await cache.table(em());
    await addRate('CNY', '2025-01-01', '0.125');
    const service = new MoneyService(em(), fixedClock('2026-01-01'), cache);
    // The shared table of version 1 does not hold the new rate; the service asks the cache once.
    expect(await service.toUsdMinor(100_000n, 'CNY', '2025-06-01')).toBe(14_000n);
    expect((await service.rateOn('CNY', '2025-06-01'))?.validFrom).toBe('2024-01-01');
    expect(versionReads).toBe(2);
    // Without the cache, the service reads the table itself.
    expect(await new MoneyService(em()).toUsdMinor(100_000n, 'CNY', '2025-06-01')).toBe(12_500n);
  });
});
