import { MikroORM, type Options } from '@mikro-orm/core';
import { ensureSummaries } from '../modules/stats/summary.js';
import { ensureDataVersion } from './data-version.js';
import { ensureChangeLog } from '../modules/changes/change-log.js';
import { leaseDatabase } from './locks.js';
import { dialectOf, ormOptions, type SessionSettings } from './mikro-orm.config.js';

/**
 * Opens the database, applies pending migrations and installs the statistics summaries' triggers (rebuilding the
 * summaries when their definition changed); start-up, CLI and tests go through here. The process holds the database
 * shared until the ORM closes (a restore refuses meanwhile), and migrates (summaries included) under the migration
 * lock: several processes starting together on a fresh database migrate it once, the others wait and find nothing
 * pending. `statementTimeoutMs` (PostgreSQL; the server's DATABASE_STATEMENT_TIMEOUT_MS) applies once migrated.
 */
export async function openDatabase(databaseUrl: string, extra: Partial<Options> = {}, { statementTimeoutMs = 0 } = {}): Promise<MikroORM> {
  const lease = await leaseDatabase(databaseUrl);
  let orm: MikroORM | undefined;
  // Migrations and summary rebuilds run without the statement timeout (they may take long on a big database).
  const session: SessionSettings = { statementTimeoutMs: 0 };
  try {
    orm = await MikroORM.init(ormOptions(databaseUrl, extra, session));
    const ready = orm;
    // The summaries too: on SQLite two processes that both read an old version and then both rebuild would collide.
    await lease.withMigrationLock(async () => {
      await ready.getMigrator().up();
      await ensureSummaries(ready);
      await ensureDataVersion(ready);
      await ensureChangeLog(ready);
    });
    if (statementTimeoutMs > 0 && dialectOf(databaseUrl) === 'postgresql') {
      // PostgreSQL: every session opened from now on cancels a statement running longer; the pool's sessions opened
      // while migrating are replaced.
      session.statementTimeoutMs = statementTimeoutMs;
      await orm.reconnect();
    }
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
