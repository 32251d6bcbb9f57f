import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { entities } from '../../db/entities.js';
import type { OfficerRole } from '../../domain/vocabulary.js';
import { RateLimited } from '../../http/rate-limits.js';
import { AuditEntry } from '../audit/audit.entities.js';
import { SecurityTrail } from '../audit/security-trail.js';
import { ApiKey, Officer, OfficerSession } from './access.entities.js';
import { AccessService, COMMAND_LINE, type SignInGuard } from './access.service.js';
import { anonymous, type Actor } from './actor.js';
import { hashPassword } from './passwords.js';

// scrypt costs 32 MiB and tens of milliseconds a hash (passwords.test.ts tests it): here a password is kept as itself.
vi.mock('./passwords.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./passwords.js')>()),
  hashPassword: async (password: string) => `plain$${password}`,
  verifyPassword: async (password: string, stored: string) => stored === `plain$${password}`,
  decoyHash: async () => 'decoy',
}));
import { sha256, TokenIssuer } from './tokens.js';

// Identities on an in-memory database and the injected clock: credentials to actors, sign-in, refresh and sign-out
// with the session each leaves, and the admin's keys and officers, each with its audit row.

const PASSWORD = 'correct horse battery';
const T0 = new Date('2026-03-01T08:00:00.000Z');
const DAY = 86_400_000;
let now = T0;
let orm: MikroORM;
let passwordHash: string;
const tokens = new TokenIssuer(new TextEncoder().encode('a test signing key of enough length'), 900);

const access = () => new AccessService(orm.em.fork() as EntityManager, { tokens, refreshTtlDays: 30 }, new SecurityTrail(null, null, () => now));
const em = () => orm.em.fork() as EntityManager;
const admin: Actor = { kind: 'officer', role: 'ADMIN', id: 999, name: 'The Admin', key: 'officer:999', allowListOnly: false };

let serial = 0;
async function newOfficer(role: OfficerRole = 'OFFICER', name = 'Li Na') {
  const e = em();
  const o = e.create(Officer, { email: `officer${++serial}@example.org`, name, role, passwordHash });
  await e.flush();
  return o;
}

/** The error `promise` rejects with, as a client reads it. */
async function refusedWith(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  const err = (await promise.then(
    () => {
      throw new Error('not refused');
    },
    (e: unknown) => e,
  )) as { message: string; extensions: Record<string, unknown> };
  return { message: err.message, ...err.extensions };
}

const audit = async (recordType: string, recordId: number) =>
  (await em().find(AuditEntry, { recordType, recordId }, { orderBy: { id: 'asc' } })).map((a) => ({
    operation: a.operation,
    actor: a.actor,
    at: a.at.toISOString(),
    after: a.after,
  }));
const sessionOf = async (refreshToken: string) => em().findOneOrFail(OfficerSession, { tokenHash: sha256(refreshToken) });
const epochOf = async (id: number) => (await em().findOneOrFail(Officer, { id })).sessionEpoch;

/** A sign-in guard that records what it was told. */
function guard(refuse?: Error) {
  const seen: string[] = [];
  const fn: SignInGuard = async (email) => {
    seen.push(`attempt ${email}`);
    if (refuse) throw refuse;
    return { succeeded: async () => void seen.push('succeeded'), failed: async () => void seen.push('failed') };
  };
  return { fn, seen };
}

beforeAll(async () => {
  orm = await MikroORM.init({ driver: LibSqlDriver, dbName: ':memory:', entities, debug: false });
  await orm.schema.createSchema();
  passwordHash = await hashPassword(PASSWORD);
});

afterAll(async () => {
  await orm?.close(true);
});

