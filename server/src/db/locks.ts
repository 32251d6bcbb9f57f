import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'libsql';
import pg from 'pg';
import { APPLICATION_NAME, dialectOf } from './dialect.js';

/**
 * Locks between the processes that open one database: servers and command-line tools hold it shared while they use
 * it, migrations run one process at a time, and a restore holds it exclusively (and refuses while anyone holds it).
 *
 * PostgreSQL: session advisory locks on a connection of their own (named APPLICATION_NAME in pg_stat_activity).
 * SQLite: the file locks of a small side database, `<database file>.lock`: users hold a read transaction on it
 * (SHARED), migrations a write transaction (RESERVED: one at a time, readers still welcome), a restore takes it
 * EXCLUSIVE, which no one can while a reader holds it. The operating system drops a dead process's locks.
 */

/**
 * Advisory lock keys (a database's own namespace), apart from the transaction locks taken inside the migration lock
 * (7150001 the statistics summary's rebuild, 7150002 the data version's).
 */
export const MIGRATION_KEY = 7150010;
export const IN_USE_KEY = 7150011;

/** How often a waiting SQLite process tries the side file's lock again (the driver is synchronous: never block). */
const SQLITE_POLL_MS = 25;

/** First wait before a lost PostgreSQL lock connection is opened again (doubling, at most 30 s). */
const PG_RECONNECT_MS = 500;

export class DatabaseInUseError extends Error {
  readonly code = 'DATABASE_IN_USE';
}

/** A process's hold on a database: released when it closes the database. */
export interface DatabaseLease {
  /** Runs `fn` while no other process migrates this database (waits for one that does). */
  withMigrationLock<T>(fn: () => Promise<T>): Promise<T>;
  release(): Promise<void>;
}

/** The side file that carries a SQLite database's locks, or null for an in-memory database. */
export function sqliteLockFile(databaseUrl: string): string | null {
  const file = databaseUrl.slice('sqlite:'.length);
  return file === ':memory:' || file === '' ? null : `${file}.lock`;
}

function openLockFile(path: string): Database.Database {
  // Before the database itself exists (first start, or a restore onto a new machine).
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const db = new Database(path);
  db.exec('pragma busy_timeout = 0');
  return db;
}

function isBusy(err: unknown): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && String(err.code).startsWith('SQLITE_BUSY');
}

/** Tries `begin` on the side file until it succeeds, without blocking the event loop. */
async function sqliteTake(db: Database.Database, begin: string, read: boolean): Promise<void> {
  for (;;) {
    try {
      db.exec(begin);
      // A deferred transaction takes SHARED only when it reads.
      if (read) db.prepare('select count(*) as n from sqlite_master').get();
      return;
    } catch (err) {
      if (db.inTransaction) db.exec('rollback');
      if (!isBusy(err)) throw err;
      await sleep(SQLITE_POLL_MS);
    }
  }
}

/**
 * Holds the database shared for this process's life (waiting while a restore holds it). Every openDatabase takes
 * one; a restore refuses while any is held.
 */
export async function leaseDatabase(databaseUrl: string): Promise<DatabaseLease> {
  if (dialectOf(databaseUrl) === 'sqlite') {
    const path = sqliteLockFile(databaseUrl);
    if (!path) return { withMigrationLock: (fn) => fn(), release: async () => undefined };
    const shared = openLockFile(path);
    await sqliteTake(shared, 'begin', true);
    let released = false;
    return {
      async withMigrationLock(fn) {
        const migrating = openLockFile(path);
        try {
          await sqliteTake(migrating, 'begin immediate', false);
          return await fn();
        } finally {
          // Rollback, not commit: nothing was written, and a commit would want the file exclusively.
          if (migrating.inTransaction) migrating.exec('rollback');
          migrating.close();
        }
      },
      async release() {
        if (released) return;
        released = true;
        if (shared.inTransaction) shared.exec('rollback');
        shared.close();
      },
    };
  }
  let released = false;
  let client = await pgHolder(databaseUrl);
  // A connection lost (the database restarted, the network cut) is opened again and the lock taken again; meanwhile
  // the pool's own connections still name the process in pg_stat_activity, which a restore checks too.
  const keep = (held: pg.Client) => {
    held.once('end', () => {
      if (released) return;
      void (async () => {
        for (let wait = PG_RECONNECT_MS; !released; wait = Math.min(wait * 2, 30_000)) {
          await sleep(wait);
          try {
            const again = await pgHolder(databaseUrl);
            if (released) {
              await again.end().catch(() => undefined);
              return;
            }
            client = again;
            keep(again);
            return;
          } catch {
            // still unreachable: try again later
          }
        }
      })();
    });
  };
  keep(client);
  return {
    async withMigrationLock(fn) {
      const holder = client;
      await holder.query('select pg_advisory_lock($1)', [MIGRATION_KEY]);
      try {
        return await fn();
      } finally {
        await holder.query('select pg_advisory_unlock($1)', [MIGRATION_KEY]).catch(() => undefined);
      }
    },
    async release() {
      released = true;
      await client.end().catch(() => undefined);
    },
  };
}

/** A connection of its own holding the in-use lock shared (waiting while a restore holds it). */
async function pgHolder(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: APPLICATION_NAME });
  // Errors surface as the connection's end (see keep above), never as an unhandled event.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select pg_advisory_lock_shared($1)', [IN_USE_KEY]);
  } catch (err) {
    await client.end().catch(() => undefined);
    throw err;
  }
  return client;
}

/**
 * Takes the database exclusively for a restore, or throws DatabaseInUseError naming who holds it. Nothing waits:
 * a server that starts meanwhile waits for the release.
 */
export async function claimExclusive(databaseUrl: string): Promise<{ release: () => Promise<void> }> {
  if (dialectOf(databaseUrl) === 'sqlite') {
    const path = sqliteLockFile(databaseUrl);
    if (!path) throw new Error('an in-memory database cannot be restored');
    const db = openLockFile(path);
    try {
      db.exec('begin exclusive');
    } catch (err) {
      db.close();
      if (isBusy(err))
        throw new DatabaseInUseError(`the database is in use by a running server or another Parkscope process (it holds ${path}); stop it and try again`);
      throw err;
    }
    return {
      release: async () => {
        if (db.inTransaction) db.exec('rollback');
        db.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: databaseUrl, application_name: `${APPLICATION_NAME}-restore` });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const users = await client.query<{ n: string; addresses: string | null }>(
      `select count(*) as n, string_agg(distinct coalesce(host(client_addr), 'local'), ', ') as addresses
         from pg_stat_activity where datname = current_database() and application_name = $1 and pid <> pg_backend_pid()`,
      [APPLICATION_NAME],
    );
    const { n, addresses } = users.rows[0];
    const taken = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [IN_USE_KEY]);
    if (!taken.rows[0].ok || Number(n) > 0) {
      throw new DatabaseInUseError(
        `the database is in use by a running server or another Parkscope process (${n} connection(s) named ${APPLICATION_NAME}` +
          `${addresses ? ` from ${addresses}` : ''}${taken.rows[0].ok ? '' : ', and its in-use lock is held'}); stop it and try again`,
      );
    }
  } catch (err) {
    await client.end().catch(() => undefined);
    throw err;
  }
  return { release: () => client.end().catch(() => undefined) };
}
