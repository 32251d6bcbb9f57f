import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKey, PASSWORD, signedIn } from '../helpers/access.js';
import { graphql } from '../__generated__/gql.js';
import { createTestServer, DIALECTS, type GraphQLResponse, type TestServer } from '../helpers/server.js';

const Viewer = graphql(`
  query AccessViewer {
    viewer {
      role
      apiKeyName
      officer {
        email
        role
      }
    }
  }
`);

const ApiKeyList = graphql(`
  query AccessApiKeys {
    apiKeys(first: 100) {
      nodes {
        id
        prefix
        revokedAt
        lastUsedAt
      }
    }
  }
`);

const RevokeKey = graphql(`
  mutation AccessRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      revokedAt
    }
  }
`);

const Refresh = graphql(`
  mutation AccessRefreshSession($t: String!) {
    refreshSession(refreshToken: $t) {
      accessToken
      refreshToken
      officer {
        email
      }
    }
  }
`);

const SignIn = graphql(`
  mutation AccessSignIn($e: String!, $p: String!) {
    signIn(email: $e, password: $p) {
      accessToken
      refreshToken
    }
  }
`);

const SignOut = graphql(`
  mutation AccessSignOut($t: String!) {
    signOut(refreshToken: $t)
  }
`);

const OfficerList = graphql(`
  query AccessOfficers {
    officers(first: 100) {
      nodes {
        id
        email
        disabled
      }
    }
  }
`);

const DisableOfficer = graphql(`
  mutation AccessDisableOfficer($id: ID!) {
    setOfficerDisabled(id: $id, disabled: true) {
      disabled
    }
  }
`);

const BadOfficer = graphql(`
  mutation AccessBadOfficer {
    createOfficer(input: { email: "not-an-email", name: "", role: OFFICER, password: "short" }) {
      id
    }
  }
`);

const DuplicateOfficer = graphql(`
  mutation AccessDuplicateOfficer($e: String!) {
    createOfficer(input: { email: $e, name: "X", role: OFFICER, password: "long enough password" }) {
      id
    }
  }
`);

const ParkCount = graphql(`
  query AccessParkCount {
    parks(first: 1) {
      totalCount
    }
  }
`);

const EventCount = graphql(`
  query AccessEventCount {
    events(first: 1) {
      totalCount
    }
  }
`);

