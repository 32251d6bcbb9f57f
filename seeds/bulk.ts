// Bulk writes for large loads, beside the unit of work: one transaction on one raw connection; on SQLite prepared
// multi-row INSERTs reused for every full batch, on PostgreSQL COPY ... FROM STDIN. Rows are arrays in column order.
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/knex';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { from as copyFrom } from 'pg-copy-streams';
import type pg from 'pg';

export type BulkValue = string | number | bigint | boolean | Date | null;

export interface BulkTable {
  /** Adds one row (values in the order of the table's columns). */
  add(values: BulkValue[]): Promise<void>;
  /** Writes what is buffered; the table's rows are all in the database (inside the transaction) afterwards. */
  end(): Promise<void>;
}

export interface BulkWriter {
  readonly dialect: 'sqlite' | 'postgresql';
  table(name: string, columns: readonly string[]): BulkTable;
  /** A statement inside the bulk transaction (rows for a select, nothing otherwise). */
  query<T = Record<string, unknown>>(sql: string, params?: BulkValue[]): Promise<T[]>;
  /** Reserves `count` consecutive ids of `table` (never ids used before, even by deleted rows); returns the first. */
  reserveIds(table: string, count: number): Promise<number>;
  /**
   * Drops a table's secondary indexes (not those of a primary key or unique constraint) for a large load (one index built from sorted rows at the end is far cheaper
   * than a million random insertions into it); the returned function builds them again, inside the transaction.
   */
  suspendIndexes(table: string): Promise<() => Promise<void>>;
  commit(): Promise<void>;
  /** Rolls back (if not committed) and gives the connection back to the pool; safe to call twice. */
  release(): Promise<void>;
}

/** Parameters per SQLite statement (SQLite allows 32,766): large enough that statement overhead disappears. */
const SQLITE_PARAMS_PER_STATEMENT = 12_000;
/** SQLite page cache during a bulk load, in KiB (negative: a size rather than a page count). */
const BULK_CACHE_KIB = -131_072;
/** Characters of COPY text collected before a write to the server. */
const COPY_CHUNK = 1 << 16;

interface SqliteStatement {
  run(values: unknown[]): unknown;
  all(values: unknown[]): unknown[];
}
interface SqliteConnection {
  exec(sql: string): unknown;
  prepare(sql: string): SqliteStatement;
}
interface KnexPoolClient<C> {
  acquireConnection(): Promise<C>;
  releaseConnection(conn: C): Promise<void>;
}

/**
 * Opens a transaction on a connection of its own from the ORM's pool. On SQLite it takes the write lock at once
 * (BEGIN IMMEDIATE); on PostgreSQL `lockTables` are locked against other writers (readers go on).
 */
export async function openBulkWriter(em: EntityManager, lockTables: readonly string[] = []): Promise<BulkWriter> {
  // The knex client's pool hands out the driver's own connection object (libsql Database or pg Client).
  const client = em.getKnex().client as unknown as KnexPoolClient<unknown>;
  if (em.getDriver() instanceof PostgreSqlDriver) {
    const conn = (await client.acquireConnection()) as pg.Client;
    return postgresWriter(conn, () => client.releaseConnection(conn), lockTables);
  }
  const conn = (await client.acquireConnection()) as SqliteConnection;
  return sqliteWriter(conn, () => client.releaseConnection(conn));
}

const quote = (name: string) => `"${name}"`;

function sqliteWriter(conn: SqliteConnection, release: () => Promise<void>): BulkWriter {
  let open = true;
  // A large cache keeps the indexes being written in memory (the default 2 MB thrashes on a million rows).
  const [{ cache_size: cacheSize }] = conn.prepare('pragma cache_size').all([]) as { cache_size: number }[];
  conn.exec(`pragma cache_size = ${BULK_CACHE_KIB}`);
  // Index builds sort in memory rather than in temporary files.
  const [{ temp_store: tempStore }] = conn.prepare('pragma temp_store').all([]) as { temp_store: number }[];
  conn.exec('pragma temp_store = memory');
  conn.exec('begin immediate');
  // Links are checked at commit: a batch of children may be written before the batch holding their parents.
  conn.exec('pragma defer_foreign_keys = on');
  const insert = (name: string, columns: readonly string[], rows: number) =>
    conn.prepare(
      `insert into ${quote(name)} (${columns.map(quote).join(', ')}) values ${Array.from({ length: rows }, () => `(${columns.map(() => '?').join(', ')})`).join(', ')}`,
    );
  const bind = (v: BulkValue) => (v instanceof Date ? v.getTime() : typeof v === 'boolean' ? Number(v) : v);
  const writer: BulkWriter = {
    dialect: 'sqlite',
    table(name, columns) {
      const perStatement = Math.max(1, Math.min(1000, Math.floor(SQLITE_PARAMS_PER_STATEMENT / columns.length)));
      let full: SqliteStatement | undefined;
      let buffer: unknown[] = [];
      let rows = 0;
      return {
        add(values) {
          for (const v of values) buffer.push(bind(v));
          if (++rows === perStatement) {
            (full ??= insert(name, columns, perStatement)).run(buffer);
            buffer = [];
            rows = 0;
          }
          return Promise.resolve();
        },
        end() {
          if (rows) insert(name, columns, rows).run(buffer);
          buffer = [];
          rows = 0;
          return Promise.resolve();
        },
      };
    },
    query<T>(sql: string, params: BulkValue[] = []) {
      const stmt = conn.prepare(sql);
      if (/^\s*(select|with|pragma)\b/i.test(sql)) return Promise.resolve(stmt.all(params.map(bind)) as T[]);
      stmt.run(params.map(bind));
      return Promise.resolve([]);
    },
    async suspendIndexes(table) {
      const indexes = await writer.query<{ name: string; sql: string }>(
        `select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null`,
        [table],
      );
      for (const index of indexes) conn.exec(`drop index ${quote(index.name)}`);
      return async () => {
        for (const index of indexes) conn.exec(index.sql);
        await Promise.resolve();
      };
    },
    async reserveIds(table) {
      // AUTOINCREMENT tables remember their highest id in sqlite_sequence; explicit ids move it on.
      const [row] = await writer.query<{ next: number | bigint }>(
        `select max(coalesce((select seq from sqlite_sequence where name = ?), 0), coalesce((select max(id) from ${quote(table)}), 0)) + 1 as next`,
        [table],
      );
      return Number(row.next);
    },
    async commit() {
      conn.exec('commit');
      open = false;
      conn.exec(`pragma cache_size = ${cacheSize}; pragma temp_store = ${tempStore}`);
      await release();
    },
    async release() {
      if (!open) return;
      open = false;
      try {
        conn.exec('rollback');
        conn.exec(`pragma cache_size = ${cacheSize}; pragma temp_store = ${tempStore}`);
      } finally {
        await release();
      }
    },
  };
  return writer;
}

