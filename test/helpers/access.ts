// Officers and API keys for tests: created through the service (as the CLI does), signed in over HTTP.
import { AccessService, COMMAND_LINE } from '../../server/src/modules/access/access.service.js';
import { TokenIssuer } from '../../server/src/modules/access/tokens.js';
import type { OfficerRole } from '../../server/src/domain/vocabulary.js';
import { graphql } from '../__generated__/gql.js';
import type { TestServer } from './server.js';

const SignInForTest = graphql(`
  mutation SignInForTest($e: String!, $p: String!) {
    signIn(email: $e, password: $p) {
      accessToken
      refreshToken
    }
  }
`);

const CreateApiKeyForTest = graphql(`
  mutation CreateApiKeyForTest($i: CreateApiKeyInput!) {
    createApiKey(input: $i) {
      key
    }
  }
`);

let n = 0;
export const PASSWORD = 'correct horse battery staple';

/** Creates an officer account as `npm run officer -- create` does (through the service), to sign in with. */
export async function createOfficer(server: TestServer, officer: { email: string; name: string; password: string; role?: OfficerRole }): Promise<void> {
  const access = new AccessService(server.em(), { tokens: new TokenIssuer(new Uint8Array(32), 60), refreshTtlDays: 1 });
  await access.createOfficer(COMMAND_LINE, { role: 'OFFICER', ...officer });
}

/** Creates an officer (or admin) and returns an access token for it. */
export async function signedIn(
  server: TestServer,
  role: OfficerRole = 'OFFICER',
  name = `Officer ${++n}`,
): Promise<{ token: string; refreshToken: string; email: string }> {
  const email = `${role.toLowerCase()}${++n}-${Date.now()}@example.org`;
  await createOfficer(server, { email, name, role, password: PASSWORD });
  const res = await server.gql(SignInForTest, { e: email, p: PASSWORD });
  if (res.errors || !res.data) throw new Error(res.body);
  return { token: res.data.signIn.accessToken, refreshToken: res.data.signIn.refreshToken, email };
}

/** Creates an API key through the admin API and returns the secret. */
export async function apiKey(server: TestServer, adminToken: string, role: 'READER' | 'OFFICER' = 'READER', allowListOnly = false): Promise<string> {
  const res = await server.gql(CreateApiKeyForTest, { i: { name: `key ${++n}`, role, allowListOnly } }, adminToken);
  if (res.errors || !res.data) throw new Error(res.body);
  return res.data.createApiKey.key;
}
