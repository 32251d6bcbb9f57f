// Records placed exactly on the edges (a period's first and last days, a rate's first valid day, unknown values in
// every sortable column of a park's nested lists) and the write rules taken one step at a time. Every fixture is
// built here with the factories, so the expectations come from the fixtures, not from the answers under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromMinor } from '../../server/src/modules/money/money.js';
import { ExchangeRate } from '../../server/src/modules/money/exchange-rate.entity.js';
import { Sector } from '../../server/src/modules/sectors/sector.entity.js';
import { signedIn } from '../helpers/access.js';
import { Factory } from '../helpers/factories.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

describe.each(DIALECTS)('edges and write rules on %s', (dialect) => {
  let server: TestServer;
  let officer: string;
  beforeAll(async () => {
    server = await createTestServer(dialect, { seed: false, today: '2026-11-24' });
    // No source records: the one sector the factories use is made here.
    const em = server.em();
    em.create(Sector, { code: 'LOGISTICS', nameZh: '物流', nameEn: 'Logistics', sortOrder: 1 });
    await em.flush();
    officer = (await signedIn(server, 'OFFICER', 'Officer Edge')).token;
  });
  afterAll(async () => {
    await server?.close();
  });

  const ok = async (query: string, variables?: Record<string, unknown>, as?: string) => {
    const res = await server.gql(query, variables, as);
    expect(res.errors, res.body).toBeUndefined();
    return res.data;
  };
  const sql = (q: string) => server.em().getConnection().execute(q);

  it("counts records on a period's first and last days and on the previous period's ends, and nothing a day outside", async () => {
    const f = new Factory(server.em());
    const park = f.park({ nameEn: 'Boundary Park' }).entity;
    // Each amount a power of two: the total names exactly which records were counted.
    const on = (announcedOn: string, dollars: number) =>
      f.investment(park, { announcedOn, amountMinor: BigInt(dollars * 100), amountCurrency: 'USD', amountUsdMinor: BigInt(dollars * 100) });
    on('2025-04-01', 1); // first day of the period
    on('2025-06-30', 2); // last day
    on('2025-03-31', 4); // the day before: out
    on('2025-07-01', 8); // the day after: out
    on('2024-04-01', 16); // previous year's first day
    on('2024-06-30', 32); // previous year's last day
    on('2024-03-31', 64); // out of both
    on('2024-07-01', 128); // out of both
    await f.flush();
    const q = `query($f: InvestmentFilter) { investmentStats(filter: $f, period: { from: "2025-04-01", to: "2025-06-30" }, compareTo: PREVIOUS_YEAR, groupBy: [MONTH]) {
      period { from to } previousPeriod { from to } totals { count total } previousTotals { count total } buckets { key { value } figures { count total } } } }`;
    const stats = (await ok(q, { f: { park: { id: { eq: gid('Park', park.id) } } } })).investmentStats;
    expect(stats.period).toEqual({ from: '2025-04-01', to: '2025-06-30' });
    expect(stats.previousPeriod).toEqual({ from: '2024-04-01', to: '2024-06-30' });
    expect(stats.totals).toEqual({ count: 2, total: fromMinor(300n, 'USD') });
    expect(stats.previousTotals).toEqual({ count: 2, total: fromMinor(4800n, 'USD') });
    expect(stats.buckets.map((b: any) => [b.key[0].value, b.figures.count, b.figures.total])).toEqual([
      ['2025-04', 1, fromMinor(100n, 'USD')],
      ['2025-05', 0, fromMinor(0n, 'USD')], // an empty month within the period: zeros
      ['2025-06', 1, fromMinor(200n, 'USD')],
    ]);
    // The list filter's date range includes both ends too.
    const list = await ok(`query($f: InvestmentFilter) { investments(first: 10, filter: $f, orderBy: [ANNOUNCED_ON_ASC]) { nodes { announcedOn } } }`, {
      f: { park: { id: { eq: gid('Park', park.id) } }, announcedOn: { gte: '2025-04-01', lte: '2025-06-30' } },
    });
    expect(list.investments.nodes.map((n: any) => n.announcedOn)).toEqual(['2025-04-01', '2025-06-30']);
  });

  it("converts an amount dated on a rate's first valid day at that rate, and the day before at the earlier one", async () => {
    const em = server.em();
    em.create(ExchangeRate, {
      currency: 'EUR',
      validFrom: '2025-01-01',
      usdPerUnit: '1.05',
      note: 'test',
      approximate: false,
      enteredOn: '2025-01-01',
    });
    em.create(ExchangeRate, {
      currency: 'EUR',
      validFrom: '2025-07-01',
      usdPerUnit: '1.2',
      note: 'test',
      approximate: false,
      enteredOn: '2025-07-01',
    });
    await em.flush();
    const f = new Factory(server.em());
    const park = f.park().entity;
    const org = f.organization();
    await f.flush();
    const create = async (announcedOn: string) =>
      (
        await ok(
          `mutation($i: CreateInvestmentInput!) { createInvestment(input: $i) { amount { amountUsd usdRate { validFrom usdPerUnit } } } }`,
          {
            i: {
              organization: gid('Organization', org.id),
              park: gid('Park', park.id),
              sector: 'LOGISTICS',
              stage: 'LEAD',
              amount: { amount: '1000', currency: 'EUR' },
              announcedOn,
            },
          },
          officer,
        )
      ).createInvestment.amount;
    expect(await create('2025-07-01')).toEqual({ amountUsd: '1200', usdRate: { validFrom: '2025-07-01', usdPerUnit: '1.2' } });
    expect(await create('2025-06-30')).toEqual({ amountUsd: '1050', usdRate: { validFrom: '2025-01-01', usdPerUnit: '1.05' } });
  });

  describe("a park's nested lists with unknown values in every sortable column", () => {
    type Row = { id: number; [k: string]: number | string | null };
    const rows: Record<'investments' | 'tenancies' | 'deals', Row[]> = { investments: [], tenancies: [], deals: [] };
    let parkId = 0;
    beforeAll(async () => {
      const f = new Factory(server.em());
      const park = f.park().entity;
      const inv = [
        { amountUsdMinor: 30_000n, announcedOn: '2025-01-01' },
        { amountUsdMinor: null, announcedOn: null },
        { amountUsdMinor: 10_000n, announcedOn: '2025-06-01' },
        { amountUsdMinor: 30_000n, announcedOn: null },
        { amountUsdMinor: null, announcedOn: '2025-01-01' },
      ].map((o) => f.investment(park, { ...o, amountMinor: o.amountUsdMinor, amountCurrency: o.amountUsdMinor === null ? null : 'USD' }));
      const ten = [
        { signedOn: '2024-05-01', leasedAreaM2: 500 },
        { signedOn: null, leasedAreaM2: null },
        { signedOn: '2023-01-01', leasedAreaM2: null },
        { signedOn: null, leasedAreaM2: 200 },
        { signedOn: '2024-05-01', leasedAreaM2: 500 },
      ].map((o) => f.tenancy(park, o));
      const deals = [
        { signedOn: '2025-02-01', valueUsdMinor: null },
        { signedOn: '2025-01-01', valueUsdMinor: 5_000n },
        { signedOn: '2025-02-01', valueUsdMinor: 9_000n },
        { signedOn: '2024-12-31', valueUsdMinor: null },
      ].map((o) => f.deal(park, { ...o, valueMinor: o.valueUsdMinor, valueCurrency: o.valueUsdMinor === null ? null : 'USD' }));
      await f.flush();
      parkId = park.id;
      const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
      rows.investments = inv.map((i) => ({ id: i.id, AMOUNT_USD: num(i.amountUsdMinor), ANNOUNCED_ON: (i.announcedOn as string | null) ?? null }));
      rows.tenancies = ten.map((t) => ({ id: t.id, SIGNED_ON: (t.signedOn as string | null) ?? null, LEASED_AREA: num(t.leasedAreaM2) }));
      rows.deals = deals.map((d) => ({ id: d.id, SIGNED_ON: d.signedOn as string, VALUE_USD: num(d.valueUsdMinor) }));
    });

    /** The order the API promises, worked out from the fixture: by the key, unknown values last either way, then by id. */
    function expected(list: Row[], key: string, dir: 'ASC' | 'DESC') {
      const sign = dir === 'ASC' ? 1 : -1;
      return [...list]
        .sort((a, b) => {
          const [x, y] = [a[key], b[key]];
          if (x === null && y !== null) return 1;
          if (y === null && x !== null) return -1;
          if (x !== null && y !== null && x !== y) return (x < y ? -1 : 1) * sign;
          return (a.id - b.id) * sign;
        })
        .map((r) => r.id);
    }

    async function walk(list: string, type: string, order: string, backward: boolean): Promise<number[]> {
      const seen: number[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < 10; i++) {
        const page = `${list}(${backward ? 'last: 2, before: $c' : 'first: 2, after: $c'}, orderBy: [${order}]) { nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }`;
        const data: any = await ok(`query($id: ID!, $c: String) { node(id: $id) { ... on Park { ${page} } } }`, { id: gid('Park', parkId), c: cursor });
        const ids = data.node[list].nodes.map((n: { id: string }) => Number(Buffer.from(n.id, 'base64url').toString().split(':')[1]));
        if (backward) seen.unshift(...ids);
        else seen.push(...ids);
        const info = data.node[list].pageInfo;
        if (!(backward ? info.hasPreviousPage : info.hasNextPage)) return seen;
        cursor = backward ? info.startCursor : info.endCursor;
      }
      throw new Error(`${list} ${order}: more pages than rows`);
    }

    // [list, key, type, whether the column may be unknown] (a deal always has its signing date).
    const cases = [
      ['investments', 'AMOUNT_USD', 'Investment', true],
      ['investments', 'ANNOUNCED_ON', 'Investment', true],
      ['tenancies', 'SIGNED_ON', 'Tenancy', true],
      ['tenancies', 'LEASED_AREA', 'Tenancy', true],
      ['deals', 'SIGNED_ON', 'Deal', false],
      ['deals', 'VALUE_USD', 'Deal', true],
    ] as const;
    it.each(cases)('sorts %s by %s, unknown values last, forwards and backwards through the pages', async (list, key, type, nullable) => {
      for (const dir of ['ASC', 'DESC'] as const) {
        const want = expected(rows[list], key, dir);
        expect(await walk(list, type, `${key}_${dir}`, false), `${key}_${dir} forwards`).toEqual(want);
        expect(await walk(list, type, `${key}_${dir}`, true), `${key}_${dir} backwards`).toEqual(want);
      }
      // The fixture really has unknown values in each column that allows them (and ties elsewhere).
      expect(rows[list].some((r) => r[key] === null)).toBe(nullable);
    });
  });

  describe('write rules step by step', () => {
    const orgQuery = `query($id: ID!) { node(id: $id) { ... on Organization { version verification recordedBy recordedAt name { en } sources { id fields } } } }`;
    /** A VERIFIED organization with two quotes (name; country) of its sources. */
    async function verifiedOrganization() {
      const f = new Factory(server.em());
      const org = f.organization({ verification: 'VERIFIED', recordedBy: null, recordedAt: null });
      await f.flush();
      const quotes = [f.citation('Organization', org.id, ['name']), f.citation('Organization', org.id, ['country'])];
      await f.flush();
      return { id: gid('Organization', org.id), rowId: org.id, quotes: quotes.map((q) => gid('Citation', q.id)) };
    }
    const count = async (table: string, where = '1 = 1') => Number((await sql(`select count(*) as n from ${table} where ${where}`))[0].n);

    it('refuses a stale version on update and on delete with CONFLICT and currentVersion, changing nothing', async () => {
      const { id, rowId } = await verifiedOrganization();
      const plain = (
        await ok(`mutation { createOrganization(input: { nameZh: "版本公司", nameEn: "Version Co", kind: COMPANY }) { id version } }`, undefined, officer)
      ).createOrganization;
      const updated = (
        await ok(
          `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { version } }`,
          { i: { id: plain.id, version: plain.version, website: 'https://example.org' } },
          officer,
        )
      ).updateOrganization;
      expect(updated.version).toBe(plain.version + 1);
      const before = {
        rows: await sql(`select * from organization where name_en = 'Version Co'`),
        audit: await count('audit_entry'),
        orgs: await count('organization'),
      };

      const staleUpdate = await server.gql(
        `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { version } }`,
        { i: { id: plain.id, version: plain.version, nameEn: 'Lost Update' } },
        officer,
      );
      expect(staleUpdate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: plain.version + 1 });
      expect(staleUpdate.data?.updateOrganization ?? null).toBeNull();
      const staleDelete = await server.gql(
        `mutation($id: ID!, $v: Int!) { deleteOrganization(id: $id, version: $v) { id } }`,
        { id: plain.id, v: plain.version },
        officer,
      );
      expect(staleDelete.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: plain.version + 1 });
      expect(staleDelete.data?.deleteOrganization ?? null).toBeNull();
      expect({
        rows: await sql(`select * from organization where name_en = 'Version Co'`),
        audit: await count('audit_entry'),
        orgs: await count('organization'),
      }).toEqual(before);

      // The current version goes through.
      const removed = await ok(
        `mutation($id: ID!, $v: Int!) { deleteOrganization(id: $id, version: $v) { id } }`,
        { id: plain.id, v: updated.version },
        officer,
      );
      expect(removed.deleteOrganization.id).toBe(plain.id);
      expect(await count('organization', `name_en = 'Version Co'`)).toBe(0);
      expect(await count('organization', `id = ${rowId}`)).toBe(1);
      void id;
    });

    it('refuses to delete a quoted record, and a VERIFIED record whose last quote is removed becomes RECORDED by whoever removed it', async () => {
      const { id, rowId, quotes } = await verifiedOrganization();
      const start = (await ok(orgQuery, { id })).node;
      expect(start).toMatchObject({ verification: 'VERIFIED', recordedBy: null, recordedAt: null });
      expect(start.sources.map((s: any) => s.id).sort()).toEqual([...quotes].sort());

      const refused = await server.gql(`mutation($id: ID!, $v: Int!) { deleteOrganization(id: $id, version: $v) { id } }`, { id, v: start.version }, officer);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(refused.errors?.[0].message).toBe('This Organization is supported by quotes; remove its sources (update with removeSources) before deleting it');
      expect(await count('organization', `id = ${rowId}`)).toBe(1);
      expect(await count('citation', `subject_type = 'Organization' and subject_id = ${rowId}`)).toBe(2);

      // One quote removed, one left: still VERIFIED.
      const one = (
        await ok(
          `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { version verification recordedBy } }`,
          { i: { id, version: start.version, removeSources: [quotes[1]] } },
          officer,
        )
      ).updateOrganization;
      expect(one).toEqual({ version: start.version + 1, verification: 'VERIFIED', recordedBy: null });

      // The last quote removed (and the name it supported changed): RECORDED, by this officer, now on the server's clock.
      server.clock.advance(60_000);
      const at = server.clock.now().getTime();
      const last = (
        await ok(
          `mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { version verification recordedBy recordedAt name { en } sources { id } } }`,
          { i: { id, version: one.version, removeSources: [quotes[0]], nameEn: 'Unquoted Name' } },
          officer,
        )
      ).updateOrganization;
      expect(last).toMatchObject({ verification: 'RECORDED', recordedBy: 'Officer Edge', name: { en: 'Unquoted Name' }, sources: [] });
      expect(Math.abs(new Date(last.recordedAt).getTime() - at)).toBeLessThan(5_000);
      const [row] = await sql(`select verification, recorded_by, version from organization where id = ${rowId}`);
      expect({ ...row, version: Number(row.version) }).toEqual({ verification: 'RECORDED', recorded_by: 'Officer Edge', version: last.version });
      // One update, one version step, also when it turns the record RECORDED.
      expect(last.version).toBe(one.version + 1);
      expect(await count('citation', `subject_type = 'Organization' and subject_id = ${rowId}`)).toBe(0);

      // With no quote left it can be deleted.
      const gone = await ok(`mutation($id: ID!, $v: Int!) { deleteOrganization(id: $id, version: $v) { id } }`, { id, v: last.version }, officer);
      expect(gone.deleteOrganization.id).toBe(id);
      expect(await count('organization', `id = ${rowId}`)).toBe(0);
    });
  });
});
