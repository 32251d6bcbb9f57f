import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldErrorsOf, isConflict } from './errors';

const combined = (errors: GraphQLFormattedError[]) => new CombinedGraphQLErrors({ errors });

describe('form errors', () => {
  it('maps field errors by their input path, first message per field', () => {
    const error = combined([
      {
        message: 'input.titleEn: too long; input.parties.0.organization: no Organization has this ID',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'input.titleEn',
          fieldErrors: [
            { field: 'input.titleEn', message: 'too long' },
            { field: 'input.parties.0.organization', message: 'no Organization has this ID' },
          ],
        },
      },
    ]);
    expect(fieldErrorsOf(error)).toEqual({ 'input.titleEn': 'too long', 'input.parties.0.organization': 'no Organization has this ID' });
    expect(fieldErrorsOf(combined([{ message: 'bad id', extensions: { code: 'BAD_USER_INPUT', field: 'input.id' } }]))).toEqual({ 'input.id': 'bad id' });
    expect(fieldErrorsOf(new Error('network'))).toEqual({});
  });

  it('recognises a conflict', () => {
    expect(isConflict(combined([{ message: 'changed', extensions: { code: 'CONFLICT' } }]))).toBe(true);
    expect(isConflict(combined([{ message: 'x', extensions: { code: 'FORBIDDEN' } }]))).toBe(false);
  });
});
