// Security events (API keys, officer accounts, passwords, sign-ins, sessions, saved-view deletions): each becomes an
// audit row (read by admins only) and a log line, both carrying the request id. Never a secret, hash or token.
import type { EntityManager } from '@mikro-orm/knex';
import type { AuditOperation, SECURITY_RECORD_TYPES } from '../../domain/vocabulary.js';
import type { Logger } from '../../logger.js';
import type { Actor } from '../access/actor.js';
import { AuditEntry } from './audit.entities.js';

export interface SecurityEvent {
  operation: AuditOperation;
  recordType: (typeof SECURITY_RECORD_TYPES)[number];
  /** The key's, officer's or view's id; 0 for a sign-in with an e-mail that names no account. */
  recordId: number;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export class SecurityTrail {
  constructor(
    private readonly logger: Logger | null = null,
    private readonly requestId: string | null = null,
    readonly now: () => Date = () => new Date(),
  ) {}

  /** Adds the event's audit row to `em` (written by its next flush, inside the caller's transaction if any) and logs it. */
  record(em: EntityManager, actor: Actor, event: SecurityEvent): void {
    em.create(AuditEntry, {
      at: this.now(),
      actor: actor.key.slice(0, 40),
      actorName: actor.name.slice(0, 200),
      operation: event.operation,
      recordType: event.recordType,
      recordId: event.recordId,
      before: event.before ?? null,
      after: event.after ?? null,
      requestId: this.requestId,
    });
    this.logger?.info(
      {
        requestId: this.requestId,
        actor: actor.key,
        operation: event.operation,
        recordType: event.recordType,
        recordId: event.recordId,
        details: event.after ?? event.before ?? null,
      },
      'security event',
    );
  }
}
