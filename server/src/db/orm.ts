import { MikroORM, type Options } from '@mikro-orm/core';
import { ensureSummaries } from '../modules/stats/summary.js';
import { ensureDataVersion } from './data-version.js';
import { leaseDatabase } from './locks.js';
import { ormOptions } from './mikro-orm.config.js';

/**
 * Opens the database, applies pending migrations and installs the statistics summaries' triggers (rebuilding the
 * summaries when their definition changed); start-up, CLI and tests go through here. The process holds the database
 * shared until the ORM closes (a restore refuses meanwhile), and migrates (summaries included) under the migration
 * lock: several processes starting together on a fresh database migrate it once, the others wait and find nothing
 * pending.
 */
export async function openDatabase(databaseUrl: string, extra: Partial<Options> = {}): Promise<MikroORM> {
  const lease = await leaseDatabase(databaseUrl);
  let orm: MikroORM | undefined;
  try {
    orm = await MikroORM.init(ormOptions(databaseUrl, extra));
    const ready = orm;
    // The summaries too: on SQLite two processes that both read an old version and then both rebuild would collide.
    await lease.withMigrationLock(async () => {
      await ready.getMigrator().up();
      await ensureSummaries(ready);
      await ensureDataVersion(ready);
    });
  } catch (err) {
    await orm?.close(true);
    await lease.release();
    throw err;
  }
  const close = orm.close.bind(orm);
  orm.close = async (force?: boolean) => {
    try {
      await close(force);
    } finally {
      await lease.release();
    }
  };
  return orm;
}
