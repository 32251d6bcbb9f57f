import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../../seeds/demo/load-demo.js';
import { fromGlobalId } from '../../server/src/graphql/global-id.js';
import { fromMinor } from '../../server/src/modules/money/money.js';
import { graphql } from '../__generated__/gql.js';
import type { DealGroupBy, InvestmentFilter, InvestmentGroupBy, TenancyFilter } from '../__generated__/graphql.js';
import { Factory } from '../helpers/factories.js';
import { createTestServer, DIALECTS, type TestServer } from '../helpers/server.js';

const TODAY = '2026-11-24';

/** The SQL condition that selects the rows of one bucket key, written independently of the server's expressions. */
function keyCondition(dimension: string, value: string | null, dateColumn = 'x.announced_on'): string {
  const date = (col: string) => {
    if (value === null) return `${col} is null`;
    const [from, to] = calendarRange(dimension, value);
    return `${col} >= '${from}' and ${col} <= '${to}'`;
  };
  const eq = (col: string, v: string | number | null = value) => (v === null ? `${col} is null` : `${col} = '${v}'`);
  const id = () => (value === null ? null : Number(fromGlobalId(value).id));
  switch (dimension) {
    case 'PARK':
      return eq('x.park_id', id());
    case 'SECTOR':
      return eq('x.sector_code');
    case 'SOURCE_COUNTRY':
      return eq('o.country');
    case 'STAGE':
      return eq('x.stage');
    case 'ORGANIZATION_KIND':
      return eq('o.kind');
    case 'KIND':
      return eq('x.kind');
    case 'EVENT':
      return eq('x.event_id', id());
    default:
      return date(dateColumn);
  }
}

function calendarRange(dimension: string, value: string): [string, string] {
  const year = value.slice(0, 4);
  if (dimension === 'YEAR') return [`${year}-01-01`, `${year}-12-31`];
  const month = dimension === 'QUARTER' ? (Number(value.slice(6)) - 1) * 3 + 1 : Number(value.slice(5, 7));
  const months = dimension === 'QUARTER' ? 3 : 1;
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const lastDay = new Date(Date.UTC(Number(year), month - 1 + months, 0)).toISOString().slice(0, 10);
  return [first, lastDay];
}

const StatsParkIds = graphql(`
  query StatsParkIds($f: ParkFilter) {
    parks(filter: $f) {
      nodes {
        id
      }
    }
  }
`);

const StatsInvestmentGroups = graphql(`
  query StatsInvestmentGroups($f: InvestmentFilter, $g: [InvestmentGroupBy!], $p: PeriodInput) {
    investmentStats(filter: $f, groupBy: $g, period: $p) {
      period {
        from
        to
        days
      }
      totals {
        count
        valuedCount
        total
      }
      buckets {
        key {
          dimension
          value
          label {
            en
            zh
            ru
          }
        }
        figures {
          count
          valuedCount
          total
          average
        }
      }
    }
  }
`);

const StatsDealGroups = graphql(`
  query StatsDealGroups($g: [DealGroupBy!]) {
    dealStats(groupBy: $g) {
      buckets {
        key {
          value
        }
        figures {
          count
          valuedCount
          total
          parties
        }
      }
    }
  }
`);

const StatsInvestmentTotals = graphql(`
  query StatsInvestmentTotals($g: [InvestmentGroupBy!], $p: PeriodInput, $c: String) {
    investmentStats(groupBy: $g, period: $p, currency: $c) {
      totals {
        count
      }
    }
  }
`);

const StatsCompared = graphql(`
  query StatsCompared($c: CompareTo) {
    investmentStats(groupBy: [MONTH], period: { from: "2024-03-01", to: "2024-05-31" }, compareTo: $c) {
      period {
        from
        to
      }
      previousPeriod {
        from
        to
        days
      }
      totals {
        count
        total
      }
      previousTotals {
        count
        total
      }
      change {
        count
        countPercent
        total
        totalPercent
      }
      buckets {
        key {
          value
        }
        figures {
          count
        }
        previous {
          count
          total
        }
        change {
          count
        }
      }
    }
  }
`);

const StatsDealsLastYear = graphql(`
  query StatsDealsLastYear {
    dealStats(compareTo: PREVIOUS_PERIOD) {
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
        parties
      }
      previousTotals {
        count
      }
    }
  }
`);

