// The data version: one number that changes with every committed write to the records any response can show, in the
// same transaction as the write (triggers on every such table), whatever wrote it: a mutation, the seed command,
// another server process. A cached answer is keyed by it, so a read after an acknowledged write never gets an
// answer computed before that write.
import { defineEntity, p, type MikroORM } from '@mikro-orm/core';
import Database from 'libsql';
import type { EntityManager } from '@mikro-orm/knex';
import { sqlDialect, type SqlDialect } from '../modules/stats/grouped-query.js';

export const DataVersion = defineEntity({
  name: 'DataVersion',
  tableName: 'data_version',
  properties: {
    /** Always 1: the table holds one row. */
    id: p.integer().primary().autoincrement(false),
    /** Incremented by every write to a tracked table (DATA_VERSION_TABLES). */
    version: p.bigint(),
  },
});

/**
 * The tables whose rows some response shows. Not tracked: sessions (checked on every request before any cache),
 * idempotency keys, server settings, the statistics summary (derived from investments, whose triggers bump) and the
 * migrations table.
 */
export const DATA_VERSION_TABLES = [
  'sector',
  'exchange_rate',
  'source',
  'citation',
  'park',
  'park_focus_sector',
  'organization',
  'organization_sector',
  'tenancy',
  'investment',
  'event',
  'event_participant',
  'deal',
  'deal_party',
  'api_key',
  'officer',
  'audit_entry',
  'saved_view',
  'enquiry',
] as const;

/** Bumped by the definition below; a database holding another version gets its triggers again at start-up. */
const TRIGGERS_VERSION = '2';
const VERSION_KEY = 'data_version.triggers';
const BUMP = 'update data_version set version = version + 1 where id = 1';
const OPS = ['insert', 'update', 'delete'] as const;

type Exec = (sql: string) => Promise<unknown>;

/**
 * The columns whose update counts, where not all do: an API key's last use is written as keys are used (at most once a
 * minute each) and is not a change of the data (the response cache never keeps `lastUsedAt`).
 */
const UPDATED_COLUMNS: Partial<Record<(typeof DATA_VERSION_TABLES)[number], string>> = {
  api_key: 'name, role, prefix, secret_hash, allow_list_only, created_by, created_at, revoked_at',
};

const event = (t: (typeof DATA_VERSION_TABLES)[number], op: (typeof OPS)[number]) =>
  op === 'update' && UPDATED_COLUMNS[t] ? `update of ${UPDATED_COLUMNS[t]}` : op;

function createTriggers(dialect: SqlDialect): string[] {
  if (dialect === 'sqlite') {
    // SQLite has row triggers only: one increment per row written (bulk changes suspend them, see suspendDataVersion).
    return DATA_VERSION_TABLES.flatMap((t) =>
      OPS.map((op) => `create trigger if not exists data_version_${t}_${op} after ${event(t, op)} on ${t} begin ${BUMP}; end`),
    );
  }
  return [
    `create or replace function parkscope_bump_data_version() returns trigger language plpgsql as $$ begin ${BUMP}; return null; end $$`,
    // Once per statement, however many rows it writes.
    ...DATA_VERSION_TABLES.map(
      (t) =>
        `create or replace trigger data_version_bump after insert or ${event(t, 'update')} or delete or truncate on ${t} for each statement execute function parkscope_bump_data_version()`,
    ),
  ];
}

function dropTriggers(dialect: SqlDialect): string[] {
  return dialect === 'sqlite'
    ? DATA_VERSION_TABLES.flatMap((t) => OPS.map((op) => `drop trigger if exists data_version_${t}_${op}`))
    : DATA_VERSION_TABLES.map((t) => `drop trigger if exists data_version_bump on ${t}`);
}

/**
 * For a bulk change inside the caller's transaction, on SQLite: the row triggers dropped (a million increments
 * otherwise); `resumeDataVersion` must follow before commit. PostgreSQL's statement triggers fire once per statement
 * (a COPY included) and stay: dropping them would lock every table for the whole bulk transaction.
 */
export async function suspendDataVersion(exec: Exec, dialect: SqlDialect): Promise<void> {
  if (dialect === 'sqlite') for (const sql of dropTriggers(dialect)) await exec(sql);
}

/** After a bulk change, in its transaction: one increment for all of it, and the triggers back. */
export async function resumeDataVersion(exec: Exec, dialect: SqlDialect): Promise<void> {
  await exec(BUMP);
  if (dialect === 'sqlite') for (const sql of createTriggers(dialect)) await exec(sql);
}

/** At start-up: the row and the triggers, (re)installed when the database holds another definition of them. */
export async function ensureDataVersion(orm: MikroORM): Promise<void> {
  const em = orm.em.fork() as unknown as EntityManager;
  const dialect = sqlDialect(em);
  await em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const ctx: unknown = tx.getTransactionContext();
    const exec: Exec = (sql) => conn.execute(sql, [], 'run', ctx);
    if (dialect === 'postgresql') await conn.execute('select pg_advisory_xact_lock(7150002)', [], 'all', ctx);
    const rows = await conn.execute<{ value: string }[]>('select value from server_setting where key = ?', [VERSION_KEY], 'all', ctx);
    if (rows[0]?.value === TRIGGERS_VERSION) return;
    await exec(
      dialect === 'sqlite'
        ? 'insert or ignore into data_version (id, version) values (1, 0)'
        : 'insert into data_version (id, version) values (1, 0) on conflict do nothing',
    );
    for (const sql of dropTriggers(dialect)) await exec(sql);
    for (const sql of createTriggers(dialect)) await exec(sql);
    await conn.execute('delete from server_setting where key = ?', [VERSION_KEY], 'run', ctx);
    await conn.execute('insert into server_setting (key, value) values (?, ?)', [VERSION_KEY, TRIGGERS_VERSION], 'run', ctx);
  });
}

/** The current data version as a string (a bigint on PostgreSQL may exceed a double one day). */
export async function readDataVersion(em: EntityManager): Promise<string> {
  const rows = await em.getConnection().execute<{ version: number | string | bigint }[]>('select version from data_version where id = 1', [], 'all');
  return String(rows[0]?.version ?? '0');
}

/**
 * SQLite: the data version read on a connection of its own, synchronously. The pool's one connection runs the
 * requests' statements one after another, and every request reads the version before the response cache, admission
 * control or a refusal can answer it: behind an overview's statements over a million records that read of one row
 * waited seconds, so under load a cache hit or a 503 took as long as the work it spared (measured: refusals at a
 * median of 1.7 s, and a `{ __typename }` unanswered for 15 s). A read-only WAL reader sees every committed write, by
 * this process or another, and never waits for the pool. Null for an in-memory database (no second connection can
 * see it): the pool's connection reads it then.
 */
export function sqliteVersionReader(file: string): { read: () => string; close: () => void } | null {
  if (file === ':memory:' || file.startsWith('file::memory:')) return null;
  let db: Database.Database | undefined;
  let statement: Database.Statement | undefined;
  return {
    read: () => {
      // Opened at the first read: the file and its table exist by then (migrations run before the server answers).
      db ??= new Database(file, { readonly: true, fileMustExist: true });
      statement ??= db.prepare('select version from data_version where id = 1');
      const row = statement.get() as { version: number | string | bigint } | undefined;
      return String(row?.version ?? '0');
    },
    close: () => db?.close(),
  };
}
