// Every statistic equals the same aggregate computed here, in plain code, over the base tables' rows, after a fixed
// seed's 500 random creates, updates and deletes through the API: whatever the statistics read (indexes, summaries),
// they never change an answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../server/src/graphql/global-id.js';
import { scalarText, toBigInt } from '../../server/src/db/numbers.js';
import { fromMinor } from '../../server/src/modules/money/money.js';
import { graphql } from '../__generated__/gql.js';
import type { DealGroupBy, InvestmentGroupBy, TenancyGroupBy } from '../__generated__/graphql.js';
import { signedIn } from '../helpers/access.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';
import { rebuildSummaries } from '../../server/src/modules/stats/summary.js';

const TODAY = '2026-11-24';
const OPERATIONS = 500;
const LANES = 4;
const SECTORS = ['LOGISTICS', 'NEW_ENERGY', 'EQUIPMENT_MANUFACTURING', 'AGRI_FOOD', 'TRADE'] as const;
const STAGES = ['LEAD', 'NEGOTIATING', 'SIGNED', 'UNDER_CONSTRUCTION', 'OPERATING'] as const;
const DEAL_KINDS = ['COOPERATION_AGREEMENT', 'SETTLEMENT_CONTRACT', 'INVESTMENT_AGREEMENT', 'MOU'] as const;
const TENANCY_STATUSES = ['SIGNED', 'MOVED_IN', 'OPERATING', 'EXITED'] as const;
const INVESTMENT_DIMENSIONS: InvestmentGroupBy[] = ['PARK', 'SECTOR', 'SOURCE_COUNTRY', 'STAGE', 'ORGANIZATION_KIND', 'YEAR', 'QUARTER', 'MONTH'];
const DEAL_DIMENSIONS: DealGroupBy[] = ['PARK', 'KIND', 'EVENT', 'YEAR', 'QUARTER', 'MONTH'];
const TENANCY_DIMENSIONS: TenancyGroupBy[] = ['PARK', 'COUNTRY', 'SECTOR', 'STATUS'];
const PERIOD = { from: '2025-03-14', to: '2026-02-09' };

