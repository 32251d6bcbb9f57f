import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSourceRecords } from '../../seeds/loader.js';
import { sourceRecords } from '../../seeds/source/records.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

const TABLES = ['sector', 'exchange_rate', 'source', 'citation', 'park', 'park_focus_sector', 'organization', 'organization_sector', 'event', 'tenancy', 'deal', 'deal_party', 'investment'];

async function dump(server: TestServer) {
  const conn = server.em().getConnection();
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES) out[t] = await conn.execute(`select * from ${t} order by 1, 2`);
  return JSON.parse(JSON.stringify(out, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
}

describe.each(DIALECTS)('loading the source records on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect); // start-up already loaded them once
  });
  afterAll(async () => {
    await server?.close();
  });

  it('loads every record the source supports, all VERIFIED', async () => {
    const conn = server.em().getConnection();
    const count = async (table: string, where = '1=1') => Number((await conn.execute(`select count(*) as c from ${table} where ${where}`))[0].c);
    expect(await count('park')).toBe(sourceRecords.parks.length);
    expect(await count('organization')).toBe(sourceRecords.organizations.length);
    expect(await count('event')).toBe(5);
    expect(await count('deal')).toBe(2);
    for (const t of ['park', 'organization', 'event', 'deal', 'tenancy']) {
      expect(await count(t, `verification <> 'VERIFIED'`), t).toBe(0);
      expect(await count(t, `id not in (select subject_id from citation where lower(subject_type) = '${t}')`), `${t} without a quote`).toBe(0);
    }
    expect(await count('investment')).toBe(0); // the source names no investor: park-level figures only
  });

  it('changes nothing when run again', async () => {
    const before = await dump(server);
    const result = await loadSourceRecords(server.em());
    expect(result.changed).toBe(0);
    expect(await dump(server)).toEqual(before);
  });

  it('repairs a record that drifted from the source', async () => {
    const conn = server.em().getConnection();
    await conn.execute(`update park set land_area_mu = 1 where slug = 'sco-energy-valley'`);
    const result = await loadSourceRecords(server.em());
    expect(result.changed).toBeGreaterThan(0);
    const res = await server.gql(`{ park(slug: "sco-energy-valley") { landArea { mu } version } }`);
    expect(res.data.park.landArea.mu).toBe(4300);
  });
});
