import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoRecords, type DemoSizes } from '../../seeds/demo/demo-data.js';
import { loadDemoData, type DemoCounts } from '../../seeds/demo/load-demo.js';
import { toMinor } from '../../server/src/modules/money/money.js';
import { MoneyService } from '../../server/src/modules/money/money.service.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

const SIZES: DemoSizes = { organizations: 40, tenancies: 50, investments: 5000, deals: 60 };
const OTHER: DemoSizes = { organizations: 25, tenancies: 30, investments: 700, deals: 20 };

/** A stored or generated value as text (bigint columns come back as numbers on SQLite, strings on PostgreSQL). */
const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' ? String(v) : v == null ? null : JSON.stringify(v));

describe.each(DIALECTS)('the bulk demo loader on %s', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(dialect); // the source's records only
  });
  afterAll(async () => {
    await server?.close();
  });

  const rows = async (sql: string) => await server.em().getConnection().execute<Record<string, unknown>[]>(sql);
  const count = async (table: string) => Number((await rows(`select count(*) as c from ${table} where verification = 'DEMO'`))[0].c);
  /** The DEMO investments as stored, in key order, with their links by key and slug (ids differ between loads). */
  const investments = async () =>
    (
      await rows(
        `select i.external_key, o.external_key as org, p.slug, i.sector_code, i.stage, i.announced_on, i.expected_jobs, ` +
          `i.amount_minor, i.amount_currency, i.amount_usd_minor, i.expected_annual_output_minor, i.expected_annual_output_currency, ` +
          `i.expected_annual_output_usd_minor from investment i join park p on p.id = i.park_id ` +
          `left join organization o on o.id = i.organization_id where i.verification = 'DEMO' order by i.external_key`,
      )
    ).map((r) => Object.values(r).map(text));
  const fingerprint = async () =>
    createHash('sha256')
      .update(JSON.stringify(await investments()))
      .digest('hex');
  /** What the generator makes for these options, on the places the loader picks (parks holding no others, not platforms). */
  const generated = async (seed: number, sizes: DemoSizes) => {
    const parks = await rows(
      `select slug, name_zh, name_en from park where kind <> 'PLATFORM' and id not in (select parent_id from park where parent_id is not null) order by id`,
    );
    const places = parks.map((p) => ({ slug: String(p.slug), nameZh: String(p.name_zh), nameEn: String(p.name_en) }));
    return [...demoRecords({ seed, sizes, parks: places })];
  };

  it('loads 5,000 investments in one go: the generator’s records, all DEMO, dollar amounts as a single write converts them', async () => {
    const indexes = async () =>
      (
        await rows(
          dialect === 'sqlite'
            ? `select name, sql from sqlite_master where type = 'index' and tbl_name = 'investment' order by name`
            : `select indexname as name, indexdef as sql from pg_indexes where tablename = 'investment' order by indexname`,
        )
      ).map((r) => `${String(r.name)}: ${String(r.sql)}`);
    const before = await indexes();
    // As a million-record load does: the investments' indexes dropped for the load and built again at its end.
    expect(await loadDemoData(server.em(), { seed: 42, sizes: SIZES, suspendIndexesFrom: 1000 })).toEqual({ skipped: false, ...SIZES });
    expect(await indexes()).toEqual(before);
    expect(before.length).toBeGreaterThan(3);
    expect([await count('organization'), await count('tenancy'), await count('investment'), await count('deal')]).toEqual([40, 50, 5000, 60]);

    const records = await generated(42, SIZES);
    const money = new MoneyService(server.em());
    const expected = [];
    for (const item of records) {
      if (item.type !== 'investment') continue;
      const i = item.record;
      // The unit of work's path for one record: MoneyService.assignMoney, rate by rate.
      const row: Record<string, unknown> = {};
      await money.assignMoney(row, 'amount', { minor: toMinor(i.amount.amount, i.amount.currency), currency: i.amount.currency }, i.announcedOn);
      const out = i.expectedAnnualOutput;
      await money.assignMoney(row, 'output', out ? { minor: toMinor(out.amount, out.currency), currency: out.currency } : null, i.announcedOn);
      expected.push(
        [
          i.key,
          i.organizationKey,
          i.parkSlug,
          i.sector,
          i.stage,
          i.announcedOn,
          i.expectedJobs,
          row.amountMinor,
          row.amountCurrency,
          row.amountUsdMinor,
          row.outputMinor,
          row.outputCurrency,
          row.outputUsdMinor,
        ].map(text),
      );
    }
    expected.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    const stored = await investments();
    expect(stored.filter((r) => r[8] !== 'USD' && r[9] !== null).length).toBeGreaterThan(1000); // converted, not copied
    expect(stored).toEqual(expected);

    // Deals keep their parties in order, each linked to the organization the generator named.
    const parties = await rows(
      `select d.external_key as deal, o.external_key as org, dp.role, dp.position from deal_party dp join deal d on d.id = dp.deal_id ` +
        `join organization o on o.id = dp.organization_id where d.verification = 'DEMO' order by d.external_key, dp.position`,
    );
    const deals = records.flatMap((r) => (r.type === 'deal' ? [r.record] : []));
    expect(parties.map((p) => [p.deal, p.org, p.role, Number(p.position)])).toEqual(
      deals.flatMap((d) => d.parties.map((p, position) => [d.key, p.organizationKey, p.role, position])),
    );
  });

  it('gives the same rows for the same seed, and replaces the demo set it finds, after saying what goes', async () => {
    const first = await fingerprint();
    const [{ max: lastId }] = await rows(`select max(id) as max from organization where verification = 'DEMO'`);

    // Without being asked to replace, a present demo set stays as it is.
    expect(await loadDemoData(server.em(), { seed: 7, sizes: OTHER })).toMatchObject({ skipped: true });
    expect(await fingerprint()).toBe(first);

    let told: DemoCounts | undefined;
    await loadDemoData(server.em(), { seed: 42, sizes: SIZES, replace: true, onReplace: (p) => (told = p) });
    expect(told).toEqual(SIZES);
    expect(await fingerprint()).toBe(first);
    // New records get new ids: history kept for a deleted record never attaches to another.
    const [{ min: firstId }] = await rows(`select min(id) as min from organization where verification = 'DEMO'`);
    expect(Number(firstId)).toBeGreaterThan(Number(lastId));

    await loadDemoData(server.em(), { seed: 7, sizes: OTHER, replace: true, onReplace: (p) => (told = p) });
    expect(told).toEqual(SIZES);
    expect([await count('organization'), await count('tenancy'), await count('investment'), await count('deal')]).toEqual([25, 30, 700, 20]);
    // Only the new set: every stored investment is one the seed-7 generation makes, none left from seed 42.
    const keys = (await generated(7, OTHER)).flatMap((r) => (r.type === 'investment' ? [[r.record.key, r.record.announcedOn]] : []));
    expect((await investments()).map((r) => [r[0], r[5]])).toEqual(keys.sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    expect(Number((await rows(`select count(*) as c from organization where verification = 'VERIFIED'`))[0].c)).toBeGreaterThan(0);
  });
});
