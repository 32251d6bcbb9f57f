import { MikroORM } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { entities } from '../../../db/entities.js';
import { toGlobalId } from '../../../graphql/global-id.js';
import { RateLimited } from '../../../http/rate-limits.js';
import { SecurityTrail } from '../../audit/security-trail.js';
import { ApiKey as ApiKeyEntity, Officer as OfficerEntity } from '../access.entities.js';
import { AccessService } from '../access.service.js';
import { anonymous, type Actor } from '../actor.js';
import { COMMAND_LINE } from '../access.service.js';
import { TokenIssuer } from '../tokens.js';
import { AccessMutation, AccessQuery, ApiKey, Officer } from './Access.js';

// scrypt costs tens of milliseconds a hash (passwords.test.ts tests it): here a password is kept as itself.
vi.mock('../passwords.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../passwords.js')>()),
  hashPassword: async (password: string) => `plain$${password}`,
  verifyPassword: async (password: string, stored: string) => stored === `plain$${password}`,
  decoyHash: async () => 'decoy',
}));

// The GraphQL resolvers of identities over the real service on an in-memory database: what each operation passes on
// (the caller, the address, global IDs as database ids, the sign-in limiter) and what the viewer is told.

const PASSWORD = 'correct horse battery';
const now = new Date('2026-03-01T08:00:00.000Z');
let orm: MikroORM;
const tokens = new TokenIssuer(new TextEncoder().encode('a test signing key of enough length'), 900);
const service = () => new AccessService(orm.em.fork() as EntityManager, { tokens, refreshTtlDays: 30 }, new SecurityTrail(null, null, () => now));
const admin: Actor = { kind: 'officer', role: 'ADMIN', id: 1, name: 'The Admin', key: 'officer:1', allowListOnly: false };
const reader: Actor = { kind: 'apiKey', role: 'READER', id: 7, name: 'API key nightly API key export', key: 'apiKey:7', allowListOnly: true };

interface Context {
  actor: Actor;
  ip: string;
  services: { access: AccessService };
  limits: { signInAttempt: (address: string, ip: string) => Promise<{ succeeded: () => Promise<void>; failed: () => Promise<void> }> };
}
const seen: string[] = [];
const ctx = (actor: Actor, refuse = false, ip = '203.0.113.5'): Context => ({
  actor,
  ip,
  services: { access: service() },
  limits: {
    signInAttempt: async (address, ip) => {
      seen.push(`attempt ${address} from ${ip}`);
      if (refuse) throw new RateLimited(30, 'Too many sign-in attempts; wait 30 s');
      return { succeeded: async () => void seen.push('succeeded'), failed: async () => void seen.push('failed') };
    },
  },
});

/** Calls a resolver field as GraphQL would (root, arguments, context). */
function call<T = unknown>(resolvers: object, field: string, args: Record<string, unknown>, context: Context | null, root: unknown = {}): Promise<T> {
  const fn = (resolvers as Record<string, (r: unknown, a: unknown, c: unknown, i: unknown) => unknown>)[field];
  return Promise.resolve().then(() => fn(root, args, context, {}) as T);
}

async function refusal(promise: Promise<unknown>) {
  const err = (await promise.then(
    () => new Error('not refused'),
    (e: unknown) => e,
  )) as { message: string; extensions?: Record<string, unknown> };
  return { message: err.message, code: err.extensions?.code, ...(err.extensions?.reason ? { reason: err.extensions.reason } : {}) };
}

let officerId: number;

beforeAll(async () => {
  orm = await MikroORM.init({ driver: LibSqlDriver, dbName: ':memory:', entities, debug: false });
  await orm.schema.createSchema();
  const em = orm.em.fork();
  const o = em.create(OfficerEntity, { email: 'li.na@example.org', name: 'Li Na', role: 'OFFICER', passwordHash: `plain$${PASSWORD}` });
  await em.flush();
  officerId = o.id;
});

afterAll(async () => {
  await orm?.close(true);
});

describe('officers and keys as the API shows them', () => {
  it('by global ID; disabled when a disabling time is set', async () => {
    expect(await call(Officer, 'id', {}, null, { id: 12 })).toBe(toGlobalId('Officer', 12));
    expect(await call(Officer, 'disabled', {}, null, { disabledAt: null })).toBe(false);
    expect(await call(Officer, 'disabled', {}, null, {})).toBe(false);
    expect(await call(Officer, 'disabled', {}, null, { disabledAt: now })).toBe(true);
    expect(await call(ApiKey, 'id', {}, null, { id: 4 })).toBe(toGlobalId('ApiKey', 4));
  });
});

