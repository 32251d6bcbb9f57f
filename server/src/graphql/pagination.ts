// The one cursor pagination every list uses: argument rules, opaque keyset cursors and Relay connections,
// for top-level lists and, batched per request, for the lists nested under each parent.
import DataLoader from 'dataloader';
import { raw, type EntitySchema, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { toNumber } from '../db/numbers.js';
import { badUserInput } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** Resolved only when the client asks for it. */
  totalCount: () => Promise<number>;
}

interface PageWindow {
  backward: boolean;
  limit: number;
  after?: CursorValue;
  before?: CursorValue;
}

type Identified = { id: number };

/** A cursor's content: the row's id and, for a custom order, the order's name and the row's sort values. */
interface CursorValue {
  id: number;
  o?: string;
  v?: (string | number | null)[];
}

export function encodeCursor(id: number, order?: { name: string; values: (string | number | null)[] }): string {
  const value: CursorValue = order ? { id, o: order.name, v: order.values } : { id };
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, arg: 'after' | 'before', orderName?: string): CursorValue {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorValue;
    if (Number.isSafeInteger(value.id) && value.o === orderName && (orderName === undefined || Array.isArray(value.v))) return value;
  } catch {
    // fall through to the error below
  }
  throw badUserInput(`"${cursor}" is not a cursor from this list in this order`, arg);
}

/** Checks the Relay arguments and turns them into a keyset window. */
export function pageWindow(args: PageArgs, orderName?: string): PageWindow {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw badUserInput('Pass either `first` or `last`, not both', 'first');
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badUserInput(`\`${name}\` must be between 0 and ${MAX_PAGE_SIZE}; got ${value}`, name);
    }
  }
  const backward = last != null || (first == null && before != null && after == null);
  const a = after != null ? decodeCursor(after, 'after', orderName) : undefined;
  const b = before != null ? decodeCursor(before, 'before', orderName) : undefined;
  return { backward, limit: (backward ? last : first) ?? DEFAULT_PAGE_SIZE, after: a, before: b };
}

function toConnection<T extends Identified>(
  rows: T[],
  w: PageWindow,
  totalCount: () => Promise<number>,
  cursorOf: (node: T) => string = (node) => encodeCursor(node.id),
): Connection<T> {
  const more = rows.length > w.limit;
  const page = rows.slice(0, w.limit);
  if (w.backward) page.reverse();
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: w.backward ? w.before != null : more,
      hasPreviousPage: w.backward ? more : w.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

function idRange(w: PageWindow): Record<string, number> {
  return {
    ...(w.after ? { $gt: w.after.id } : {}),
    ...(w.before ? { $lt: w.before.id } : {}),
  };
}

/**
 * A top-level list: one query for the page, one more for `totalCount` when asked. `where` is a factory because a
 * condition holding raw SQL fragments can be used by one query only.
 */
export async function paginate<T extends Identified>(
  em: EntityManager,
  entity: EntitySchema<T, never>,
  where: () => FilterQuery<T>,
  args: PageArgs,
  order?: ListOrder,
  /** A faster count of the same selection (e.g. from a summary), or null when it cannot answer. */
  quickCount?: () => Promise<number | null>,
  /**
   * An index hint for the page's statement in this order (e.g. SQLite's `indexed by ...`), or none; given the quick
   * count (shared with `totalCount`), so a list can choose by the share of rows its filter selects.
   */
  indexHint?: (order: ListOrder, quickCount: () => Promise<number | null>) => Promise<string | undefined>,
): Promise<Connection<T>> {
  let count: Promise<number> | undefined;
  let quick: Promise<number | null> | undefined;
  const quickly = () => (quick ??= quickCount ? quickCount() : Promise.resolve(null));
  const counted = async () => (await quickly()) ?? (await em.count(entity, where()));
  const totalCount = () => (count ??= counted());
  if (order && order.keys.length) {
    const hint = indexHint ? await indexHint(order, quickly) : undefined;
    return paginateOrdered(em, entity, where, args, order, totalCount, hint);
  }
  const w = pageWindow(args);
  const range = idRange(w);
  const cond = (Object.keys(range).length ? { $and: [where(), { id: range }] } : where()) as FilterQuery<T>;
  const rows = w.limit === 0 ? [] : await em.find(entity, cond, { orderBy: { id: w.backward ? 'desc' : 'asc' } as QueryOrderMap<T>, limit: w.limit + 1 });
  return toConnection(rows as T[], w, totalCount);
}

/**
 * One sort key: an entity property, its direction, and whether its values are bigints (money). With `rank`, the
 * property's values sort by their position in that list (a pipeline order), not by their text.
 */
export interface OrderKey {
  prop: string;
  dir: 'asc' | 'desc';
  bigint?: boolean;
  rank?: readonly string[];
}

/** The SQL column of a ranked key as its position in `rank` (values are code constants, never client input). */
function rankSql(k: OrderKey, column: string, alias: string): string {
  return `(case ${alias}.${column} ${k.rank!.map((v, i) => `when '${v.replace(/'/g, "''")}' then ${i}`).join(' ')} end)`;
}

