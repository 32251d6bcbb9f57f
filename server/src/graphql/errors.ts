import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { FIELD_ERROR_REASONS, type FieldErrorParams, type FieldErrorReason } from '../domain/field-errors.js';

/** Stable error codes clients can branch on (`extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  IDEMPOTENCY_KEY_REUSED: 'IDEMPOTENCY_KEY_REUSED',
  PERSISTED_QUERY_NOT_ALLOWED: 'PERSISTED_QUERY_NOT_ALLOWED',
  /** A persisted query's sha256Hash is not the hash of the query text sent with it. */
  PERSISTED_QUERY_HASH_MISMATCH: 'PERSISTED_QUERY_HASH_MISMATCH',
  /** A persisted-query protocol version other than 1 (Apollo's code). */
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  RATE_LIMITED: 'RATE_LIMITED',
  /** More work arrived than the server can start in time (http/admission.ts): 503 with Retry-After; try again. */
  OVERLOADED: 'OVERLOADED',
  /** The database cannot be reached right now (an outage, a restart): 503 with Retry-After; nothing was saved, try again. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  /** A statement ran longer than DATABASE_STATEMENT_TIMEOUT_MS and was cancelled; nothing was saved. */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** The field-error reasons (server/src/domain/field-errors.ts, shared with the web client). */
export { FIELD_ERROR_REASONS, type FieldErrorParams, type FieldErrorReason };

/**
 * One invalid input field: its path from the argument (e.g. `input.parties.0.organization`), why (`reason`, with its
 * `params`) and an English `message`.
 */
export type FieldError<R extends FieldErrorReason = FieldErrorReason> = R extends FieldErrorReason
  ? { field: string; message: string; reason: R; params: FieldErrorParams<R> }
  : never;

/** A field error; `params` may be left out for reasons that have none. */
export function fieldError<R extends FieldErrorReason>(
  field: string,
  reason: R,
  message: string,
  ...params: keyof FieldErrorParams<R> extends never ? [] : [FieldErrorParams<R>]
): FieldError<R> {
  const error = { field, message, reason, params: params[0] ?? {} };
  // The conditional type cannot be narrowed by a generic R; the object has exactly its shape.
  return error as FieldError<R>;
}

export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) } });
}

/** Several invalid fields at once, so a form can mark each; `field` is the first. */
export function invalidFields(errors: readonly FieldError[]): GraphQLError {
  const message = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, field: errors[0]?.field, fieldErrors: errors } });
}

export function notFound(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND, ...(field ? { field } : {}) } });
}

/** Why a sign-in was refused, beside the code UNAUTHENTICATED (`extensions.reason`); a wait is RATE_LIMITED instead. */
export const SignInRefusal = {
  /** No account with this e-mail, a wrong password or a disabled account: which one is not said. */
  WRONG_CREDENTIALS: 'WRONG_CREDENTIALS',
} as const;

export function unauthenticated(message = 'Sign in (or send an API key) to do this', reason?: keyof typeof SignInRefusal): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, ...(reason ? { reason } : {}) } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function conflict(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...extra } });
}

/** "a Park", "an Organization", "an Event". */
export function article(noun: string): string {
  return `${/^[AEIOU]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

const VARIABLE_NOT_GIVEN = /^Variable "\$(\w+)" of (?:required|non-null) type "[^"]+" (?:was not provided|must not be null)\.$/;
const VARIABLE_INVALID = /^Variable "\$(\w+)" got invalid value ([\s\S]*?)(?: at "(\1(?:\.\w+|\[\d+\])*)")?; ([\s\S]*)$/;
const FIELD_NOT_GIVEN = /^Field "(\w+)" of required type "[^"]+" was not provided\.$/;

/**
 * A variable the API could not read (graphql-js's coercion, before any resolver) as a field error too: its path in
 * the variable (`input.amount.amount` for `$input`), REQUIRED for a missing value, the scalar's own reason
 * (NOT_A_DECIMAL, NOT_A_DATE, ...) or INVALID_VALUE. Other errors pass unchanged.
 */
export function withVariableFieldErrors(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code !== ErrorCode.BAD_USER_INPUT || formatted.extensions.fieldErrors) return formatted;
  const problem = variableProblem(formatted.message, error);
  if (!problem) return formatted;
  const entry = { field: problem.field, message: formatted.message, reason: problem.reason, params: problem.params };
  return { ...formatted, extensions: { ...formatted.extensions, field: problem.field, fieldErrors: [entry] } };
}

function variableProblem(message: string, error: unknown): { field: string; reason: FieldErrorReason; params: Record<string, unknown> } | null {
  const missing = VARIABLE_NOT_GIVEN.exec(message);
  if (missing) return { field: missing[1], reason: 'REQUIRED', params: {} };
  const invalid = VARIABLE_INVALID.exec(message);
  if (!invalid) return null;
  const [, name, shown, at, why] = invalid;
  const path = (at ?? name).replace(/\[(\d+)\]/g, '.$1');
  const field = FIELD_NOT_GIVEN.exec(why);
  if (field) return { field: `${path}.${field[1]}`, reason: 'REQUIRED', params: {} };
  if (/^Expected non-nullable type "[^"]+" not to be null\.$/.test(why)) return { field: path, reason: 'REQUIRED', params: {} };
  const value = readShown(shown);
  const reason = scalarReason(error);
  if (reason === 'NOT_A_DATE' || reason === 'NOT_A_PARTIAL_DATE') return { field: path, reason, params: {} };
  return { field: path, reason: reason === 'NOT_A_DECIMAL' ? reason : 'INVALID_VALUE', params: { value } };
}

/** graphql-js shows a string value JSON-quoted; anything else as written. */
function readShown(shown: string): string {
  try {
    const v: unknown = JSON.parse(shown);
    return typeof v === 'string' ? v : shown;
  } catch {
    return shown;
  }
}

/** The reason a scalar put on the error it threw (graphql/scalars.ts), kept by graphql-js as the original error. */
function scalarReason(error: unknown): FieldErrorReason | null {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  const reason = original instanceof GraphQLError ? original.extensions.reason : undefined;
  return typeof reason === 'string' && Object.prototype.hasOwnProperty.call(FIELD_ERROR_REASONS, reason) ? (reason as FieldErrorReason) : null;
}
