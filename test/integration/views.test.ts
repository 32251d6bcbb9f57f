import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../__generated__/gql.js';
import { apiKey, signedIn } from '../helpers/access.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

const SaveView = graphql(`
  mutation SaveView($input: SaveViewInput!) {
    saveView(input: $input) {
      id
      name
    }
  }
`);

const SavedViewsList = graphql(`
  query SavedViewsList {
    savedViews {
      totalCount
      nodes {
        name
        path
        query
        savedBy
      }
    }
  }
`);

const DeleteSavedView = graphql(`
  mutation DeleteSavedView($id: ID!) {
    deleteSavedView(id: $id) {
      id
    }
  }
`);

const ViewerOfficerId = graphql(`
  query ViewerOfficerId {
    viewer {
      role
      apiKeyName
      officer {
        id
      }
    }
  }
`);

const CreateViewsApiKey = graphql(`
  mutation CreateViewsApiKey($i: CreateApiKeyInput!) {
    createApiKey(input: $i) {
      key
      apiKey {
        id
      }
    }
  }
`);

describe.each(DIALECTS)('saved views on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect, { seed: false });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('are shared between officers; only the owner or an admin deletes one; input is checked', async () => {
    const li = (await signedIn(server, 'OFFICER', 'Li Na')).token;
    const wang = (await signedIn(server, 'OFFICER', 'Wang Wei')).token;
    const admin = (await signedIn(server, 'ADMIN')).token;
    const saved = await server.gql(SaveView, { input: { name: 'KZ pipeline', path: '/', query: '?countries=KZ&stages=LEAD' } }, li);
    expect(saved.errors).toBeUndefined();
    const list = await server.gql(SavedViewsList, undefined, wang);
    expect(list.data?.savedViews.nodes).toEqual([{ name: 'KZ pipeline', path: '/', query: 'countries=KZ&stages=LEAD', savedBy: 'Li Na' }]);
    const id = saved.data!.saveView.id;
    const refused = await server.gql(DeleteSavedView, { id }, wang);
    expect(refused.errors?.[0]).toMatchObject({ message: 'Only whoever saved a view (or an admin) may delete it', extensions: { code: 'FORBIDDEN' } });
    expect(refused.data?.deleteSavedView ?? null).toBeNull();
    const count = async () => (await server.gql(SavedViewsList, undefined, li)).data?.savedViews.totalCount;
    expect(await count()).toBe(1);
    // The owner deletes their own view.
    const byOwner = await server.gql(DeleteSavedView, { id }, li);
    expect(byOwner.errors, byOwner.body).toBeUndefined();
    expect(byOwner.data?.deleteSavedView).toEqual({ id });
    expect(await count()).toBe(0);
    // An admin deletes anyone's.
    const other = (await server.gql(SaveView, { input: { name: "Wang's", path: '/deals', query: '' } }, wang)).data!.saveView.id;
    expect((await server.gql(DeleteSavedView, { id: other }, admin)).data?.deleteSavedView).toEqual({ id: other });
    expect(await count()).toBe(0);
    const bad = await server.gql(SaveView, { input: { name: '', path: '/admin', query: 'a b' } }, li);
    expect((bad.errors?.[0].extensions?.fieldErrors as { field: string }[]).map((e) => e.field)).toEqual(['input.name', 'input.path', 'input.query']);
    const key = await apiKey(server, admin, 'OFFICER');
    expect((await server.gql(SaveView, { input: { name: 'x', path: '/', query: '' } }, key)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('tell an officer from an API key with the same id: the key is not the owner', async () => {
    const admin = (await signedIn(server, 'ADMIN')).token;
    const owner = (await signedIn(server, 'OFFICER', 'Zhao Min')).token;
    const other = (await signedIn(server, 'OFFICER', 'Sun Yu')).token;
    const numericId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);
    const ownerId = numericId((await server.gql(ViewerOfficerId, undefined, owner)).data!.viewer.officer!.id);
    // Create OFFICER keys until one has the owner's officer id (keys and officers are numbered separately).
    let colliding: string | undefined;
    for (let i = 0; i < ownerId + 1 && !colliding; i++) {
      const res = await server.gql(CreateViewsApiKey, { i: { name: `script ${i}`, role: 'OFFICER' } }, admin);
      expect(res.errors).toBeUndefined();
      const keyId = numericId(res.data!.createApiKey.apiKey.id);
      if (keyId === ownerId) colliding = res.data!.createApiKey.key;
      expect(keyId).toBeLessThanOrEqual(ownerId);
    }
    expect(colliding).toBeDefined();
    expect((await server.gql(ViewerOfficerId, undefined, colliding)).data?.viewer).toMatchObject({
      role: 'OFFICER',
      officer: null,
    });

    const save = async (name: string) => (await server.gql(SaveView, { input: { name, path: '/', query: '' } }, owner)).data!.saveView.id;
    const remove = (id: string, as: string) => server.gql(DeleteSavedView, { id }, as);
    const names = async () => (await server.gql(SavedViewsList, undefined, owner)).data!.savedViews.nodes.map((v) => v.name);

    const mine = await save('Mine');
    const byKey = await remove(mine, colliding!);
    expect(byKey.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(byKey.data?.deleteSavedView ?? null).toBeNull();
    expect((await remove(mine, other)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await names()).toContain('Mine');
    expect((await remove(mine, owner)).data?.deleteSavedView.id).toBe(mine);
    const forAdmin = await save('For the admin');
    expect((await remove(forAdmin, admin)).data?.deleteSavedView.id).toBe(forAdmin);
    expect(await names()).not.toContain('Mine');
    expect(await names()).not.toContain('For the admin');
  });
});
