// Input validation for mutations: every problem is collected with its field path (`input.parties.1.organization`)
// and reported at once as BAD_USER_INPUT, so a form can mark each field; nothing is written when any check fails.
import type { EntitySchema, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { article, fieldError, invalidFields, type FieldError, type FieldErrorParams, type FieldErrorReason } from '../../graphql/errors.js';
import { databaseIdOrNull, type NumericIdType } from '../../graphql/global-id.js';
import { MAX_AMOUNT_MINOR } from '../../domain/field-errors.js';
import { fromMinor, isCurrencyCode, minorDigits, MoneyFormatError, toMinor } from '../money/money.js';

const REGION = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export interface MoneyInput {
  amount: string;
  currency: string;
}

type Entity = { id: number };

interface PendingRef {
  path: string;
  type: string;
  id: number;
  entity: object;
  find: (em: EntityManager, ids: number[]) => Promise<Entity[]>;
  resolve: (e: Entity) => void;
}

export class InputCheck {
  readonly errors: FieldError[] = [];
  private readonly refs: PendingRef[] = [];

  /** Reports a problem with the field at `path`: its reason (with the reason's parameters) and an English message. */
  fail<R extends FieldErrorReason>(path: string, reason: R, message: string, ...params: keyof FieldErrorParams<R> extends never ? [] : [FieldErrorParams<R>]) {
    this.errors.push(fieldError(path, reason, message, ...params));
  }

  /** Refuses null for fields that an update may omit but not clear (`input.<key>: may not be null`). */
  notNull<I extends object>(input: I, keys: readonly (keyof I & string)[]) {
    for (const k of keys) if (Object.prototype.hasOwnProperty.call(input, k) && input[k] === null) this.fail(`input.${k}`, 'REQUIRED', 'may not be null');
  }

  /** Trimmed text of `min`..`max` characters; null/undefined pass through (the schema says whether it is required). */
  text(path: string, value: string, limits: { min?: number; max: number }): string;
  text(path: string, value: string | null | undefined, limits: { min?: number; max: number }): string | null | undefined;
  text(path: string, value: string | null | undefined, { min = 1, max }: { min?: number; max: number }): string | null | undefined {
    if (value == null) return value;
    const v = value.trim();
    if (v.includes('\u0000')) this.fail(path, 'INVALID_CHARACTERS', 'may not contain NUL characters');
    else if (!v.length) this.fail(path, 'REQUIRED', 'may not be empty');
    else if (v.length < min) this.fail(path, 'TOO_SHORT', `needs at least ${min} characters`, { min });
    else if (v.length > max) this.fail(path, 'TOO_LONG', `at most ${max} characters (got ${v.length})`, { max, length: v.length });
    return v;
  }

  country(path: string, value: string | null | undefined): string | null | undefined {
    if (value == null) return value;
    const code = value.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(code) || REGION.of(code) === undefined) {
      this.fail(path, 'UNKNOWN_COUNTRY', `"${value}" is not an ISO 3166-1 alpha-2 country code`, { value });
    }
    return code;
  }

  currency(path: string, value: string): string {
    const code = value.trim().toUpperCase();
    if (!code) this.fail(path, 'REQUIRED', 'may not be empty');
    else if (!isCurrencyCode(code)) this.fail(path, 'UNKNOWN_CURRENCY', `"${value}" is not an ISO 4217 currency code`, { value });
    return code;
  }

  /** A money input as minor units; negative amounts are refused. */
  money(path: string, value: MoneyInput | null | undefined): { minor: bigint; currency: string } | null | undefined {
    if (value == null) return value;
    const currency = this.currency(`${path}.currency`, value.currency);
    if (!isCurrencyCode(currency)) return null;
    const at = `${path}.amount`;
    if (!value.amount.trim()) {
      this.fail(at, 'REQUIRED', 'may not be empty');
      return null;
    }
    try {
      const minor = toMinor(value.amount, currency);
      if (minor < 0n) this.fail(at, 'NEGATIVE', 'may not be negative');
      if (minor > MAX_AMOUNT_MINOR) this.fail(at, 'TOO_LARGE', 'is implausibly large', { max: fromMinor(MAX_AMOUNT_MINOR, currency) });
      return { minor, currency };
    } catch (err) {
      if (!(err instanceof MoneyFormatError)) throw err;
      if (err.reason === 'TOO_MANY_DECIMALS') this.fail(at, 'TOO_MANY_DECIMALS', err.message, { currency, decimals: minorDigits(currency) });
      else this.fail(at, 'NOT_A_DECIMAL', err.message, { value: value.amount });
      return null;
    }
  }

  number(path: string, value: number | null | undefined, { min, max }: { min: number; max: number }): number | null | undefined {
    if (value == null) return value;
    if (!Number.isFinite(value) || value < min || value > max) this.fail(path, 'OUT_OF_RANGE', `must be between ${min} and ${max}`, { min, max });
    return value;
  }

  day(path: string, value: string | null | undefined): string | null | undefined {
    if (value == null) return value;
    if (!DAY.test(value)) this.fail(path, 'NOT_A_DATE', 'must be a date, YYYY-MM-DD');
    return value;
  }

  partialDate(path: string, value: string | null | undefined): string | null | undefined {
    if (value == null) return value;
    if (!PARTIAL_DATE.test(value)) this.fail(path, 'NOT_A_PARTIAL_DATE', 'must be YYYY, YYYY-MM or YYYY-MM-DD');
    return value;
  }

  /** The date at `path` (`later`) must not come before `earlier`, the date of the field `earlierPath` (both optional). */
  order(path: string, later: string | null | undefined, earlierPath: string, earlier: string | null | undefined, what: string) {
    if (earlier && later && earlier > later) this.fail(path, 'DATE_ORDER', what, { notBefore: earlierPath });
  }

  /**
   * A global ID of an existing `type` record; the lookups of one input run together in `resolveRefs`.
   * `assign` receives the entity once found.
   */
  ref<T extends Entity>(path: string, globalId: string | null | undefined, type: NumericIdType, entity: EntitySchema<T, never>, assign: (e: T) => void) {
    if (globalId == null) return;
    if (!globalId.trim()) return this.fail(path, 'REQUIRED', 'may not be empty');
    const id = databaseIdOrNull(globalId, type);
    if (id === null) return this.fail(path, 'NOT_AN_ID', `"${globalId}" is not the ID of ${article(type)}`, { type, value: globalId });
    // A generic T cannot show MikroORM that it has a numeric id: the filter is widened here, and the rows a
    // lookup of `entity` returns are that entity's.
    const where = (ids: number[]) => {
      const filter: Record<string, unknown> = { id: { $in: ids } };
      return filter as FilterQuery<T>;
    };
    this.refs.push({ path, type, id, entity, find: (em, ids) => em.find(entity, where(ids)), resolve: (e) => assign(e as T) });
  }

  /** Loads every referenced record (one query per type) and reports those that do not exist. */
  async resolveRefs(em: EntityManager) {
    const byType = new Map<object, { ids: number[]; find: PendingRef['find'] }>();
    for (const r of this.refs) {
      const group = byType.get(r.entity) ?? { ids: [], find: r.find };
      group.ids.push(r.id);
      byType.set(r.entity, group);
    }
    const found = new Map<object, Map<number, Entity>>();
    for (const [entity, { ids, find }] of byType) {
      const rows = await find(em, [...new Set(ids)]);
      found.set(entity, new Map(rows.map((r) => [r.id, r])));
    }
    for (const r of this.refs) {
      const e = found.get(r.entity)?.get(r.id);
      if (e) r.resolve(e);
      else this.fail(r.path, 'NOT_FOUND', `no ${r.type} has this ID`, { type: r.type });
    }
    this.refs.length = 0;
  }

  /** Throws BAD_USER_INPUT listing every problem, if any. */
  done() {
    if (this.errors.length) throw invalidFields(this.errors);
  }
}
