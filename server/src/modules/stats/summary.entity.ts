import { defineEntity, p } from '@mikro-orm/core';

/**
 * Investments added up per calendar month and provenance: over everything, per value of each filter-bar dimension
 * (park, sector, investor country, stage, investor kind) and per pair of values of two of them, so a statistic
 * filtered or grouped by at most two dimensions reads a few hundred rows instead of every investment. Kept in step by
 * triggers in the same transaction as every write (summary.ts); never written by the application itself.
 */
export const InvestmentSummary = defineEntity({
  name: 'InvestmentSummary',
  tableName: 'investment_summary',
  properties: {
    /** The first dimension ('' for none), in the order of INVESTMENT_SUMMARY_DIMENSIONS. */
    aDim: p.string().length(16).primary(),
    /** Its value ('' when the record has none, e.g. an investor without a country). */
    aVal: p.string().length(64).primary(),
    /** The second dimension ('' for none). */
    bDim: p.string().length(16).primary(),
    bVal: p.string().length(64).primary(),
    /** YYYY-MM of the announcement ('' when the date is unknown). */
    month: p.string().length(7).primary(),
    verification: p.string().length(16).primary(),
    /** Investments counted. */
    n: p.integer(),
    /** Of which with a known amount. */
    v: p.integer(),
    /** Their amounts in US cents. */
    t: p.bigint(),
  },
});