describe('the Authorization header', () => {
  it('absent: an anonymous caller by address', async () => {
    expect(await access().authenticate(undefined, '203.0.113.9')).toEqual(anonymous('203.0.113.9'));
    expect(await access().authenticate('', '203.0.113.9')).toEqual(anonymous('203.0.113.9'));
  });

  it('not "Bearer <one credential>": UNAUTHENTICATED, never anonymous', async () => {
    const refused = { message: 'The Authorization header must be "Bearer <API key or access token>"', code: 'UNAUTHENTICATED' };
    for (const header of ['Basic abc', 'Bearer', 'Bearer a b', 'xBearer abc', 'Bearerabc']) {
      expect(await refusedWith(access().authenticate(header, 'ip')), header).toEqual(refused);
    }
  });

  it('with an officer’s access token: that officer and session, in any case of "bearer" and with spaces around', async () => {
    now = T0;
    const o = await newOfficer('ADMIN', 'Wang Wei');
    const s = await access().signIn(o.email, PASSWORD, 'ip');
    const session = await sessionOf(s.refreshToken);
    expect(await access().authenticate(`  bearer   ${s.accessToken} `, 'ip')).toEqual({
      kind: 'officer',
      role: 'ADMIN',
      id: o.id,
      name: 'Wang Wei',
      key: `officer:${o.id}`,
      allowListOnly: false,
      sessionId: session.id,
    });
    now = new Date(T0.getTime() + 900_000);
    expect(await refusedWith(access().authenticate(`Bearer ${s.accessToken}`, 'ip'))).toEqual({
      message: 'The access token has expired; refresh it with refreshSession',
      code: 'UNAUTHENTICATED',
    });
    now = T0;
    expect((await refusedWith(access().authenticate('Bearer not.a.token', 'ip'))).message).toBe('The access token is not valid');
  });

  it('with the token of a refreshed session: still accepted; of a signed-out, disabled or deleted session: refused', async () => {
    now = T0;
    const o = await newOfficer();
    const s = await access().signIn(o.email, PASSWORD, 'ip');
    const ended = 'This session was ended (signed out, password changed or signed out everywhere); sign in again';
    await access().refresh(s.refreshToken);
    expect((await access().authenticate(`Bearer ${s.accessToken}`, 'ip')).id).toBe(o.id);
    const s2 = await access().signIn(o.email, PASSWORD, 'ip');
    expect(await access().signOut(s2.refreshToken)).toBe(true);
    expect(await refusedWith(access().authenticate(`Bearer ${s2.accessToken}`, 'ip'))).toEqual({ message: ended, code: 'UNAUTHENTICATED' });
    const s3 = await access().signIn(o.email, PASSWORD, 'ip');
    await em().nativeDelete(OfficerSession, { tokenHash: sha256(s3.refreshToken) });
    expect((await refusedWith(access().authenticate(`Bearer ${s3.accessToken}`, 'ip'))).message).toBe(
      'The session of this access token has ended; sign in again',
    );
    const s4 = await access().signIn(o.email, PASSWORD, 'ip');
    await access().setOfficerDisabled(admin, o.id, true);
    expect((await refusedWith(access().authenticate(`Bearer ${s4.accessToken}`, 'ip'))).message).toBe('This officer account is disabled');
  });

  it('with a token of an older epoch: refused even though its session is open', async () => {
    now = T0;
    const o = await newOfficer();
    const s = await access().signIn(o.email, PASSWORD, 'ip');
    await em().nativeUpdate(Officer, { id: o.id }, { sessionEpoch: o.sessionEpoch + 1 });
    expect((await refusedWith(access().authenticate(`Bearer ${s.accessToken}`, 'ip'))).message).toBe(
      'This session was ended (signed out, password changed or signed out everywhere); sign in again',
    );
  });
});

