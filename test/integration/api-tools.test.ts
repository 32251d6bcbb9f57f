// The API page's "For tools" section (web/src/api/tools.ts): its documents are valid against the schema, and the
// polling script, copied as the page shows it, reads the whole change feed and then resumes from its saved cursor.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../server/src/graphql/schema.js';
import { CHANGE_FEED_QUERY, INTROSPECTION_QUERY, pollingScript, SUBSCRIPTION_QUERY } from '../../web/src/api/tools.js';
import { graphql } from '../__generated__/gql.js';
import { signedIn } from '../helpers/access.js';
import { createTestServer, type GraphQLResponse, type TestServer } from '../helpers/server.js';
import type { ChangesForApiToolsQuery } from '../__generated__/graphql.js';

const run = promisify(execFile);

const ChangesForApiTools = graphql(`
  query ChangesForApiTools($after: String) {
    changes(after: $after, first: 7) {
      nodes {
        type
        id
        kind
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CreateOrgForApiTools = graphql(`
  mutation CreateOrgForApiTools($i: CreateOrganizationInput!) {
    createOrganization(input: $i) {
      id
    }
  }
`);

describe('the API page for tools', () => {
  it('shows documents the schema accepts', () => {
    const schema = buildSchema();
    // validate() passes a subscription vacuously when the schema has no subscription type: check the field exists.
    expect(schema.getSubscriptionType()?.getFields().recordChanged).toBeDefined();
    for (const query of [CHANGE_FEED_QUERY, INTROSPECTION_QUERY, SUBSCRIPTION_QUERY]) {
      expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
    }
  });

  describe('the polling script', () => {
    let server: TestServer;
    let dir: string;
    beforeAll(async () => {
      server = await createTestServer('sqlite', { seed: true });
      dir = await mkdtemp(join(tmpdir(), 'poll-changes-'));
      await writeFile(join(dir, 'poll-changes.mjs'), pollingScript(server.url));
    });
    afterAll(async () => {
      await server?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    const poll = async () => {
      const { stdout } = await run(process.execPath, ['poll-changes.mjs'], { cwd: dir, env: { ...process.env, ONCE: '1' }, timeout: 60_000 });
      return stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { type: string; id: string | null; kind: string });
    };

    it('copies the whole feed, then prints only what came after its saved cursor', async () => {
      const first = await poll();
      // Every change the API lists, read here in pages of 7.
      const expected: { type: string; id: string | null; kind: string }[] = [];
      for (let after: string | null = null; ;) {
        const page: GraphQLResponse<ChangesForApiToolsQuery> = await server.gql(ChangesForApiTools, { after });
        expect(page.errors).toBeUndefined();
        expected.push(...page.data!.changes.nodes);
        if (!page.data!.changes.pageInfo.hasNextPage) break;
        after = page.data!.changes.pageInfo.endCursor;
      }
      expect(expected.length).toBeGreaterThan(10);
      expect(first.map(({ type, id, kind }) => ({ type, id, kind }))).toEqual(expected);
      const cursor = await readFile(join(dir, 'cursor.txt'), 'utf8');
      expect(cursor).toMatch(/\S/);

      expect(await poll()).toEqual([]);
      const { token } = await signedIn(server);
      const created = await server.gql(
        CreateOrgForApiTools,
        { i: { nameZh: '青岛测试公司', nameEn: 'Qingdao Test Co.', kind: 'COMPANY', country: 'CN' } },
        token,
      );
      expect(created.errors).toBeUndefined();
      const next = await poll();
      expect(next).toEqual([expect.objectContaining({ type: 'ORGANIZATION', id: created.data!.createOrganization.id, kind: 'CREATED' })]);
    });
  });
});
