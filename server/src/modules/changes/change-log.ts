// The change feed (`changes`): every created, updated and deleted public record, in the order the changes became
// visible, for tools that keep a copy of the data in step by polling from their last cursor.
//
// Written by triggers on the public record tables, in the writing transaction, whatever wrote (a mutation, an import,
// a script, another server process); generated here per dialect and installed at start-up (inside the migration lock)
// when the database holds another definition. A bulk change (seed, demo replacement) writes no row per record: it
// writes one BULK row per record type with the type's record count, and a consumer re-reads that type's list.
//
// Order. SQLite has one writer at a time, so id order is commit order. On PostgreSQL ids are taken before commit and
// transactions commit in any order, so each row also carries a sequence number taken at commit's turn: the data
// version (data-version.ts), read with its row locked. Every transaction that writes records holds that lock from its
// first logged row until it commits (its data version bump keeps it), so transactions take turns on it in commit order
// and a later one reads a higher version. The feed is read in (seq, id) order, and what a reader's snapshot sees of it
// is always a prefix: a change committed late sorts after every change visible before it committed, so a poller
// resuming from its cursor never skips it, and no running transaction, however long, holds the feed back.
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { badUserInput } from '../../graphql/errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../graphql/pagination.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { sqlDialect, type SqlDialect } from '../stats/grouped-query.js';

/** Table → GraphQL type of the records the feed lists: the public Node types that carry a version. */
export const CHANGE_LOG_TABLES = {
  park: 'Park',
  organization: 'Organization',
  tenancy: 'Tenancy',
  investment: 'Investment',
  event: 'Event',
  deal: 'Deal',
  exchange_rate: 'ExchangeRate',
} as const;
export type ChangeRecordType = (typeof CHANGE_LOG_TABLES)[keyof typeof CHANGE_LOG_TABLES];
export type ChangeLogTable = keyof typeof CHANGE_LOG_TABLES;
type Table = ChangeLogTable;
/** The feed's name of a record type (the GraphQL enum ChangeRecordType: "ExchangeRate" is EXCHANGE_RATE). */
export const changeTypeValue = (type: ChangeRecordType) => type.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
const TYPE_OF_VALUE = new Map<string, ChangeRecordType>(Object.values(CHANGE_LOG_TABLES).map((t) => [changeTypeValue(t), t]));
const TABLES = Object.keys(CHANGE_LOG_TABLES) as Table[];

/** Bumped with the definition below; a database holding another version gets the triggers again at start-up. */
const TRIGGERS_VERSION = '1';
const VERSION_KEY = 'change_log.triggers';
/** PostgreSQL: set (transaction-locally) by a bulk change, which the row triggers then skip. */
const BULK_SETTING = 'parkscope.change_log_bulk';
/** PostgreSQL: the sequence number, the data version with its row locked until commit (see above). */
const PG_SEQ = 'select version from data_version where id = 1 for update';
const SQLITE_NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

type Exec = (sql: string) => Promise<unknown>;
const OPS = ['insert', 'update', 'delete'] as const;

function sqliteInsert(t: Table, op: (typeof OPS)[number]): string {
  const row = op === 'delete' ? 'OLD' : 'NEW';
  const kind = { insert: 'CREATED', update: 'UPDATED', delete: 'DELETED' }[op];
  return (
    `create trigger if not exists change_log_${t}_${op} after ${op} on ${t} begin ` +
    `insert into change_log (record_type, record_id, version, kind, changed_at, verification) ` +
    `values ('${CHANGE_LOG_TABLES[t]}', ${row}.id, ${row}.version, '${kind}', ${SQLITE_NOW}, ${t === 'exchange_rate' ? 'null' : `${row}.verification`}); end`
  );
}