describe('API keys', () => {
  it('are created by an admin with a trimmed name; the key is shown once and only its hash and prefix are kept', async () => {
    now = T0;
    const { key, apiKey } = await access().createApiKey(admin, { name: '  nightly export ', role: 'READER' });
    expect(key).toMatch(/^psk_[A-Za-z0-9_-]{43}$/);
    const stored = await em().findOneOrFail(ApiKey, { id: apiKey.id });
    expect({ name: stored.name, role: stored.role, prefix: stored.prefix, secretHash: stored.secretHash, allowListOnly: stored.allowListOnly }).toEqual({
      name: 'nightly export',
      role: 'READER',
      prefix: key.slice(0, 16),
      secretHash: sha256(key),
      allowListOnly: false,
    });
    expect(stored.createdBy).toBe('The Admin');
    expect(await audit('ApiKey', apiKey.id)).toEqual([
      {
        operation: 'CREATE',
        actor: 'officer:999',
        at: T0.toISOString(),
        after: { name: 'nightly export', role: 'READER', prefix: key.slice(0, 16), allowListOnly: false },
      },
    ]);
    const cli = await access().createApiKey(COMMAND_LINE, { name: 'x'.repeat(120), role: 'OFFICER', allowListOnly: true });
    expect([cli.apiKey.createdBy, cli.apiKey.allowListOnly, cli.apiKey.name.length]).toEqual(['command line', true, 120]);
  });

  it('need a name of 1 to 120 characters and an admin', async () => {
    const tooLong = { message: 'A key needs a name of 1 to 120 characters', code: 'BAD_USER_INPUT', field: 'input.name' };
    expect(await refusedWith(access().createApiKey(admin, { name: '   ', role: 'READER' }))).toEqual(tooLong);
    expect(await refusedWith(access().createApiKey(admin, { name: 'x'.repeat(121), role: 'READER' }))).toEqual(tooLong);
    const officer: Actor = { ...admin, role: 'OFFICER' };
    expect((await refusedWith(access().createApiKey(officer, { name: 'x', role: 'READER' }))).code).toBe('FORBIDDEN');
  });

  it('authenticate as the key, noting its last use at most once a minute', async () => {
    now = T0;
    const { key, apiKey } = await access().createApiKey(admin, { name: 'script', role: 'OFFICER', allowListOnly: true });
    const lastUsed = async () => (await em().findOneOrFail(ApiKey, { id: apiKey.id })).lastUsedAt?.toISOString() ?? null;
    expect(await lastUsed()).toBeNull();
    expect(await access().authenticate(`Bearer ${key}`, 'ip')).toEqual({
      kind: 'apiKey',
      role: 'OFFICER',
      id: apiKey.id,
      name: 'API key script',
      key: `apiKey:${apiKey.id}`,
      allowListOnly: true,
    });
    expect(await lastUsed()).toBe(T0.toISOString());
    now = new Date(T0.getTime() + 60_000);
    await access().authenticate(`Bearer ${key}`, 'ip');
    expect(await lastUsed()).toBe(T0.toISOString());
    now = new Date(T0.getTime() + 60_001);
    await access().authenticate(`Bearer ${key}`, 'ip');
    expect(await lastUsed()).toBe(now.toISOString());
    // Only the key used is noted: another key keeps its own last use.
    const other = await access().createApiKey(admin, { name: 'other script', role: 'READER' });
    now = new Date(T0.getTime() + 120_002);
    await access().authenticate(`Bearer ${other.key}`, 'ip');
    expect(await lastUsed()).toBe(new Date(T0.getTime() + 60_001).toISOString());
    expect((await em().findOneOrFail(ApiKey, { id: other.apiKey.id })).lastUsedAt?.toISOString()).toBe(now.toISOString());
    now = T0;
  });

  it('are refused when unknown (a known prefix with another secret too) or revoked; revoking twice changes nothing', async () => {
    now = T0;
    const { key, apiKey } = await access().createApiKey(admin, { name: 'old', role: 'READER' });
    const unknown = { message: 'Unknown API key', code: 'UNAUTHENTICATED' };
    expect(await refusedWith(access().authenticate(`Bearer ${key.slice(0, 16)}${'A'.repeat(31)}`, 'ip'))).toEqual(unknown);
    expect(await refusedWith(access().authenticate('Bearer psk_nothing', 'ip'))).toEqual(unknown);
    expect((await access().revokeApiKey(admin, apiKey.id)).revokedAt).toEqual(T0);
    now = new Date(T0.getTime() + DAY);
    expect((await access().revokeApiKey(admin, apiKey.prefix)).revokedAt).toEqual(T0);
    expect((await audit('ApiKey', apiKey.id)).map((a) => [a.operation, a.after])).toEqual([
      ['CREATE', { name: 'old', role: 'READER', prefix: apiKey.prefix, allowListOnly: false }],
      ['REVOKE', { name: 'old', prefix: apiKey.prefix }],
    ]);
    expect(await refusedWith(access().authenticate(`Bearer ${key}`, 'ip'))).toEqual({ message: 'This API key has been revoked', code: 'UNAUTHENTICATED' });
    expect(await refusedWith(access().revokeApiKey(admin, 987654))).toEqual({ message: 'No API key 987654', code: 'BAD_USER_INPUT', field: 'id' });
    expect(await refusedWith(access().revokeApiKey(admin, 'psk_unknown'))).toEqual({ message: 'No API key psk_unknown', code: 'BAD_USER_INPUT', field: 'id' });
    now = T0;
  });

  it('and officers are listed to admins only, by id', async () => {
    const keys = await access().listApiKeys(admin, { first: 100 });
    expect(keys.nodes.map((k) => k.id)).toEqual([...keys.nodes.map((k) => k.id)].sort((a, b) => a - b));
    expect(keys.nodes.length).toBeGreaterThan(0);
    expect((await access().listOfficers(admin, {})).nodes.length).toBeGreaterThan(0);
    const officer: Actor = { ...admin, role: 'OFFICER' };
    expect(() => access().listApiKeys(officer, {})).toThrow('This needs the ADMIN role; you have OFFICER');
    expect(() => access().listOfficers(officer, {})).toThrow('This needs the ADMIN role; you have OFFICER');
  });
});

