// Responsible for reading the audit log (writing happens in RecordWriter, inside each change's transaction).
import { ReferenceKind, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { badUserInput } from '../../graphql/errors.js';
import { fromGlobalId } from '../../graphql/global-id.js';
import { ID_ORDER, listOrder, paginate, type PageArgs } from '../../graphql/pagination.js';
import { hasRole, requireRole, type Actor } from '../access/actor.js';
import { SECURITY_RECORD_TYPES } from '../../domain/vocabulary.js';
import { MONEY_FIELDS } from '../money/money.service.js';
import { isNodeType } from '../nodes/node.service.js';
import { AuditEntry, type AuditEntryEntity } from './audit.entities.js';
import { fieldChanges, type FieldShape } from './audit-fields.js';

/** Lists the writes add to a record's snapshot (\`extra\`): its sectors by code, a deal's parties with their roles. */
const LIST_SHAPES: Record<string, FieldShape> = {
  sectors: { field: 'sectors', kind: 'LIST', type: 'Sector' },
  parties: { field: 'parties', kind: 'LIST', type: 'Organization', key: 'organization', code: 'role' },
};

export class AuditService {
  private readonly shapes = new Map<string, FieldShape[]>();

  constructor(private readonly em: EntityManager) {}

  /** An entry's fields in the API's terms (see AuditEntry.fields). */
  fieldsOf(entry: AuditEntryEntity) {
    return fieldChanges(this.shapesOf(entry.recordType), entry.before ?? null, entry.after ?? null);
  }

  /** How a record type's snapshot stores each field, in the entity's own order; read from its metadata once. */
  private shapesOf(recordType: string): FieldShape[] {
    let shapes = this.shapes.get(recordType);
    if (!shapes) {
      const meta = this.em.getMetadata().find(recordType);
      shapes = meta ? meta.props.flatMap((prop) => shapeOf(recordType, prop)) : [];
      for (const list of Object.values(LIST_SHAPES)) if (!shapes.some((s) => s.field === list.field)) shapes.push(list);
      this.shapes.set(recordType, shapes);
    }
    return shapes;
  }

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

/** How one entity property is kept in snapshots: an amount's minor-units column stands for its three columns. */
function shapeOf(recordType: string, prop: EntityProperty): FieldShape[] {
  const money = MONEY_FIELDS.find((m) => m.entity.meta.className === recordType && prop.name.startsWith(m.prefix) && prop.name !== m.prefix);
  if (money) return prop.name === `${money.prefix}Minor` ? [{ field: money.prefix, kind: 'MONEY', dateColumn: money.dateProp }] : [];
  if (prop.kind === ReferenceKind.MANY_TO_ONE)
    return [isNodeType(prop.type) ? { field: prop.name, kind: 'RECORD', type: prop.type } : { field: prop.name, kind: 'NUMBER' }];
  if (prop.kind !== ReferenceKind.SCALAR) return LIST_SHAPES[prop.name] ? [LIST_SHAPES[prop.name]] : [];
  if (prop.enum) return [{ field: prop.name, kind: 'CODE' }];
  const type = prop.type.toLowerCase();
  if (type === 'datetype') return [{ field: prop.name, kind: 'DATE' }];
  if (type === 'date' || prop.runtimeType === 'Date') return [{ field: prop.name, kind: 'DATE_TIME' }];
  if (type === 'boolean') return [{ field: prop.name, kind: 'BOOLEAN' }];
  if (['integer', 'doubletype', 'decimaltype', 'bigint', 'biginttype'].includes(type)) return [{ field: prop.name, kind: 'NUMBER' }];
  return [{ field: prop.name, kind: 'TEXT' }];
}
