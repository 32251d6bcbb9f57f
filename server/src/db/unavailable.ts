import { ConnectionException } from '@mikro-orm/core';
import { ErrorCode } from '../graphql/errors.js';

/**
 * Errors that mean the database cannot be reached right now (an outage, a restart, a cut network), not that the
 * request or the server is wrong: callers answer them with 503 SERVICE_UNAVAILABLE and Retry-After, a retry later
 * succeeds. A statement cancelled by DATABASE_STATEMENT_TIMEOUT_MS is told apart (isStatementTimeout).
 */

/** How long a client is told to wait before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** What a request that needed the database is told while the database cannot be reached (HTTP 503, Retry-After). */
export const DATABASE_UNAVAILABLE = {
  message: 'The database cannot be reached right now; nothing was saved. Try again shortly.',
  extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
} as const;

/** Socket errors of a connection that could not be opened or was cut. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * PostgreSQL SQLSTATEs: 08xxx connection exceptions; 57P01-57P03 the server shutting down or not yet accepting
 * connections (admin_shutdown, crash_shutdown, cannot_connect_now).
 */
const PG_UNAVAILABLE = /^(08[0-9A-Z]{3}|57P0[1-3])$/;

/** What pg and knex say when a connection dies or cannot be had in time (they set no code). */
const MESSAGES =
  /Connection terminated|Client has encountered a connection error|Timeout acquiring a connection|connection timeout|Connection ended unexpectedly|not queryable/i;

function* causes(err: unknown): Generator<object> {
  const seen = new Set<unknown>();
  let e: unknown = err;
  while (typeof e === 'object' && e !== null && !seen.has(e)) {
    seen.add(e);
    yield e;
    const next = e as { cause?: unknown; originalError?: unknown; previous?: unknown };
    e = next.originalError ?? next.cause ?? next.previous;
  }
}

export function isDatabaseUnavailable(err: unknown): boolean {
  for (const e of causes(err)) {
    if (e instanceof ConnectionException) return true;
    const { code, name, message } = e as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || PG_UNAVAILABLE.test(code))) return true;
    if (name === 'KnexTimeoutError') return true;
    if (typeof message === 'string' && MESSAGES.test(message) && !isStatementTimeout(e)) return true;
  }
  return false;
}

/** A statement PostgreSQL cancelled because it ran longer than statement_timeout (SQLSTATE 57014). */
export function isStatementTimeout(err: unknown): boolean {
  for (const e of causes(err)) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (code === '57014' && typeof message === 'string' && /statement timeout/i.test(message)) return true;
  }
  return false;
}