describe('signing in', () => {
  it('with a trimmed, case-insensitive e-mail opens a session: 15-minute access token, 30-day refresh token', async () => {
    now = T0;
    const o = await newOfficer();
    const g = guard();
    const s = await access().signIn(`  ${o.email.toUpperCase()} `, PASSWORD, '198.51.100.1', g.fn);
    expect(g.seen).toEqual([`attempt ${o.email}`, 'succeeded']);
    expect(s.officer.id).toBe(o.id);
    expect(s.accessTokenExpiresAt).toEqual(new Date(T0.getTime() + 900_000));
    expect(s.refreshTokenExpiresAt).toEqual(new Date(T0.getTime() + 30 * DAY));
    const session = await sessionOf(s.refreshToken);
    expect([session.officer.id, session.expiresAt, session.revokedAt, session.endedReason]).toEqual([o.id, s.refreshTokenExpiresAt, null, null]);
    expect(await tokens.verify(s.accessToken, T0)).toEqual({ claims: { officerId: o.id, role: 'OFFICER', name: 'Li Na', sessionId: session.id, epoch: 0 } });
  });

  it('is refused alike for an unknown e-mail, a wrong password and a disabled account; each failure is audited with why', async () => {
    now = T0;
    const o = await newOfficer();
    const disabled = await newOfficer();
    await access().setOfficerDisabled(admin, disabled.id, true);
    const wrong = { message: 'Wrong e-mail or password', code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' };
    const g = guard();
    expect(await refusedWith(access().signIn(o.email, 'not the password', '198.51.100.2', g.fn))).toEqual(wrong);
    expect(await refusedWith(access().signIn(disabled.email, PASSWORD, '198.51.100.2', g.fn))).toEqual(wrong);
    expect(await refusedWith(access().signIn('nobody@example.org', PASSWORD, '198.51.100.2', g.fn))).toEqual(wrong);
    expect(g.seen).toEqual([`attempt ${o.email}`, 'failed', `attempt ${disabled.email}`, 'failed', 'attempt nobody@example.org', 'failed']);
    const failed = (email: string, reason: string) => ({
      operation: 'SIGN_IN_FAILED',
      actor: 'ip:198.51.100.2',
      at: T0.toISOString(),
      after: { email, address: '198.51.100.2', reason },
    });
    expect(await audit('Officer', o.id)).toEqual([failed(o.email, 'wrong password')]);
    expect((await audit('Officer', disabled.id)).at(-1)).toEqual(failed(disabled.email, 'account disabled'));
    expect((await audit('Officer', 0)).at(-1)).toEqual(failed('nobody@example.org', 'unknown e-mail'));
    // The audit keeps at most 200 characters of whatever was typed as the e-mail.
    const long = `${'x'.repeat(250)}@example.org`;
    await refusedWith(access().signIn(long, PASSWORD, '198.51.100.2'));
    expect((await audit('Officer', 0)).at(-1)).toEqual(failed('x'.repeat(200), 'unknown e-mail'));
  });

  it('while the guard makes the caller wait is RATE_LIMITED, audited, and checks no password', async () => {
    now = T0;
    const o = await newOfficer();
    const g = guard(new RateLimited(42, 'Too many sign-in attempts; try again in 42 seconds'));
    const refused = await refusedWith(access().signIn(o.email, PASSWORD, '198.51.100.3', g.fn));
    expect([refused.message, refused.code, refused.retryAfterSeconds]).toEqual(['Too many sign-in attempts; try again in 42 seconds', 'RATE_LIMITED', 42]);
    expect(await audit('Officer', o.id)).toEqual([
      {
        operation: 'SIGN_IN_THROTTLED',
        actor: 'ip:198.51.100.3',
        at: T0.toISOString(),
        after: { email: o.email, address: '198.51.100.3', retryAfterSeconds: 42 },
      },
    ]);
    // As for a failure, the audit keeps at most 200 characters of whatever was typed as the e-mail.
    await refusedWith(access().signIn(`${'y'.repeat(250)}@example.org`, PASSWORD, '198.51.100.3', guard(new RateLimited(42, 'wait')).fn));
    expect(((await audit('Officer', 0)).at(-1)?.after as { email: string }).email).toBe('y'.repeat(200));
    // Any other failure of the guard is not a refusal: it goes up as it is.
    const broken = guard(new Error('store down'));
    await expect(access().signIn(o.email, PASSWORD, 'ip', broken.fn)).rejects.toThrow('store down');
    expect(await em().count(OfficerSession, { officer: o.id })).toBe(0);
  });
});

describe('refreshing a session', () => {
  it('rotates the refresh token once; the new session lasts 30 days from the refresh', async () => {
    now = T0;
    const o = await newOfficer();
    const first = await access().signIn(o.email, PASSWORD, 'ip');
    now = new Date(T0.getTime() + DAY);
    const second = await access().refresh(first.refreshToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.refreshTokenExpiresAt).toEqual(new Date(now.getTime() + 30 * DAY));
    expect(second.accessTokenExpiresAt).toEqual(new Date(now.getTime() + 900_000));
    const old = await sessionOf(first.refreshToken);
    expect([old.revokedAt, old.endedReason]).toEqual([now, 'ROTATED']);
    expect((await sessionOf(second.refreshToken)).revokedAt).toBeNull();
    now = T0;
  });

  it('is refused for an unknown token, and after the session’s last instant or its officer’s disabling', async () => {
    now = T0;
    expect(await refusedWith(access().refresh('unknown'))).toEqual({ message: 'Unknown refresh token; sign in again', code: 'UNAUTHENTICATED' });
    const o = await newOfficer();
    const a = await access().signIn(o.email, PASSWORD, 'ip');
    const b = await access().signIn(o.email, PASSWORD, 'ip');
    now = new Date(T0.getTime() + 30 * DAY);
    const kept = await access().refresh(a.refreshToken);
    now = new Date(T0.getTime() + 30 * DAY + 1);
    expect(await refusedWith(access().refresh(b.refreshToken))).toEqual({ message: 'The session has ended; sign in again', code: 'UNAUTHENTICATED' });
    await access().setOfficerDisabled(admin, o.id, true);
    await em().nativeUpdate(OfficerSession, { tokenHash: sha256(kept.refreshToken) }, { revokedAt: null, endedReason: null });
    expect((await refusedWith(access().refresh(kept.refreshToken))).message).toBe('The session has ended; sign in again');
    now = T0;
  });

  it('with a token already rotated ends every session of the officer and moves the epoch on; a signed-out one is only refused', async () => {
    now = T0;
    const o = await newOfficer();
    const a = await access().signIn(o.email, PASSWORD, 'ip');
    const b = await access().signIn(o.email, PASSWORD, 'ip');
    const c = await access().signIn(o.email, PASSWORD, 'ip');
    await access().signOut(c.refreshToken);
    expect(await refusedWith(access().refresh(c.refreshToken))).toEqual({ message: 'This session has ended; sign in again', code: 'UNAUTHENTICATED' });
    expect(await epochOf(o.id)).toBe(0);
    const a2 = await access().refresh(a.refreshToken);
    now = new Date(T0.getTime() + 5000);
    expect(await refusedWith(access().refresh(a.refreshToken, '203.0.113.7'))).toEqual({
      message: 'This refresh token was already used; every session of this account has been signed out',
      code: 'UNAUTHENTICATED',
    });
    expect(await epochOf(o.id)).toBe(1);
    for (const t of [a2.refreshToken, b.refreshToken]) expect((await sessionOf(t)).endedReason).toBe('REUSE_DETECTED');
    expect((await sessionOf(c.refreshToken)).endedReason).toBe('SIGNED_OUT');
    const reused = await sessionOf(a.refreshToken);
    expect((await audit('Officer', o.id)).at(-1)).toEqual({
      operation: 'SESSIONS_REVOKED',
      actor: 'ip:203.0.113.7',
      at: now.toISOString(),
      after: { reason: 'REUSE_DETECTED', sessionsEnded: 2, reusedSession: reused.id },
    });
    // Rows ended before reasons were kept count as rotated.
    const d = await access().signIn(o.email, PASSWORD, 'ip');
    await em().nativeUpdate(OfficerSession, { tokenHash: sha256(d.refreshToken) }, { revokedAt: now, endedReason: null });
    expect((await refusedWith(access().refresh(d.refreshToken))).message).toBe(
      'This refresh token was already used; every session of this account has been signed out',
    );
    now = T0;
  });
  it('with a grace (the browser’s cookie session): a token rotated up to graceMs ago opens a session of its own; later, or signed out, it is a reuse or refused', async () => {
    now = T0;
    const o = await newOfficer();
    const a = await access().signIn(o.email, PASSWORD, 'ip');
    const a2 = await access().refresh(a.refreshToken, 'ip', { graceMs: 10_000 });
    now = new Date(T0.getTime() + 10_000);
    const racing = await access().refresh(a.refreshToken, 'ip', { graceMs: 10_000 });
    expect(racing.refreshToken).not.toBe(a2.refreshToken);
    for (const t of [a2.refreshToken, racing.refreshToken]) expect((await sessionOf(t)).revokedAt).toBeNull();
    expect(await epochOf(o.id)).toBe(0);
    // A signed-out session gets no grace.
    const b = await access().signIn(o.email, PASSWORD, 'ip');
    await access().signOut(b.refreshToken);
    expect((await refusedWith(access().refresh(b.refreshToken, 'ip', { graceMs: 10_000 }))).message).toBe('This session has ended; sign in again');
    // One millisecond past the grace it is a reuse: every session ends.
    now = new Date(T0.getTime() + 10_001);
    expect((await refusedWith(access().refresh(a.refreshToken, 'ip', { graceMs: 10_000 }))).message).toBe(
      'This refresh token was already used; every session of this account has been signed out',
    );
    expect(await epochOf(o.id)).toBe(1);
    now = T0;
  });

  it('with a grace: up to the session’s last instant, not after it; a reuse without an address is audited as from "unknown"', async () => {
    now = T0;
    const o = await newOfficer();
    const a = await access().signIn(o.email, PASSWORD, 'ip');
    await access().refresh(a.refreshToken, 'ip', { graceMs: 60 * DAY });
    const { expiresAt } = await sessionOf(a.refreshToken);
    now = new Date(expiresAt);
    const last = await access().refresh(a.refreshToken, 'ip', { graceMs: 60 * DAY });
    expect((await sessionOf(last.refreshToken)).revokedAt).toBeNull();
    now = new Date(expiresAt.getTime() + 1);
    expect((await refusedWith(access().refresh(a.refreshToken, undefined, { graceMs: 60 * DAY }))).message).toBe(
      'This refresh token was already used; every session of this account has been signed out',
    );
    expect((await audit('Officer', o.id)).at(-1)?.actor).toBe('ip:unknown');
    now = T0;
  });
});

describe('signing out', () => {
  it('ends that session only, once, with an audit row', async () => {
    now = T0;
    const o = await newOfficer();
    const a = await access().signIn(o.email, PASSWORD, 'ip');
    const b = await access().signIn(o.email, PASSWORD, 'ip');
    expect(await access().signOut(a.refreshToken, '203.0.113.8')).toBe(true);
    expect(await access().signOut(a.refreshToken)).toBe(false);
    expect(await access().signOut('unknown')).toBe(false);
    const ended = await sessionOf(a.refreshToken);
    expect([ended.revokedAt, ended.endedReason]).toEqual([T0, 'SIGNED_OUT']);
    expect((await sessionOf(b.refreshToken)).revokedAt).toBeNull();
    expect(await audit('Officer', o.id)).toEqual([{ operation: 'SIGN_OUT', actor: 'ip:203.0.113.8', at: T0.toISOString(), after: { session: ended.id } }]);
    // Without an address the audit names the caller "unknown".
    await access().signOut(b.refreshToken);
    expect((await audit('Officer', o.id)).at(-1)?.actor).toBe('ip:unknown');
  });
});

describe('changing a password', () => {
  it('needs the current password and 12 characters, ends the other sessions and keeps the caller’s', async () => {
    now = T0;
    const o = await newOfficer();
    const mine = await access().signIn(o.email, PASSWORD, 'ip');
    const other = await access().signIn(o.email, PASSWORD, 'ip');
    const me = await access().authenticate(`Bearer ${mine.accessToken}`, 'ip');
    expect(await refusedWith(access().changePassword(me, 'wrong', 'a new password'))).toEqual({
      message: 'The current password is wrong',
      code: 'BAD_USER_INPUT',
      field: 'currentPassword',
    });
    expect(await refusedWith(access().changePassword(me, PASSWORD, 'x'.repeat(11)))).toEqual({
      message: 'The new password needs at least 12 characters',
      code: 'BAD_USER_INPUT',
      field: 'newPassword',
    });
    expect(await access().changePassword(me, PASSWORD, 'y'.repeat(12))).toBe(true);
    expect((await em().findOneOrFail(Officer, { id: o.id })).passwordHash).toBe(`plain$${'y'.repeat(12)}`);
    expect(await epochOf(o.id)).toBe(1);
    expect((await sessionOf(mine.refreshToken)).revokedAt).toBeNull();
    expect((await sessionOf(other.refreshToken)).endedReason).toBe('PASSWORD_CHANGED');
    expect((await audit('Officer', o.id)).at(-1)).toEqual({
      operation: 'PASSWORD_CHANGE',
      actor: `officer:${o.id}`,
      at: T0.toISOString(),
      after: { otherSessionsEnded: 1 },
    });
    expect(await refusedWith(access().signIn(o.email, PASSWORD, 'ip'))).toMatchObject({ code: 'UNAUTHENTICATED' });
    const key: Actor = { kind: 'apiKey', role: 'OFFICER', id: o.id, name: 'k', key: `apiKey:${o.id}`, allowListOnly: false };
    expect(await refusedWith(access().changePassword(key, PASSWORD, 'z'.repeat(12)))).toEqual({
      message: 'Only a signed-in officer has a password to change',
      code: 'FORBIDDEN',
    });
  });
});

describe('officers', () => {
  it('are created by an admin with a trimmed, lower-case e-mail and a trimmed name, audited', async () => {
    now = T0;
    const o = await access().createOfficer(admin, { email: '  Zhao.Min@Example.ORG ', name: ' Zhao Min ', role: 'OFFICER', password: PASSWORD });
    expect([o.email, o.name, o.role, o.passwordHash]).toEqual(['zhao.min@example.org', 'Zhao Min', 'OFFICER', `plain$${PASSWORD}`]);
    expect(await audit('Officer', o.id)).toEqual([
      { operation: 'CREATE', actor: 'officer:999', at: T0.toISOString(), after: { email: 'zhao.min@example.org', name: 'Zhao Min', role: 'OFFICER' } },
    ]);
    expect(await refusedWith(access().createOfficer(admin, { email: 'ZHAO.MIN@example.org', name: 'Again', role: 'ADMIN', password: PASSWORD }))).toEqual({
      message: 'An officer with e-mail zhao.min@example.org exists',
      code: 'CONFLICT',
      field: 'input.email',
    });
    expect(
      (await refusedWith(access().createOfficer({ ...admin, role: 'OFFICER' }, { email: 'a@b.cd', name: 'x', role: 'OFFICER', password: PASSWORD }))).code,
    ).toBe('FORBIDDEN');
  });

  it('need an e-mail address, a name of 1 to 120 characters and a 12-character password, each reported by field', async () => {
    const create = (input: { email: string; name: string; password: string }) => refusedWith(access().createOfficer(admin, { ...input, role: 'OFFICER' }));
    const email = { field: 'input.email', reason: 'NOT_AN_EMAIL', message: 'not an e-mail address', params: {} };
    const short = { field: 'input.password', reason: 'TOO_SHORT', message: 'at least 12 characters', params: { min: 12 } };
    expect(await create({ email: 'no at sign', name: '  ', password: 'x'.repeat(11) })).toEqual({
      message: 'input.email: not an e-mail address; input.name: a name of 1 to 120 characters; input.password: at least 12 characters',
      code: 'BAD_USER_INPUT',
      field: 'input.email',
      fieldErrors: [email, { field: 'input.name', reason: 'REQUIRED', message: 'a name of 1 to 120 characters', params: {} }, short],
    });
    expect((await create({ email: 'a@b.cd', name: 'n'.repeat(121), password: PASSWORD })).fieldErrors).toEqual([
      { field: 'input.name', reason: 'TOO_LONG', message: 'a name of 1 to 120 characters', params: { max: 120, length: 121 } },
    ]);
    // At the edges: a 200-character e-mail, a 120-character name and a 12-character password are accepted.
    const edge = await access().createOfficer(admin, { email: `${'e'.repeat(195)}@b.cd`, name: 'n'.repeat(120), role: 'OFFICER', password: 'p'.repeat(12) });
    expect([edge.email.length, edge.name.length, edge.passwordHash]).toEqual([200, 120, `plain$${'p'.repeat(12)}`]);
    for (const bad of ['a@b', '@b.cd', 'a@.cd', 'a b@c.de', 'a@b.cd x', `${'a'.repeat(196)}@b.cd`]) {
      expect((await create({ email: bad, name: 'x', password: PASSWORD })).fieldErrors, bad).toEqual([email]);
    }
  });

  it('are disabled and enabled by an admin: disabling ends their sessions, both move the epoch on, each audited once', async () => {
    now = T0;
    const o = await newOfficer();
    const s = await access().signIn(o.email, PASSWORD, 'ip');
    const disabled = await access().setOfficerDisabled(admin, o.id, true);
    expect(disabled.disabledAt).toEqual(T0);
    expect((await sessionOf(s.refreshToken)).endedReason).toBe('DISABLED');
    expect((await access().setOfficerDisabled(admin, o.id, true)).disabledAt).toEqual(T0);
    expect(await epochOf(o.id)).toBe(1);
    const enabled = await access().setOfficerDisabled(admin, o.id, false);
    expect(enabled.disabledAt).toBeNull();
    expect(await epochOf(o.id)).toBe(2);
    expect((await access().setOfficerDisabled(admin, o.id, false)).disabledAt).toBeNull();
    expect((await audit('Officer', o.id)).map((a) => [a.operation, a.after])).toEqual([
      ['DISABLE', { email: o.email, sessionsEnded: 1 }],
      ['ENABLE', { email: o.email }],
    ]);
    expect(await refusedWith(access().setOfficerDisabled(admin, 987654, true))).toEqual({ message: 'No officer 987654', code: 'BAD_USER_INPUT', field: 'id' });
    expect((await access().officerById(o.id))?.email).toBe(o.email);
    expect(await access().officerById(987654)).toBeNull();
  });
});
