// The one filter builder every list uses: a GraphQL filter input becomes a MikroORM condition, run in SQL.
// Each list declares what its filter fields mean (a FilterSpec); the operators are implemented once, here.
import { raw, type FilterQuery } from '@mikro-orm/core';
import { MoneyFormatError, toMinor } from '../modules/money/money.js';
import { badUserInput } from './errors.js';
import { textProblem } from './text-rule.js';
import { databaseId, type NumericIdType } from './global-id.js';
import { listOrder, type ListOrder, type OrderKey } from './pagination.js';

export type FieldRule =
  /** eq / in on a column (enums, codes). */
  | { kind: 'match'; prop: string; nullable?: boolean }
  /** gt / gte / lt / lte / eq / isNull on a number or date column. */
  | { kind: 'range'; prop: string }
  /** The same on a money column, given in USD major units and compared with the stored USD minor units. */
  | { kind: 'moneyUsd'; prop: string }
  /** Global IDs of `type`. */
  | { kind: 'id'; type: NumericIdType }
  /** Case-insensitive substring of any of these columns, with % and _ taken literally. */
  | { kind: 'search'; columns: string[] }
  /** A nested filter on a to-one relation. */
  | { kind: 'relation'; prop: string; spec: () => FilterSpec }
  /** A nested filter on a to-many relation: some related row (or, with `via`, the row's `via` relation) matches. */
  | { kind: 'some'; prop: string; via?: string; spec: () => FilterSpec }
  /** eq / in on a column of the rows of a to-many relation (e.g. a park's focus sectors). */
  | { kind: 'someMatch'; prop: string; column: string };

export type FilterSpec = Record<string, FieldRule>;

type Input = Record<string, unknown> | null | undefined;
type Condition = Record<string, unknown>;

const RANGE_OPS: Record<string, string> = { eq: '$eq', gt: '$gt', gte: '$gte', lt: '$lt', lte: '$lte' };

/**
 * How deep a filter may nest: each `and`/`or` element, `not` and relation (`organization: {...}`) is one level
 * below the filter that holds it. Checked before any SQL, so a hostile filter is an input error, not a database one
 * (SQLite refuses expressions nested about 1,000 deep).
 */
export const MAX_FILTER_DEPTH = 10;
/** How many conditions a filter may hold in all: every field compared (an empty `and`/`or` element counts as one). */
export const MAX_FILTER_TERMS = 200;

/** Refuses a filter nested deeper than MAX_FILTER_DEPTH or holding more than MAX_FILTER_TERMS conditions. */
export function checkFilterSize(input: Input, path = 'filter'): void {
  let terms = 0;
  const count = (at: string) => {
    if (++terms > MAX_FILTER_TERMS) throw badUserInput(`A filter may hold at most ${MAX_FILTER_TERMS} conditions`, at);
  };
  const walk = (filter: unknown, depth: number, at: string) => {
    if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) return;
    if (depth > MAX_FILTER_DEPTH)
      throw badUserInput(`A filter may nest at most ${MAX_FILTER_DEPTH} levels deep (each and/or element, not and relation adds one)`, at);
    for (const [field, value] of Object.entries(filter)) {
      if (value === null || value === undefined) continue;
      const here = `${at}.${field}`;
      if (Array.isArray(value) && (field === 'and' || field === 'or')) {
        value.forEach((element, i) => {
          const before = terms;
          walk(element, depth + 1, `${here}.${i}`);
          if (terms === before) count(`${here}.${i}`);
        });
      } else if (field === 'not' || isNestedFilter(value)) {
        // Operators ({ in: [...] }, { gte: ... }) are one condition; nested filters (not, relations) hold fields.
        walk(value, depth + 1, here);
      } else {
        count(here);
      }
    }
  };
  walk(input, 1, path);
}

const OPERATORS = new Set(['eq', 'in', 'isNull', 'gt', 'gte', 'lt', 'lte']);
const isNestedFilter = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).some((k) => !OPERATORS.has(k));

/**
 * Turns a filter input into a condition for em.find / em.count; an absent filter matches everything. The filter's
 * size is checked first (see MAX_FILTER_DEPTH, MAX_FILTER_TERMS).
 */
export function buildWhere<T>(spec: FilterSpec, input: Input, path = 'filter'): FilterQuery<T> {
  checkFilterSize(input, path);
  return build<T>(spec, input, path);
}

