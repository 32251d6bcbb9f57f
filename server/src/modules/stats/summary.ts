// The investment summary (summary.entity.ts): how it is kept in step and how statistics read it.
//
// Kept in step by database triggers, so every write path (mutations, imports, exchange-rate re-pricing, an
// organization changing country or kind, scripts) updates it in its own transaction, whoever wrote. Bulk paths (the
// seed, --remove-demo) drop the triggers inside their transaction and rebuild the summary before they commit.
// The triggers and the rebuild are generated here from one definition of a record's contribution, and installed at
// start-up when SUMMARY_VERSION differs from the one the database holds (ensureSummaries).
import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { scalarText, toBigInt, toNumber } from '../../db/numbers.js';
import { databaseIdOrNull } from '../../graphql/global-id.js';
import { selectRows } from '../../db/select-rows.js';
import type { Dimension, GroupRow, SqlDialect } from './grouped-query.js';
import { sqlDialect, timeKeySql } from './grouped-query.js';
import { addDays, format, parseISO } from 'date-fns';
import { isDay, lastDayOf, period as makePeriod, type Period, type TimeGrain } from './periods.js';

/** Bump when the summary's definition (its rows or its triggers) changes: start-up then rebuilds it. */
export const SUMMARY_VERSION = '1';
const VERSION_KEY = 'stats.investment_summary.version';

/** The filter-bar dimensions the summary adds up by, each alone and in pairs (a pair in this order). */
export const INVESTMENT_SUMMARY_DIMENSIONS = ['park', 'sector', 'country', 'stage', 'kind'] as const;
export type SummaryDimension = (typeof INVESTMENT_SUMMARY_DIMENSIONS)[number];

const DIMS = INVESTMENT_SUMMARY_DIMENSIONS;
/** Every combination a record is counted in: nothing, each dimension, each pair. */
const COMBOS: [string, string][] = [
  ['', ''],
  ...DIMS.map((d): [string, string] => [d, '']),
  ...DIMS.flatMap((a, i) => DIMS.slice(i + 1).map((b): [string, string] => [a, b])),
];

/** Runs one SQL statement (a bulk writer's query, or the ORM connection's). */
export type Exec = (sql: string) => Promise<unknown>;

/** A source of investment rows as SQL expressions (a row of the table, a trigger's OLD or NEW, a set). */
interface Source {
  park: string;
  sector: string;
  country: string;
  stage: string;
  kind: string;
  announced: string;
  verification: string;
  amount: string;
  /** FROM … [WHERE …], after the select list. */
  from: string;
  /** Aggregated (a set of rows, grouped here) or one row. */
  grouped: boolean;
}

const monthOf = (dialect: SqlDialect, column: string) => (dialect === 'postgresql' ? `to_char(${column}, 'YYYY-MM')` : `substr(${column}, 1, 7)`);

/** A source's rows with their keys (park, sector, country, stage, kind, month, verification) and signed figures n, v, t. */
function sourceRows(dialect: SqlDialect, s: Source, sign: 1 | -1): string {
  const keys = [
    `cast(${s.park} as text) as park`,
    `${s.sector} as sector`,
    `${s.country} as country`,
    `${s.stage} as stage`,
    `${s.kind} as kind`,
    `coalesce(${monthOf(dialect, s.announced)}, '') as month`,
    `${s.verification} as verification`,
  ];
  const figures = s.grouped
    ? [`${sign} * count(*) as n`, `${sign} * count(${s.amount}) as v`, `${sign} * coalesce(sum(${s.amount}), 0) as t`]
    : [`${sign} as n`, `${sign} * (case when ${s.amount} is null then 0 else 1 end) as v`, `${sign} * coalesce(${s.amount}, 0) as t`];
  return `select ${[...keys, ...figures].join(', ')} ${s.from}${s.grouped ? ' group by 1, 2, 3, 4, 5, 6, 7' : ''}`;
}