function createTriggers(dialect: SqlDialect): string[] {
  if (dialect === 'sqlite') return TABLES.flatMap((t) => OPS.map((op) => sqliteInsert(t, op)));
  // One function for every table: the record type is the trigger's argument, provenance where the table has it.
  const fn = (name: string, verification: (row: string) => string) =>
    `create or replace function ${name}() returns trigger language plpgsql as $$ declare s bigint; begin ` +
    `${PG_SEQ} into s; ` +
    `if tg_op = 'DELETE' then ` +
    `insert into change_log (record_type, record_id, version, kind, changed_at, verification, seq) values (tg_argv[0], OLD.id, OLD.version, 'DELETED', now(), ${verification('OLD')}, s); ` +
    `else ` +
    `insert into change_log (record_type, record_id, version, kind, changed_at, verification, seq) values (tg_argv[0], NEW.id, NEW.version, ` +
    `case tg_op when 'INSERT' then 'CREATED' else 'UPDATED' end, now(), ${verification('NEW')}, s); ` +
    `end if; return null; end $$`;
  return [
    fn('parkscope_change_log', (row) => `${row}.verification::text`),
    fn('parkscope_change_log_unverified', () => 'null'),
    ...TABLES.map(
      (t) =>
        `create or replace trigger change_log_row after insert or update or delete on ${t} for each row ` +
        `when (current_setting('${BULK_SETTING}', true) is distinct from 'on') ` +
        `execute function ${t === 'exchange_rate' ? 'parkscope_change_log_unverified' : 'parkscope_change_log'}('${CHANGE_LOG_TABLES[t]}')`,
    ),
  ];
}

function dropTriggers(dialect: SqlDialect): string[] {
  return dialect === 'sqlite'
    ? TABLES.flatMap((t) => OPS.map((op) => `drop trigger if exists change_log_${t}_${op}`))
    : TABLES.map((t) => `drop trigger if exists change_log_row on ${t}`);
}

/**
 * Before a bulk change, inside its transaction: no row per record. SQLite drops the row triggers (they come back in
 * `resumeChangeLog`); PostgreSQL keeps them (dropping would lock every table until commit) and they skip the rows
 * while the transaction-local setting is on.
 */
export async function suspendChangeLog(exec: Exec, dialect: SqlDialect): Promise<void> {
  if (dialect === 'sqlite') for (const sql of dropTriggers(dialect)) await exec(sql);
  else await exec(`select set_config('${BULK_SETTING}', 'on', true)`);
}

/**
 * After a bulk change, in its transaction: one BULK row per record type with its count (each type, or only the
 * `tables` the change wrote), and the triggers back.
 */
export async function resumeChangeLog(exec: Exec, dialect: SqlDialect, tables: readonly Table[] = TABLES): Promise<void> {
  if (dialect === 'postgresql') await exec(PG_SEQ);
  for (const t of tables) {
    await exec(
      dialect === 'sqlite'
        ? `insert into change_log (record_type, kind, changed_at, count) select '${CHANGE_LOG_TABLES[t]}', 'BULK', ${SQLITE_NOW}, count(*) from ${t}`
        : `insert into change_log (record_type, kind, changed_at, count, seq) select '${CHANGE_LOG_TABLES[t]}', 'BULK', now(), count(*), (select version from data_version where id = 1) from ${t}`,
    );
  }
  if (dialect === 'sqlite') for (const sql of createTriggers(dialect)) await exec(sql);
  else await exec(`select set_config('${BULK_SETTING}', 'off', true)`);
}

/** At start-up (inside the migration lock): the triggers, (re)installed when the database holds another definition. */
export async function ensureChangeLog(orm: MikroORM): Promise<void> {
  const em = orm.em.fork() as unknown as EntityManager;
  const dialect = sqlDialect(em);
  await em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const ctx: unknown = tx.getTransactionContext();
    const exec: Exec = (sql) => conn.execute(sql, [], 'run', ctx);
    if (dialect === 'postgresql') await conn.execute('select pg_advisory_xact_lock(7150003)', [], 'all', ctx);
    const rows = await conn.execute<{ value: string }[]>('select value from server_setting where key = ?', [VERSION_KEY], 'all', ctx);
    if (rows[0]?.value === TRIGGERS_VERSION) return;
    for (const sql of dropTriggers(dialect)) await exec(sql);
    for (const sql of createTriggers(dialect)) await exec(sql);
    await conn.execute('delete from server_setting where key = ?', [VERSION_KEY], 'run', ctx);
    await conn.execute('insert into server_setting (key, value) values (?, ?)', [VERSION_KEY, TRIGGERS_VERSION], 'run', ctx);
  });
}

// ---- Reading ----

export type ChangeKind = 'CREATED' | 'UPDATED' | 'DELETED' | 'BULK';

