// The one cursor pagination every list uses: argument rules, opaque keyset cursors and Relay connections,
// for top-level lists and, batched per request, for the lists nested under each parent.
import DataLoader from 'dataloader';
import type { EntitySchema, FilterQuery } from '@mikro-orm/core';
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
  afterId?: number;
  beforeId?: number;
}

type Identified = { id: number };

export function encodeCursor(id: number): string {
  return Buffer.from(JSON.stringify({ id }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arg: 'after' | 'before'): number {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { id?: unknown };
    if (Number.isSafeInteger(value.id) && encodeCursor(value.id as number) === cursor) return value.id as number;
  } catch {
    // fall through to the error below
  }
  throw badUserInput(`"${cursor}" is not a cursor from this list`, arg);
}

/** Checks the Relay arguments and turns them into a keyset window. */
export function pageWindow(args: PageArgs): PageWindow {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw badUserInput('Pass either `first` or `last`, not both', 'first');
  for (const [name, value] of [['first', first], ['last', last]] as const) {
    if (value != null && (value < 0 || value > MAX_PAGE_SIZE)) {
      throw badUserInput(`\`${name}\` must be between 0 and ${MAX_PAGE_SIZE}; got ${value}`, name);
    }
  }
  const backward = last != null || (first == null && before != null && after == null);
  return {
    backward,
    limit: (backward ? last : first) ?? DEFAULT_PAGE_SIZE,
    afterId: after != null ? decodeCursor(after, 'after') : undefined,
    beforeId: before != null ? decodeCursor(before, 'before') : undefined,
  };
}

function toConnection<T extends Identified>(rows: T[], w: PageWindow, totalCount: () => Promise<number>): Connection<T> {
  const more = rows.length > w.limit;
  const page = rows.slice(0, w.limit);
  if (w.backward) page.reverse();
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    nodes: page,
    pageInfo: {
      hasNextPage: w.backward ? w.beforeId != null : more,
      hasPreviousPage: w.backward ? more : w.afterId != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

function idRange(w: PageWindow): Record<string, number> {
  return {
    ...(w.afterId != null ? { $gt: w.afterId } : {}),
    ...(w.beforeId != null ? { $lt: w.beforeId } : {}),
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
): Promise<Connection<T>> {
  const w = pageWindow(args);
  const range = idRange(w);
  const cond = (Object.keys(range).length ? { $and: [where(), { id: range }] } : where()) as FilterQuery<T>;
  const rows =
    w.limit === 0
      ? []
      : await em.find(entity, cond, { orderBy: { id: w.backward ? 'desc' : 'asc' } as never, limit: w.limit + 1 });
  let count: Promise<number> | undefined;
  return toConnection(rows as T[], w, () => (count ??= em.count(entity, where())));
}

/**
 * How a nested list hangs off its parent: the rows of `entity` whose `parentProp` is the parent (a plain
 * foreign key), or, with `via`, the distinct `childProp` targets of a link entity's rows (organization → parks
 * through tenancies).
 */
export interface ChildLink<T> {
  name: string;
  entity: EntitySchema<T, never>;
  via?: EntitySchema<any, never>;
  parentProp: string;
  childProp?: string;
}

/** Per-request batching of nested connections: one page query and one count query per (link, arguments). */
export class ChildConnections {
  private readonly pages = new Map<string, DataLoader<number, Connection<any>>>();
  private readonly counts = new Map<string, DataLoader<number, number>>();

  constructor(private readonly em: EntityManager) {}

  load<T extends Identified>(link: ChildLink<T>, parentId: number, args: PageArgs): Promise<Connection<T>> {
    const w = pageWindow(args);
    const key = `${link.name}:${JSON.stringify(w)}`;
    let loader = this.pages.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => this.loadPages(link, w, ids as number[]));
      this.pages.set(key, loader);
    }
    return loader.load(parentId) as Promise<Connection<T>>;
  }

  private table(link: ChildLink<any>) {
    const meta = this.em.getMetadata().get((link.via ?? link.entity).meta.className);
    const column = (prop: string) => meta.properties[prop as never].fieldNames[0];
    return {
      table: meta.tableName,
      parent: column(link.parentProp),
      child: link.via ? column(link.childProp!) : column('id'),
    };
  }

  private async loadPages<T extends Identified>(link: ChildLink<T>, w: PageWindow, parentIds: number[]) {
    const knex = this.em.getKnex();
    const { table, parent, child } = this.table(link);
    let rows: { p: unknown; id: unknown }[] = [];
    if (w.limit > 0) {
      const links = knex(table).select({ p: parent, id: child }).whereIn(parent, parentIds).whereNotNull(child);
      if (link.via) links.distinct();
      const base = knex.select('p', 'id').from(links.as('l'));
      if (w.afterId != null) base.where('id', '>', w.afterId);
      if (w.beforeId != null) base.where('id', '<', w.beforeId);
      const ranked = knex
        .select('p', 'id', knex.raw(`row_number() over (partition by p order by id ${w.backward ? 'desc' : 'asc'}) as rn`))
        .from(base.as('b'));
      const query = knex.select('p', 'id').from(ranked.as('r')).where('rn', '<=', w.limit + 1).orderBy([{ column: 'p' }, { column: 'rn' }]);
      rows = await this.em.getConnection().execute(query, [], 'all', this.em.getTransactionContext());
    }
    const ids = [...new Set(rows.map((r) => toNumber(r.id)))];
    const entities = ids.length ? await this.em.find(link.entity, { id: { $in: ids } } as unknown as FilterQuery<T>) : [];
    const byId = new Map(entities.map((e) => [e.id, e]));
    const grouped = new Map<number, T[]>();
    for (const r of rows) {
      const p = toNumber(r.p);
      const list = grouped.get(p) ?? [];
      list.push(byId.get(toNumber(r.id)) as T);
      grouped.set(p, list);
    }
    return parentIds.map((p) => toConnection(grouped.get(p) ?? [], w, () => this.count(link, p)));
  }

  private count(link: ChildLink<any>, parentId: number): Promise<number> {
    let loader = this.counts.get(link.name);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const knex = this.em.getKnex();
        const { table, parent, child } = this.table(link);
        const query = knex(table)
          .select({ p: parent })
          .count({ c: link.via ? knex.raw('distinct ??', [child]) : '*' })
          .whereIn(parent, ids as number[])
          .whereNotNull(child)
          .groupBy(parent);
        const rows: { p: unknown; c: unknown }[] = await this.em.getConnection().execute(query, [], 'all', this.em.getTransactionContext());
        const counts = new Map(rows.map((r) => [toNumber(r.p), toNumber(r.c)]));
        return ids.map((id) => counts.get(id) ?? 0);
      });
      this.counts.set(link.name, loader);
    }
    return loader.load(parentId);
  }
}