/** The summary rows a source adds (sign 1) or takes away (sign -1): one upsert per summary key. */
function contribution(dialect: SqlDialect, s: Source, sign: 1 | -1): string {
  const rows = sourceRows(dialect, s, sign);
  const value = (column: string) => `case c.${column} ${DIMS.map((d) => `when '${d}' then coalesce(s.${d}, '')`).join(' ')} else '' end`;
  const combos = COMBOS.map(([a, b]) => `select '${a}' as a_dim, '${b}' as b_dim`).join(' union all ');
  return (
    `insert into investment_summary (a_dim, a_val, b_dim, b_val, month, verification, n, v, t) ` +
    `select c.a_dim, ${value('a_dim')}, c.b_dim, ${value('b_dim')}, s.month, s.verification, sum(s.n), sum(s.v), sum(s.t) ` +
    `from (${rows}) s cross join (${combos}) c where true group by 1, 2, 3, 4, 5, 6 ` +
    `on conflict (a_dim, a_val, b_dim, b_val, month, verification) do update set ` +
    `n = investment_summary.n + excluded.n, v = investment_summary.v + excluded.v, t = investment_summary.t + excluded.t`
  );
}

/** One investment row (a trigger's OLD or NEW), with its investor's country and kind. */
function oneRow(row: 'OLD' | 'NEW'): Source {
  return {
    park: `${row}.park_id`,
    sector: `${row}.sector_code`,
    country: 'o.country',
    stage: `${row}.stage`,
    kind: 'o.kind',
    announced: `${row}.announced_on`,
    verification: `${row}.verification`,
    amount: `${row}.amount_usd_minor`,
    from: `from (select 1 as one) z left join organization o on o.id = ${row}.organization_id`,
    grouped: false,
  };
}

/** The investments of an organization, as if it had its OLD or NEW country and kind. */
function investmentsOf(row: 'OLD' | 'NEW'): Source {
  return {
    park: 'i.park_id',
    sector: 'i.sector_code',
    country: `${row}.country`,
    stage: 'i.stage',
    kind: `${row}.kind`,
    announced: 'i.announced_on',
    verification: 'i.verification',
    amount: 'i.amount_usd_minor',
    from: `from investment i where i.organization_id = ${row}.id`,
    grouped: true,
  };
}

const EVERY_INVESTMENT: Source = {
  park: 'i.park_id',
  sector: 'i.sector_code',
  country: 'o.country',
  stage: 'i.stage',
  kind: 'o.kind',
  announced: 'i.announced_on',
  verification: 'i.verification',
  amount: 'i.amount_usd_minor',
  from: 'from investment i left join organization o on o.id = i.organization_id',
  grouped: true,
};

/** The investment columns the summary reads: an update touching none of them leaves it alone. */
const COUNTED_COLUMNS = 'park_id, sector_code, organization_id, stage, announced_on, verification, amount_usd_minor';

const TRIGGERS = {
  sqlite: ['investment_summary_insert', 'investment_summary_delete', 'investment_summary_update', 'organization_investment_summary'],
  postgresql: ['investment_summary_row on investment', 'organization_investment_summary on organization'],
};

/** SQLite's trigger for an updated investment (also re-created after a set-based re-pricing, see withSummaryDelta). */
const sqliteUpdateTrigger = () =>
  `create trigger investment_summary_update after update of ${COUNTED_COLUMNS} on investment begin ` +
  `${contribution('sqlite', oneRow('OLD'), -1)}; ${contribution('sqlite', oneRow('NEW'), 1)}; end`;

function createTriggers(dialect: SqlDialect): string[] {
  if (dialect === 'sqlite') {
    return [
      `create trigger investment_summary_insert after insert on investment begin ${contribution(dialect, oneRow('NEW'), 1)}; end`,
      `create trigger investment_summary_delete after delete on investment begin ${contribution(dialect, oneRow('OLD'), -1)}; end`,
      sqliteUpdateTrigger(),
      `create trigger organization_investment_summary after update of country, kind on organization ` +
        `when OLD.country is not NEW.country or OLD.kind is not NEW.kind begin ` +
        `${contribution(dialect, investmentsOf('OLD'), -1)}; ${contribution(dialect, investmentsOf('NEW'), 1)}; end`,
    ];
  }
  return [
    `create or replace function investment_summary_row() returns trigger language plpgsql as $$ begin ` +
      `if tg_op <> 'INSERT' then ${contribution(dialect, oneRow('OLD'), -1)}; end if; ` +
      `if tg_op <> 'DELETE' then ${contribution(dialect, oneRow('NEW'), 1)}; end if; ` +
      `return null; end $$`,
    `create trigger investment_summary_row after insert or delete or update of ${COUNTED_COLUMNS} on investment for each row execute function investment_summary_row()`,
    `create or replace function organization_investment_summary() returns trigger language plpgsql as $$ begin ` +
      `${contribution(dialect, investmentsOf('OLD'), -1)}; ${contribution(dialect, investmentsOf('NEW'), 1)}; return null; end $$`,
    `create trigger organization_investment_summary after update of country, kind on organization for each row ` +
      `when (OLD.country is distinct from NEW.country or OLD.kind is distinct from NEW.kind) execute function organization_investment_summary()`,
  ];
}

