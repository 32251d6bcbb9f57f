// Revocation that takes effect at once, the security events' audit trail, and sign-in waiting per account across
// addresses (issue 11, items 3 to 5).
import { decodeJwt, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { graphql } from '../__generated__/gql.js';
import { PASSWORD, signedIn } from '../helpers/access.js';
import { createTestServer, DIALECTS, type GraphQLResponse, type TestServer } from '../helpers/server.js';

const SecurityViewer = graphql(`
  query SecurityViewer {
    viewer {
      role
    }
  }
`);

const SecuritySignIn = graphql(`
  mutation SecuritySignIn($e: String!, $p: String!) {
    signIn(email: $e, password: $p) {
      accessToken
      refreshToken
    }
  }
`);

const SecurityRefresh = graphql(`
  mutation SecurityRefresh($t: String!) {
    refreshSession(refreshToken: $t) {
      accessToken
      refreshToken
    }
  }
`);

const SecurityOfficers = graphql(`
  query SecurityOfficers {
    officers(first: 100) {
      nodes {
        id
        email
      }
    }
  }
`);

const SecurityChangePassword = graphql(`
  mutation SecurityChangePassword($c: String!, $n: String!) {
    changePassword(currentPassword: $c, newPassword: $n)
  }
`);

const SecuritySetDisabled = graphql(`
  mutation SecuritySetDisabled($id: ID!, $d: Boolean!) {
    setOfficerDisabled(id: $id, disabled: $d) {
      disabled
    }
  }
`);

const SecuritySignOut = graphql(`
  mutation SecuritySignOut($t: String!) {
    signOut(refreshToken: $t)
  }
`);

const SecurityCreateApiKey = graphql(`
  mutation SecurityCreateApiKey {
    createApiKey(input: { name: "audited", role: READER }) {
      key
      apiKey {
        id
      }
    }
  }
`);

const SecurityRevokeApiKey = graphql(`
  mutation SecurityRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
    }
  }
`);

const SecurityCreateOfficer = graphql(`
  mutation SecurityCreateOfficer {
    createOfficer(input: { email: "audited@example.org", name: "Audited", role: OFFICER, password: "a long enough password" }) {
      id
    }
  }
`);

const SecuritySaveView = graphql(`
  mutation SecuritySaveView {
    saveView(input: { name: "mine", path: "/", query: "sector=x" }) {
      id
    }
  }
`);

const SecurityDeleteSavedView = graphql(`
  mutation SecurityDeleteSavedView($id: ID!) {
    deleteSavedView(id: $id) {
      id
    }
  }
`);

const SecurityAuditLog = graphql(`
  query SecurityAuditLog {
    auditLog(first: 100) {
      nodes {
        operation
        recordType
        recordId
        actorName
        requestId
        changes {
          field
          before
          after
        }
      }
    }
  }
`);

const SecurityAuditCount = graphql(`
  query SecurityAuditCount($id: ID!) {
    auditLog(recordId: $id) {
      totalCount
    }
  }
`);

const AUTH_SECRET = 'a test secret that is long enough for HS256 signing';
const NEW_PASSWORD = 'another correct horse battery';

describe.each(DIALECTS)('security on %s', (dialect) => {
  let server: TestServer;
  let admin: { token: string; refreshToken: string; email: string };
  beforeAll(async () => {
    server = await createTestServer(dialect, {
      seed: false,
      env: {
        AUTH_SECRET,
        TRUST_PROXY_HOPS: '1',
        SIGN_IN_ATTEMPTS: '50',
        SIGN_IN_ACCOUNT_FAILURES: '2',
        SIGN_IN_DELAY_SECONDS: '1',
        // The shared store when there is one, so the waiting is checked where production keeps it.
        ...(process.env.TEST_REDIS_URL ? { REDIS_URL: process.env.TEST_REDIS_URL, RATE_LIMIT_PREFIX: `security-${dialect}-${Date.now()}` } : {}),
      },
    });
    admin = await signedIn(server, 'ADMIN');
  });
  afterAll(async () => {
    await server?.close();
  });

  /** A GraphQL POST from `ip` (X-Forwarded-For, trusted one hop), optionally with a Bearer credential. */
  async function post<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    { token, ip = '192.0.2.1' }: { token?: string; ip?: string } = {},
  ): Promise<GraphQLResponse<TResult>> {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = await res.text();
    const json = JSON.parse(body) as { data?: TResult; errors?: GraphQLResponse['errors'] };
    return { status: res.status, data: json.data, errors: json.errors, body, headers: res.headers };
  }
  const viewer = (token: string) => post(SecurityViewer, {}, { token });
  const signIn = (email: string, password: string, ip?: string) => post(SecuritySignIn, { e: email, p: password }, { ip });
  const refresh = (refreshToken: string) => post(SecurityRefresh, { t: refreshToken });
  const code = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.code;
  const officerId = async (email: string) => {
    const list = await post(SecurityOfficers, {}, { token: admin.token });
    return list.data!.officers.nodes.find((o) => o.email === email)!.id;
  };

  it("ends the other sessions at once on a password change, and keeps the caller's", async () => {
    const officer = await signedIn(server, 'OFFICER');
    const other = (await signIn(officer.email, PASSWORD)).data!.signIn;
    expect((await viewer(other.accessToken)).status).toBe(200);

    const changed = await post(SecurityChangePassword, { c: PASSWORD, n: NEW_PASSWORD }, { token: officer.token });
    expect(changed.data?.changePassword).toBe(true);

    // The other session's access token stops now, not when it expires; so does every token issued before.
    const stale = await viewer(other.accessToken);
    expect(stale.status).toBe(401);
    expect(code(stale)).toBe('UNAUTHENTICATED');
    expect((await viewer(officer.token)).status).toBe(401);
    // The other session's refresh token is refused, without signing the caller out ...
    expect(code(await refresh(other.refreshToken))).toBe('UNAUTHENTICATED');
    // ... whose own session refreshes into a working token.
    const renewed = await refresh(officer.refreshToken);
    expect(renewed.errors).toBeUndefined();
    expect((await viewer(renewed.data!.refreshSession.accessToken)).data?.viewer?.role).toBe('OFFICER');
    expect(code(await signIn(officer.email, PASSWORD))).toBe('UNAUTHENTICATED');
  });

  it('refuses the tokens of a disabled officer at once, and still after the account is enabled again', async () => {
    const officer = await signedIn(server, 'OFFICER');
    const id = await officerId(officer.email);
    const setDisabled = (disabled: boolean) => post(SecuritySetDisabled, { id, d: disabled }, { token: admin.token });
    expect((await setDisabled(true)).data!.setOfficerDisabled.disabled).toBe(true);
    expect((await viewer(officer.token)).status).toBe(401);
    expect((await setDisabled(false)).data!.setOfficerDisabled.disabled).toBe(false);
    // Issued before the disable: stays refused.
    const old = await viewer(officer.token);
    expect(old.status).toBe(401);
    expect(code(await refresh(officer.refreshToken))).toBe('UNAUTHENTICATED');
    // Signing in again works.
    const again = await signIn(officer.email, PASSWORD);
    expect((await viewer(again.data!.signIn.accessToken)).data?.viewer?.role).toBe('OFFICER');
  });

  it('refuses a well-signed access token without an expiry', async () => {
    const claims = decodeJwt(admin.token);
    const sign = (withExpiry: boolean) => {
      const jwt = new SignJWT({ role: claims.role, name: claims.name, sid: claims.sid, epoch: claims.epoch })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(claims.sub!)
        .setIssuer(claims.iss!)
        .setAudience(claims.aud as string)
        .setIssuedAt();
      return (withExpiry ? jwt.setExpirationTime('5m') : jwt).sign(new TextEncoder().encode(AUTH_SECRET));
    };
    // The same claims with an expiry are accepted: the key and claims are right, only the missing exp refuses it.
    expect((await viewer(await sign(true))).data?.viewer?.role).toBe('ADMIN');
    const noExpiry = await viewer(await sign(false));
    expect(noExpiry.status).toBe(401);
    expect(code(noExpiry)).toBe('UNAUTHENTICATED');
  });

  it('refuses a signed-out refresh token without ending other sessions; a reused rotated one ends them all', async () => {
    const officer = await signedIn(server, 'OFFICER');
    const second = (await signIn(officer.email, PASSWORD)).data!.signIn;
    const out = await post(SecuritySignOut, { t: officer.refreshToken });
    expect(out.data!.signOut).toBe(true);
    expect(code(await refresh(officer.refreshToken))).toBe('UNAUTHENTICATED');
    // Its access token ends with it; the other session is untouched.
    expect((await viewer(officer.token)).status).toBe(401);
    expect((await viewer(second.accessToken)).status).toBe(200);
    const next = (await refresh(second.refreshToken)).data!.refreshSession;
    expect((await viewer(next.accessToken)).status).toBe(200);

    // The rotated token comes back: every session ends, access tokens included.
    const replay = await refresh(second.refreshToken);
    expect(replay.errors?.[0].message).toMatch(/already used/);
    expect((await viewer(next.accessToken)).status).toBe(401);
    expect(code(await refresh(next.refreshToken))).toBe('UNAUTHENTICATED');
  });

  it('makes an account wait longer after each failure from any address, lets known addresses in, and lets the password in after the wait', async () => {
    const { email } = await signedIn(server, 'OFFICER');
    const known = '10.0.0.1';
    expect((await signIn(email, PASSWORD, known)).errors).toBeUndefined();
    const fail = async (ip: string) => expect(code(await signIn(email, 'wrong password', ip))).toBe('UNAUTHENTICATED');
    const refusedFor = async (ip: string) => {
      const res = await signIn(email, PASSWORD, ip);
      expect(res.status).toBe(429);
      expect(code(res)).toBe('RATE_LIMITED');
      expect(Number(res.headers?.get('retry-after'))).toBe(res.errors?.[0].extensions?.retryAfterSeconds);
      return res.errors?.[0].extensions?.retryAfterSeconds;
    };
    // Two failures (the free ones), each from its own address: the account now waits 1 s, from every new address.
    await fail('10.0.1.1');
    await fail('10.0.1.2');
    expect(await refusedFor('10.0.1.3')).toBe(1);
    // A further failure doubles the wait.
    await fail(known);
    expect(await refusedFor('10.0.1.4')).toBe(2);
    // An address the officer signed in from is never kept out; its success resets the account.
    expect((await signIn(email, PASSWORD, known)).errors).toBeUndefined();
    await fail('10.0.2.1');
    await fail('10.0.2.2');
    expect(await refusedFor('10.0.2.3')).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await signIn(email, PASSWORD, '10.0.2.3')).errors).toBeUndefined();
  });

  it('writes security events to the audit log and the logs, with the request id, for admins only', async () => {
    const officer = await signedIn(server, 'OFFICER');
    const created = await post(SecurityCreateApiKey, {}, { token: admin.token });
    const key = created.data!.createApiKey;
    await post(SecurityRevokeApiKey, { id: key.apiKey.id }, { token: admin.token });
    await post(SecurityCreateOfficer, {}, { token: admin.token });
    const failed = await signIn('Nobody@Example.org', 'a guessed password', '198.51.100.7');
    const view = await post(SecuritySaveView, {}, { token: officer.token });
    expect((await post(SecurityDeleteSavedView, { id: view.data!.saveView.id }, { token: officer.token })).errors).toBeUndefined();

    const asAdmin = await post(SecurityAuditLog, {}, { token: admin.token });
    const entries = asAdmin.data!.auditLog.nodes;
    const events = new Set(entries.map((e) => `${e.operation} ${e.recordType}`));
    for (const event of [
      'CREATE ApiKey',
      'REVOKE ApiKey',
      'CREATE Officer',
      'DISABLE Officer',
      'ENABLE Officer',
      'PASSWORD_CHANGE Officer',
      'SIGN_IN_FAILED Officer',
      'SIGN_IN_THROTTLED Officer',
      'SIGN_OUT Officer',
      'SESSIONS_REVOKED Officer',
      'DELETE SavedView',
    ]) {
      expect(events, event).toContain(event);
    }
    // The failed sign-in: e-mail lower-cased and the address, never the password; no secret anywhere.
    const failure = entries.find((e) => e.operation === 'SIGN_IN_FAILED' && e.requestId === failed.headers?.get('x-request-id'));
    expect(Object.fromEntries(failure!.changes.map((c) => [c.field, c.after]))).toMatchObject({ email: '"nobody@example.org"', address: '"198.51.100.7"' });
    expect(asAdmin.body).not.toContain('a guessed password');
    expect(asAdmin.body).not.toContain(key.key.slice(16));
    expect(asAdmin.body).not.toContain(NEW_PASSWORD);
    // The log line carries the same request id.
    expect(server.logs.find((l) => l.msg === 'security event' && l.requestId === failed.headers?.get('x-request-id'))).toMatchObject({
      operation: 'SIGN_IN_FAILED',
    });

    // Officers read record changes only: no security event, not even by asking for an officer's ID.
    const asOfficer = await post(SecurityAuditLog, {}, { token: officer.token });
    expect(asOfficer.errors).toBeUndefined();
    expect(asOfficer.data!.auditLog.nodes.filter((e) => ['ApiKey', 'Officer', 'SavedView'].includes(e.recordType))).toEqual([]);
    const byId = await post(SecurityAuditCount, { id: await officerId(officer.email) }, { token: officer.token });
    expect(byId.data!.auditLog.totalCount).toBe(0);
    const byIdAdmin = await post(SecurityAuditCount, { id: await officerId(officer.email) }, { token: admin.token });
    expect(byIdAdmin.data!.auditLog.totalCount).toBeGreaterThan(0);
  });
});
