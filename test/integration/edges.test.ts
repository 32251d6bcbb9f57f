// Records placed exactly on the edges (a period's first and last days, a rate's first valid day, unknown values in
// every sortable column of a park's nested lists) and the write rules taken one step at a time. Every fixture is
// built here with the factories, so the expectations come from the fixtures, not from the answers under test.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromMinor } from '../../server/src/modules/money/money.js';
import { ExchangeRate } from '../../server/src/modules/money/exchange-rate.entity.js';
import { Sector } from '../../server/src/modules/sectors/sector.entity.js';
import { graphql } from '../__generated__/gql.js';
import { DealOrder, InvestmentOrder, TenancyOrder } from '../__generated__/graphql.js';
import { signedIn } from '../helpers/access.js';
import { Factory } from '../helpers/factories.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');

/** The value of a generated enum spelled `value`, or an error naming the values there are. */
function member<T extends string>(values: Record<string, T>, value: string): T {
  const found = Object.values(values).find((v) => v === value);
  if (!found) throw new Error(`${value} is not one of ${Object.values(values).join(', ')}`);
  return found;
}

const EdgesPeriodStats = graphql(`
  query EdgesPeriodStats($f: InvestmentFilter) {
    investmentStats(filter: $f, period: { from: "2025-04-01", to: "2025-06-30" }, compareTo: PREVIOUS_YEAR, groupBy: [MONTH]) {
      period {
        from
        to
      }
      previousPeriod {
        from
        to
      }
      totals {
        count
        total
      }
      previousTotals {
        count
        total
      }
      buckets {
        key {
          value
        }
        figures {
          count
          total
        }
      }
    }
  }
`);

const EdgesAnnouncedOn = graphql(`
  query EdgesAnnouncedOn($f: InvestmentFilter) {
    investments(first: 10, filter: $f, orderBy: [ANNOUNCED_ON_ASC]) {
      nodes {
        announcedOn
      }
    }
  }
`);

const EdgesCreateInvestment = graphql(`
  mutation EdgesCreateInvestment($i: CreateInvestmentInput!) {
    createInvestment(input: $i) {
      amount {
        amountUsd
        usdRate {
          validFrom
          usdPerUnit
        }
      }
    }
  }
`);

const EdgesParkInvestments = graphql(`
  query EdgesParkInvestments($id: ID!, $o: [InvestmentOrder!], $first: Int, $after: String, $last: Int, $before: String) {
    node(id: $id) {
      __typename
      ... on Park {
        investments(first: $first, after: $after, last: $last, before: $before, orderBy: $o) {
          nodes {
            id
          }
          pageInfo {
            ...Walk_pageInfo
          }
        }
      }
    }
  }
`);

const EdgesParkTenancies = graphql(`
  query EdgesParkTenancies($id: ID!, $o: [TenancyOrder!], $first: Int, $after: String, $last: Int, $before: String) {
    node(id: $id) {
      __typename
      ... on Park {
        tenancies(first: $first, after: $after, last: $last, before: $before, orderBy: $o) {
          nodes {
            id
          }
          pageInfo {
            ...Walk_pageInfo
          }
        }
      }
    }
  }
`);

const EdgesParkDeals = graphql(`
  query EdgesParkDeals($id: ID!, $o: [DealOrder!], $first: Int, $after: String, $last: Int, $before: String) {
    node(id: $id) {
      __typename
      ... on Park {
        deals(first: $first, after: $after, last: $last, before: $before, orderBy: $o) {
          nodes {
            id
          }
          pageInfo {
            ...Walk_pageInfo
          }
        }
      }
    }
  }
`);

const EdgesOrganization = graphql(`
  query EdgesOrganization($id: ID!) {
    node(id: $id) {
      __typename
      ... on Organization {
        version
        verification
        recordedBy
        recordedAt
        name {
          en
        }
        sources {
          id
          fields
        }
      }
    }
  }
`);

const EdgesCreateOrganization = graphql(`
  mutation EdgesCreateOrganization($i: CreateOrganizationInput!) {
    createOrganization(input: $i) {
      id
      version
    }
  }
`);

const EdgesUpdateOrganization = graphql(`
  mutation EdgesUpdateOrganization($i: UpdateOrganizationInput!) {
    updateOrganization(input: $i) {
      version
    }
  }
`);

const EdgesUpdateOrganizationProvenance = graphql(`
  mutation EdgesUpdateOrganizationProvenance($i: UpdateOrganizationInput!) {
    updateOrganization(input: $i) {
      version
      verification
      recordedBy
    }
  }
`);