function dropTriggers(dialect: SqlDialect): string[] {
  return TRIGGERS[dialect].map((t) => `drop trigger if exists ${t}`);
}

/** Drops the triggers, for a bulk change inside the caller's transaction; `rebuildSummaries` must follow before commit. */
export async function suspendSummaries(exec: Exec, dialect: SqlDialect): Promise<void> {
  for (const sql of dropTriggers(dialect)) await exec(sql);
}

/** Computes the summary again from the base tables and (re)installs its triggers, inside the caller's transaction. */
export async function rebuildSummaries(exec: Exec, dialect: SqlDialect): Promise<void> {
  await suspendSummaries(exec, dialect);
  await exec('delete from investment_summary');
  // In two steps: the records added up once per combination of every key (a few hundred thousand rows for a million
  // investments), then each summary combination from those; one statement crossing every record with every combination
  // would sort sixteen times as many rows (measured: 97 s against about 20 s for a million investments on SQLite).
  await exec('drop table if exists investment_summary_fine');
  await exec(`create temporary table investment_summary_fine as ${sourceRows(dialect, EVERY_INVESTMENT, 1)}`);
  for (const [a, b] of COMBOS) {
    const value = (d: string) => (d ? `coalesce(${d}, '')` : `''`);
    await exec(
      `insert into investment_summary (a_dim, a_val, b_dim, b_val, month, verification, n, v, t) ` +
        `select '${a}', ${value(a)}, '${b}', ${value(b)}, month, verification, sum(n), sum(v), sum(t) from investment_summary_fine group by 2, 4, 5, 6`,
    );
  }
  await exec('drop table investment_summary_fine');
  for (const sql of createTriggers(dialect)) await exec(sql);
}

/**
 * A set-based update of many investments (an exchange-rate re-pricing), inside the caller's transaction, without the
 * row trigger's two upserts per row: the investments whose ids `idsTable` holds are taken out of the summary as one
 * grouped set, `change` updates them, and they are added back the same way; the update trigger is off meanwhile
 * (SQLite drops and re-creates it; PostgreSQL disables it, which blocks other writers of investments, not readers,
 * until commit). `change` may update only the listed investments' counted columns.
 */
export async function withSummaryDelta(exec: Exec, dialect: SqlDialect, idsTable: string, change: () => Promise<unknown>): Promise<void> {
  const listed: Source = {
    ...EVERY_INVESTMENT,
    from: `from investment i join ${idsTable} d on d.id = i.id left join organization o on o.id = i.organization_id`,
  };
  if (dialect === 'sqlite') await exec('drop trigger if exists investment_summary_update');
  else await suspendSummaryRows(exec);
  await exec(contribution(dialect, listed, -1));
  await change();
  await exec(contribution(dialect, listed, 1));
  if (dialect === 'sqlite') await exec(sqliteUpdateTrigger());
  else await resumeSummaryRows(exec);
}

/**
 * For a writer of many investments in one PostgreSQL transaction (an import): the summary's row trigger disabled
 * until `resumeSummaryRows`, the writer moving the summary by each batch as a set with `summaryDelta` (the investments
 * a batch updates taken out before it writes, every investment it wrote added after): two statements a batch instead
 * of two upserts a row. Disabling blocks other writers of investments (not readers) until commit, as a re-pricing
 * does; a rollback undoes it.
 */
export async function suspendSummaryRows(exec: Exec): Promise<void> {
  await exec('alter table investment disable trigger investment_summary_row');
}

/** The trigger `suspendSummaryRows` disabled, enabled again in the same transaction. */
export async function resumeSummaryRows(exec: Exec): Promise<void> {
  await exec('alter table investment enable trigger investment_summary_row');
}

