import { GraphQLError } from 'graphql';

/** What an input error thrown by `fn` says: its message, code and field; fails when `fn` does not throw one. */
export function refusal(fn: () => unknown): { message: string; code: unknown; field: unknown } {
  try {
    fn();
  } catch (err) {
    if (!(err instanceof GraphQLError)) throw err;
    return { message: err.message, code: err.extensions.code, field: err.extensions.field };
  }
  throw new Error('not refused');
}
