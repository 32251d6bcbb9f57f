// Input validation for mutations: every problem is collected with its field path (`input.parties.1.organization`)
// and reported at once as BAD_USER_INPUT, so a form can mark each field; nothing is written when any check fails.
import { article } from '../../graphql/errors.js';
import type { EntityManager } from '@mikro-orm/knex';
import { invalidFields, type FieldError } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { isCurrencyCode, MoneyFormatError, toMinor } from '../money/money.js';

const REGION = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export interface MoneyInput {
  amount: string;
  currency: string;
}

type Entity = { id: number };

export class InputCheck {
  readonly errors: FieldError[] = [];
  private readonly refs: { path: string; type: string; id: number; entity: unknown; resolve: (e: Entity) => void }[] = [];

  fail(path: string, message: string) {
    this.errors.push({ field: path, message });
  }

  /** Trimmed text of `min`..`max` characters; null/undefined pass through (the schema says whether it is required). */
  text(path: string, value: string | null | undefined, { min = 1, max }: { min?: number; max: number }): string | null | undefined {
    if (value == null) return value;
    const v = value.trim();
    if (v.includes('\u0000')) this.fail(path, 'may not contain NUL characters');
    else if (v.length < min) this.fail(path, min === 1 ? 'may not be empty' : `needs at least ${min} characters`);
    else if (v.length > max) this.fail(path, `at most ${max} characters (got ${v.length})`);
    return v;
  }

  country(path: string, value: string | null | undefined): string | null | undefined {
    if (value == null) return value;
    const code = value.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(code) || REGION.of(code) === undefined) this.fail(path, `"${value}" is not an ISO 3166-1 alpha-2 country code`);
    return code;
  }

  currency(path: string, value: string): string {
    const code = value.trim().toUpperCase();
    if (!isCurrencyCode(code)) this.fail(path, `"${value}" is not an ISO 4217 currency code`);
    return code;
  }

  /** A money input as minor units; negative amounts are refused. */
  money(path: string, value: MoneyInput | null | undefined): { minor: bigint; currency: string } | null | undefined {
    if (value == null) return value;
    const currency = this.currency(`${path}.currency`, value.currency);
    if (!isCurrencyCode(currency)) return null;
    try {
      const minor = toMinor(value.amount, currency);
      if (minor < 0n) this.fail(`${path}.amount`, 'may not be negative');
      if (minor > 10n ** 17n) this.fail(`${path}.amount`, 'is implausibly large');
      return { minor, currency };
    } catch (err) {
      this.fail(`${path}.amount`, err instanceof MoneyFormatError ? err.message : 'not an amount');
      return null;
    }
  }

  number(path: string, value: number | null | undefined, { min, max }: { min: number; max: number }): number | null | undefined {
    if (value == null) return value;
    if (!Number.isFinite(value) || value < min || value > max) this.fail(path, `must be between ${min} and ${max}`);
    return value;
  }

  day(path: string, value: string | null | undefined): string | null | undefined {
    if (value == null) return value;
    if (!DAY.test(value)) this.fail(path, 'must be a date, YYYY-MM-DD');
    return value;
  }

  partialDate(path: string, value: string | null | undefined): string | null | undefined {
    if (value == null) return value;
    if (!PARTIAL_DATE.test(value)) this.fail(path, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
    return value;
  }

  /** `earlier` must not come after `later` (both optional). */
  order(path: string, earlier: string | null | undefined, later: string | null | undefined, what: string) {
    if (earlier && later && earlier > later) this.fail(path, what);
  }

  /**
   * A global ID of an existing `type` record; the lookups of one input run together in `resolveRefs`.
   * `assign` receives the entity once found.
   */
  ref<T extends Entity>(path: string, globalId: string | null | undefined, type: string, entity: unknown, assign: (e: T) => void) {
    if (globalId == null) return;
    let id: number | null = null;
    try {
      const decoded = fromGlobalId(globalId);
      if (decoded.type === type && /^\d+$/.test(decoded.id)) id = Number(decoded.id);
    } catch {
      // reported below
    }
    if (id === null) this.fail(path, `"${globalId}" is not the ID of ${article(type)}`);
    else this.refs.push({ path, type, id, entity, resolve: assign as (e: Entity) => void });
  }

  /** Loads every referenced record (one query per type) and reports those that do not exist. */
  async resolveRefs(em: EntityManager) {
    const byType = new Map<unknown, number[]>();
    for (const r of this.refs) byType.set(r.entity, [...(byType.get(r.entity) ?? []), r.id]);
    const found = new Map<unknown, Map<number, Entity>>();
    for (const [entity, ids] of byType) {
      const rows = (await em.find(entity as never, { id: { $in: [...new Set(ids)] } } as never)) as Entity[];
      found.set(entity, new Map(rows.map((r) => [r.id, r])));
    }
    for (const r of this.refs) {
      const e = found.get(r.entity)?.get(r.id);
      if (e) r.resolve(e);
      else this.fail(r.path, `no ${r.type} has this ID`);
    }
    this.refs.length = 0;
  }

  /** Throws BAD_USER_INPUT listing every problem, if any. */
  done() {
    if (this.errors.length) throw invalidFields(this.errors);
  }
}