function build<T>(spec: FilterSpec, input: Input, path: string): FilterQuery<T> {
  const parts: Condition[] = [];
  for (const [field, value] of Object.entries(input ?? {})) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    const at = `${path}.${field}`;
    if (field === 'and' || field === 'or') {
      const list = (value as Input[]).map((v, i) => build(spec, v, `${at}.${i}`) as Condition);
      parts.push({ [`$${field}`]: list.length ? list : [{ id: { $in: [] } }] });
      continue;
    }
    if (field === 'not') {
      parts.push({ $not: build(spec, value as Input, at) });
      continue;
    }
    // An own property only: "__proto__" or "toString" is no filter field.
    const rule = Object.hasOwn(spec, field) ? spec[field] : undefined;
    if (!rule) throw badUserInput(`Unknown filter field "${field}"`, at);
    parts.push(condition(rule, value, at));
  }
  return (parts.length === 0 ? {} : parts.length === 1 ? parts[0] : { $and: parts }) as FilterQuery<T>;
}

function condition(rule: FieldRule, value: unknown, at: string): Condition {
  const v = value as Record<string, unknown>;
  switch (rule.kind) {
    case 'match':
      return { [rule.prop]: matchOps(v, (x) => plainText(x, at)) };
    case 'range':
      return { [rule.prop]: rangeOps(v, (x) => x) };
    case 'moneyUsd':
      return {
        [rule.prop]: rangeOps(v, (x) => {
          try {
            return toMinor(String(x), 'USD');
          } catch (err) {
            throw badUserInput(err instanceof MoneyFormatError ? err.message : 'not an amount', at);
          }
        }),
      };
    case 'id':
      return { id: matchOps(v, (id) => databaseId(String(id), rule.type, at)) };
    case 'search':
      // SQLite refuses LIKE patterns over 50 000 bytes: a search that long is the caller's mistake, said as such.
      if (String(value).length > MAX_SEARCH_LENGTH) throw badUserInput(`A search has at most ${MAX_SEARCH_LENGTH} characters`, at);
      return searchCondition(rule.columns, plainText(String(value), at) as string);
    case 'relation':
      return { [rule.prop]: build(rule.spec(), v, at) };
    case 'some': {
      const where = build(rule.spec(), v, at);
      return { [rule.prop]: { $some: rule.via ? { [rule.via]: where } : where } };
    }
    case 'someMatch':
      return { [rule.prop]: { $some: { [rule.column]: matchOps(v, (x) => plainText(x, at)) } } };
  }
}

/** The longest search text (in characters). */
export const MAX_SEARCH_LENGTH = 1000;

/** Strings reach SQL as bound parameters; text the text rule refuses (NUL, unpaired surrogates) never does, whoever calls. */
function plainText(value: unknown, at: string): unknown {
  const problem = typeof value === 'string' ? textProblem(value) : null;
  if (problem) throw badUserInput(`Text ${problem}`, at);
  return value;
}

function matchOps(v: Record<string, unknown>, map: (x: unknown) => unknown = (x) => x): Condition {
  const ops: Condition = {};
  if (v.eq != null) ops.$eq = map(v.eq);
  if (v.in != null) ops.$in = (v.in as unknown[]).map(map);
  if (v.isNull != null) Object.assign(ops, v.isNull ? { $eq: null } : { $ne: null });
  return ops;
}

function rangeOps(v: Record<string, unknown>, map: (x: unknown) => unknown): Condition {
  const ops: Condition = {};
  for (const [name, op] of Object.entries(RANGE_OPS)) if (v[name] != null) ops[op] = map(v[name]);
  if (v.isNull != null) Object.assign(ops, v.isNull ? { $eq: null } : { $ne: null });
  return ops;
}

/** lower(column) LIKE %needle% with the needle's own %, _ and \ escaped, on every dialect. */
function searchCondition(columns: string[], needle: string): Condition {
  const pattern = `%${needle.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return {
    $or: columns.map((column) => ({ [raw((alias) => `lower(${alias}.${column}) like ? escape '\\'`, [pattern])]: [] })),
  };
}

/** What a list was asked for: its filter and order, ready for paginate() or a nested connection (none: undefined). */
export function listSelection<T>(
  spec: FilterSpec,
  orderTable: Record<string, OrderKey>,
  args: { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null },
): { key: string; where: () => FilterQuery<T>; order?: ListOrder } | undefined {
  if (!args.filter && !args.orderBy?.length) return undefined;
  return {
    key: JSON.stringify([args.filter ?? null, args.orderBy ?? null]),
    where: () => buildWhere<T>(spec, args.filter),
    order: listOrder(args.orderBy, orderTable),
  };
}
