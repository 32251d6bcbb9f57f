import { badUserInput } from './errors.js';

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
