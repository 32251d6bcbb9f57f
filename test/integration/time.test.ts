// Expiry and rate-limit windows run on the server's injected clock: the tests move it on instead of waiting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { PASSWORD, signedIn } from '../helpers/access.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

const ClockViewerRole = graphql(`
  query ClockViewerRole {
    viewer {
      role
    }
  }
`);

const ClockRefreshSession = graphql(`
  mutation ClockRefreshSession($t: String!) {
    refreshSession(refreshToken: $t) {
      accessToken
      refreshToken
    }
  }
`);

const ClockSignIn = graphql(`
  mutation ClockSignIn($e: String!, $p: String!) {
    signIn(email: $e, password: $p) {
      accessToken
      refreshToken
    }
  }
`);

const ClockCreateOrganization = graphql(`
  mutation ClockCreateOrganization($i: CreateOrganizationInput!, $k: String) {
    createOrganization(input: $i, idempotencyKey: $k) {
      id
    }
  }
`);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The sign-in window (15 minutes): moving on by one starts a fresh per-address budget. */
const SIGN_IN_WINDOW = 15 * MINUTE;

describe.each(DIALECTS)('time on the injected clock on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    // Defaults for token lifetimes (15 min access, 30 days refresh); 1 attempt per e-mail and address → 5 per address.
    server = await createTestServer(dialect, { seed: false, env: { SIGN_IN_ATTEMPTS: '1' } });
  });
  afterAll(async () => {
    await server?.close();
  });

  const viewer = (token: string) => server.gql(ClockViewerRole, undefined, token);
  const refresh = (t: string) => server.gql(ClockRefreshSession, { t });
  const signIn = (e: string, p: string) => server.gql(ClockSignIn, { e, p });

  it('accepts an access token 14 minutes old and refuses it at 16 minutes', async () => {
    server.clock.advance(SIGN_IN_WINDOW);
    const { token } = await signedIn(server, 'OFFICER');
    server.clock.advance(14 * MINUTE);
    expect((await viewer(token)).data).toEqual({ viewer: { role: 'OFFICER' } });
    server.clock.advance(2 * MINUTE);
    const expired = await viewer(token);
    expect(expired.status).toBe(401);
    expect(expired.errors?.[0]).toMatchObject({
      message: 'The access token has expired; refresh it with refreshSession',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refreshes a 29-day-old session and refuses a refresh token over 30 days old', async () => {
    server.clock.advance(SIGN_IN_WINDOW);
    const first = await signedIn(server, 'OFFICER');
    server.clock.advance(SIGN_IN_WINDOW); // one sign-in per e-mail and address per window
    const second = (await signIn(first.email, PASSWORD)).data!.signIn;
    server.clock.advance(29 * DAY - SIGN_IN_WINDOW);
    const renewed = await refresh(first.refreshToken);
    expect(renewed.errors, renewed.body).toBeUndefined();
    expect((await viewer(renewed.data!.refreshSession.accessToken)).data).toEqual({ viewer: { role: 'OFFICER' } });
    server.clock.advance(2 * DAY + SIGN_IN_WINDOW); // `second` is now 31 days old
    const late = await refresh(second.refreshToken);
    expect(late.errors?.[0]).toMatchObject({ message: 'The session has ended; sign in again', extensions: { code: 'UNAUTHENTICATED' } });
    // The renewed session, 2 days old, still refreshes.
    expect((await refresh(renewed.data!.refreshSession.refreshToken)).errors).toBeUndefined();
  });

  it('answers a retry within 24 hours with the first record and creates a new one for a 25-hour-old key', async () => {
    server.clock.advance(SIGN_IN_WINDOW);
    const officer = await signedIn(server, 'OFFICER');
    const create = (token: string) =>
      server.gql(ClockCreateOrganization, { i: { nameZh: '时钟公司', nameEn: 'Clock Co', kind: 'COMPANY' }, k: 'clock-key-0001' }, token);
    const count = async () => Number((await server.em().getConnection().execute(`select count(*) as n from organization where name_en = 'Clock Co'`))[0].n);
    const first = (await create(officer.token)).data!.createOrganization.id;
    server.clock.advance(14 * MINUTE); // within the access token's 15 minutes
    expect((await create(officer.token)).data?.createOrganization.id).toBe(first);
    expect(await count()).toBe(1);
    server.clock.advance(25 * HOUR - 14 * MINUTE);
    // The same officer (keys belong to their caller), signed in again since the access token has long expired.
    const again = (await signIn(officer.email, PASSWORD)).data!.signIn.accessToken;
    const later = (await create(again)).data!.createOrganization.id;
    expect(later).not.toBe(first);
    expect(await count()).toBe(2);
    // The new record's key is a fresh one: a retry now answers with the new record.
    expect((await create(again)).data?.createOrganization.id).toBe(later);
    expect(await count()).toBe(2);
  });

  it('holds the per-address sign-in cap for its window, with Retry-After to the window end, then lets the address in again', async () => {
    server.clock.advance(SIGN_IN_WINDOW);
    const attempt = (i: number) => signIn(`nobody-${i}@example.org`, 'wrong password');
    // 5 per address (5 × SIGN_IN_ATTEMPTS), each with another e-mail so the per-account budget never binds.
    for (let i = 0; i < 5; i++) expect((await attempt(i)).errors?.[0].extensions?.code, `attempt ${i + 1}`).toBe('UNAUTHENTICATED');
    const over = await attempt(5);
    expect(over.status).toBe(429);
    const windowEnd = (Math.floor(server.clock.now().getTime() / SIGN_IN_WINDOW) + 1) * SIGN_IN_WINDOW;
    const retryAfter = over.errors?.[0].extensions?.retryAfterSeconds as number;
    expect(over.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(retryAfter).toBeGreaterThanOrEqual(Math.ceil((windowEnd - server.clock.now().getTime()) / 1000) - 2);
    expect(retryAfter).toBeLessThanOrEqual(Math.ceil((windowEnd - server.clock.now().getTime()) / 1000) + 1);
    expect(Number(over.headers?.get('retry-after'))).toBe(retryAfter);
    // A right password does not get past the cap either.
    const officer = await signedIn(server, 'OFFICER').catch((err: Error) => err);
    expect(officer instanceof Error ? officer.message : 'signed in').toMatch(/RATE_LIMITED/);
    server.clock.advance(retryAfter * 1000);
    expect((await attempt(6)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
