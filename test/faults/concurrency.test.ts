// Faults as tests (issue 22): many callers at once on one record. 20 concurrent updates with the version they all
// read let exactly one through and answer the rest CONFLICT with the version to re-base on; 10 concurrent creates
// with one idempotency key make one record, and every answer names it. On SQLite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../helpers/access.js';
import { createTestServer, DIALECTS, fieldOf, type TestServer } from '../helpers/server.js';

const CREATE = `mutation FaultCreate($i: CreateOrganizationInput!, $k: String) { createOrganization(input: $i, idempotencyKey: $k) { id version name { en } } }`;
const UPDATE = `mutation FaultUpdate($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id version name { en } } }`;
const READ = `query FaultRead($id: ID!) { node(id: $id) { ... on Organization { id version name { en } } } }`;

interface Organization {
  id: string;
  version: number;
  name: { en: string };
}

describe.each(DIALECTS)('many callers at once on %s', (dialect) => {
  let server: TestServer;
  let officer: string;
  beforeAll(async () => {
    server = await createTestServer(dialect, { seed: false });
    officer = (await signedIn(server, 'OFFICER')).token;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('20 concurrent updates with one version: exactly 1 succeeds, 19 are CONFLICT with the current version, the winner’s change is kept', async () => {
    const created = await server.gql(CREATE, { i: { nameZh: '并发公司', nameEn: 'Concurrent Co', kind: 'COMPANY', country: 'KZ' } }, officer);
    expect(created.errors).toBeUndefined();
    const org = fieldOf(created, 'createOrganization') as Organization;
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => server.gql(UPDATE, { i: { id: org.id, version: org.version, nameEn: `Attempt ${i}` } }, officer)),
    );
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    const winner = fieldOf(won[0], 'updateOrganization') as Organization;
    expect(winner.version).toBe(org.version + 1);
    expect(lost.map((r) => [r.status, r.errors?.length, r.errors?.[0].extensions?.code, r.errors?.[0].extensions?.currentVersion])).toEqual(
      Array(19).fill([200, 1, 'CONFLICT', org.version + 1]),
    );
    const now = fieldOf(await server.gql(READ, { id: org.id }), 'node');
    expect(now).toEqual({ id: org.id, version: org.version + 1, name: { en: winner.name.en } });
    expect(winner.name.en).toMatch(/^Attempt \d+$/);
  });

  it('10 concurrent creates with one idempotency key: one record, every answer names it', async () => {
    const nameEn = `Idempotent Co ${dialect}`;
    const input = { nameZh: '幂等公司', nameEn, kind: 'COMPANY', country: 'KZ' };
    const results = await Promise.all(Array.from({ length: 10 }, () => server.gql(CREATE, { i: input, k: `fault-key-${dialect}-0001` }, officer)));
    expect(results.map((r) => r.errors ?? null)).toEqual(Array(10).fill(null));
    const ids = results.map((r) => (fieldOf(r, 'createOrganization') as Organization).id);
    expect(new Set(ids).size).toBe(1);
    const rows = await server.em().getConnection().execute<{ n: number | string }[]>('select count(*) as n from organization where name_en = ?', [nameEn]);
    expect(Number(rows[0].n)).toBe(1);
    expect(fieldOf(await server.gql(READ, { id: ids[0] }), 'node')).toMatchObject({ id: ids[0], name: { en: nameEn } });
  });
});
