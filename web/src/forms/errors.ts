// Reading the API's errors for forms: field-level messages by input path, and whether the record changed meanwhile.
import { CombinedGraphQLErrors } from '@apollo/client/errors';

interface ApiError {
  message: string;
  extensions?: { code?: string; field?: string; fieldErrors?: { field: string; message: string }[] };
}

function apiErrors(error: unknown): ApiError[] {
  if (CombinedGraphQLErrors.is(error)) return error.errors as ApiError[];
  return [];
}

/** `{ "input.titleEn": "at most 300 characters", ... }` from a BAD_USER_INPUT answer. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of apiErrors(error)) {
    if (e.extensions?.code !== 'BAD_USER_INPUT') continue;
    if (e.extensions.fieldErrors?.length) for (const f of e.extensions.fieldErrors) out[f.field] ??= f.message;
    else if (e.extensions.field) out[e.extensions.field] ??= e.message;
  }
  return out;
}

export function isConflict(error: unknown): boolean {
  return apiErrors(error).some((e) => e.extensions?.code === 'CONFLICT');
}
