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
    const saved = await server.gql(`mutation { saveView(input: { name: "KZ pipeline", path: "/", query: "?countries=KZ&stages=LEAD" }) { id name } }`, undefined, li);
    expect(saved.errors).toBeUndefined();
    const list = await server.gql(`{ savedViews { totalCount nodes { name path query savedBy } } }`, undefined, wang);
    expect(list.data.savedViews.nodes).toEqual([{ name: 'KZ pipeline', path: '/', query: 'countries=KZ&stages=LEAD', savedBy: 'Li Na' }]);
    const id = saved.data.saveView.id;
    const refused = await server.gql(`mutation($id: ID!) { deleteSavedView(id: $id) { id } }`, { id }, wang);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.gql(`mutation($id: ID!) { deleteSavedView(id: $id) { id } }`, { id }, admin)).data.deleteSavedView.id).toBe(id);
    expect((await server.gql(`{ savedViews { totalCount } }`, undefined, li)).data.savedViews.totalCount).toBe(0);
    const bad = await server.gql(`mutation { saveView(input: { name: "", path: "/admin", query: "a b" }) { id } }`, undefined, li);
    expect((bad.errors?.[0].extensions?.fieldErrors as { field: string }[]).map((e) => e.field)).toEqual(['input.name', 'input.path', 'input.query']);
    const key = await apiKey(server, admin, 'OFFICER');
    expect((await server.gql(`mutation { saveView(input: { name: "x", path: "/", query: "" }) { id } }`, undefined, key)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