/** What a condition or an ORDER BY names for a key: its property, or (ranked) a fresh raw fragment, usable once. */
function sortTarget(k: OrderKey, column: (prop: string) => string): string {
  return k.rank ? raw((alias: string) => rankSql(k, column(k.prop), alias)) : k.prop;
}

/** The two orders every list has: by record age. */
export const ID_ORDER: Record<string, OrderKey> = {
  ID_ASC: { prop: 'id', dir: 'asc' },
  ID_DESC: { prop: 'id', dir: 'desc' },
};

/** A list's requested order (enum values, in priority order) resolved to sort keys; ties always break on id. */
export interface ListOrder {
  name: string;
  keys: OrderKey[];
}

/** Resolves `orderBy` enum values through a list's table of keys (never a raw column name from the client). */
export function listOrder(orderBy: readonly string[] | null | undefined, table: Record<string, OrderKey>): ListOrder | undefined {
  if (!orderBy?.length) return undefined;
  return { name: orderBy.join(','), keys: orderBy.map((o) => table[o]) };
}

// Keyset pagination over any order: NULLs sort last in both directions, and the id breaks ties, so a cursor names
// one position that stays put while rows are inserted or deleted around it.
//
// When the first key is a nullable column, the page is read in two segments, each a plain condition an index can
// serve in order: the rows whose first key has a value (bounded by the cursor's value, so the index is entered there,
// not walked from its start), then, if the page is not full yet, those without (NULLs last: the other way round when
// paging backwards). One statement with the cursor's OR of "greater, or equal and a later id, or NULL" left SQLite a
// multi-index OR and a sort of everything after the cursor (seconds at a million rows), and PostgreSQL's ascending
// indexes cannot give `desc nulls last` in one walk. A ranked first key (a pipeline stage) is read one value at a time
// in the same way, which no ranking expression over every row can be (a million investments: about 0.5 s a page).
async function paginateOrdered<T extends Identified>(
  em: EntityManager,
  entity: EntitySchema<T, never>,
  where: () => FilterQuery<T>,
  args: PageArgs,
  order: ListOrder,
  totalCount: () => Promise<number>,
  indexHint?: string,
): Promise<Connection<T>> {
  const w = pageWindow(args, order.name);
  const keys = withTieBreak(order);
  const meta = em.getMetadata().get(entity.meta.className);
  const column = (prop: string) => meta.properties[prop].fieldNames[0];
  const effective = (k: OrderKey) => (w.backward ? (k.dir === 'asc' ? 'desc' : 'asc') : k.dir);
  const nulls = w.backward ? 'nulls first' : 'nulls last';
  /** The cursors' conditions; built afresh for every statement (a ranked key's raw fragment is usable once). */
  const conditions = (): unknown[] => [
    where(),
    ...(w.after ? [keysetCondition(keys, w.after, 'after', column)] : []),
    ...(w.before ? [keysetCondition(keys, w.before, 'before', column)] : []),
  ];
  /** ORDER BY of `rest`: the id (never NULL) plainly, other keys with their NULLs' place. */
  const orderOf = (rest: OrderKey[]) => rest.map((k) => ({ [sortTarget(k, column)]: k.prop === 'id' ? effective(k) : `${effective(k)} ${nulls}` }));
  const read = (extra: unknown[], orderBy: ReturnType<typeof orderOf>, limit: number) =>
    em.find(entity, { $and: [...conditions(), ...extra] } as FilterQuery<T>, { orderBy, limit, ...(indexHint ? { indexHint } : {}) }) as Promise<T[]>;
  let rows: T[] = [];
  const remaining = () => w.limit + 1 - rows.length;
  const first = keys[0];
  /** The page's statements in the order of their rows; each is read only while the page is not full. */
  let segments: (() => Promise<T[]>)[] = [];
  if (w.limit === 0) segments = [];
  else if (first.rank) {
    // One statement per ranked value (`stage = ...`, which the value's index serves), in the key's order, then the
    // values outside the ranking (NULL rank, last); those wholly before an `after` cursor or after a `before` cursor
    // are not read. (The cursors' ranks are checked by keysetCondition, built here once before any is read.)
    conditions();
    const rankOf = (c?: CursorValue) => (c ? (c.v?.[0] as number | null) : undefined);
    const [after, before] = [rankOf(w.after), rankOf(w.before)];
    const sign = first.dir === 'asc' ? 1 : -1;
    const ranked = first.rank
      .map((value, i) => ({ value, i }))
      .filter(({ i }) => (after === undefined || (after !== null && sign * (i - after) >= 0)) && (before == null || sign * (i - before) <= 0))
      .sort((a, b) => sign * (a.i - b.i));
    const rank = first.rank;
    segments = ranked.map(
      ({ value }) =>
        () =>
          read([{ [first.prop]: value }], orderOf(keys.slice(1)), remaining()),
    );
    if (!(w.before && before !== null))
      segments.push(() => read([{ $or: [{ [first.prop]: { $nin: [...rank] } }, { [first.prop]: null }] }], orderOf(keys.slice(1)), remaining()));
  } else if (first.prop === 'id' || !meta.properties[first.prop].nullable) segments = [() => read([], orderOf(keys), remaining())];
  else {
    const typed = (v: unknown) => (v == null ? null : first.bigint ? BigInt(v as string) : v);
    const after = w.after ? typed(w.after.v?.[0]) : undefined;
    const before = w.before ? typed(w.before.v?.[0]) : undefined;
    // Rows with a value: none after a cursor without one; bounded by the cursors' values.
    const valued = () => {
      const bounds: unknown[] = [{ [first.prop]: { $ne: null } }];
      if (after != null) bounds.push({ [first.prop]: { [first.dir === 'asc' ? '$gte' : '$lte']: after } });
      if (before != null) bounds.push({ [first.prop]: { [first.dir === 'asc' ? '$lte' : '$gte']: before } });
      return read(bounds, [{ [first.prop]: effective(first) }, ...orderOf(keys.slice(1))], remaining());
    };
    // Rows without: none before a cursor with a value.
    const unvalued = () => read([{ [first.prop]: null }], orderOf(keys.slice(1)), remaining());
    segments = [...(w.after && after === null ? [] : [valued]), ...(w.before && before !== null ? [] : [unvalued])];
  }
  if (w.backward) segments.reverse();
  for (const segment of segments) {
    if (rows.length > w.limit) break;
    rows = [...rows, ...(await segment())];
  }
  return toConnection(rows, w, totalCount, orderedCursor(order));
}

