import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKey, signedIn } from '../helpers/access.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

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
    const saved = await server.gql(
      `mutation { saveView(input: { name: "KZ pipeline", path: "/", query: "?countries=KZ&stages=LEAD" }) { id name } }`,
      undefined,
      li,
    );
    expect(saved.errors).toBeUndefined();
    const list = await server.gql(`{ savedViews { totalCount nodes { name path query savedBy } } }`, undefined, wang);
    expect(list.data.savedViews.nodes).toEqual([{ name: 'KZ pipeline', path: '/', query: 'countries=KZ&stages=LEAD', savedBy: 'Li Na' }]);
    const id = saved.data.saveView.id;
    const refused = await server.gql(`mutation($id: ID!) { deleteSavedView(id: $id) { id } }`, { id }, wang);
    expect(refused.errors?.[0]).toMatchObject({ message: 'Only whoever saved a view (or an admin) may delete it', extensions: { code: 'FORBIDDEN' } });
    expect(refused.data?.deleteSavedView ?? null).toBeNull();
    const count = async () => (await server.gql(`{ savedViews { totalCount } }`, undefined, li)).data.savedViews.totalCount;
    expect(await count()).toBe(1);
    // The owner deletes their own view.
    const byOwner = await server.gql(`mutation($id: ID!) { deleteSavedView(id: $id) { id } }`, { id }, li);
    expect(byOwner.errors, byOwner.body).toBeUndefined();
    expect(byOwner.data.deleteSavedView).toEqual({ id });
    expect(await count()).toBe(0);
    // An admin deletes anyone's.
    const other = (await server.gql(`mutation { saveView(input: { name: "Wang's", path: "/deals", query: "" }) { id } }`, undefined, wang)).data.saveView.id;
    expect((await server.gql(`mutation($id: ID!) { deleteSavedView(id: $id) { id } }`, { id: other }, admin)).data.deleteSavedView).toEqual({ id: other });
    expect(await count()).toBe(0);
    const bad = await server.gql(`mutation { saveView(input: { name: "", path: "/admin", query: "a b" }) { id } }`, undefined, li);
    expect((bad.errors?.[0].extensions?.fieldErrors as { field: string }[]).map((e) => e.field)).toEqual(['input.name', 'input.path', 'input.query']);
    const key = await apiKey(server, admin, 'OFFICER');
    expect((await server.gql(`mutation { saveView(input: { name: "x", path: "/", query: "" }) { id } }`, undefined, key)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('tell an officer from an API key with the same id: the key is not the owner', async () => {
    const admin = (await signedIn(server, 'ADMIN')).token;
    const owner = (await signedIn(server, 'OFFICER', 'Zhao Min')).token;
    const other = (await signedIn(server, 'OFFICER', 'Sun Yu')).token;
    const numericId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);
    const ownerId = numericId((await server.gql(`{ viewer { officer { id } } }`, undefined, owner)).data.viewer.officer.id);
    // Create OFFICER keys until one has the owner's officer id (keys and officers are numbered separately).
    let colliding: string | undefined;
    for (let i = 0; i < ownerId + 1 && !colliding; i++) {
      const res = await server.gql(
        `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id } } }`,
        { i: { name: `script ${i}`, role: 'OFFICER' } },
        admin,
      );
      expect(res.errors).toBeUndefined();
      const keyId = numericId(res.data.createApiKey.apiKey.id);
      if (keyId === ownerId) colliding = res.data.createApiKey.key;
      expect(keyId).toBeLessThanOrEqual(ownerId);
    }
    expect(colliding).toBeDefined();
    expect((await server.gql(`{ viewer { role officer { id } apiKeyName } }`, undefined, colliding)).data.viewer).toMatchObject({
      role: 'OFFICER',
      officer: null,
    });

    const save = async (name: string) =>
      (await server.gql(`mutation($n: String!) { saveView(input: { name: $n, path: "/", query: "" }) { id } }`, { n: name }, owner)).data.saveView.id as string;
    const remove = (id: string, as: string) => server.gql(`mutation($id: ID!) { deleteSavedView(id: $id) { id } }`, { id }, as);
    const names = async () =>
      (await server.gql(`{ savedViews { nodes { name } } }`, undefined, owner)).data.savedViews.nodes.map((v: { name: string }) => v.name);

    const mine = await save('Mine');
    const byKey = await remove(mine, colliding!);
    expect(byKey.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(byKey.data?.deleteSavedView ?? null).toBeNull();
    expect((await remove(mine, other)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await names()).toContain('Mine');
    expect((await remove(mine, owner)).data.deleteSavedView.id).toBe(mine);
    const forAdmin = await save('For the admin');
    expect((await remove(forAdmin, admin)).data.deleteSavedView.id).toBe(forAdmin);
    expect(await names()).not.toContain('Mine');
    expect(await names()).not.toContain('For the admin');
  });
});
