import { defineEntity, p } from '@mikro-orm/core';

/**
 * The change feed's rows (change-log.ts): one per record created, updated or deleted, written by triggers in the
 * writing transaction, and one per record type for a bulk change (seed, demo replacement). Read by `changes`.
 */
export const ChangeLog = defineEntity({
  name: 'ChangeLog',
  tableName: 'change_log',
  properties: {
    id: p.integer().primary().autoincrement(),
    /** The record's GraphQL type name (CHANGE_LOG_TABLES). */
    recordType: p.string().length(20),
    /** The record's id; null for a BULK row. */
    recordId: p.integer().nullable(),
    /** The record's version after the change (before it, for a delete); null for a BULK row. */
    version: p.integer().nullable(),
    /** CREATED, UPDATED, DELETED or BULK. */
    kind: p.string().length(10),
    changedAt: p.datetime(),
    /** The record's provenance (VERIFIED, RECORDED, DEMO); null for a BULK row. */
    verification: p.string().length(20).nullable(),
    /** BULK only: how many records of the type there are after the bulk change. */
    count: p.integer().nullable(),
    /**
     * PostgreSQL: the data version read, row-locked, when the row was written: writers of records take turns on that
     * lock until they commit, so (seq, id) is commit order. Null on SQLite (one writer at a time: id order is commit
     * order).
     */
    seq: p.bigint('number').nullable(),
  },
  indexes: [{ properties: ['seq', 'id'] }],
});
