// An audit row's before/after snapshots read back as the record's fields in the API's terms: an amount's three
// columns as one Money, a reference as the record it names, a code as a code, bookkeeping columns left out.
import type { AuditValueKind } from '../../__generated__/resolvers-types.js';
import type { MoneyValue } from '../money/money.js';

type Row = Record<string, unknown>;

/** How one field of a record is stored in a snapshot: one column, or an amount's `<prefix>Minor/Currency/UsdMinor`. */
export type FieldShape =
  | { field: string; kind: 'TEXT' | 'NUMBER' | 'DATE' | 'DATE_TIME' | 'BOOLEAN' | 'CODE' }
  | { field: string; kind: 'RECORD'; type: string }
  | { field: string; kind: 'MONEY'; dateColumn: string | null }
  /** A list of records by key (a sector's code), or of objects naming one (`key`) with a code beside it (`code`). */
  | { field: string; kind: 'LIST'; type: string; key?: string; code?: string };

/** A record an audited value refers to, by its GraphQL type and primary key. */
export interface RecordRef {
  type: string;
  key: string;
}

export interface AuditValueModel {
  text: string | null;
  money: MoneyValue | null;
  record: RecordRef | null;
  items: AuditValueModel[] | null;
}

export interface AuditFieldChangeModel {
  field: string;
  kind: AuditValueKind;
  before: AuditValueModel | null;
  after: AuditValueModel | null;
}

/** Columns every record has that say nothing an officer entered (the entry itself says who and when). */
export const BOOKKEEPING = new Set(['id', 'externalKey', 'recordedBy', 'recordedAt', 'createdAt', 'updatedAt', 'version']);

/** The snapshot columns a field is stored in. */
export function columnsOf(shape: FieldShape): string[] {
  return shape.kind === 'MONEY' ? [`${shape.field}Minor`, `${shape.field}Currency`, `${shape.field}UsdMinor`] : [shape.field];
}

const value = (v: Partial<AuditValueModel>): AuditValueModel => ({ text: null, money: null, record: null, items: null, ...v });

const asText = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

const minor = (v: unknown): bigint | null => (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' ? BigInt(v) : null);

/** A field's value in one snapshot; null when it is empty (unknown, none chosen, an empty list). */
export function valueOf(shape: FieldShape, row: Row): AuditValueModel | null {
  if (shape.kind === 'MONEY') {
    const amount = minor(row[`${shape.field}Minor`]);
    const currency = row[`${shape.field}Currency`];
    if (amount === null || typeof currency !== 'string') return null;
    const onDate = shape.dateColumn ? row[shape.dateColumn] : null;
    return value({ money: { minor: amount, currency, usdMinor: minor(row[`${shape.field}UsdMinor`]), onDate: typeof onDate === 'string' ? onDate : null } });
  }
  const v = row[shape.field];
  if (v === null || v === undefined) return null;
  if (shape.kind === 'RECORD') return value({ record: { type: shape.type, key: asText(v) } });
  if (shape.kind === 'LIST') {
    if (!Array.isArray(v) || !v.length) return null;
    return value({
      items: v.map((item: unknown) => {
        if (item && typeof item === 'object' && shape.key) {
          const o = item as Row;
          const code = shape.code ? o[shape.code] : null;
          return value({ record: { type: shape.type, key: asText(o[shape.key]) }, text: code == null ? null : asText(code) });
        }
        return value({ record: { type: shape.type, key: asText(item) } });
      }),
    });
  }
  return value({ text: asText(v) });
}

/**
 * The fields an audit entry records, in `shapes` order (columns no shape names follow as text): on an update the
 * fields whose columns differ, on a create every field with a value, on a delete every field the record had.
 */
export function fieldChanges(shapes: readonly FieldShape[], before: Row | null, after: Row | null): AuditFieldChangeModel[] {
  const named = new Set(shapes.flatMap(columnsOf));
  const rest = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
    .filter((c) => !named.has(c) && !BOOKKEEPING.has(c))
    .map((field): FieldShape => ({ field, kind: 'TEXT' }));
  const out: AuditFieldChangeModel[] = [];
  for (const shape of [...shapes, ...rest]) {
    const columns = columnsOf(shape);
    if (BOOKKEEPING.has(shape.field)) continue;
    if (before && after && columns.every((c) => JSON.stringify(before[c] ?? null) === JSON.stringify(after[c] ?? null))) continue;
    const was = before ? valueOf(shape, before) : null;
    const is = after ? valueOf(shape, after) : null;
    if (was === null && is === null) continue;
    out.push({ field: shape.field, kind: shape.kind, before: was, after: is });
  }
  return out;
}
