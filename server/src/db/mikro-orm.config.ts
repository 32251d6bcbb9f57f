import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataloaderType, type Options } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { APPLICATION_NAME, dialectOf, type Dialect } from './dialect.js';
import { entities } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';
import { SqliteDriver } from './sqlite-driver.js';
import { cachePreparedStatements, type PreparingConnection } from './statement-cache.js';

const here = dirname(fileURLToPath(import.meta.url));

export { APPLICATION_NAME, dialectOf, type Dialect };

export function migrationsPath(dialect: Dialect): string {
  return resolve(here, 'migrations', dialect);
}

/** How long a SQLite statement waits for another connection's write lock before failing with SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/** The part of a libsql connection the pool hook uses. */
interface SqliteRawConnection extends PreparingConnection {
  exec(sql: string): unknown;
}

/**
 * Runs on every connection the pool opens (the libsql dialect replaces connections as they age): WAL lets readers
 * go on while one writer writes, and the busy timeout makes a writer wait for the lock instead of failing at once;
 * statements are kept prepared (statement-cache.ts).
 */
function prepareSqliteConnection(conn: SqliteRawConnection, done: (err: Error | null, conn: SqliteRawConnection) => void) {
  try {
    // The busy timeout first: switching a fresh file to WAL needs it alone, and other processes may be opening it too.
    conn.exec(`pragma busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}; pragma journal_mode = wal; pragma foreign_keys = on; pragma synchronous = normal`);
    cachePreparedStatements(conn);
    done(null, conn);
  } catch (err) {
    done(err as Error, conn);
  }
}

/**
 * PostgreSQL: how long a request waits for a connection from the pool, or for a new one to open, before it fails (the
 * database unreachable answers 503 SERVICE_UNAVAILABLE then, instead of hanging).
 */
export const PG_CONNECT_TIMEOUT_MS = 5000;

/** Settings of every PostgreSQL session the pool opens from now on (openDatabase sets the timeout after migrating). */
export interface SessionSettings {
  /** statement_timeout in ms (0: none): a longer statement is cancelled by PostgreSQL (SQLSTATE 57014). */
  statementTimeoutMs: number;
}

/** The part of a pg connection the pool hook uses. */
interface PgRawConnection {
  query(sql: string, callback: (err: Error | null) => void): unknown;
}

/** MikroORM options for a DATABASE_URL: `sqlite:<path>` (embedded default) or `postgres://...`. */
export function ormOptions(databaseUrl: string, extra: Partial<Options> = {}, session?: SessionSettings): Options {
  const dialect = dialectOf(databaseUrl);
  const common = {
    entities,
    extensions: [Migrator],
    // Batches every Reference.load() and Collection.load() of one tick into one query: no N+1 in nested fields.
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    discovery: { warnWhenNoEntities: true },
    migrations: {
      path: migrationsPath(dialect),
      pathTs: migrationsPath(dialect),
      // Imported statically (see migrations/index.ts) so they load the same way under tsx, vitest and a build.
      migrationsList: MIGRATIONS[dialect],
      transactional: true,
      allOrNothing: true,
      emit: 'ts' as const,
      snapshot: false,
      silent: true,
    },
    preferTs: true,
    debug: false,
  };
  if (dialect === 'sqlite') {
    const file = databaseUrl.slice('sqlite:'.length);
    if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
    return { ...common, driver: SqliteDriver, dbName: file, pool: { afterCreate: prepareSqliteConnection }, ...extra };
  }
  // Named in pg_stat_activity, where a restore looks for running servers (see locks.ts).
  const driverOptions = { connection: { application_name: APPLICATION_NAME, connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS } };
  const afterCreate = (conn: PgRawConnection, done: (err: Error | null, conn: PgRawConnection) => void) => {
    const ms = session?.statementTimeoutMs ?? 0;
    if (!ms) return done(null, conn);
    conn.query(`set statement_timeout = ${Math.floor(ms)}`, (err) => done(err, conn));
  };
  const pool = { acquireTimeoutMillis: PG_CONNECT_TIMEOUT_MS, afterCreate };
  return { ...common, driver: PostgreSqlDriver, clientUrl: databaseUrl, driverOptions, pool, ...extra };
}

// Used by the MikroORM CLI (`npm run mikro-orm -- ...`).
export default ormOptions(process.env.DATABASE_URL ?? 'sqlite:./data/parkscope.sqlite');