/** A value in COPY's text format: \N for null, backslash escapes for the characters COPY treats specially. */
function copyText(v: BulkValue): string {
  if (v === null) return '\\N';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v !== 'string') return String(v);
  return /[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!) : v;
}

async function postgresWriter(conn: pg.Client, release: () => Promise<void>, lockTables: readonly string[]): Promise<BulkWriter> {
  let open = true;
  await conn.query('begin');
  // Other writers wait until the load commits (ids are reserved under this lock); readers are not blocked.
  if (lockTables.length) await conn.query(`lock table ${lockTables.map(quote).join(', ')} in share row exclusive mode`);

  // One COPY at a time per connection: the first table written streams, the others queue their text until it ends.
  interface PgTable {
    sql: string;
    chunks: string[];
    pending: string;
    stream?: Writable;
    ended: boolean;
  }
  const queue: PgTable[] = [];
  let active: PgTable | undefined;

  const start = async (t: PgTable) => {
    active = t;
    t.stream = conn.query(copyFrom(t.sql));
    for (const chunk of t.chunks.splice(0)) await write(t, chunk);
    if (t.ended) await finish(t);
  };
  const write = async (t: PgTable, chunk: string) => {
    if (!t.stream) {
      t.chunks.push(chunk);
      return;
    }
    if (!t.stream.write(chunk)) await once(t.stream, 'drain');
  };
  const finish = async (t: PgTable) => {
    const stream = t.stream!;
    stream.end();
    await finished(stream);
    active = undefined;
    queue.splice(queue.indexOf(t), 1);
    if (queue.length) await start(queue[0]);
  };

  const writer: BulkWriter = {
    dialect: 'postgresql',
    table(name, columns) {
      const t: PgTable = { sql: `copy ${quote(name)} (${columns.map(quote).join(', ')}) from stdin`, chunks: [], pending: '', ended: false };
      let registered = false;
      const register = async () => {
        if (registered) return;
        registered = true;
        queue.push(t);
        if (!active) await start(t);
      };
      return {
        async add(values) {
          await register();
          t.pending += values.map(copyText).join('\t') + '\n';
          if (t.pending.length >= COPY_CHUNK) {
            const chunk = t.pending;
            t.pending = '';
            await write(t, chunk);
          }
        },
        async end() {
          if (!registered) return;
          if (t.pending) await write(t, t.pending);
          t.pending = '';
          t.ended = true;
          if (active === t) await finish(t);
        },
      };
    },
    async query<T>(sql: string, params: BulkValue[] = []) {
      // pg numbers its parameters $1, $2...; the statements here are written with ? like SQLite's.
      let n = 0;
      const res = await conn.query(
        sql.replace(/\?/g, () => `$${++n}`),
        params.map((v) => (typeof v === 'bigint' ? v.toString() : v)),
      );
      return res.rows as T[];
    },
    async suspendIndexes(table) {
      // Indexes that back a constraint (primary key, unique) stay; the others are dropped until the load's end. The
      // drop locks the table until commit: readers of it wait for a large load (the README says to seed when quiet).
      const indexes = await writer.query<{ name: string; sql: string }>(
        `select indexname as name, indexdef as sql from pg_indexes where schemaname = current_schema() and tablename = ? ` +
          `and indexname not in (select conname from pg_constraint where conrelid = ?::regclass)`,
        [table, table],
      );
      for (const index of indexes) await conn.query(`drop index ${quote(index.name)}`);
      return async () => {
        await conn.query(`set local maintenance_work_mem = '256MB'`);
        for (const index of indexes) await conn.query(index.sql);
      };
    },
    async reserveIds(table, count) {
      const seq = `pg_get_serial_sequence('${table}', 'id')`;
      // Under the table lock no one else takes ids: the next id, then the sequence moved past the reserved range.
      const [row] = await writer.query<{ first: string }>(`select greatest(nextval(${seq}), (select coalesce(max(id), 0) + 1 from ${quote(table)})) as first`);
      const first = Number(row.first);
      await writer.query(`select setval(${seq}, ?)`, [first + Math.max(count, 1) - 1]);
      return first;
    },
    async commit() {
      if (active || queue.length) throw new Error(`bulk load: table ${queue[0]?.sql} was not ended before commit`);
      await conn.query('commit');
      open = false;
      await release();
    },
    async release() {
      if (!open) return;
      open = false;
      try {
        await conn.query('rollback');
      } finally {
        await release();
      }
    },
  };
  return writer;
}