/** The cursor of a row in a custom order: its id and its values of the order's keys. */
function orderedCursor<T extends Identified>(order: ListOrder) {
  return (node: T) => {
    const values = order.keys.map((k) => {
      const v = (node as Record<string, unknown>)[k.prop];
      if (k.rank) return v == null || !k.rank.includes(v as string) ? null : k.rank.indexOf(v as string);
      return v == null ? null : typeof v === 'bigint' ? v.toString() : (v as string | number);
    });
    return encodeCursor(node.id, { name: order.name, values });
  };
}

/** The keys of an order with the id tie-break appended (id-ascending when there is no order). */
function withTieBreak(order: ListOrder | undefined): OrderKey[] {
  return order?.keys.length ? [...order.keys, { prop: 'id', dir: order.keys.at(-1)!.dir }] : [{ prop: 'id', dir: 'asc' }];
}

/** Rows strictly after (or before) the cursor's position in the order `keys` (NULLs last). */
function keysetCondition(keys: OrderKey[], cursor: CursorValue, side: 'after' | 'before', column: (prop: string) => string): unknown {
  const values = [...(cursor.v ?? []), cursor.id];
  const typed = (k: OrderKey, v: unknown) => {
    if (v == null) return null;
    if (k.rank && !Number.isSafeInteger(v)) throw badUserInput('This cursor does not come from this list in this order', side);
    return k.bigint ? BigInt(v as string) : v;
  };
  const target = (k: OrderKey) => sortTarget(k, column);
  const branches: unknown[] = [];
  for (let i = 0; i < keys.length; i++) {
    const equalBefore = keys.slice(0, i).map((k, j) => ({ [target(k)]: typed(k, values[j]) }));
    const k = keys[i];
    const v = typed(k, values[i]);
    const greater = (k.dir === 'asc') === (side === 'after') ? '$gt' : '$lt';
    let step: unknown;
    // The id is never NULL: its step is a plain range (which the primary key serves).
    if (k.prop === 'id' && v !== null) step = { id: { [greater]: v } };
    else if (side === 'after') step = v === null ? null : { $or: [{ [target(k)]: { [greater]: v } }, { [target(k)]: null }] };
    else step = v === null ? { [target(k)]: { $ne: null } } : { [target(k)]: { [greater]: v } };
    if (step) branches.push({ $and: [...equalBefore, step] });
  }
  return branches.length ? { $or: branches } : { id: { $in: [] } };
}