const StatsInCny = graphql(`
  query StatsInCny($f: InvestmentFilter, $d: Date) {
    investmentStats(filter: $f, currency: "CNY", rateDate: $d) {
      currency
      rateDate
      rates {
        currency
        validFrom
        usdPerUnit
      }
      totals {
        count
        valuedCount
        total
        average
      }
    }
  }
`);

const StatsPartial = graphql(`
  query StatsPartial($f: InvestmentFilter, $p: PeriodInput, $g: [InvestmentGroupBy!]) {
    investmentStats(filter: $f, period: $p, groupBy: $g, compareTo: PREVIOUS_PERIOD) {
      buckets {
        key {
          value
          partial
        }
        figures {
          count
        }
        change {
          countPercent
          totalPercent
        }
      }
      change {
        count
        countPercent
        totalPercent
      }
    }
  }
`);

const StatsConverted = graphql(`
  query StatsConverted($f: InvestmentFilter, $c: String!) {
    investments(filter: $f, first: 10, orderBy: [ANNOUNCED_ON_ASC]) {
      nodes {
        amount {
          amount
          currency
          converted(currency: $c, rateDate: "2025-06-01") {
            amount
            currency
            rateDate
            isConverted
            rate {
              usdPerUnit
            }
          }
        }
      }
    }
  }
`);

const StatsConvertedToday = graphql(`
  query StatsConvertedToday($f: InvestmentFilter, $c: String!) {
    investments(filter: $f, first: 10, orderBy: [ANNOUNCED_ON_ASC]) {
      nodes {
        amount {
          converted(currency: $c) {
            amount
            currency
            rateDate
          }
        }
      }
    }
  }
`);

const StatsConvertedValued = graphql(`
  query StatsConvertedValued($c: String!) {
    investments(first: 1, filter: { amountUsd: { gte: "1" } }) {
      nodes {
        amount {
          converted(currency: $c) {
            amount
          }
        }
      }
    }
  }
`);

const StatsTenancies = graphql(`
  query StatsTenancies($f: TenancyFilter, $g: [TenancyGroupBy!]) {
    tenancyStats(filter: $f, groupBy: $g) {
      totals {
        count
      }
      buckets {
        key {
          value
          label {
            zh
          }
        }
        figures {
          count
        }
      }
    }
  }
`);

const StatsTenantSeries = graphql(`
  query StatsTenantSeries($p: PeriodInput!, $g: TimeGrain!) {
    tenantSeries(period: $p, grain: $g) {
      key
      end
      label {
        en
      }
      tenants
    }
  }
`);

const StatsParks = graphql(`
  query StatsParks($after: String) {
    parkStats(first: 3, after: $after, records: { eq: DEMO }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        park {
          id
        }
        figures {
          tenants
          leasedAreaM2
          committedInvestments
          committedInvestment
          deals
        }
      }
    }
  }
`);

const StatsParksCompared = graphql(`
  query StatsParksCompared {
    parkStats(first: 1, compareTo: PREVIOUS_YEAR, period: { from: "2025-01-01", to: "2025-12-31" }) {
      previousPeriod {
        from
        to
      }
      nodes {
        park {
          id
        }
        figures {
          deals
        }
        previous {
          deals
          tenants
        }
      }
    }
  }
`);