/** Adds (sign 1) or takes away (sign -1) the investments of `ids` as they are now, as one grouped set. */
export async function summaryDelta(exec: Exec, dialect: SqlDialect, ids: readonly number[], sign: 1 | -1): Promise<void> {
  if (!ids.length) return;
  if (!ids.every((id) => Number.isSafeInteger(id))) throw new Error('summaryDelta: ids must be whole numbers');
  const listed: Source = { ...EVERY_INVESTMENT, from: `${EVERY_INVESTMENT.from} where i.id in (${ids.join(', ')})` };
  await exec(contribution(dialect, listed, sign));
}

/** At start-up: rebuilds the summary and its triggers when the database holds another version of them (or none). */
export async function ensureSummaries(orm: MikroORM): Promise<void> {
  const em = orm.em.fork() as unknown as EntityManager;
  const dialect = sqlDialect(em);
  await em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const exec: Exec = (sql) => conn.execute(sql, [], 'run', tx.getTransactionContext());
    // Several processes starting together on one PostgreSQL database: one rebuilds, the others then find it done.
    if (dialect === 'postgresql') await conn.execute('select pg_advisory_xact_lock(7150001)', [], 'all', tx.getTransactionContext());
    const rows = await conn.execute<{ value: string }[]>('select value from server_setting where key = ?', [VERSION_KEY], 'all', tx.getTransactionContext());
    if (rows[0]?.value === SUMMARY_VERSION) return;
    await rebuildSummaries(exec, dialect);
    await conn.execute('delete from server_setting where key = ?', [VERSION_KEY], 'run', tx.getTransactionContext());
    await conn.execute('insert into server_setting (key, value) values (?, ?)', [VERSION_KEY, SUMMARY_VERSION], 'run', tx.getTransactionContext());
  });
}

// ---- Reading ----

/** An investment filter the summary can answer: eq / in on its dimensions and provenance, nothing else. */
export interface SummarySelection {
  values: Map<SummaryDimension, string[]>;
  verification: string[] | null;
  /** An announcement-date range (`announcedOn: { gte, lte }`), where the caller accepts one. */
  announced?: Period;
}

const GROUP_DIMENSION: Record<string, SummaryDimension> = {
  PARK: 'park',
  SECTOR: 'sector',
  SOURCE_COUNTRY: 'country',
  STAGE: 'stage',
  ORGANIZATION_KIND: 'kind',
};

const present = (v: unknown) => v !== null && v !== undefined && !(typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0);

/** The values an eq / in condition allows, or null when it is anything else (isNull, both, an empty list). */
function matchValues(condition: unknown): string[] | null {
  if (typeof condition !== 'object' || condition === null) return null;
  const entries = Object.entries(condition as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined);
  if (entries.length !== 1) return null;
  const [op, value] = entries[0];
  if (op === 'eq') return [String(value)];
  if (op === 'in' && Array.isArray(value) && value.length) return value.map(String);
  return null;
}

/** Only the given fields, each present at most once; null when another field is set. */
function onlyFields(input: unknown, fields: readonly string[]): Record<string, unknown> | null {
  if (typeof input !== 'object' || input === null) return null;
  const set = Object.entries(input).filter(([, v]) => present(v));
  return set.every(([k]) => fields.includes(k)) ? Object.fromEntries(set) : null;
}

/** What of an InvestmentFilter the summary can answer (an already checked filter), or null. */
export function summarySelection(filter: Record<string, unknown> | null | undefined, options: { announced?: boolean } = {}): SummarySelection | null {
  const fields = onlyFields(filter ?? {}, ['verification', 'stage', 'sector', 'park', 'organization', ...(options.announced ? ['announcedOn'] : [])]);
  if (!fields) return null;
  const selection: SummarySelection = { values: new Map(), verification: null };
  for (const [field, condition] of Object.entries(fields)) {
    if (field === 'announcedOn') {
      const range = onlyFields(condition, ['gte', 'lte']);
      const [from, to] = [range?.gte, range?.lte];
      if (typeof from !== 'string' || typeof to !== 'string' || !isDay(from) || !isDay(to) || from > to) return null;
      selection.announced = makePeriod(from, to);
    } else if (field === 'verification' || field === 'stage' || field === 'sector') {
      const values = matchValues(condition);
      if (!values) return null;
      if (field === 'verification') selection.verification = values;
      else selection.values.set(field, values);
    } else if (field === 'park') {
      const park = onlyFields(condition, ['id']);
      const ids = park && matchValues(park.id);
      if (!ids) return null;
      const numbers = ids.map((id) => databaseIdOrNull(id, 'Park'));
      if (numbers.some((n) => n === null)) return null;
      selection.values.set('park', numbers.map(String));
    } else {
      const organization = onlyFields(condition, ['country', 'kind']);
      if (!organization) return null;
      for (const [name, c] of Object.entries(organization)) {
        const values = matchValues(c);
        if (!values) return null;
        selection.values.set(name as SummaryDimension, values);
      }
    }
  }
  return selection;
}