/** mulberry32: a small seeded generator, so every run applies the same writes. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  const day = () => new Date(Date.UTC(2023, 0, 1) + int(1420) * 86_400_000).toISOString().slice(0, 10);
  const maybe = <T>(p: number, value: () => T): T | null => (next() < p ? value() : null);
  return { next, int, pick, day, maybe };
}

const Ids = graphql(`
  query EquivalenceIds {
    parks(first: 100) {
      nodes {
        id
      }
    }
    organizations(first: 100) {
      nodes {
        id
        version
        verification
      }
    }
    events(first: 100) {
      nodes {
        id
      }
    }
  }
`);

const CreateInvestment = graphql(`
  mutation EquivalenceCreateInvestment($i: CreateInvestmentInput!) {
    createInvestment(input: $i) {
      id
      version
    }
  }
`);
const UpdateInvestment = graphql(`
  mutation EquivalenceUpdateInvestment($i: UpdateInvestmentInput!) {
    updateInvestment(input: $i) {
      id
      version
    }
  }
`);
const DeleteInvestment = graphql(`
  mutation EquivalenceDeleteInvestment($id: ID!, $v: Int!) {
    deleteInvestment(id: $id, version: $v) {
      id
    }
  }
`);
const UpdateOrganization = graphql(`
  mutation EquivalenceUpdateOrganization($i: UpdateOrganizationInput!) {
    updateOrganization(input: $i) {
      id
      version
    }
  }
`);
const CreateRate = graphql(`
  mutation EquivalenceCreateRate($i: CreateExchangeRateInput!) {
    createExchangeRate(input: $i) {
      id
    }
  }
`);
const CreateDeal = graphql(`
  mutation EquivalenceCreateDeal($i: CreateDealInput!) {
    createDeal(input: $i) {
      id
      version
    }
  }
`);
const UpdateDeal = graphql(`
  mutation EquivalenceUpdateDeal($i: UpdateDealInput!) {
    updateDeal(input: $i) {
      id
      version
    }
  }
`);
const DeleteDeal = graphql(`
  mutation EquivalenceDeleteDeal($id: ID!, $v: Int!) {
    deleteDeal(id: $id, version: $v) {
      id
    }
  }
`);
const CreateTenancy = graphql(`
  mutation EquivalenceCreateTenancy($i: CreateTenancyInput!) {
    createTenancy(input: $i) {
      id
      version
    }
  }
`);
const UpdateTenancy = graphql(`
  mutation EquivalenceUpdateTenancy($i: UpdateTenancyInput!) {
    updateTenancy(input: $i) {
      id
      version
    }
  }
`);
const DeleteTenancy = graphql(`
  mutation EquivalenceDeleteTenancy($id: ID!, $v: Int!) {
    deleteTenancy(id: $id, version: $v) {
      id
    }
  }
`);

const ListCount = graphql(`
  query EquivalenceListCount($f: InvestmentFilter) {
    investments(filter: $f, first: 1) {
      totalCount
    }
  }
`);

const Stats = graphql(`
  query EquivalenceStats(
    $if: InvestmentFilter
    $ig: [InvestmentGroupBy!]
    $df: DealFilter
    $dg: [DealGroupBy!]
    $tf: TenancyFilter
    $tg: [TenancyGroupBy!]
    $period: PeriodInput
  ) {
    investmentStats(filter: $if, groupBy: $ig, period: $period) {
      totals {
        count
        valuedCount
        total
      }
      buckets {
        key {
          value
        }
        figures {
          count
          valuedCount
          total
        }
      }
    }
    dealStats(filter: $df, groupBy: $dg, period: $period) {
      totals {
        count
        parties
        valuedCount
        total
      }
      buckets {
        key {
          value
        }
        figures {
          count
          parties
          valuedCount
          total
        }
      }
    }
    tenancyStats(filter: $tf, groupBy: $tg, current: true) {
      totals {
        count
        tenants
      }
      buckets {
        key {
          value
        }
        figures {
          count
          tenants
        }
      }
    }
  }
`);

interface InvestmentRow {
  park_id: number;
  sector_code: string;
  stage: string;
  amount_usd_minor: unknown;
  announced_on: unknown;
  country: string | null;
  kind: string | null;
}
interface DealRow {
  id: number;
  park_id: number | null;
  kind: string;
  event_id: number | null;
  signed_on: unknown;
  value_usd_minor: unknown;
  unnamed_party_count: number;
  named: unknown;
  named_party_count: unknown;
}
interface TenancyRow {
  organization_id: number;
  park_id: number;
  status: string;
  signed_on: unknown;
  exited_on: unknown;
  country: string | null;
}

/** A date column as YYYY-MM-DD on either database (PostgreSQL's driver may hand back a Date or a string). */
const day = (v: unknown): string | null => (v == null ? null : v instanceof Date ? v.toISOString().slice(0, 10) : scalarText(v).slice(0, 10));
const minor = (v: unknown): bigint | null => (v == null ? null : toBigInt(v));

