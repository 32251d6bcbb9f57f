import { createServer, connect, type AddressInfo } from 'node:net';
import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { afterAll, describe, expect, it } from 'vitest';
import { entities } from './entities.js';
import { SqliteDriver } from './sqlite-driver.js';

// What the driver is for: a request arriving while other requests' statements are queued is read before they all
// have run, so a cache hit or a refusal does not wait for them.

/** Queues `count` statements at once, and a client's bytes arriving meanwhile; the order in which they were done. */
async function statementsAndArrival(em: EntityManager, count: number): Promise<string[]> {
  const order: string[] = [];
  const server = createServer((socket) => socket.once('data', () => order.push('arrived')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = connect((server.address() as AddressInfo).port, '127.0.0.1');
  await new Promise<void>((resolve) => client.once('connect', resolve));
  // Each statement is slow enough that the bytes are there before the second one starts.
  const slow = 'with recursive n(i) as (select 1 union all select i + 1 from n where i < 200000) select count(*) as c from n';
  const statements = Array.from({ length: count }, (_, i) =>
    em
      .getConnection()
      .execute(slow)
      .then(() => order.push(`statement ${i}`)),
  );
  client.write('x');
  await Promise.all(statements);
  await new Promise((resolve) => setTimeout(resolve, 50));
  client.destroy();
  await new Promise((resolve) => server.close(resolve));
  return order;
}

describe('the SQLite driver', () => {
  const orms: MikroORM[] = [];
  afterAll(async () => {
    for (const orm of orms) await orm.close(true);
  });
  const open = async (driver: typeof LibSqlDriver | typeof SqliteDriver) => {
    const orm = await MikroORM.init({ driver, dbName: ':memory:', entities, debug: false });
    orms.push(orm);
    return orm.em.fork() as EntityManager;
  };

  it('reads the network between any two statements: bytes that arrive while statements are queued are read before the last runs', async () => {
    const order = await statementsAndArrival(await open(SqliteDriver), 6);
    expect(order).toHaveLength(7);
    expect(order.indexOf('arrived')).toBeLessThan(order.indexOf('statement 5'));
    // The statements still run in the order they were sent.
    expect(order.filter((o) => o !== 'arrived')).toEqual([0, 1, 2, 3, 4, 5].map((i) => `statement ${i}`));
  });

  it('(MikroORM’s own libsql driver, for comparison, runs every queued statement first)', async () => {
    const order = await statementsAndArrival(await open(LibSqlDriver), 6);
    expect(order.at(-1)).toBe('arrived');
  });
});
