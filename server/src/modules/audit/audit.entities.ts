import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { AUDIT_OPERATIONS, type AuditOperation } from '../../domain/vocabulary.js';

/** One change to a record: who, when, what, and the record before and after. Rows are never updated or deleted. */
export const AuditEntry = defineEntity({
  name: 'AuditEntry',
  indexes: [{ properties: ['recordType', 'recordId'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    at: p.datetime().index(),
    /** "officer:<id>" or "apiKey:<id>". */
    actor: p.string().length(40).index(),
    actorName: p.string().length(200),
    operation: p.enum([...AUDIT_OPERATIONS]).$type<AuditOperation>(),
    /** GraphQL type of the record (Organization, Deal, ...). */
    recordType: p.string().length(40),
    recordId: p.integer(),
    before: p.json<Record<string, unknown>>().nullable(),
    after: p.json<Record<string, unknown>>().nullable(),
    requestId: p.string().length(64).nullable(),
  },
});
export type AuditEntryEntity = InferEntity<typeof AuditEntry>;

/** A create mutation's idempotency key, kept 24 hours: a retry returns the first result. */
export const IdempotencyKey = defineEntity({
  name: 'IdempotencyKey',
  uniques: [{ properties: ['actor', 'key'] }],
  properties: {
    id: p.integer().primary().autoincrement(),
    actor: p.string().length(40),
    key: p.string().length(200),
    operation: p.string().length(60),
    /** SHA-256 of the operation and its input, to refuse the same key with a different payload. */
    requestHash: p.string().length(64),
    recordType: p.string().length(40),
    recordId: p.integer(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime().index(),
  },
});
export type IdempotencyKeyEntity = InferEntity<typeof IdempotencyKey>;
