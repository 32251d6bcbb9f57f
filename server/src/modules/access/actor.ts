// Who is calling: anonymous, an API key or a signed-in officer, with the role that decides what they may do.
import type { Role } from '../../domain/vocabulary.js';
import { forbidden, unauthenticated } from '../../graphql/errors.js';

export interface Actor {
  kind: 'anonymous' | 'apiKey' | 'officer';
  role: Role;
  /** The key's or officer's id; null when anonymous. */
  id: number | null;
  /** Shown in the audit log and on records the actor writes. */
  name: string;
  /** Stable identity for audit rows, idempotency keys and rate limits ("officer:3", "apiKey:5", "ip:203.0.113.9"). */
  key: string;
  /** API keys restricted to the persisted-query allow-list. */
  allowListOnly: boolean;
  /** A signed-in officer's session (the access token's); a password change keeps it and ends the others. */
  sessionId?: number;
}

const RANK: Record<Role, number> = { ANONYMOUS: 0, READER: 1, OFFICER: 2, ADMIN: 3 };

export function anonymous(ip: string): Actor {
  return { kind: 'anonymous', role: 'ANONYMOUS', id: null, name: 'anonymous', key: `ip:${ip}`, allowListOnly: false };
}

/**
 * Whether two identities are the same caller. Officers and API keys number their ids separately (officer 2 and
 * API key 2 are different callers), so identities are compared by kind and id, never by id alone.
 */
export function sameActor(a: Pick<Actor, 'kind' | 'id'>, b: Pick<Actor, 'kind' | 'id'>): boolean {
  return a.kind !== 'anonymous' && a.id !== null && a.kind === b.kind && a.id === b.id;
}

/** Whether `actor` is the signed-in officer `officerId` (an API key with the same id is not). */
export function isOfficer(actor: Pick<Actor, 'kind' | 'id'>, officerId: number): boolean {
  return sameActor(actor, { kind: 'officer', id: officerId });
}

/** The officer's id when the actor is a signed-in officer; null for API keys, anonymous callers and the command line. */
export function officerIdOf(actor: Pick<Actor, 'kind' | 'id'>): number | null {
  return actor.kind === 'officer' ? actor.id : null;
}

export function hasRole(actor: Actor, role: Role): boolean {
  return RANK[actor.role] >= RANK[role];
}

/** Deny unless the actor holds `role` (or a stronger one): UNAUTHENTICATED for anonymous callers, FORBIDDEN otherwise. */
export function requireRole(actor: Actor, role: Role): void {
  if (hasRole(actor, role)) return;
  if (actor.kind === 'anonymous') throw unauthenticated();
  throw forbidden(`This needs the ${role} role; ${actor.kind === 'apiKey' ? 'this API key has' : 'you have'} ${actor.role}`);
}