const EdgesUpdateOrganizationFully = graphql(`
  mutation EdgesUpdateOrganizationFully($i: UpdateOrganizationInput!) {
    updateOrganization(input: $i) {
      version
      verification
      recordedBy
      recordedAt
      name {
        en
      }
      sources {
        id
      }
    }
  }
`);

const EdgesDeleteOrganization = graphql(`
  mutation EdgesDeleteOrganization($id: ID!, $v: Int!) {
    deleteOrganization(id: $id, version: $v) {
      id
    }
  }
`);

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

  /** Sends a typed document, expects no errors and returns its data. */
  const ok = async <TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables, as?: string): Promise<TResult> => {
    const res = await server.gql(document, variables, as);
    expect(res.errors, res.body).toBeUndefined();
    if (!res.data) throw new Error(res.body);
    return res.data;
  };
  const sql = (q: string) => server.em().getConnection().execute<Record<string, string | number | bigint | null>[]>(q);

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
    const stats = (await ok(EdgesPeriodStats, { f: { park: { id: { eq: gid('Park', park.id) } } } })).investmentStats;
    expect(stats.period).toEqual({ from: '2025-04-01', to: '2025-06-30' });
    expect(stats.previousPeriod).toEqual({ from: '2024-04-01', to: '2024-06-30' });
    expect(stats.totals).toEqual({ count: 2, total: fromMinor(300n, 'USD') });
    expect(stats.previousTotals).toEqual({ count: 2, total: fromMinor(4800n, 'USD') });
    expect(stats.buckets.map((b) => [b.key[0].value, b.figures.count, b.figures.total])).toEqual([
      ['2025-04', 1, fromMinor(100n, 'USD')],
      ['2025-05', 0, fromMinor(0n, 'USD')], // an empty month within the period: zeros
      ['2025-06', 1, fromMinor(200n, 'USD')],
    ]);
    // The list filter's date range includes both ends too.
    const list = await ok(EdgesAnnouncedOn, {
      f: { park: { id: { eq: gid('Park', park.id) } }, announcedOn: { gte: '2025-04-01', lte: '2025-06-30' } },
    });
    expect(list.investments.nodes.map((n) => n.announcedOn)).toEqual(['2025-04-01', '2025-06-30']);
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
          EdgesCreateInvestment,
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
      rows.deals = deals.map((d) => ({ id: d.id, SIGNED_ON: d.signedOn, VALUE_USD: num(d.valueUsdMinor) }));
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

    /** One page of the park's `list` in `order`: two rows after (or, backwards, before) the cursor. */
    async function page(list: keyof typeof rows, order: string, cursor: string | null, backward: boolean) {
      const id = gid('Park', parkId);
      const at = backward ? { last: 2, before: cursor } : { first: 2, after: cursor };
      const node =
        list === 'investments'
          ? (await ok(EdgesParkInvestments, { id, o: [member(InvestmentOrder, order)], ...at })).node
          : list === 'tenancies'
            ? (await ok(EdgesParkTenancies, { id, o: [member(TenancyOrder, order)], ...at })).node
            : (await ok(EdgesParkDeals, { id, o: [member(DealOrder, order)], ...at })).node;
      if (node?.__typename !== 'Park') throw new Error(`${id} is not a park`);
      if ('investments' in node) return node.investments;
      if ('tenancies' in node) return node.tenancies;
      return node.deals;
    }

    async function walk(list: keyof typeof rows, order: string, backward: boolean): Promise<number[]> {
      const seen: number[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < 10; i++) {
        const { nodes, pageInfo: info } = await page(list, order, cursor, backward);
        const ids = nodes.map((n) => Number(Buffer.from(n.id, 'base64url').toString().split(':')[1]));
        if (backward) seen.unshift(...ids);
        else seen.push(...ids);
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
    it.each(cases)('sorts %s by %s, unknown values last, forwards and backwards through the pages', async (list, key, _type, nullable) => {
      for (const dir of ['ASC', 'DESC'] as const) {
        const want = expected(rows[list], key, dir);
        expect(await walk(list, `${key}_${dir}`, false), `${key}_${dir} forwards`).toEqual(want);
        expect(await walk(list, `${key}_${dir}`, true), `${key}_${dir} backwards`).toEqual(want);
      }
      // The fixture really has unknown values in each column that allows them (and ties elsewhere).
      expect(rows[list].some((r) => r[key] === null)).toBe(nullable);
    });
  });

  describe('write rules step by step', () => {
    /** An organization as the API answers it. */
    async function organization(id: string) {
      const node = (await ok(EdgesOrganization, { id })).node;
      if (node?.__typename !== 'Organization' || !('version' in node)) throw new Error(`${id} is not an organization`);
      return node;
    }
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
      const plain = (await ok(EdgesCreateOrganization, { i: { nameZh: '版本公司', nameEn: 'Version Co', kind: 'COMPANY' } }, officer)).createOrganization;
      const updated = (await ok(EdgesUpdateOrganization, { i: { id: plain.id, version: plain.version, website: 'https://example.org' } }, officer))
        .updateOrganization;
      expect(updated.version).toBe(plain.version + 1);
      const before = {
        rows: await sql(`select * from organization where name_en = 'Version Co'`),
        audit: await count('audit_entry'),
        orgs: await count('organization'),
      };

      const staleUpdate = await server.gql(EdgesUpdateOrganization, { i: { id: plain.id, version: plain.version, nameEn: 'Lost Update' } }, officer);
      expect(staleUpdate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: plain.version + 1 });
      expect(staleUpdate.data?.updateOrganization ?? null).toBeNull();
      const staleDelete = await server.gql(EdgesDeleteOrganization, { id: plain.id, v: plain.version }, officer);
      expect(staleDelete.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: plain.version + 1 });
      expect(staleDelete.data?.deleteOrganization ?? null).toBeNull();
      expect({
        rows: await sql(`select * from organization where name_en = 'Version Co'`),
        audit: await count('audit_entry'),
        orgs: await count('organization'),
      }).toEqual(before);

      // The current version goes through.
      const removed = await ok(EdgesDeleteOrganization, { id: plain.id, v: updated.version }, officer);
      expect(removed.deleteOrganization?.id).toBe(plain.id);
      expect(await count('organization', `name_en = 'Version Co'`)).toBe(0);
      expect(await count('organization', `id = ${rowId}`)).toBe(1);
      void id;
    });

    it('refuses to delete a quoted record, and a VERIFIED record whose last quote is removed becomes RECORDED by whoever removed it', async () => {
      const { id, rowId, quotes } = await verifiedOrganization();
      const start = await organization(id);
      expect(start).toMatchObject({ verification: 'VERIFIED', recordedBy: null, recordedAt: null });
      expect(start.sources.map((s) => s.id).sort()).toEqual([...quotes].sort());

      const refused = await server.gql(EdgesDeleteOrganization, { id, v: start.version }, officer);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(refused.errors?.[0].message).toBe('This Organization is supported by quotes; remove its sources (update with removeSources) before deleting it');
      expect(await count('organization', `id = ${rowId}`)).toBe(1);
      expect(await count('citation', `subject_type = 'Organization' and subject_id = ${rowId}`)).toBe(2);

      // One quote removed, one left: still VERIFIED.
      const one = (await ok(EdgesUpdateOrganizationProvenance, { i: { id, version: start.version, removeSources: [quotes[1]] } }, officer)).updateOrganization;
      expect(one).toEqual({ version: start.version + 1, verification: 'VERIFIED', recordedBy: null });

      // The last quote removed (and the name it supported changed): RECORDED, by this officer, now on the server's clock.
      server.clock.advance(60_000);
      const at = server.clock.now().getTime();
      const last = (await ok(EdgesUpdateOrganizationFully, { i: { id, version: one.version, removeSources: [quotes[0]], nameEn: 'Unquoted Name' } }, officer))
        .updateOrganization;
      expect(last).toMatchObject({ verification: 'RECORDED', recordedBy: 'Officer Edge', name: { en: 'Unquoted Name' }, sources: [] });
      expect(Math.abs(new Date(last.recordedAt ?? '').getTime() - at)).toBeLessThan(5_000);
      const [row] = await sql(`select verification, recorded_by, version from organization where id = ${rowId}`);
      expect({ ...row, version: Number(row.version) }).toEqual({ verification: 'RECORDED', recorded_by: 'Officer Edge', version: last.version });
      // One update, one version step, also when it turns the record RECORDED.
      expect(last.version).toBe(one.version + 1);
      expect(await count('citation', `subject_type = 'Organization' and subject_id = ${rowId}`)).toBe(0);

      // With no quote left it can be deleted.
      const gone = await ok(EdgesDeleteOrganization, { id, v: last.version }, officer);
      expect(gone.deleteOrganization?.id).toBe(id);
      expect(await count('organization', `id = ${rowId}`)).toBe(0);
    });
  });
});