/** One change as `Change` resolves it. */
export interface ChangeRow {
  cursor: string;
  /** The record type as the enum names it (PARK, EXCHANGE_RATE, …). */
  type: string;
  /** The record's global ID; null for BULK. */
  id: string | null;
  version: number | null;
  kind: ChangeKind;
  at: Date;
  verification: string | null;
  count: number | null;
}

export interface ChangePage {
  edges: { cursor: string; node: ChangeRow }[];
  nodes: ChangeRow[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** A feed position: the last row's id and, on PostgreSQL, its sequence number. */
interface Position {
  id: number;
  seq?: number;
}

export function encodeChangeCursor(p: Position): string {
  return Buffer.from(JSON.stringify(p.seq === undefined ? { change: p.id } : { change: p.id, seq: p.seq }), 'utf8').toString('base64url');
}

function decodeChangeCursor(cursor: string, dialect: SqlDialect): Position {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { change?: unknown; seq?: unknown };
    const id = v.change;
    if (typeof id === 'number' && Number.isSafeInteger(id)) {
      if (dialect === 'sqlite' && v.seq === undefined) return { id };
      if (dialect === 'postgresql' && typeof v.seq === 'number' && Number.isSafeInteger(v.seq)) return { id, seq: v.seq };
    }
  } catch {
    // fall through to the error below
  }
  throw badUserInput(`"${cursor}" is not a cursor of the change feed`, 'after');
}

interface LogRow {
  id: number | string;
  record_type: string;
  record_id: number | string | null;
  version: number | string | null;
  kind: string;
  changed_at: Date | string | number;
  verification: string | null;
  count: number | string | null;
  seq?: number | string | null;
}

const num = (v: number | string | null | undefined) => (v == null ? null : Number(v));

function dateOf(v: Date | string | number): Date {
  if (v instanceof Date) return v;
  if (typeof v === 'number') return new Date(v);
  // PostgreSQL's text form ("2026-12-02 04:25:31.123+00") or SQLite's ISO text.
  const iso = v.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  return new Date(/[zZ]$|[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);
}

/** A page of the feed after `after` (from the start without it), optionally of some record types only. */
export async function readChanges(
  em: EntityManager,
  args: { after?: string | null; first?: number | null; types?: readonly string[] | null },
): Promise<ChangePage> {
  const dialect = sqlDialect(em);
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (first < 0 || first > MAX_PAGE_SIZE) throw badUserInput(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}; got ${first}`, 'first');
  const from = args.after != null ? decodeChangeCursor(args.after, dialect) : undefined;
  // The enum's values (PARK, EXCHANGE_RATE) as the log names the types (Park, ExchangeRate).
  const types = args.types ? args.types.map((v) => TYPE_OF_VALUE.get(v) ?? v) : null;
  if (first === 0 || (types && types.length === 0)) {
    return { edges: [], nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: from !== undefined, startCursor: null, endCursor: null } };
  }
  const where: string[] = [];
  const params: unknown[] = [];
  if (dialect === 'postgresql' && from) {
    where.push('(seq, id) > (?, ?)');
    params.push(from.seq, from.id);
  } else if (from) {
    where.push('id > ?');
    params.push(from.id);
  }
  if (types) {
    where.push(`record_type in (${types.map(() => '?').join(', ')})`);
    params.push(...types);
  }
  const order = dialect === 'postgresql' ? 'seq, id' : 'id';
  const rows = await em
    .getConnection()
    .execute<LogRow[]>(
      `select id, record_type, record_id, version, kind, changed_at, verification, count${dialect === 'postgresql' ? ', seq' : ''} from change_log ` +
        `${where.length ? `where ${where.join(' and ')} ` : ''}order by ${order} limit ?`,
      [...params, first + 1],
      'all',
    );
  const page = rows.slice(0, first).map((r): ChangeRow => {
    const cursor = encodeChangeCursor(dialect === 'postgresql' ? { id: Number(r.id), seq: Number(r.seq) } : { id: Number(r.id) });
    const type = r.record_type as ChangeRecordType;
    return {
      cursor,
      type: changeTypeValue(type),
      id: r.record_id == null ? null : toGlobalId(type, Number(r.record_id)),
      version: num(r.version),
      kind: r.kind as ChangeKind,
      at: dateOf(r.changed_at),
      verification: r.verification,
      count: num(r.count),
    };
  });
  const edges = page.map((node) => ({ cursor: node.cursor, node }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: from !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

export type ChangeEdgeRow = ChangePage['edges'][number];
