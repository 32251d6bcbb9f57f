import { ConnectionException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { versionReader } from '../http/response-cache.js';
import { isDatabaseUnavailable, isStatementTimeout } from './unavailable.js';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('telling a database outage from other errors', () => {
  it('knows a connection that could not be opened, was cut, or was not had in time', () => {
    for (const err of [
      withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'),
      withCode('ECONNRESET', 'read ECONNRESET'),
      withCode('57P01', 'terminating connection due to administrator command'),
      withCode('08006', 'connection failure'),
      new Error('Connection terminated unexpectedly'),
      Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' }),
      new ConnectionException(new Error('connection lost')),
      // As a resolver's error reaches formatError, and as a cause.
      new GraphQLError('wrapped', { originalError: withCode('ECONNREFUSED') }),
      new Error('outer', { cause: withCode('ECONNRESET') }),
    ]) {
      expect(isDatabaseUnavailable(err), String(err)).toBe(true);
    }
  });

  it('leaves the request’s own errors, a statement timeout and anything else alone', () => {
    const timeout = withCode('57014', 'canceling statement due to statement timeout');
    for (const err of [
      new UniqueConstraintViolationException(withCode('23505', 'duplicate key value')),
      timeout,
      withCode('57014', 'canceling statement due to user request'),
      new Error('Cannot read properties of undefined'),
      'a string',
      null,
    ]) {
      expect(isDatabaseUnavailable(err), String(err)).toBe(false);
    }
    expect(isStatementTimeout(timeout)).toBe(true);
    expect(isStatementTimeout(withCode('57014', 'canceling statement due to user request'))).toBe(false);
  });
});

describe('the data version while the database cannot be reached', () => {
  it('stands in with the last version read; without one, or for another error, the read fails', async () => {
    let next: () => Promise<string> = () => Promise.reject(withCode('ECONNREFUSED'));
    const read = versionReader(() => next());
    await expect(read()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    next = () => Promise.resolve('7');
    expect(await read()).toBe('7');
    next = () => Promise.reject(withCode('ECONNRESET'));
    expect(await Promise.all([read(), read()])).toEqual(['7', '7']);
    next = () => Promise.reject(new Error('no such table: data_version'));
    await expect(read()).rejects.toThrow(/no such table/);
    next = () => Promise.resolve('8');
    expect(await read()).toBe('8');
  });
});
