import { p } from '@mikro-orm/core';
import { VERIFICATIONS, type Verification } from '../../domain/vocabulary.js';

/** Columns every editable record has: provenance, optimistic-lock version and timestamps. */
export function recordProps() {
  return {
    id: p.integer().primary().autoincrement(),
    /** Stable key from the seed or an import; lets loading be idempotent. */
    externalKey: p.string().length(120).nullable().unique(),
    verification: p
      .enum([...VERIFICATIONS])
      .$type<Verification>()
      .index(),
    recordedBy: p.string().length(120).nullable(),
    recordedAt: p.datetime().nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  };
}

const minorUnits = () => p.bigint('bigint').nullable();
const currencyCode = () => p.string().length(3).nullable();

/** Three columns for one exact amount: minor units, ISO currency, and the USD equivalent used to sort and total. */
export function moneyProps<N extends string>(name: N) {
  return {
    [`${name}Minor`]: minorUnits(),
    [`${name}Currency`]: currencyCode(),
    [`${name}UsdMinor`]: minorUnits(),
  } as { [K in `${N}Minor` | `${N}UsdMinor`]: ReturnType<typeof minorUnits> } & {
    [K in `${N}Currency`]: ReturnType<typeof currencyCode>;
  };
}

/**
 * An entity's money columns (each `moneyProps(prefix)`) and the date column whose day picks their exchange rate:
 * declared once beside each entity, read by the money service, the writes and the resolvers.
 */
export interface MoneyColumnSet<P extends string = string> {
  readonly prefixes: readonly P[];
  readonly dateProp: string;
}

/** A double-precision measure (area, coordinate) read back as a JS number on both dialects. */
export const measure = () => p.double().runtimeType('number').$type<number>();