/** How a statistic reads the summary: the pair of dimensions whose rows hold its filter and grouping. */
export interface SummaryPlan extends SummarySelection {
  pair: [SummaryDimension | '', SummaryDimension | ''];
  groups: ({ dimension: SummaryDimension } | { grain: TimeGrain })[];
}

/** A plan when the filter and the grouping name at most two of the summary's dimensions; else null. */
export function summaryPlan(
  filter: Record<string, unknown> | null | undefined,
  groupBy: readonly string[],
  grains: readonly (TimeGrain | undefined)[],
): SummaryPlan | null {
  const selection = summarySelection(filter);
  if (!selection) return null;
  const groups: SummaryPlan['groups'] = [];
  for (const [i, name] of groupBy.entries()) {
    const grain = grains[i];
    if (grain) groups.push({ grain });
    else if (GROUP_DIMENSION[name]) groups.push({ dimension: GROUP_DIMENSION[name] });
    else return null;
  }
  const used = new Set<SummaryDimension>([...selection.values.keys(), ...groups.flatMap((g) => ('dimension' in g ? [g.dimension] : []))]);
  if (used.size > 2) return null;
  const [a = '', b = ''] = DIMS.filter((d) => used.has(d));
  return { ...selection, pair: [a, b], groups };
}

/** Records of some days added to (sign 1) or taken from (sign -1) the summary's months. */
export interface Edge {
  period: Period;
  sign: 1 | -1;
}

/**
 * A period as the summary's months plus or minus the records of a few days: a month the period covers partly is
 * either left out and its covered days read from the records, or taken whole and its uncovered days subtracted,
 * whichever reads fewer days (at most half a month at each end: "the last 12 months" from the 2nd reads one day).
 */
