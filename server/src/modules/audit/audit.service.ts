// Responsible for reading the audit log (writing happens in RecordWriter, inside each change's transaction).
import type { EntityManager } from '@mikro-orm/knex';
import { badUserInput } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { ID_ORDER, listOrder, paginate, type PageArgs } from '../../graphql/pagination.js';
import { hasRole, requireRole, type Actor } from '../access/actor.js';
import { SECURITY_RECORD_TYPES } from '../../domain/vocabulary.js';
import { AuditEntry, type AuditEntryEntity } from './audit.entities.js';

export class AuditService {
  constructor(private readonly em: EntityManager) {}

  /** Newest first; with a record's global ID, only that record's changes. Security events are for admins only. */
  list(actor: Actor, args: PageArgs & { recordId?: string | null }) {
    requireRole(actor, 'OFFICER');
    let where: Record<string, unknown> = {};
    if (args.recordId) {
      const { type, id } = fromGlobalId(args.recordId, 'recordId');
      // Type names are PascalCase ("Investment", "Officer"); "constructor" or "__proto__" names no record.
      if (!/^[A-Z][A-Za-z]*$/.test(type) || !/^\d+$/.test(id)) throw badUserInput(`"${args.recordId}" is not a record's ID`, 'recordId');
      where = { recordType: type, recordId: Number(id) };
    }
    if (!hasRole(actor, 'ADMIN'))
      where = { ...where, recordType: { $nin: [...SECURITY_RECORD_TYPES], ...(where.recordType ? { $eq: where.recordType } : {}) } };
    return paginate(this.em, AuditEntry, () => where, args, listOrder(['ID_DESC'], ID_ORDER));
  }
}

/** The columns that differ between an entry's before and after, values as JSON text. */
export function changesOf(entry: AuditEntryEntity): { field: string; before: string | null; after: string | null }[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null) || !entry.before || !entry.after)
    .filter((f) => (entry.before ? f in entry.before : true) || (entry.after ? f in entry.after : true))
    .map((f) => ({ field: f, before: entry.before ? JSON.stringify(before[f] ?? null) : null, after: entry.after ? JSON.stringify(after[f] ?? null) : null }));
}