describe.each(DIALECTS)('API keys, officers and sessions on %s', (dialect) => {
  let server: TestServer;
  let admin: { token: string; refreshToken: string; email: string };
  beforeAll(async () => {
    server = await createTestServer(dialect, { env: { SIGN_IN_ATTEMPTS: '3' } });
    admin = await signedIn(server, 'ADMIN');
  });
  afterAll(async () => {
    await server?.close();
  });

  const viewer = Viewer;
  const rows = (sql: string): Promise<Record<string, unknown>[]> => server.em().getConnection().execute(sql);

  it('answers anonymous, API-key and officer callers with their role', async () => {
    expect((await server.gql(viewer)).data?.viewer).toEqual({ role: 'ANONYMOUS', apiKeyName: null, officer: null });
    expect((await server.gql(viewer, undefined, admin.token)).data?.viewer).toMatchObject({ role: 'ADMIN', officer: { email: admin.email, role: 'ADMIN' } });
    const key = await apiKey(server, admin.token);
    const keyViewer = (await server.gql(viewer, undefined, key)).data?.viewer;
    expect(keyViewer).toMatchObject({ role: 'READER' });
    expect(keyViewer?.apiKeyName).toMatch(/^key /);
  });

  it('stores only a hash of each key, records its last use, and stops it when revoked', async () => {
    const key = await apiKey(server, admin.token);
    const stored = await rows(`select prefix, secret_hash, last_used_at from api_key where prefix = '${key.slice(0, 16)}'`);
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(key.slice(16));
    await server.gql(viewer, undefined, key);
    const [used] = await rows(`select last_used_at from api_key where prefix = '${key.slice(0, 16)}'`);
    expect(used.last_used_at).not.toBeNull();
    const list = await server.gql(ApiKeyList, undefined, admin.token);
    const mine = list.data?.apiKeys.nodes.find((k) => k.prefix === key.slice(0, 16));
    if (!mine) throw new Error(`key ${key.slice(0, 16)} not listed: ${list.body}`);
    expect(mine.lastUsedAt).not.toBeNull();
    const revoked = await server.gql(RevokeKey, { id: mine.id }, admin.token);
    expect(revoked.data?.revokeApiKey.revokedAt).not.toBeNull();
    const refused = await server.gql(viewer, undefined, key);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]).toMatchObject({ message: 'This API key has been revoked', extensions: { code: 'UNAUTHENTICATED' } });
    expect(refused.headers?.get('www-authenticate')).toBe('Bearer');
  });

  it('refuses unknown keys and forged, malformed or foreign tokens with 401, never as anonymous', async () => {
    const forged = admin.token.slice(0, -4) + (admin.token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    for (const credential of ['psk_unknownunknownunknown', forged, 'not-a-token']) {
      const res = await server.gql(viewer, undefined, credential);
      expect(res.status, credential).toBe(401);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const basic = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
      body: '{"query":"{ __typename }"}',
    });
    expect(basic.status).toBe(401);
  });

  it('signs in, refreshes once per token, and signs every session out when a used refresh token comes back', async () => {
    const officer = await signedIn(server, 'OFFICER');
    const refresh = Refresh;
    const next = await server.gql(refresh, { t: officer.refreshToken });
    const session = next.data?.refreshSession;
    expect(session?.officer.email).toBe(officer.email);
    expect((await server.gql(viewer, undefined, session?.accessToken)).data?.viewer.role).toBe('OFFICER');
    // The first refresh token was rotated away: presenting it again revokes the newer one too.
    const replay = await server.gql(refresh, { t: officer.refreshToken });
    expect(replay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const afterReplay = await server.gql(refresh, { t: session?.refreshToken ?? '' });
    expect(afterReplay.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Signing out ends a session.
    const fresh = await server.gql(SignIn, { e: officer.email, p: PASSWORD });
    const freshToken = fresh.data?.signIn.refreshToken ?? '';
    const out = await server.gql(SignOut, { t: freshToken });
    expect(out.data?.signOut).toBe(true);
    expect((await server.gql(refresh, { t: freshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('locks out a disabled officer at once, access token included', async () => {
    const officer = await signedIn(server, 'OFFICER');
    const list = await server.gql(OfficerList, undefined, admin.token);
    const id = list.data?.officers.nodes.find((o) => o.email === officer.email)?.id ?? '';
    const disabled = await server.gql(DisableOfficer, { id }, admin.token);
    expect(disabled.data?.setOfficerDisabled.disabled).toBe(true);
    expect((await server.gql(viewer, undefined, officer.token)).status).toBe(401);
    const again = await server.gql(SignIn, { e: officer.email, p: PASSWORD });
    expect(again.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rate-limits sign-in attempts per e-mail and address, with 429 and Retry-After', async () => {
    const signIn = (password: string) => server.gql(SignIn, { e: 'nobody@example.org', p: password });
    for (let i = 0; i < 3; i++) expect((await signIn(`wrong ${i}`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const blocked = await signIn('wrong again');
    expect(blocked.status).toBe(429);
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(typeof blocked.errors?.[0].extensions?.retryAfterSeconds).toBe('number');
    expect(Number(blocked.headers?.get('retry-after'))).toBeGreaterThan(0);
  });

  it('validates new officers and keys field by field', async () => {
    const res = await server.gql(BadOfficer, undefined, admin.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    expect(res.errors?.[0].message).toMatch(/input\.name.*input\.password/);
    const dup = await server.gql(DuplicateOfficer, { e: admin.email.toUpperCase() }, admin.token);
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
  });

  it('lets an allow-list-only key run the published queries and nothing else', async () => {
    const key = await apiKey(server, admin.token, 'READER', true);
    // The published "dataset" example, with different whitespace: its exact text is what the allow-list matches, so a string.
    const allowed: GraphQLResponse<unknown> = await server.gql(`{ dataset { includesDemoData verifiedRecords recordedRecords demoRecords } }`, undefined, key);
    expect(allowed.errors).toBeUndefined();
    const other = await server.gql(ParkCount, undefined, key);
    expect(other.status).toBe(403);
    expect(other.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('hides field suggestions from anonymous callers only', async () => {
    // An invalid field (graphql() would refuse it), sent as a string.
    const anonymous: GraphQLResponse<unknown> = await server.gql(`{ parkz { id } }`);
    expect(anonymous.errors?.[0].message).toBe('Cannot query field "parkz" on type "Query".');
    const officer: GraphQLResponse<unknown> = await server.gql(`{ parkz { id } }`, undefined, admin.token);
    expect(officer.errors?.[0].message).toMatch(/Did you mean "park"/);
  });

  it('masks internal errors and logs them with the request id the client sees', async () => {
    // Break the database under the server: the resolver's SQL fails.
    const scratch = await createTestServer(dialect, { seed: false });
    try {
      await scratch
        .em()
        .getConnection()
        .execute(dialect === 'postgresql' ? 'alter table event rename to event_gone' : 'alter table `event` rename to `event_gone`');
      const res = await scratch.gql(EventCount);
      expect(res.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(res.body).not.toMatch(/event_gone|select|\.ts:\d+/i);
      const requestId = res.errors?.[0].extensions?.requestId as string;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(res.headers?.get('x-request-id')).toBe(requestId);
      const logged = scratch.logs.find((l) => l.requestId === requestId);
      expect(logged).toMatchObject({ level: 50, msg: 'internal error while resolving' });
    } finally {
      await scratch.close();
    }
  });
});