describe('the viewer', () => {
  it('a signed-in officer: the role and the officer record, no key name', async () => {
    const me: Actor = { kind: 'officer', role: 'OFFICER', id: officerId, name: 'Li Na', key: `officer:${officerId}`, allowListOnly: false };
    const viewer = await call<{ role: string; officer: { id: number; email: string } | null; apiKeyName: string | null }>(AccessQuery, 'viewer', {}, ctx(me));
    expect({ ...viewer, officer: viewer.officer && { id: viewer.officer.id, email: viewer.officer.email } }).toEqual({
      role: 'OFFICER',
      officer: { id: officerId, email: 'li.na@example.org' },
      apiKeyName: null,
    });
  });

  it('an API key: its role and its name without the "API key " the audit log puts before it; no officer', async () => {
    expect(await call(AccessQuery, 'viewer', {}, ctx(reader))).toEqual({ role: 'READER', officer: null, apiKeyName: 'nightly API key export' });
  });

  it('an anonymous caller and the command line: no officer and no key', async () => {
    expect(await call(AccessQuery, 'viewer', {}, ctx(anonymous('203.0.113.5')))).toEqual({ role: 'ANONYMOUS', officer: null, apiKeyName: null });
    expect(await call(AccessQuery, 'viewer', {}, ctx(COMMAND_LINE))).toEqual({ role: 'ADMIN', officer: null, apiKeyName: null });
  });
});

describe('signing in, refreshing and signing out', () => {
  it('signs in with the caller’s address counted by the limiter under the trimmed, lower-case e-mail', async () => {
    seen.length = 0;
    const signed = await call<{ refreshToken: string; officer: { id: number } }>(
      AccessMutation,
      'signIn',
      { email: ' Li.Na@example.org ', password: PASSWORD },
      ctx(anonymous('203.0.113.5')),
    );
    expect(signed.officer.id).toBe(officerId);
    expect(seen).toEqual(['attempt li.na@example.org from 203.0.113.5', 'succeeded']);
    const refreshed = await call<{ refreshToken: string }>(AccessMutation, 'refreshSession', { refreshToken: signed.refreshToken }, ctx(anonymous('ip')));
    expect(refreshed.refreshToken).not.toBe(signed.refreshToken);
    expect(await call(AccessMutation, 'signOut', { refreshToken: refreshed.refreshToken }, ctx(anonymous('ip')))).toBe(true);
    expect(await call(AccessMutation, 'signOut', { refreshToken: refreshed.refreshToken }, ctx(anonymous('ip')))).toBe(false);
    expect(await refusal(call(AccessMutation, 'refreshSession', { refreshToken: refreshed.refreshToken }, ctx(anonymous('ip'))))).toEqual({
      message: 'This session has ended; sign in again',
      code: 'UNAUTHENTICATED',
    });
  });

  it('a wrong password counts as a failure; a limiter that makes the caller wait refuses before any password is checked', async () => {
    seen.length = 0;
    expect(
      await refusal(call(AccessMutation, 'signIn', { email: 'li.na@example.org', password: 'wrong' }, ctx(anonymous('198.51.100.1'), false, '198.51.100.1'))),
    ).toEqual({
      message: 'Wrong e-mail or password',
      code: 'UNAUTHENTICATED',
      reason: 'WRONG_CREDENTIALS',
    });
    expect(seen).toEqual(['attempt li.na@example.org from 198.51.100.1', 'failed']);
    seen.length = 0;
    expect(
      await refusal(call(AccessMutation, 'signIn', { email: 'li.na@example.org', password: PASSWORD }, ctx(anonymous('198.51.100.1'), true, '198.51.100.1'))),
    ).toEqual({
      message: 'Too many sign-in attempts; wait 30 s',
      code: 'RATE_LIMITED',
    });
    expect(seen).toEqual(['attempt li.na@example.org from 198.51.100.1']);
  });
});

