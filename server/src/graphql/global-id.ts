import { article, badUserInput } from './errors.js';

// Global IDs are opaque to clients: base64url of "<Type>:<primary key>".
export function toGlobalId(type: string, id: string | number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** The type name and key an ID holds (a malformed ID is BAD_USER_INPUT at `field`); callers check the type. */
export function fromGlobalId(globalId: string, field = 'id'): { type: string; id: string } {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  if (sep <= 0 || sep === decoded.length - 1 || toGlobalId(decoded.slice(0, sep), decoded.slice(sep + 1)) !== globalId) {
    throw badUserInput(`"${globalId}" is not a valid ID`, field);
  }
  return { type: decoded.slice(0, sep), id: decoded.slice(sep + 1) };
}

/** The types whose records are named by a numeric database id (Sector is keyed by its code). */
export type NumericIdType =
  | 'Park'
  | 'Organization'
  | 'Tenancy'
  | 'Investment'
  | 'Deal'
  | 'DealParty'
  | 'Event'
  | 'Source'
  | 'Citation'
  | 'ExchangeRate'
  | 'Officer'
  | 'ApiKey'
  | 'SavedView'
  | 'AuditEntry'
  | 'Enquiry';

/** The database id a global ID names when it is an ID of `type`; null when it is malformed or of another type. */
export function databaseIdOrNull(globalId: string, type: NumericIdType): number | null {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  const id = decoded.slice(sep + 1);
  if (decoded.slice(0, sep) !== type || !/^\d+$/.test(id) || toGlobalId(type, id) !== globalId) return null;
  return Number(id);
}

/**
 * The database id of a `type` record from its global ID; anything else (malformed, another type) is BAD_USER_INPUT
 * at `field`, "is not the ID of a <noun>" (the noun defaults to the type name).
 */
export function databaseId(globalId: string, type: NumericIdType, field = 'id', noun: string = type): number {
  const id = databaseIdOrNull(globalId, type);
  if (id === null) throw badUserInput(`"${globalId}" is not the ID of ${article(noun)}`, field);
  return id;
}