function calendarKey(grain: string, date: string | null): string | null {
  if (!date) return null;
  if (grain === 'YEAR') return date.slice(0, 4);
  if (grain === 'MONTH') return date.slice(0, 7);
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

type Figures = Record<string, number | string | null>;

/** Groups rows by a key and adds up count, valued count and USD total (and parties), as the API reports them. */
function money<R>(rows: R[], key: (r: R) => string | null, usd: (r: R) => bigint | null, parties?: (r: R) => number): Map<string | null, Figures> {
  const groups = new Map<string | null, { count: number; valued: number; total: bigint; parties: number }>();
  for (const r of rows) {
    const k = key(r);
    const g = groups.get(k) ?? { count: 0, valued: 0, total: 0n, parties: 0 };
    const value = usd(r);
    g.count++;
    if (value !== null) {
      g.valued++;
      g.total += value;
    }
    g.parties += parties?.(r) ?? 0;
    groups.set(k, g);
  }
  return new Map(
    [...groups].map(([k, g]) => [
      k,
      {
        count: g.count,
        valuedCount: g.valued,
        total: g.valued === 0 ? null : fromMinor(g.total, 'USD'),
        ...(parties ? { parties: g.parties } : {}),
      },
    ]),
  );
}

/** The API's buckets with something in them, by key (time series are zero-filled; empty buckets say nothing). */
function bucketsOf(buckets: { key: { value?: string | null }[]; figures: Figures }[]): Map<string | null, Figures> {
  return new Map(buckets.filter((b) => Number(b.figures.count) > 0).map((b) => [b.key[0].value ?? null, b.figures]));
}

describe.each(DIALECTS)('statistics equal the base tables after 500 random writes on %s', (dialect) => {
  let server: TestServer;
  let parks: string[];
  let applied: Record<string, number>;

  beforeAll(async () => {
    server = await createTestServer(dialect, { today: TODAY });
    const { token } = await signedIn(server, 'OFFICER');
    const ids = await server.gql(Ids, {});
    if (!ids.data) throw new Error(ids.body);
    parks = ids.data.parks.nodes.map((p) => p.id);
    const organizations = ids.data.organizations.nodes.map((o) => o.id);
    const events = ids.data.events.nodes.map((e) => e.id);
    applied = { create: 0, update: 0, delete: 0 };
    // Lanes of writes run side by side, each on its own records with its own seed: the same writes every run, in less time.
    const lane = async (seed: number, operations: number) => {
      const r = random(seed);
      const money = () => r.maybe(0.8, () => ({ amount: String(r.int(5_000_000) + r.int(100) / 100), currency: r.pick(['USD', 'USD', 'CNY']) }));
      const records: Record<'investment' | 'deal' | 'tenancy', { id: string; version: number }[]> = { investment: [], deal: [], tenancy: [] };
      const must = <T>(res: { data?: T | null; body: string }): T => {
        if (!res.data) throw new Error(res.body);
        return res.data;
      };
      const tenancyDates = () => {
        const signed = r.maybe(0.85, r.day);
        const exited = signed && r.next() < 0.3 ? new Date(Date.parse(signed) + (1 + r.int(700)) * 86_400_000).toISOString().slice(0, 10) : null;
        return { signedOn: signed, exitedOn: exited };
      };
      for (let n = 0; n < operations; n++) {
        const type = r.pick(['investment', 'investment', 'deal', 'tenancy'] as const);
        const list = records[type];
        const roll = r.next();
        const op = list.length < 5 || roll < 0.5 ? 'create' : roll < 0.8 ? 'update' : 'delete';
        applied[op]++;
        if (op === 'delete') {
          const [victim] = list.splice(r.int(list.length), 1);
          const vars = { id: victim.id, v: victim.version };
          if (type === 'investment') must(await server.gql(DeleteInvestment, vars, token));
          else if (type === 'deal') must(await server.gql(DeleteDeal, vars, token));
          else must(await server.gql(DeleteTenancy, vars, token));
          continue;
        }
        if (type === 'investment') {
          const fields = {
            organization: r.maybe(0.9, () => r.pick(organizations)),
            park: r.pick(parks),
            sector: r.pick(SECTORS),
            stage: r.pick(STAGES),
            amount: money(),
            announcedOn: r.maybe(0.95, r.day),
          };
          if (op === 'create') list.push(must(await server.gql(CreateInvestment, { i: fields }, token)).createInvestment);
          else {
            const i = r.int(list.length);
            list[i] = must(await server.gql(UpdateInvestment, { i: { ...fields, id: list[i].id, version: list[i].version } }, token)).updateInvestment;
          }
        } else if (type === 'deal') {
          const parties = [...new Set([r.pick(organizations), r.pick(organizations)])]
            .slice(0, 1 + r.int(2))
            .map((o) => ({ organization: o, role: 'PARTY' as const }));
          const fields = {
            kind: r.pick(DEAL_KINDS),
            titleZh: `协议 ${seed}-${n}`,
            titleEn: `Agreement ${seed}-${n}`,
            signedOn: r.day(),
            park: r.maybe(0.8, () => r.pick(parks)),
            event: r.maybe(0.4, () => r.pick(events)),
            parties,
            unnamedPartyCount: r.int(3),
            value: money(),
          };
          if (op === 'create') list.push(must(await server.gql(CreateDeal, { i: fields }, token)).createDeal);
          else {
            const i = r.int(list.length);
            list[i] = must(await server.gql(UpdateDeal, { i: { ...fields, id: list[i].id, version: list[i].version } }, token)).updateDeal;
          }
        } else if (op === 'create') {
          const fields = { organization: r.pick(organizations), park: r.pick(parks), status: r.pick(TENANCY_STATUSES), ...tenancyDates() };
          list.push(must(await server.gql(CreateTenancy, { i: fields }, token)).createTenancy);
        } else {
          const i = r.int(list.length);
          const fields = { status: r.pick(TENANCY_STATUSES), ...tenancyDates() };
          list[i] = must(await server.gql(UpdateTenancy, { i: { ...fields, id: list[i].id, version: list[i].version } }, token)).updateTenancy;
        }
      }
    };
    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(20261201 + i, OPERATIONS / LANES)));
    // Investors moving country or changing kind carry their investments with them; a new rate re-prices amounts.
    const r = random(7);
    for (const o of ids.data.organizations.nodes.filter((n) => n.verification === 'DEMO').slice(0, 12)) {
      const change = r.next() < 0.5 ? { country: r.pick(['CN', 'AE', 'KZ', 'RU']) } : { kind: r.pick(['COMPANY', 'STATE_OWNED_ENTERPRISE'] as const) };
      const res = await server.gql(UpdateOrganization, { i: { id: o.id, version: o.version, ...change } }, token);
      if (!res.data) throw new Error(res.body);
    }
    const admin = await signedIn(server, 'ADMIN');
    const rate = await server.gql(CreateRate, { i: { currency: 'CNY', validFrom: '2025-06-16', usdPerUnit: '0.15', note: 'equivalence test' } }, admin.token);
    if (!rate.data) throw new Error(rate.body);
  }, 240_000);

  afterAll(async () => {
    await server?.close();
  });

  /** The base tables' rows, read back with plain SQL. */
  async function baseRows() {
    const connection = server.em().getConnection();
    const investments = await connection.execute<InvestmentRow[]>(
      `select i.park_id, i.sector_code, i.stage, i.amount_usd_minor, i.announced_on, o.country, o.kind
         from investment i left join organization o on o.id = i.organization_id`,
    );
    const deals = await connection.execute<DealRow[]>(
      `select d.id, d.park_id, d.kind, d.event_id, d.signed_on, d.value_usd_minor, d.unnamed_party_count, d.named_party_count,
              (select count(*) from deal_party p where p.deal_id = d.id) as named
         from deal d`,
    );
    // The statistics add up each deal's stored count of named parties: it equals its party rows after the seed and
    // every create and update.
    expect(deals.filter((d) => Number(d.named_party_count) !== Number(d.named)).map((d) => d.id)).toEqual([]);
    const tenancies = await connection.execute<TenancyRow[]>(
      `select t.organization_id, t.park_id, t.status, t.signed_on, t.exited_on, o.country
         from tenancy t join organization o on o.id = t.organization_id`,
    );
    const sectors = await connection.execute<{ organization_id: number; sector_code: string }[]>(
      `select organization_id, sector_code from organization_sector`,
    );
    return { investments, deals, tenancies, sectors };
  }

  it('applied creates, updates and deletes of every record type', () => {
    expect(applied.create + applied.update + applied.delete).toBe(OPERATIONS);
    expect(Math.min(applied.create, applied.update, applied.delete)).toBeGreaterThan(50);
  });

  it('keeps the investment summary equal to one computed again from the records', async () => {
    const em = server.em().fork();
    const rows = () =>
      em
        .getConnection()
        .execute<Record<string, unknown>[]>(
          `select a_dim, a_val, b_dim, b_val, month, verification, n, v, t from investment_summary where n <> 0 order by a_dim, a_val, b_dim, b_val, month, verification`,
        )
        .then((list) => list.map((row) => Object.values(row).map(String).join('|')));
    const kept = await rows();
    await em.transactional(async (tx) => {
      const conn = tx.getConnection();
      await rebuildSummaries((sql) => conn.execute(sql, [], 'run', tx.getTransactionContext()), dialect);
    });
    const rebuilt = await rows();
    expect(rebuilt.length).toBeGreaterThan(100);
    expect(kept).toEqual(rebuilt);
    // Rows added up to nothing may stay; none is ever negative.
    const [negative] = await em.getConnection().execute<{ n: unknown }[]>('select count(*) as n from investment_summary where n < 0 or v < 0');
    expect(Number(negative.n)).toBe(0);
  });

  const FILTERS = ['none', 'park', 'sector', 'stage', 'country', 'kind', 'period'] as const;

  it.each(FILTERS)('every grouping of every statistic, filtered by %s', async (filter) => {
    const base = await baseRows();
    const park = parks[0];
    const parkId = Number(fromGlobalId(park).id);
    const inPeriod = (d: string | null) => filter !== 'period' || (d !== null && d >= PERIOD.from && d <= PERIOD.to);
    const investmentFilter = {
      none: {},
      park: { park: { id: { in: [park] } } },
      sector: { sector: { in: ['LOGISTICS' as const] } },
      stage: { stage: { in: ['SIGNED' as const, 'OPERATING' as const] } },
      country: { organization: { country: { in: ['CN', 'AE'] } } },
      kind: { organization: { kind: { in: ['COMPANY' as const] } } },
      period: {},
    }[filter];
    const investments = base.investments.filter(
      (i) =>
        inPeriod(day(i.announced_on)) &&
        (filter !== 'park' || i.park_id === parkId) &&
        (filter !== 'sector' || i.sector_code === 'LOGISTICS') &&
        (filter !== 'stage' || ['SIGNED', 'OPERATING'].includes(i.stage)) &&
        (filter !== 'country' || ['CN', 'AE'].includes(i.country ?? '')) &&
        (filter !== 'kind' || i.kind === 'COMPANY'),
    );
    const dealFilter = filter === 'park' ? { park: { id: { in: [park] } } } : {};
    const deals = base.deals.filter((d) => inPeriod(day(d.signed_on)) && (filter !== 'park' || d.park_id === parkId));
    const tenancyFilter = filter === 'park' ? { park: { id: { in: [park] } } } : {};
    const current = (t: TenancyRow) => {
      const signed = day(t.signed_on);
      const exited = day(t.exited_on);
      return (signed === null || signed <= TODAY) && (exited !== null ? exited > TODAY : t.status !== 'EXITED');
    };
    const tenancies = base.tenancies.filter((t) => current(t) && (filter !== 'park' || t.park_id === parkId));
    const period = filter === 'period' ? PERIOD : null;
    const investmentKey: Record<string, (i: InvestmentRow) => string | null> = {
      PARK: (i) => toGlobalId('Park', i.park_id),
      SECTOR: (i) => i.sector_code,
      SOURCE_COUNTRY: (i) => i.country,
      STAGE: (i) => i.stage,
      ORGANIZATION_KIND: (i) => i.kind,
    };
    const dealKey: Record<string, (d: DealRow) => string | null> = {
      PARK: (d) => (d.park_id === null ? null : toGlobalId('Park', d.park_id)),
      KIND: (d) => d.kind,
      EVENT: (d) => (d.event_id === null ? null : toGlobalId('Event', d.event_id)),
    };
    const usd = (i: InvestmentRow) => minor(i.amount_usd_minor);
    const value = (d: DealRow) => minor(d.value_usd_minor);
    const parties = (d: DealRow) => Number(d.named) + Number(d.unnamed_party_count);

    for (let n = 0; n < Math.max(INVESTMENT_DIMENSIONS.length, DEAL_DIMENSIONS.length, TENANCY_DIMENSIONS.length) + 1; n++) {
      const ig = n === 0 ? null : INVESTMENT_DIMENSIONS[n - 1];
      const dg = n === 0 ? null : DEAL_DIMENSIONS[n - 1];
      const tg = n === 0 ? null : TENANCY_DIMENSIONS[n - 1];
      const res = await server.gql(Stats, {
        if: investmentFilter,
        ig: ig ? [ig] : null,
        df: dealFilter,
        dg: dg ? [dg] : null,
        tf: tenancyFilter,
        tg: tg ? [tg] : null,
        period,
      });
      if (!res.data) throw new Error(res.body);
      const { investmentStats, dealStats, tenancyStats } = res.data;
      const what = `${filter}: ${ig ?? 'totals'} / ${dg ?? 'totals'} / ${tg ?? 'totals'}`;

      expect(investmentStats.totals, what).toEqual(
        money(investments, () => 'all', usd).get('all') ?? { count: 0, valuedCount: 0, total: fromMinor(0n, 'USD') },
      );
      if (ig) {
        const key = investmentKey[ig] ?? ((i: InvestmentRow) => calendarKey(ig, day(i.announced_on)));
        expect(bucketsOf(investmentStats.buckets), what).toEqual(money(investments, key, usd));
      }
      const dealTotals = money(deals, () => 'all', value, parties).get('all') ?? { count: 0, valuedCount: 0, total: fromMinor(0n, 'USD'), parties: 0 };
      expect(dealStats.totals, what).toEqual(dealTotals);
      if (dg) {
        const key = dealKey[dg] ?? ((d: DealRow) => calendarKey(dg, day(d.signed_on)));
        expect(bucketsOf(dealStats.buckets), what).toEqual(money(deals, key, value, parties));
      }

      const tenants = (rows: TenancyRow[]) => ({ count: rows.length, tenants: new Set(rows.map((t) => t.organization_id)).size });
      expect(tenancyStats.totals.tenants, what).toBe(tenants(tenancies).tenants);
      if (tg) {
        const groups = new Map<string | null, TenancyRow[]>();
        for (const t of tenancies) {
          const sectors = base.sectors.filter((s) => s.organization_id === t.organization_id).map((s) => s.sector_code);
          const keys: (string | null)[] =
            tg === 'PARK' ? [toGlobalId('Park', t.park_id)] : tg === 'COUNTRY' ? [t.country] : tg === 'STATUS' ? [t.status] : sectors.length ? sectors : [null];
          for (const k of keys) groups.set(k, [...(groups.get(k) ?? []), t]);
        }
        expect(bucketsOf(tenancyStats.buckets), what).toEqual(new Map([...groups].map(([k, rows]) => [k, tenants(rows)])));
      } else {
        expect(tenancyStats.totals.count, what).toBe(tenancies.length);
      }
    }
    // The investment table's totalCount, as the dashboard asks it (its filter, with the period as an announcement range).
    const listFilter = filter === 'period' ? { announcedOn: { gte: PERIOD.from, lte: PERIOD.to } } : investmentFilter;
    const listed = await server.gql(ListCount, { f: listFilter });
    expect(listed.data?.investments.totalCount, listed.body).toBe(investments.length);
    const withPeriod = await server.gql(ListCount, { f: { ...listFilter, announcedOn: { gte: '2024-02-10', lte: '2025-11-20' } } });
    const inRange = (filter === 'period' ? base.investments : investments).filter((i) => {
      const d = day(i.announced_on);
      return d !== null && d >= '2024-02-10' && d <= '2025-11-20';
    });
    expect(withPeriod.data?.investments.totalCount, withPeriod.body).toBe(inRange.length);
  });
});