describe.each(DIALECTS)('statistics on %s', (dialect) => {
  let server: TestServer;
  let testPark: string;
  /** Sends a typed document, expects no errors and returns its data. */
  const stats = async <TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<TResult> => {
    const res = await server.gql(document, variables);
    expect(res.errors, res.body).toBeUndefined();
    if (!res.data) throw new Error(res.body);
    return res.data;
  };
  beforeAll(async () => {
    server = await createTestServer(dialect, { today: TODAY });
    await loadDemoData(server.em(), { sizes: { organizations: 60, tenancies: 80, investments: 500, deals: 120 } });
    // A park of our own with two investments (January and March 2024): one in CNY, one in USD.
    const f = new Factory(server.em());
    const park = f.park({ nameEn: 'Stats Test Park' }).entity;
    f.investment(park, { amountMinor: 138_000_000n, amountCurrency: 'CNY', amountUsdMinor: 19_044_000n, announcedOn: '2024-01-15' });
    f.investment(park, { amountMinor: 10_000_000n, amountCurrency: 'USD', amountUsdMinor: 10_000_000n, announcedOn: '2024-03-03' });
    f.investment(park, { amountMinor: null, amountCurrency: null, amountUsdMinor: null, announcedOn: '2023-03-10' });
    await f.flush();
    testPark = (await stats(StatsParkIds, { f: { search: 'Stats Test Park' } })).parks.nodes[0].id;
  });
  afterAll(async () => {
    await server?.close();
  });

  const rows = async (query: string) => server.em().getConnection().execute<Record<string, string | number | bigint | null>[]>(query);
  /** count(*) and the USD sum of the rows matching `where`, straight from SQL. */
  const direct = async (table: 'investment' | 'deal', where: string) => {
    const usd = table === 'investment' ? 'amount_usd_minor' : 'value_usd_minor';
    const join = table === 'investment' ? 'left join organization o on o.id = x.organization_id' : '';
    const [r] = await rows(`select count(*) as n, count(x.${usd}) as v, sum(x.${usd}) as t from ${table} x ${join} where ${where}`);
    return { count: Number(r.n), valued: Number(r.v), total: r.t === null ? 0n : BigInt(String(r.t).split('.')[0]) };
  };

  const INVESTMENT_DIMS: InvestmentGroupBy[] = ['PARK', 'SECTOR', 'SOURCE_COUNTRY', 'STAGE', 'ORGANIZATION_KIND', 'YEAR', 'QUARTER', 'MONTH'];
  const DEAL_DIMS: DealGroupBy[] = ['PARK', 'KIND', 'EVENT', 'YEAR', 'QUARTER', 'MONTH'];

  it.each(INVESTMENT_DIMS)('groups investments by %s with every bucket equal to a direct SQL sum', async (dim) => {
    const data = await stats(StatsInvestmentGroups, { g: [dim] });
    const { buckets, totals } = data.investmentStats;
    expect(buckets.length).toBeGreaterThan(1);
    let count = 0;
    for (const b of buckets) {
      const [k] = b.key;
      expect(k.dimension).toBe(dim);
      expect(k.label.en.length * k.label.zh.length).toBeGreaterThan(0);
      // Codes are labelled in Russian too, from reference data.
      if (['SECTOR', 'SOURCE_COUNTRY', 'STAGE', 'ORGANIZATION_KIND'].includes(dim) && k.value !== null) expect(k.label.ru).toMatch(/[а-яё]/i);
      const sql = await direct('investment', keyCondition(dim, k.value));
      expect({ key: k.value, count: b.figures.count, valued: b.figures.valuedCount, total: b.figures.total }).toEqual({
        key: k.value,
        count: sql.count,
        valued: sql.valued,
        total: sql.count > 0 && sql.valued === 0 ? null : fromMinor(sql.total, 'USD'),
      });
      count += b.figures.count;
    }
    const all = await direct('investment', '1 = 1');
    expect(totals).toEqual({ count: all.count, valuedCount: all.valued, total: fromMinor(all.total, 'USD') });
    expect(count).toBe(all.count);
  });

  it.each(DEAL_DIMS)('groups deals by %s with counts, values and parties equal to SQL', async (dim) => {
    const data = await stats(StatsDealGroups, { g: [dim] });
    for (const b of data.dealStats.buckets) {
      const where = keyCondition(dim, b.key[0].value, 'x.signed_on');
      const sql = await direct('deal', where);
      const [p] = await rows(
        `select coalesce(sum(x.unnamed_party_count + (select count(*) from deal_party dp where dp.deal_id = x.id)), 0) as parties from deal x where ${where}`,
      );
      expect([b.key[0].value, b.figures.count, b.figures.valuedCount, b.figures.parties, b.figures.total]).toEqual([
        b.key[0].value,
        sql.count,
        sql.valued,
        Number(p.parties),
        sql.count > 0 && sql.valued === 0 ? null : fromMinor(sql.total, 'USD'),
      ]);
    }
  });

  it('groups by two dimensions and applies the list filter in SQL', async () => {
    const filter: InvestmentFilter = { organization: { country: { in: ['KZ', 'RU', 'UZ'] } }, stage: { in: ['SIGNED', 'OPERATING'] } };
    const data = await stats(StatsInvestmentGroups, { f: filter, g: ['SECTOR', 'SOURCE_COUNTRY'] });
    const { buckets, totals } = data.investmentStats;
    expect(buckets.length).toBeGreaterThan(3);
    const base = `o.country in ('KZ', 'RU', 'UZ') and x.stage in ('SIGNED', 'OPERATING')`;
    for (const b of buckets) {
      expect(b.key.map((k) => k.dimension)).toEqual(['SECTOR', 'SOURCE_COUNTRY']);
      const sql = await direct('investment', `${base} and ${keyCondition('SECTOR', b.key[0].value)} and ${keyCondition('SOURCE_COUNTRY', b.key[1].value)}`);
      expect([b.figures.count, b.figures.total]).toEqual([sql.count, fromMinor(sql.total, 'USD')]);
    }
    expect(totals.count).toBe((await direct('investment', base)).count);
    const kz = buckets.find((b) => b.key[1].value === 'KZ')!;
    expect(kz.key[1].label).toEqual({ en: 'Kazakhstan', zh: '哈萨克斯坦', ru: 'Казахстан' });
  });

  it('fills time buckets without data with zeros within the period', async () => {
    const data = await stats(StatsInvestmentGroups, {
      f: { park: { id: { eq: testPark } } },
      g: ['MONTH'],
      p: { from: '2024-01-01', to: '2024-04-30' },
    });
    const s = data.investmentStats;
    expect(s.period).toEqual({ from: '2024-01-01', to: '2024-04-30', days: 121 });
    expect(s.buckets.map((b) => [b.key[0].value, b.key[0].label.zh, b.figures.count, b.figures.total])).toEqual([
      ['2024-01', '2024年1月', 1, '190440'],
      ['2024-02', '2024年2月', 0, '0'],
      ['2024-03', '2024年3月', 1, '100000'],
      ['2024-04', '2024年4月', 0, '0'],
    ]);
    // Without a period the range runs from the first to the last bucket found; an unknown amount is not zero.
    const open = await stats(StatsInvestmentGroups, { f: { park: { id: { eq: testPark } } }, g: ['YEAR'] });
    expect(open.investmentStats.buckets.map((b) => [b.key[0].value, b.figures.count, b.figures.valuedCount, b.figures.total, b.figures.average])).toEqual([
      ['2023', 1, 0, null, null],
      ['2024', 2, 2, '290440', '145220'],
    ]);
  });

  it('refuses more than 600 buckets and suggests a coarser grouping', async () => {
    const period = { from: '1970-01-01', to: '2026-12-31' };
    const res = await server.gql(StatsInvestmentTotals, { g: ['MONTH'], p: period });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupBy' });
    expect(res.errors?.[0].message).toMatch(/684 buckets; at most 600.*QUARTER or YEAR/);
    expect((await server.gql(StatsInvestmentTotals, { g: ['QUARTER'], p: period })).errors).toBeUndefined();
    for (const [args, field] of [
      [{ g: ['PARK', 'SECTOR', 'STAGE'] }, 'groupBy'],
      [{ g: ['YEAR', 'MONTH'] }, 'groupBy'],
      [{ p: { from: '2025-02-01', to: '2025-01-01' } }, 'period'],
      [{ c: 'XYZ' }, 'currency'],
      [{ c: 'JPY' }, 'currency'],
    ] satisfies [VariablesOf<typeof StatsInvestmentTotals>, string][]) {
      const bad = await server.gql(StatsInvestmentTotals, args);
      expect(bad.errors?.[0].extensions, JSON.stringify(args)).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(bad.body).not.toMatch(/at .*\.ts:\d+/);
    }
  });

  it('compares with the previous period and the previous year, totals and buckets equal to SQL', async () => {
    const range = (from: string, to: string) => `x.announced_on >= '${from}' and x.announced_on <= '${to}'`;

    const pp = (await stats(StatsCompared, { c: 'PREVIOUS_PERIOD' })).investmentStats;
    // 92 days ending the day before: 30 November 2023 to 29 February 2024 (a leap year).
    expect(pp.previousPeriod).toEqual({ from: '2023-11-30', to: '2024-02-29', days: 92 });
    const now = await direct('investment', range('2024-03-01', '2024-05-31'));
    const then = await direct('investment', range('2023-11-30', '2024-02-29'));
    expect(pp.totals).toEqual({ count: now.count, total: fromMinor(now.total, 'USD') });
    expect(pp.previousTotals).toEqual({ count: then.count, total: fromMinor(then.total, 'USD') });
    expect(pp.change?.count).toBe(now.count - then.count);
    expect(pp.change?.total).toBe(fromMinor(now.total - then.total, 'USD'));
    expect(pp.change?.countPercent).toBeCloseTo(((now.count - then.count) / then.count) * 100, 1);
    // Buckets are compared as far back as the periods' ends are apart (3 months): March 2024 with December 2023.
    expect(pp.buckets.map((b) => b.key[0].value)).toEqual(['2024-03', '2024-04', '2024-05']);
    const december = await direct('investment', range('2023-12-01', '2023-12-31'));
    expect(pp.buckets[0].previous).toEqual({ count: december.count, total: fromMinor(december.total, 'USD') });

    const py = (await stats(StatsCompared, { c: 'PREVIOUS_YEAR' })).investmentStats;
    expect(py.previousPeriod).toEqual({ from: '2023-03-01', to: '2023-05-31', days: 92 });
    const april2023 = await direct('investment', range('2023-04-01', '2023-04-30'));
    const april2024 = await direct('investment', range('2024-04-01', '2024-04-30'));
    expect(py.buckets[1].previous?.count).toBe(april2023.count);
    expect(py.buckets[1].change?.count).toBe(april2024.count - april2023.count);
  });

  it('answers a statistic over a period with partly covered months in one statement per period, equal to SQL', async () => {
    // 3 December 2023 to 2 December 2024: the summary's whole months, less 1–2 December 2023, plus 1–2 December 2024.
    const period = { from: '2023-12-03', to: '2024-12-02' };
    let data: ResultOf<typeof StatsInvestmentGroups> | undefined;
    const statements = await server.countStatements(async () => {
      data = await stats(StatsInvestmentGroups, { g: ['STAGE'], p: period, f: { stage: { in: ['SIGNED', 'OPERATING'] } } });
    });
    expect(statements).toBe(1);
    const where = `x.announced_on >= '${period.from}' and x.announced_on <= '${period.to}' and x.stage in ('SIGNED', 'OPERATING')`;
    const all = await direct('investment', where);
    expect(data!.investmentStats.totals).toEqual({ count: all.count, valuedCount: all.valued, total: fromMinor(all.total, 'USD') });
    for (const b of data!.investmentStats.buckets) {
      const sql = await direct('investment', `${where} and x.stage = '${b.key[0].value}'`);
      expect([b.key[0].value, b.figures.count, b.figures.total]).toEqual([b.key[0].value, sql.count, fromMinor(sql.total, 'USD')]);
    }
    expect(data!.investmentStats.buckets.map((b) => b.key[0].value).sort()).toEqual(['OPERATING', 'SIGNED']);
  });

  it('compares the last 12 months with the 12 before when no period is given, by the injected clock', async () => {
    const s = (await stats(StatsDealsLastYear)).dealStats;
    expect(s.period).toEqual({ from: '2025-11-25', to: TODAY });
    expect(s.previousPeriod).toEqual({ from: '2024-11-25', to: '2025-11-24' });
    expect(s.totals.count).toBe((await direct('deal', `x.signed_on >= '2025-11-25' and x.signed_on <= '${TODAY}'`)).count);
    expect(s.previousTotals?.count).toBe((await direct('deal', `x.signed_on >= '2024-11-25' and x.signed_on <= '2025-11-24'`)).count);
  });

  it('converts CNY and USD amounts into the requested currency at the stated rate', async () => {
    const f = { park: { id: { eq: testPark } } };
    // CNY 1,380,000 (USD 190,440 at 0.138) + USD 100,000 = USD 290,440 = CNY 2,104,637.68 at 0.138.
    const at2025 = (await stats(StatsInCny, { f, d: '2025-06-01' })).investmentStats;
    expect(at2025).toEqual({
      currency: 'CNY',
      rateDate: '2025-06-01',
      rates: [{ currency: 'CNY', validFrom: '2025-01-01', usdPerUnit: '0.138' }],
      totals: { count: 3, valuedCount: 2, total: '2104637.68', average: '1052318.84' },
    });
    // At the 2024 rate (0.139): 290,440 / 0.139 = 2,089,496.40.
    const at2024 = (await stats(StatsInCny, { f, d: '2024-06-01' })).investmentStats;
    expect(at2024.rates[0].usdPerUnit).toBe('0.139');
    expect(at2024.totals.total).toBe('2089496.4');
    // Without rateDate the rate of "today" (the injected clock) applies.
    expect((await stats(StatsInCny, { f })).investmentStats.rateDate).toBe(TODAY);
  });

  it('marks time buckets the period covers only in part, and calls 0 against 0 no change', async () => {
    const f = { park: { id: { eq: testPark } } };
    const cut = (await stats(StatsPartial, { f, p: { from: '2024-02-15', to: '2024-08-10' }, g: ['QUARTER'] })).investmentStats;
    expect(cut.buckets.map((b) => [b.key[0].value, b.key[0].partial])).toEqual([
      ['2024-Q1', true],
      ['2024-Q2', false],
      ['2024-Q3', true],
    ]);
    const whole = (await stats(StatsPartial, { f, p: { from: '2024-01-01', to: '2024-12-31' }, g: ['QUARTER'] })).investmentStats;
    expect(whole.buckets.every((b) => b.key[0].partial === false)).toBe(true);
    const sectors = (await stats(StatsPartial, { f, p: { from: '2024-02-15', to: '2024-08-10' }, g: ['SECTOR'] })).investmentStats;
    expect(sectors.buckets.every((b) => b.key[0].partial === false)).toBe(true);
    // Nothing then and nothing now is no change (0 %), not "new".
    const empty = (await stats(StatsPartial, { f, p: { from: '2010-01-01', to: '2010-03-31' }, g: ['MONTH'] })).investmentStats;
    expect(empty.change).toEqual({ count: 0, countPercent: 0, totalPercent: 0 });
    expect(empty.buckets.map((b) => b.change?.countPercent)).toEqual([0, 0, 0]);
    // Something from nothing has no percentage: January 2024 (one investment) against the 31 days before.
    const january = (await stats(StatsPartial, { f, p: { from: '2024-01-01', to: '2024-01-31' }, g: ['MONTH'] })).investmentStats;
    expect(january.change).toMatchObject({ count: 1, countPercent: null, totalPercent: null });
  });

  it('converts a single amount into the display currency, keeping amounts already in it as they are', async () => {
    const res = await stats(StatsConverted, { f: { park: { id: { eq: testPark } } }, c: 'CNY' });
    expect(res.investments.nodes.map((n) => n.amount)).toEqual([
      null,
      { amount: '1380000', currency: 'CNY', converted: { amount: '1380000', currency: 'CNY', rateDate: '2025-06-01', isConverted: false, rate: null } },
      // USD 100,000 at 0.138 USD per yuan.
      {
        amount: '100000',
        currency: 'USD',
        converted: { amount: '724637.68', currency: 'CNY', rateDate: '2025-06-01', isConverted: true, rate: { usdPerUnit: '0.138' } },
      },
    ]);
    const usd = await stats(StatsConvertedToday, { f: { park: { id: { eq: testPark } } }, c: 'usd' });
    expect(usd.investments.nodes[1].amount?.converted).toEqual({ amount: '190440', currency: 'USD', rateDate: TODAY });
    const bad = await server.gql(StatsConvertedValued, { c: 'XYZ' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
  });

  it('counts tenancies by country, sector and status equal to SQL', async () => {
    const current: TenancyFilter = { status: { in: ['SIGNED', 'MOVED_IN', 'OPERATING'] } };
    const data = await stats(StatsTenancies, { f: current, g: ['COUNTRY'] });
    let sum = 0;
    for (const b of data.tenancyStats.buckets) {
      const [r] = await rows(
        `select count(*) as n from tenancy t left join organization o on o.id = t.organization_id where t.status <> 'EXITED' and ${b.key[0].value === null ? 'o.country is null' : `o.country = '${b.key[0].value}'`}`,
      );
      expect([b.key[0].value, b.figures.count]).toEqual([b.key[0].value, Number(r.n)]);
      sum += b.figures.count;
    }
    expect(data.tenancyStats.totals.count).toBe(sum);
    const bySector = await stats(StatsTenancies, { g: ['SECTOR'] });
    const logistics = bySector.tenancyStats.buckets.find((b) => b.key[0].value === 'LOGISTICS')!;
    const [l] = await rows(
      `select count(*) as n from tenancy t join organization_sector s on s.organization_id = t.organization_id where s.sector_code = 'LOGISTICS'`,
    );
    expect(logistics.figures.count).toBe(Number(l.n));
  });

  it('counts the tenants on record at the end of each bucket in one statement', async () => {
    let res: ResultOf<typeof StatsTenantSeries> | undefined;
    const statements = await server.countStatements(async () => {
      res = await stats(StatsTenantSeries, { p: { from: '2025-01-01', to: '2025-06-15' }, g: 'QUARTER' });
    });
    expect(statements).toBe(1);
    const series = res!.tenantSeries;
    expect(series.map((p) => [p.key, p.end, p.label.en])).toEqual([
      ['2025-Q1', '2025-03-31', 'Q1 2025'],
      ['2025-Q2', '2025-06-15', 'Q2 2025'],
    ]);
    for (const p of series) {
      const [r] = await rows(
        `select count(distinct organization_id) as n from tenancy where signed_on <= '${p.end}' and (exited_on > '${p.end}' or (exited_on is null and status <> 'EXITED'))`,
      );
      expect(p.tenants).toBe(Number(r.n));
    }
    expect(series[1].tenants).toBeGreaterThan(0);
    const tooMany = await server.gql(StatsTenantSeries, { p: { from: '2000-01-01', to: '2026-01-01' }, g: 'MONTH' });
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'grain' });
  });

  it('gives per-park tenants, leased area, committed investment and deals equal to SQL, paginated', async () => {
    const first = (await stats(StatsParks, {})).parkStats;
    expect(first.nodes).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await stats(StatsParks, { after: first.pageInfo.endCursor })).parkStats;
    for (const n of [...first.nodes, ...second.nodes]) {
      const id = Number(fromGlobalId(n.park.id).id);
      const [t] = await rows(
        `select count(distinct organization_id) as n, sum(leased_area_m2) as a from tenancy where park_id = ${id} and status <> 'EXITED' and verification = 'DEMO'`,
      );
      const inv = await direct('investment', `x.park_id = ${id} and x.stage in ('SIGNED', 'UNDER_CONSTRUCTION', 'OPERATING') and x.verification = 'DEMO'`);
      const deals = await direct('deal', `x.park_id = ${id} and x.verification = 'DEMO'`);
      expect(n.figures.tenants).toBe(Number(t.n));
      expect(n.figures.leasedAreaM2 === null ? null : Number(Number(n.figures.leasedAreaM2).toFixed(3))).toBe(
        // No tenants: nothing leased (0); tenants whose areas are all unknown: unknown (null).
        Number(t.n) === 0 ? 0 : t.a === null ? null : Number(Number(t.a).toFixed(3)),
      );
      expect(n.figures.committedInvestments).toBe(inv.count);
      expect(n.figures.committedInvestment).toBe(fromMinor(inv.total, 'USD'));
      expect(n.figures.deals).toBe(deals.count);
    }
    const compared = (await stats(StatsParksCompared)).parkStats;
    const id = Number(fromGlobalId(compared.nodes[0].park.id).id);
    expect(compared.previousPeriod).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(compared.nodes[0].figures.deals).toBe(
      (await direct('deal', `x.park_id = ${id} and x.signed_on >= '2025-01-01' and x.signed_on <= '2025-12-31'`)).count,
    );
    expect(compared.nodes[0].previous?.deals).toBe(
      (await direct('deal', `x.park_id = ${id} and x.signed_on >= '2024-01-01' and x.signed_on <= '2024-12-31'`)).count,
    );
    const [t2024] = await rows(
      `select count(distinct organization_id) as n from tenancy where park_id = ${id} and signed_on <= '2024-12-31' and (exited_on > '2024-12-31' or (exited_on is null and status <> 'EXITED'))`,
    );
    expect(compared.nodes[0].previous?.tenants).toBe(Number(t2024.n));
  });
});
