// The API's error codes in an Apollo error, for the form's own states (a record deleted meanwhile, a mistyped ID).
import { CombinedGraphQLErrors } from '@apollo/client/errors';

interface Coded {
  extensions?: { code?: unknown; field?: unknown };
}

const errorsOf = (error: unknown): readonly Coded[] => (CombinedGraphQLErrors.is(error) ? error.errors : []);

/** The `extensions.code` of each error the API answered. */
export function apiCodes(error: unknown): string[] {
  return errorsOf(error).flatMap((e) => (typeof e.extensions?.code === 'string' ? [e.extensions.code] : []));
}

/** Whether the API refused the page's record ID itself (malformed, or naming no type): `id` or `recordId`. */
export function isBadId(error: unknown): boolean {
  const errors = errorsOf(error);
  return (
    errors.length > 0 && errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT' && (e.extensions.field === 'id' || e.extensions.field === 'recordId'))
  );
}