describe('what an admin manages, and no one else', () => {
  it('API keys: created, listed and revoked by global ID by an admin; refused to a reader key and an officer', async () => {
    const created = await call<{ key: string; apiKey: { id: number; name: string; role: string } }>(
      AccessMutation,
      'createApiKey',
      { input: { name: ' reports ', role: 'READER' } },
      ctx(admin),
    );
    expect(created.apiKey).toMatchObject({ name: 'reports', role: 'READER' });
    const listed = await call<{ nodes: { id: number }[] }>(AccessQuery, 'apiKeys', { first: 10 }, ctx(admin));
    expect(listed.nodes.map((k) => k.id)).toContain(created.apiKey.id);
    const revoked = await call<{ id: number; revokedAt: Date | null }>(
      AccessMutation,
      'revokeApiKey',
      { id: toGlobalId('ApiKey', created.apiKey.id) },
      ctx(admin),
    );
    expect(revoked.id).toBe(created.apiKey.id);
    expect((await orm.em.fork().findOneOrFail(ApiKeyEntity, { id: created.apiKey.id })).revokedAt).toEqual(now);
    expect(await refusal(call(AccessMutation, 'revokeApiKey', { id: toGlobalId('Officer', created.apiKey.id) }, ctx(admin)))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const officer: Actor = { ...admin, role: 'OFFICER', id: officerId };
    for (const who of [reader, officer]) {
      expect((await refusal(call(AccessQuery, 'apiKeys', { first: 10 }, ctx(who)))).code).toBe('FORBIDDEN');
      expect((await refusal(call(AccessMutation, 'createApiKey', { input: { name: 'x', role: 'READER' } }, ctx(who)))).code).toBe('FORBIDDEN');
      expect((await refusal(call(AccessMutation, 'revokeApiKey', { id: toGlobalId('ApiKey', created.apiKey.id) }, ctx(who)))).code).toBe('FORBIDDEN');
    }
    expect((await refusal(call(AccessQuery, 'apiKeys', { first: 10 }, ctx(anonymous('ip'))))).code).toBe('UNAUTHENTICATED');
  });

  it('officers: created, listed, disabled and enabled by global ID by an admin only', async () => {
    const created = await call<{ id: number; email: string }>(
      AccessMutation,
      'createOfficer',
      { input: { email: 'Wang.Wei@example.org', name: 'Wang Wei', role: 'OFFICER', password: 'a long enough password' } },
      ctx(admin),
    );
    expect(created.email).toBe('wang.wei@example.org');
    const listed = await call<{ nodes: { id: number }[] }>(AccessQuery, 'officers', { first: 10 }, ctx(admin));
    expect(listed.nodes.map((o) => o.id)).toEqual([officerId, created.id]);
    const disabled = await call<{ id: number; disabledAt: Date | null }>(
      AccessMutation,
      'setOfficerDisabled',
      { id: toGlobalId('Officer', created.id), disabled: true },
      ctx(admin),
    );
    expect([disabled.id, disabled.disabledAt]).toEqual([created.id, now]);
    const enabled = await call<{ disabledAt: Date | null }>(
      AccessMutation,
      'setOfficerDisabled',
      { id: toGlobalId('Officer', created.id), disabled: false },
      ctx(admin),
    );
    expect(enabled.disabledAt).toBeNull();
    expect(await refusal(call(AccessMutation, 'setOfficerDisabled', { id: toGlobalId('ApiKey', created.id), disabled: true }, ctx(admin)))).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const officer: Actor = { ...admin, role: 'OFFICER', id: officerId };
    expect((await refusal(call(AccessQuery, 'officers', { first: 10 }, ctx(officer)))).code).toBe('FORBIDDEN');
    expect((await refusal(call(AccessMutation, 'setOfficerDisabled', { id: toGlobalId('Officer', created.id), disabled: true }, ctx(officer)))).code).toBe(
      'FORBIDDEN',
    );
    expect(
      (
        await refusal(
          call(
            AccessMutation,
            'createOfficer',
            { input: { email: 'x@example.org', name: 'X', role: 'ADMIN', password: 'a long enough password' } },
            ctx(officer),
          ),
        )
      ).code,
    ).toBe('FORBIDDEN');
  });

  it('a password is changed by the signed-in officer, checked against the current one', async () => {
    const me: Actor = { kind: 'officer', role: 'OFFICER', id: officerId, name: 'Li Na', key: `officer:${officerId}`, allowListOnly: false };
    expect(await refusal(call(AccessMutation, 'changePassword', { currentPassword: 'wrong', newPassword: 'another long password' }, ctx(me)))).toEqual({
      message: 'The current password is wrong',
      code: 'BAD_USER_INPUT',
    });
    expect(await call(AccessMutation, 'changePassword', { currentPassword: PASSWORD, newPassword: 'another long password' }, ctx(me))).toBe(true);
    expect((await orm.em.fork().findOneOrFail(OfficerEntity, { id: officerId })).passwordHash).toBe('plain$another long password');
    expect((await refusal(call(AccessMutation, 'changePassword', { currentPassword: 'x', newPassword: 'y' }, ctx(reader)))).code).toBe('FORBIDDEN');
  });
});