/**
 * How a nested list hangs off its parent: the rows of `entity` whose `parentProp` is the parent (a plain
 * foreign key), or, with `via`, the distinct `childProp` targets of a link entity's rows (organization → parks
 * through tenancies).
 */
export interface ChildLink<T> {
  name: string;
  entity: EntitySchema<T, never>;
  /** The link table's entity (only its metadata is read). */
  via?: { meta: { className: string } };
  parentProp: string;
  childProp?: string;
}

/** No filter, default order. */
const EVERYTHING = { key: '', where: () => ({}) };

/** Per-request batching of nested connections: one page query and one count query per (link, arguments). */
export class ChildConnections {
  /** Loaders of every link's pages; each key names one link, so its loader holds that link's connections. */
  private readonly pages = new Map<string, DataLoader<number, Connection<object>>>();

  constructor(private readonly em: EntityManager) {}

  /**
   * One parent's page of a nested list. `selection` (a filter and an order, for plain foreign-key links) is applied
   * in the same single statement for every parent of the batch; `selection.key` tells batches apart.
   */
  load<T extends Identified>(
    link: ChildLink<T>,
    parentId: number,
    args: PageArgs,
    selection?: { key: string; where: () => FilterQuery<T>; order?: ListOrder },
  ): Promise<Connection<T>> {
    const w = pageWindow(args, selection?.order?.name);
    const key = `${link.name}:${selection?.key ?? ''}:${JSON.stringify(w)}`;
    const loader = this.pages.get(key);
    if (!loader) {
      const created = new DataLoader<number, Connection<T>>((ids) => this.loadSelected(link, w, [...ids], selection ?? EVERYTHING));
      this.pages.set(key, created);
      return created.load(parentId);
    }
    return loader.load(parentId) as Promise<Connection<T>>;
  }