export function splitPeriod(period: Period): { months: [string, string] | null; edges: Edge[] } {
  const day = (iso: string) => Number(iso.slice(8, 10));
  const shift = (iso: string, days: number) => format(addDays(parseISO(iso), days), 'yyyy-MM-dd');
  const firstMonth = period.from.slice(0, 7);
  const lastMonth = period.to.slice(0, 7);
  const firstEnd = lastDayOf(firstMonth, 'MONTH');
  const lastEnd = lastDayOf(lastMonth, 'MONTH');
  const edges: Edge[] = [];
  let from = firstMonth;
  let to = lastMonth;
  if (firstMonth === lastMonth) {
    const covered = day(period.to) - day(period.from) + 1;
    if (covered === day(lastEnd)) return { months: [firstMonth, lastMonth], edges: [] };
    if (covered <= day(lastEnd) - covered) return { months: null, edges: [{ period, sign: 1 }] };
    if (day(period.from) > 1) edges.push({ period: makePeriod(`${firstMonth}-01`, shift(period.from, -1)), sign: -1 });
    if (period.to !== lastEnd) edges.push({ period: makePeriod(shift(period.to, 1), lastEnd), sign: -1 });
    return { months: [firstMonth, lastMonth], edges };
  }
  if (day(period.from) > 1) {
    const before = day(period.from) - 1;
    if (before <= day(firstEnd) - before) edges.push({ period: makePeriod(`${firstMonth}-01`, shift(period.from, -1)), sign: -1 });
    else {
      edges.push({ period: makePeriod(period.from, firstEnd), sign: 1 });
      from = nextMonth(firstMonth);
    }
  }
  if (period.to !== lastEnd) {
    const covered = day(period.to);
    if (covered < day(lastEnd) - covered) {
      edges.push({ period: makePeriod(`${lastMonth}-01`, period.to), sign: 1 });
      to = previousMonth(lastMonth);
    } else edges.push({ period: makePeriod(shift(period.to, 1), lastEnd), sign: -1 });
  }
  return { months: from <= to ? [from, to] : null, edges };
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** A calendar key of the summary's YYYY-MM month, as the records' date gives it ("2025", "2025-Q3", "2025-07"). */
function monthKeySql(grain: TimeGrain): string {
  const key =
    grain === 'YEAR'
      ? 'substr(s.month, 1, 4)'
      : grain === 'MONTH'
        ? 's.month'
        : `substr(s.month, 1, 4) || '-Q' || ((cast(substr(s.month, 6, 2) as integer) + 2) / 3)`;
  return `case when s.month = '' then null else ${key} end`;
}

/** One branch of a plan's statement: its SQL (selecting k0…, kv, n, v, t, grouped) and its bindings. */
interface Branch {
  sql: string;
  bindings: string[];
}

const groupByPositions = (plan: SummaryPlan) => Array.from({ length: plan.groups.length + 1 }, (_, i) => String(i + 1)).join(', ');

/** The summary's grouped rows for whole months (or every month when `months` is null). */
function summaryBranch(plan: SummaryPlan, months: [string, string] | null): Branch {
  const column = (d: SummaryDimension) => (plan.pair[0] === d ? 's.a_val' : 's.b_val');
  const bindings: string[] = [plan.pair[0], plan.pair[1]];
  const where = ['s.a_dim = ?', 's.b_dim = ?'];
  for (const [d, values] of plan.values) {
    where.push(`${column(d)} in (${values.map(() => '?').join(', ')})`);
    bindings.push(...values);
  }
  if (plan.verification) {
    where.push(`s.verification in (${plan.verification.map(() => '?').join(', ')})`);
    bindings.push(...plan.verification);
  }
  if (months) {
    where.push('s.month between ? and ?');
    bindings.push(...months);
  }
  const keys = plan.groups.map((g, i) => `${'grain' in g ? monthKeySql(g.grain) : `nullif(${column(g.dimension)}, '')`} as k${i}`);
  return {
    sql:
      `select ${[...keys, 's.verification as kv', 'sum(s.n) as n', 'sum(s.v) as v', 'sum(s.t) as t'].join(', ')} ` +
      `from investment_summary s where ${where.join(' and ')} group by ${groupByPositions(plan)}`,
    bindings,
  };
}

/** A row of k0…, kv (provenance), n, v, t as a GroupRow keyed by its groups and, last, its provenance. */
function toGroupRow(r: Record<string, unknown>, plan: SummaryPlan, dimensions: Dimension[]): GroupRow {
  return {
    keys: [
      ...plan.groups.map((_, i) => {
        const k = r[`k${i}`];
        if (k === null || k === undefined) return null;
        const d = dimensions[i];
        return d.value ? d.value(scalarText(k)) : scalarText(k);
      }),
      scalarText(r.kv),
    ],
    count: toNumber(r.n),
    valued: toNumber(r.v),
    usdMinor: toBigInt(r.t),
    sums: {},
    distinct: {},
    demo: r.kv === 'DEMO',
  };
}

/** A dimension's value on an investment row `i` with its investor `o` (as the summary's keys, before the '' of none). */
const RECORD_COLUMN: Record<SummaryDimension, string> = {
  park: 'cast(i.park_id as text)',
  sector: 'i.sector_code',
  country: 'o.country',
  stage: 'i.stage',
  kind: 'o.kind',
};

/**
 * The records of a few days, grouped as the summary's rows are (by the plan's groups, then provenance), their figures
 * added (sign 1) or subtracted (sign -1). The conditions are written on the values as the summary keys them, so the
 * planner walks the few days' rows by their date rather than, say, every investment of every Russian investor.
 */
function dayBranch(plan: SummaryPlan, dialect: SqlDialect, edge: Edge): Branch {
  const bindings: string[] = [edge.period.from, edge.period.to];
  const where = ['i.announced_on >= ?', 'i.announced_on <= ?'];
  for (const [d, values] of plan.values) {
    where.push(`coalesce(${RECORD_COLUMN[d]}, '') in (${values.map(() => '?').join(', ')})`);
    bindings.push(...values);
  }
  if (plan.verification) {
    where.push(`i.verification in (${plan.verification.map(() => '?').join(', ')})`);
    bindings.push(...plan.verification);
  }
  const keys = plan.groups.map((g, i) => `${'grain' in g ? timeKeySql('i.announced_on', g.grain, dialect) : RECORD_COLUMN[g.dimension]} as k${i}`);
  const sign = edge.sign === 1 ? '' : '-';
  const figures = [`${sign}count(*) as n`, `${sign}count(i.amount_usd_minor) as v`, `${sign}coalesce(sum(i.amount_usd_minor), 0) as t`];
  return {
    sql:
      `select ${[...keys, 'i.verification as kv', ...figures].join(', ')} ` +
      `from investment i left join organization o on o.id = i.organization_id where ${where.join(' and ')} group by ${groupByPositions(plan)}`,
    bindings,
  };
}

/**
 * Rows keyed by their groups and, last, their provenance (the summary's whole months, and the records of the days
 * added or subtracted at the period's ends) added up per group: groups left with no record disappear, and a group
 * includes demo data when DEMO records remain in it.
 */
export function mergeRows(parts: { rows: GroupRow[]; sign: 1 | -1 }[]): GroupRow[] {
  const byProvenance = new Map<string, GroupRow>();
  for (const { rows, sign } of parts) {
    for (const row of rows) {
      const key = JSON.stringify(row.keys);
      const held = byProvenance.get(key) ?? { ...row, count: 0, valued: 0, usdMinor: 0n, sums: {}, distinct: {} };
      held.count += sign * row.count;
      held.valued += sign * row.valued;
      held.usdMinor += BigInt(sign) * row.usdMinor;
      byProvenance.set(key, held);
    }
  }
  const merged = new Map<string, GroupRow>();
  for (const row of byProvenance.values()) {
    if (row.count === 0) continue;
    const keys = row.keys.slice(0, -1);
    const demo = row.keys.at(-1) === 'DEMO';
    const key = JSON.stringify(keys);
    const held = merged.get(key);
    if (!held) merged.set(key, { ...row, keys, demo });
    else {
      held.count += row.count;
      held.valued += row.valued;
      held.usdMinor += row.usdMinor;
      held.demo ||= demo;
    }
  }
  return [...merged.values()];
}

/**
 * A plan's figures in one statement: the summary's whole months, plus or minus the records of the days at the
 * period's ends, added up per group and provenance by the database.
 */
export async function summarizedFigures(em: EntityManager, plan: SummaryPlan, dimensions: Dimension[], period: Period | null): Promise<GroupRow[]> {
  const dialect = sqlDialect(em);
  const { months, edges } = period ? splitPeriod(period) : { months: null, edges: [] };
  const branches = [...(period && !months ? [] : [summaryBranch(plan, months)]), ...edges.map((edge) => dayBranch(plan, dialect, edge))];
  const keys = plan.groups.map((_, i) => `x.k${i}`);
  const sql =
    branches.length === 1
      ? branches[0].sql
      : `select ${[...keys, 'x.kv', 'sum(x.n) as n', 'sum(x.v) as v', 'sum(x.t) as t'].join(', ')} ` +
        `from (${branches.map((b) => b.sql).join(' union all ')}) x group by ${groupByPositions(plan)}`;
  const rows = await selectRows(
    em,
    sql,
    branches.flatMap((b) => b.bindings),
  );
  return mergeRows([{ rows: rows.map((r) => toGroupRow(r, plan, dimensions)), sign: 1 }]);
}

/**
 * How many investments an investment list's filter selects, from the summary when it can answer (the dashboard
 * table's filter bar and period), else null: the caller counts the records.
 */
export async function summaryCount(em: EntityManager, filter: Record<string, unknown> | null | undefined): Promise<number | null> {
  const selection = summarySelection(filter, { announced: true });
  if (!selection || selection.values.size > 2) return null;
  const [a = '', b = ''] = DIMS.filter((d) => selection.values.has(d));
  const rows = await summarizedFigures(em, { ...selection, pair: [a, b], groups: [] }, [], selection.announced ?? null);
  return rows.reduce((n, r) => n + r.count, 0);
}
