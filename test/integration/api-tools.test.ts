// The API page's "For tools" section (web/src/api/tools.ts): its documents are valid against the schema; the
// polling script, copied as the page shows it, reads the whole change feed and then resumes from its saved cursor; the
// subscription script receives a deal created while it listens.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../server/src/graphql/schema.js';
import { CHANGE_FEED_QUERY, INTROSPECTION_QUERY, pollingScript, SUBSCRIPTION_QUERY, subscriptionScript } from '../../web/src/api/tools.js';
import { graphql } from '../__generated__/gql.js';
import { signedIn } from '../helpers/access.js';
import { createTestServer, type GraphQLResponse, type TestServer } from '../helpers/server.js';
import type { ChangesForApiToolsQuery } from '../__generated__/graphql.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

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

const CreateDealForApiTools = graphql(`
  mutation CreateDealForApiTools($i: CreateDealInput!) {
    createDeal(input: $i) {
      id
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

  describe('the scripts', () => {
    let server: TestServer;
    let dir: string;
    let subscribeDir: string;
    beforeAll(async () => {
      server = await createTestServer('sqlite', { seed: true });
      dir = await mkdtemp(join(tmpdir(), 'poll-changes-'));
      await writeFile(join(dir, 'poll-changes.mjs'), pollingScript(server.url));
      // Inside the project, so the script's imports (graphql-ws, ws) resolve as after `npm install graphql-ws ws`.
      subscribeDir = await mkdtemp(join(ROOT, '.subscribe-'));
      await writeFile(join(subscribeDir, 'subscribe.mjs'), subscriptionScript(server.url));
    });
    afterAll(async () => {
      await server?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
      if (subscribeDir) await rm(subscribeDir, { recursive: true, force: true });
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

    it('subscribes with the graphql-ws client and prints a deal created meanwhile', { timeout: 60_000 }, async () => {
      const child = spawn(process.execPath, ['subscribe.mjs'], { cwd: subscribeDir, env: process.env });
      const lines: string[] = [];
      let errors = '';
      child.stdout.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
      child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      try {
        const { token } = await signedIn(server);
        const org = await server.gql(
          CreateOrgForApiTools,
          { i: { nameZh: '订阅测试公司', nameEn: 'Subscription Test Co.', kind: 'COMPANY', country: 'KZ' } },
          token,
        );
        expect(org.errors).toBeUndefined();
        const party = { organization: org.data!.createOrganization.id, role: 'INVESTOR' as const };
        // A deal a second until one is printed: the script's socket opens in its own time, and only changes made after
        // its subscription started are pushed.
        const deals: string[] = [];
        await expect
          .poll(
            async () => {
              const deal = await server.gql(
                CreateDealForApiTools,
                { i: { kind: 'MOU', titleZh: '订阅测试', titleEn: 'Subscription test', signedOn: '2026-11-20', parties: [party] } },
                token,
              );
              expect(deal.errors).toBeUndefined();
              deals.push(deal.data!.createDeal.id);
              return lines.length;
            },
            { timeout: 30_000, interval: 1000 },
          )
          .toBeGreaterThan(0);
        expect(errors).toBe('');
        const change = JSON.parse(lines[0]) as { cursor: string; node: { type: string; id: string; kind: string } };
        expect(change.node).toMatchObject({ type: 'DEAL', kind: 'CREATED' });
        expect(deals).toContain(change.node.id);
        // The cursor resumes the feed.
        const after = await server.gql(ChangesForApiTools, { after: change.cursor });
        expect(after.errors).toBeUndefined();
      } finally {
        child.kill();
      }
    });
  });
});