  /**
   * Filtered and ordered pages: a window over the child table, NULLs last, id tie-break. For a link through another
   * table (`via`), the children are those the parents' distinct link rows point at, joined back for the parent.
   */
  private async loadSelected<T extends Identified>(
    link: ChildLink<T>,
    w: PageWindow,
    parentIds: number[],
    selection: { key: string; where: () => FilterQuery<T>; order?: ListOrder },
  ) {
    const meta = this.em.getMetadata().get(link.entity.meta.className);
    const column = (prop: string) => meta.properties[prop].fieldNames[0];
    const keys = withTieBreak(selection.order);
    const knex = this.em.getKnex();
    const via = link.via ? this.table(link) : undefined;
    const linked = (ids: readonly number[]) =>
      via
        ? {
            id: {
              $in: knex(via.table)
                .select(via.child)
                .whereIn(via.parent, [...ids]),
            },
          }
        : { [link.parentProp]: { $in: [...ids] } };
    /** Distinct (parent, child) pairs of the link table, to join the selected children back to their parents. */
    const pairs = (ids: readonly number[]) =>
      knex(via!.table)
        .distinct({ p: via!.parent, cid: via!.child })
        .whereIn(via!.parent, [...ids])
        .whereNotNull(via!.child)
        .as('l');
    /** The selected children of the parents as rows (p, id, o0, o1, ...). */
    const selected = (ids: readonly number[], extra: unknown[] = []) => {
      const cols = keys.map((k, i) => raw<object, string>(`${k.rank ? rankSql(k, column(k.prop), 'c') : `c.${column(k.prop)}`} as o${i}`));
      const qb = this.em
        .createQueryBuilder(link.entity, 'c')
        .select([...(via ? [] : [raw<object, string>(`c.${column(link.parentProp)} as p`)]), raw<object, string>('c.id as id'), ...cols])
        .where({ $and: [linked(ids), selection.where(), ...extra] } as FilterQuery<T>)
        .getKnexQuery();
      if (!via) return qb.as('b');
      return knex
        .select('l.p', 's.id', ...keys.map((_, i) => `s.o${i}`))
        .from(qb.as('s'))
        .join(pairs(ids), 'l.cid', 's.id')
        .as('b');
    };
    const extra: unknown[] = [];
    if (w.after) extra.push(keysetCondition(keys, w.after, 'after', column));
    if (w.before) extra.push(keysetCondition(keys, w.before, 'before', column));
    let rows: { p: unknown; id: unknown }[] = [];
    if (w.limit > 0) {
      const windowOrder = keys
        .map((k, i) => `o${i} ${w.backward ? (k.dir === 'asc' ? 'desc' : 'asc') : k.dir} ${w.backward ? 'nulls first' : 'nulls last'}`)
        .join(', ');
      const ranked = knex.select('p', 'id', knex.raw(`row_number() over (partition by p order by ${windowOrder}) as rn`)).from(selected(parentIds, extra));
      const query = knex
        .select('p', 'id')
        .from(ranked.as('r'))
        .where('rn', '<=', w.limit + 1)
        .orderBy([{ column: 'p' }, { column: 'rn' }]);
      rows = await this.em.getConnection().execute(query, [], 'all', this.em.getTransactionContext());
    }
    const grouped = await this.hydrate(link, rows);
    const counts = new DataLoader<number, number>(async (ids) => {
      const query = knex.select('p').count({ n: '*' }).from(selected(ids)).groupBy('p');
      const found: { p: unknown; n: unknown }[] = await this.em.getConnection().execute(query, [], 'all', this.em.getTransactionContext());
      const byParent = new Map(found.map((r) => [toNumber(r.p), toNumber(r.n)]));
      return ids.map((id) => byParent.get(id) ?? 0);
    });
    const cursorOf = selection.order?.keys.length ? orderedCursor<T>(selection.order) : undefined;
    return parentIds.map((p) => toConnection(grouped.get(p) ?? [], w, () => counts.load(p), cursorOf));
  }

  /** Loads the entities of (parent, id) rows in one query and groups them per parent, in row order. */
  private async hydrate<T extends Identified>(link: ChildLink<T>, rows: { p: unknown; id: unknown }[]): Promise<Map<number, T[]>> {
    const ids = [...new Set(rows.map((r) => toNumber(r.id)))];
    // MikroORM's FilterQuery does not resolve for a generic T: every linked entity has a numeric `id`.
    const entities = ids.length ? await this.em.find(link.entity, { id: { $in: ids } } as unknown as FilterQuery<T>) : [];
    const byId = new Map(entities.map((e) => [e.id, e]));
    const grouped = new Map<number, T[]>();
    for (const r of rows) {
      const p = toNumber(r.p);
      const list = grouped.get(p) ?? [];
      list.push(byId.get(toNumber(r.id)) as T);
      grouped.set(p, list);
    }
    return grouped;
  }

  private table<T>(link: ChildLink<T>) {
    const meta = this.em.getMetadata().get((link.via ?? link.entity).meta.className);
    const column = (prop: string) => meta.properties[prop].fieldNames[0];
    return {
      table: meta.tableName,
      parent: column(link.parentProp),
      child: link.via ? column(link.childProp!) : column('id'),
    };
  }
}
