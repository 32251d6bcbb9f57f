import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerSetting } from './access.entities.js';
import { loadSigningKey, randomToken, sha256, TokenIssuer } from './tokens.js';

// Access tokens on the injected clock: what they carry, the second they expire, and every way a token is refused.

const KEY = new TextEncoder().encode('a test signing key of enough length');
const T0 = new Date('2026-03-01T08:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const CLAIMS = { officerId: 7, role: 'OFFICER', name: 'Li Na', sessionId: 12, epoch: 3 } as const;

/** A token signed with KEY, issuer and audience right, with whatever claims a test needs. */
const signed = (payload: Record<string, unknown>, { sub = '7', exp = true, issuer = 'parkscope', audience = 'parkscope-api' } = {}) => {
  const jwt = new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt(T0.getTime() / 1000);
  if (sub) jwt.setSubject(sub);
  if (exp) jwt.setExpirationTime(T0.getTime() / 1000 + 900);
  return jwt.sign(KEY);
};

describe('access tokens', () => {
  const issuer = new TokenIssuer(KEY, 900);

  it('carry the officer, role, name, session and epoch, signed HS256 for this API, expiring after the TTL', async () => {
    const { token, expiresAt } = await issuer.issue(CLAIMS, T0);
    expect(expiresAt).toEqual(at(900));
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256' });
    expect(decodeJwt(token)).toEqual({
      sub: '7',
      role: 'OFFICER',
      name: 'Li Na',
      sid: 12,
      epoch: 3,
      iss: 'parkscope',
      aud: 'parkscope-api',
      iat: T0.getTime() / 1000,
      exp: T0.getTime() / 1000 + 900,
    });
    expect(await issuer.verify(token, at(899))).toEqual({ claims: CLAIMS });
  });

  it('expire at the TTL, counted from the clock of issue (fractions of a second dropped)', async () => {
    const { token, expiresAt } = await issuer.issue(CLAIMS, new Date(T0.getTime() + 999));
    expect(expiresAt).toEqual(at(900));
    expect(await issuer.verify(token, at(899))).toEqual({ claims: CLAIMS });
    expect(await issuer.verify(token, at(900))).toEqual({ error: 'The access token has expired; refresh it with refreshSession' });
  });

  it('are refused when forged, foreign or malformed', async () => {
    const { token } = await issuer.issue(CLAIMS, T0);
    const invalid = { error: 'The access token is not valid' };
    expect(await new TokenIssuer(new TextEncoder().encode('another key of the same length!!!!!'), 900).verify(token, T0)).toEqual(invalid);
    expect(await issuer.verify('not.a.token', T0)).toEqual(invalid);
    expect(await issuer.verify(await signed({ sid: 1, epoch: 0 }, { issuer: 'someone' }), T0)).toEqual(invalid);
    expect(await issuer.verify(await signed({ sid: 1, epoch: 0 }, { audience: 'another-api' }), T0)).toEqual(invalid);
    expect(await issuer.verify(await signed({ sid: 1, epoch: 0 }, { exp: false }), T0)).toEqual(invalid);
    expect(await issuer.verify(await signed({ sid: 1, epoch: 0 }, { sub: '' }), T0)).toEqual(invalid);
  });

  it('name an officer and a session, else are refused with the reason', async () => {
    const noSession = { error: 'The access token names no session; sign in again' };
    expect(await issuer.verify(await signed({ sid: 1, epoch: 0 }, { sub: 'seven' }), T0)).toEqual({ error: 'The access token names no officer' });
    expect(await issuer.verify(await signed({ epoch: 0 }), T0)).toEqual(noSession);
    expect(await issuer.verify(await signed({ sid: 1 }), T0)).toEqual(noSession);
    expect(await issuer.verify(await signed({ sid: -1, epoch: 0 }), T0)).toEqual(noSession);
    expect(await issuer.verify(await signed({ sid: 1, epoch: 1.5 }), T0)).toEqual(noSession);
    expect(await issuer.verify(await signed({ sid: '1', epoch: 0 }), T0)).toEqual(noSession);
    // Zero is a session and an epoch like any other; a missing name reads as empty.
    expect(await issuer.verify(await signed({ role: 'ADMIN', sid: 0, epoch: 0 }), T0)).toEqual({
      claims: { officerId: 7, role: 'ADMIN', name: '', sessionId: 0, epoch: 0 },
    });
  });
});

describe('the signing key', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await MikroORM.init({ driver: LibSqlDriver, dbName: ':memory:', entities: [ServerSetting], debug: false });
    await orm.schema.createSchema();
  });
  afterAll(async () => {
    await orm?.close(true);
  });

  it('is AUTH_SECRET when set, otherwise one random key kept in the database and shared by every instance', async () => {
    const em = () => orm.em.fork() as EntityManager;
    expect(await loadSigningKey(em(), 'secret')).toEqual(new TextEncoder().encode('secret'));
    expect(await orm.em.fork().count(ServerSetting, {})).toBe(0);
    const first = await loadSigningKey(em(), undefined);
    expect(first.length).toBe(32);
    const stored = await orm.em.fork().findOneOrFail(ServerSetting, { key: 'auth.signing-key' });
    expect(Buffer.from(first).toString('base64url')).toBe(stored.value);
    expect(await loadSigningKey(em(), undefined)).toEqual(first);
    expect(await loadSigningKey(em(), '')).toEqual(first);
  });
});

describe('opaque tokens', () => {
  it('are random base64url of the given bytes; only their SHA-256 (hex) is stored', () => {
    expect(randomToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken(12)).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(randomToken()).not.toBe(randomToken());
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
