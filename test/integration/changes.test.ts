// The change feed (issue 21, item 2): created, updated and deleted records listed in the order they became visible,
// deletes as tombstones, a type filter, cursor pagination, one BULK change per type for a seed, and, with concurrent
// writers, a replay of the feed from the start that reproduces the current records and versions. On PostgreSQL a
// change of a transaction still running is not handed out, and the cursor read meanwhile does not skip it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { graphql } from '../__generated__/gql.js';
import type { ChangeRecordType, OrgsForChangesQuery } from '../__generated__/graphql.js';
import { signedIn } from '../helpers/access.js';
import { createTestServer, DIALECTS, type GraphQLResponse, type TestServer } from '../helpers/server.js';
import { toGlobalId } from '../../server/src/graphql/global-id.js';

const Changes = graphql(`
  query ChangesForTest($after: String, $first: Int, $types: [ChangeRecordType!]) {
    changes(after: $after, first: $first, types: $types) {
      edges {
        cursor
        node {
          type
          id
          version
          kind
          at
          verification
          count
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CreateOrg = graphql(`
  mutation CreateOrgForChanges($i: CreateOrganizationInput!) {
    createOrganization(input: $i) {
      id
      version
    }
  }
`);

const UpdateOrg = graphql(`
  mutation UpdateOrgForChanges($i: UpdateOrganizationInput!) {
    updateOrganization(input: $i) {
      id
      version
    }
  }
`);

const DeleteOrg = graphql(`
  mutation DeleteOrgForChanges($id: ID!, $version: Int!) {
    deleteOrganization(id: $id, version: $version) {
      id
    }
  }
`);

const Orgs = graphql(`
  query OrgsForChanges($after: String) {
    organizations(first: 100, after: $after) {
      nodes {
        id
        version
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const SeededCounts = graphql(`
  query SeededCountsForChanges {
    parks(first: 1) {
      totalCount
    }
    organizations(first: 1) {
      totalCount
    }
    investments(first: 1) {
      totalCount
    }
  }
`);

type Change = { type: string; id?: string | null; version?: number | null; kind: string; at: unknown; verification?: string | null; count?: number | null };

/** Reading the feed and writing organizations through the API of `server`, as an officer with `token`. */
function feedHelpers(server: () => TestServer, token: () => string) {
  /** Every change after `after`, a page of `first` at a time; the last cursor read (or `after` when none). */
  async function readAll(
    after: string | null = null,
    first = 7,
    types?: ChangeRecordType[],
  ): Promise<{ changes: Change[]; cursor: string | null; pages: number }> {
    const changes: Change[] = [];
    let cursor = after;
    let pages = 0;
    for (;;) {
      const res = await server().gql(Changes, { after: cursor, first, types });
      expect(res.errors).toBeUndefined();
      const page = res.data!.changes;
      pages++;
      changes.push(...page.edges.map((e) => e.node));
      cursor = page.pageInfo.endCursor ?? cursor;
      if (!page.pageInfo.hasNextPage) return { changes, cursor, pages };
    }
  }

  /** Polls from `after` until `n` changes have arrived (or 15 s have passed). */
  async function readUntil(after: string | null, n: number, types?: ChangeRecordType[]): Promise<{ changes: Change[]; cursor: string | null }> {
    const changes: Change[] = [];
    let cursor = after;
    const deadline = Date.now() + 15_000;
    while (changes.length < n && Date.now() < deadline) {
      const page = await readAll(cursor, 7, types);
      changes.push(...page.changes);
      cursor = page.cursor;
      if (changes.length < n) await new Promise((r) => setTimeout(r, 50));
    }
    return { changes, cursor };
  }

  async function create(name: string) {
    const res = await server().gql(CreateOrg, { i: { nameZh: `机构${name}`, nameEn: name, kind: 'COMPANY', country: 'KZ' } }, token());
    expect(res.errors).toBeUndefined();
    return res.data!.createOrganization;
  }

  async function update(o: { id: string; version: number }, name: string) {
    const res = await server().gql(UpdateOrg, { i: { id: o.id, version: o.version, nameEn: name } }, token());
    expect(res.errors).toBeUndefined();
    return res.data!.updateOrganization;
  }

  async function organizations(): Promise<Map<string, number>> {
    const all = new Map<string, number>();
    let after: string | null = null;
    for (;;) {
      const res: GraphQLResponse<OrgsForChangesQuery> = await server().gql(Orgs, { after });
      expect(res.errors).toBeUndefined();
      for (const o of res.data!.organizations.nodes) all.set(o.id, o.version);
      if (!res.data!.organizations.pageInfo.hasNextPage) return all;
      after = res.data!.organizations.pageInfo.endCursor ?? null;
    }
  }

  return { readAll, readUntil, create, update, organizations };
}

describe.each(DIALECTS)('the change feed on %s', (dialect) => {
  let server: TestServer;
  let token: string;

  const { readAll, readUntil, create, update, organizations } = feedHelpers(
    () => server,
    () => token,
  );

  beforeAll(async () => {
    server = await createTestServer(dialect, { seed: false });
    ({ token } = await signedIn(server, 'OFFICER'));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists creates, updates and deletes in order, deletes as tombstones, by type and page by page', async () => {
    const { cursor: start } = await readAll();
    const a = await create(`Feed A ${dialect}`);
    const b = await create(`Feed B ${dialect}`);
    const a2 = await update(a, `Feed A2 ${dialect}`);
    const deleted = await server.gql(DeleteOrg, { id: b.id, version: b.version }, token);
    expect(deleted.errors).toBeUndefined();

    await readUntil(start, 4);
    const { changes, pages } = await readAll(start, 2);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(changes.map(({ type, id, version, kind, verification }) => ({ type, id, version, kind, verification }))).toEqual([
      { type: 'ORGANIZATION', id: a.id, version: a.version, kind: 'CREATED', verification: 'RECORDED' },
      { type: 'ORGANIZATION', id: b.id, version: b.version, kind: 'CREATED', verification: 'RECORDED' },
      { type: 'ORGANIZATION', id: a.id, version: a2.version, kind: 'UPDATED', verification: 'RECORDED' },
      { type: 'ORGANIZATION', id: b.id, version: b.version, kind: 'DELETED', verification: 'RECORDED' },
    ]);
    expect(a2.version).toBeGreaterThan(a.version);
    for (const c of changes) expect(Number.isNaN(Date.parse(String(c.at)))).toBe(false);

    // The type filter: none of these changes is a park's.
    expect((await readAll(start, 5, ['PARK'])).changes).toEqual([]);
    expect((await readAll(start, 5, ['ORGANIZATION', 'PARK'])).changes).toHaveLength(4);
  });

  it('refuses a cursor that is not one of the feed, and a page larger than the cap', async () => {
    const bad = await server.gql(Changes, { after: 'not-a-cursor' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const big = await server.gql(Changes, { first: 101 });
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('with concurrent writers, replaying the feed from the start reproduces the current records and versions', async () => {
    // Every earlier change is visible by now (the first test waited for its own).
    const before = (await readAll(null, 100, ['ORGANIZATION'])).changes.length;
    const replayed = new Map<string, number>();
    let applied = 0;
    let cursor: string | null = null;
    const apply = (changes: Change[]) => {
      for (const c of changes) {
        expect(c.type).toBe('ORGANIZATION');
        if (c.kind === 'DELETED') replayed.delete(c.id!);
        else replayed.set(c.id!, c.version!);
        applied++;
      }
    };
    let writing = true;
    // A poller reading the feed from its last cursor the whole time the writers run.
    const poller = (async () => {
      while (writing) {
        const page = await readAll(cursor, 5, ['ORGANIZATION']);
        apply(page.changes);
        cursor = page.cursor;
      }
    })();
    // 10 writers at once: each creates, updates, then deletes (3 of them) or updates again: 30 changes.
    const writers = Array.from({ length: 10 }, async (_, i) => {
      let o = await create(`Concurrent ${i} ${dialect}`);
      o = await update(o, `Concurrent ${i}b ${dialect}`);
      if (i % 3 === 0) {
        const res = await server.gql(DeleteOrg, { id: o.id, version: o.version }, token);
        expect(res.errors).toBeUndefined();
      } else {
        await update(o, `Concurrent ${i}c ${dialect}`);
      }
    });
    try {
      await Promise.all(writers);
    } finally {
      writing = false;
      await poller;
    }
    apply((await readUntil(cursor, before + 30 - applied, ['ORGANIZATION'])).changes);
    expect(applied).toBe(before + 30);
    expect(replayed).toEqual(await organizations());
    expect(replayed.size).toBeGreaterThan(0);
  });

  it('a bulk change is one BULK change per record type with its count', async () => {
    const { cursor } = await readAll();
    const { resumeChangeLog, suspendChangeLog } = await import('../../server/src/modules/changes/change-log.js');
    const em = server.em();
    await em.transactional(async (tx) => {
      const conn = tx.getConnection();
      const exec = (sql: string) => conn.execute(sql, [], 'run', tx.getTransactionContext());
      await suspendChangeLog(exec, dialect);
      await exec(`update organization set website = 'https://bulk.example.org'`);
      await resumeChangeLog(exec, dialect);
    });
    const { changes } = await readUntil(cursor, 7);
    const count = (await organizations()).size;
    expect(changes.filter((c) => c.type === 'ORGANIZATION')).toEqual([
      { type: 'ORGANIZATION', id: null, version: null, kind: 'BULK', at: expect.any(String) as unknown, verification: null, count },
    ]);
    expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(['BULK']));
    // The triggers are back afterwards.
    const o = await create(`After bulk ${dialect}`);
    const after = await readUntil(cursor, 8);
    expect(after.changes.at(-1)).toMatchObject({ id: o.id, kind: 'CREATED' });
  });
});

// On PostgreSQL, where transactions commit in any order.
describe.each(DIALECTS.filter((d) => d === 'postgresql'))('the change feed with a late commit on %s', (dialect) => {
  let server: TestServer;
  let token: string;
  const { readAll, readUntil, create } = feedHelpers(
    () => server,
    () => token,
  );

  beforeAll(async () => {
    server = await createTestServer(dialect, { seed: false });
    ({ token } = await signedIn(server, 'OFFICER'));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('does not hand out a change of a transaction still running, and does not skip it once committed', async () => {
    const client = new pg.Client({ connectionString: server.databaseUrl });
    await client.connect();
    const insert = async (name: string) => {
      const { rows } = await client.query<{ id: number }>(
        `insert into organization (verification, version, created_at, updated_at, name_zh, name_en, kind) ` +
          `values ('RECORDED', 1, now(), now(), '${name}', '${name}', 'COMPANY') returning id`,
      );
      return toGlobalId('Organization', rows[0].id);
    };
    try {
      const { cursor: start } = await readAll();
      // A transaction that began (and took its id) before a write through the API, and commits after it.
      await client.query('begin');
      await client.query('select pg_current_xact_id()');
      const early = await create(`Early commit ${dialect}`);
      const first = await readUntil(start, 1);
      expect(first.changes.map((c) => c.id)).toEqual([early.id]);
      const late = await insert('Late commit');
      // Its change is not handed out while it runs; a write through the API meanwhile waits for its turn.
      const waiting = create(`Waiting ${dialect}`);
      const during = await readAll(first.cursor);
      expect(during.changes).toEqual([]);
      await client.query('commit');
      const waited = await waiting;
      // From the cursor read before: the late commit, then the write that waited for it; nothing skipped.
      const after = await readAll(during.cursor);
      expect(after.changes.map((c) => [c.id, c.kind])).toEqual([
        [late, 'CREATED'],
        [waited.id, 'CREATED'],
      ]);
    } finally {
      await client.end();
    }
  });
});

// The seed: the sourced records are written one by one and listed as records; the demo data, a bulk load, as one
// BULK change per record type counting the type's records.
describe.each(DIALECTS)('the change feed after the seed on %s', (dialect) => {
  let server: TestServer;
  let token: string;
  const { readAll, readUntil, create } = feedHelpers(
    () => server,
    () => token,
  );
  beforeAll(async () => {
    server = await createTestServer(dialect, { seed: true, demo: true });
    ({ token } = await signedIn(server, 'OFFICER'));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('lists the sourced records one by one, then one BULK change per record type for the demo data', async () => {
    const { changes } = await readAll(null, 100);
    const bulk = changes.filter((c) => c.kind === 'BULK');
    expect(bulk.map((c) => c.type).sort()).toEqual(['DEAL', 'EVENT', 'EXCHANGE_RATE', 'INVESTMENT', 'ORGANIZATION', 'PARK', 'TENANCY']);
    expect(changes.slice(-bulk.length)).toEqual(bulk);
    expect(bulk.every((c) => c.id === null && c.version === null)).toBe(true);
    expect(changes.filter((c) => c.kind === 'CREATED' && c.type === 'ORGANIZATION').length).toBeGreaterThan(0);
    const res = await server.gql(SeededCounts, {});
    expect(res.errors).toBeUndefined();
    const { parks, organizations, investments } = res.data!;
    const countOf = (type: string) => bulk.find((c) => c.type === type)?.count;
    expect([countOf('PARK'), countOf('ORGANIZATION'), countOf('INVESTMENT')]).toEqual([parks.totalCount, organizations.totalCount, investments.totalCount]);
  });

  it("lists a change to a record's own rows only (an organization's sectors) as an update of the record", async () => {
    const o = await create(`Sectors ${dialect}`);
    const { cursor: start } = await readAll();
    const res = await server.gql(UpdateOrg, { i: { id: o.id, version: o.version, sectors: ['LOGISTICS'] } }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateOrganization.version).toBeGreaterThan(o.version);
    const { changes } = await readUntil(start, 1);
    expect(changes.map(({ id, version, kind }) => ({ id, version, kind }))).toEqual([
      { id: o.id, version: res.data!.updateOrganization.version, kind: 'UPDATED' },
    ]);
  });
});
