// Responsible for statistics: investment and deal figures grouped by up to two dimensions, per-park figures, each
// optionally against an earlier period, with amounts converted from the stored US dollars at a stated rate.
import type { EntityManager, Knex } from '@mikro-orm/knex';
import type { Clock } from '../../clock.js';
import { toBigInt, toNumber } from '../../db/numbers.js';
import { selectRows } from '../../db/select-rows.js';
import { UNKNOWN_LABEL, type Label } from '../../domain/labels.js';
import { badUserInput } from '../../graphql/errors.js';
import { buildWhere, type FilterSpec } from '../../graphql/filters.js';
import { listOrder, paginate, type Connection, type PageArgs } from '../../graphql/pagination.js';
import { Deal } from '../deals/deal.entity.js';
import { DEAL_FILTER } from '../deals/deal.filter.js';
import { Investment } from '../investments/investment.entity.js';
import { INVESTMENT_FILTER } from '../investments/investment.filter.js';
import type { ExchangeRateEntity } from '../money/exchange-rate.entity.js';
import { convertFromUsdMinor, divideRounded, fromMinor, isCurrencyCode } from '../money/money.js';
import type { MoneyService } from '../money/money.service.js';
import { Park, type ParkEntity } from '../parks/park.entity.js';
import { PARK_FILTER, PARK_ORDER } from '../parks/park.filter.js';
import { planBuckets } from './buckets.js';
import { DEAL_DIMENSIONS, INVESTMENT_DIMENSIONS, TENANCY_DIMENSIONS } from './dimensions.js';
import { Tenancy } from '../tenancies/tenancy.entity.js';
import { TENANCY_FILTER } from '../tenancies/tenancy.filter.js';
import { groupedFigures, type Dimension, type GroupRow, type RawCondition, type Subject } from './grouped-query.js';
import { currentTenancySql, whereCurrentTenancy } from '../tenancies/current-tenants.js';
import { Organization } from '../organizations/organization.entity.js';
import { ORGANIZATION_FILTER } from '../organizations/organization.filter.js';
import { followedFilters } from './follows.js';
import { summarizedFigures, summaryPlan } from './summary.js';
import {
  bucketLabel,
  bucketOf,
  bucketsBetween,
  isDay,
  isPartialBucket,
  lastDayOf,
  resolvePeriods,
  type TimeGrain,
  type Comparison,
  type Period,
} from './periods.js';

type Filter = Record<string, unknown> | null | undefined;

export interface StatsArgs {
  filter?: Filter;
  groupBy?: readonly string[] | null;
  period?: { from: string; to: string } | null;
  compareTo?: Comparison | null;
  currency?: string | null;
  rateDate?: string | null;
}

/** Converts stored USD cents into the requested currency, and says at which rate. */
interface Conversion {
  currency: string;
  rateDate: string;
  rates: ExchangeRateEntity[];
  convert: (usdMinor: bigint) => bigint;
}

const INVESTMENTS: Subject = {
  entity: Investment.meta.className,
  table: 'investment',
  alias: 'i',
  dateColumn: 'announced_on',
  usdColumn: 'amount_usd_minor',
};

const TENANCIES: Subject = {
  entity: Tenancy.meta.className,
  table: 'tenancy',
  alias: 't',
  dateColumn: 'signed_on',
  distinct: { tenants: 't.organization_id' },
  // A period counts the current tenants on its last day, by the one definition.
  inPeriod: (p) => currentTenancySql('t', p.to),
};

const DEALS: Subject = {
  entity: Deal.meta.className,
  table: 'deal',
  alias: 'd',
  dateColumn: 'signed_on',
  usdColumn: 'value_usd_minor',
  sums: { parties: 'd.named_party_count + d.unnamed_party_count' },
};

/** Stages at which an investment counts as committed. */
const COMMITTED_STAGES = ['SIGNED', 'UNDER_CONSTRUCTION', 'OPERATING'];

export interface ParkStatsNode {
  park: ParkEntity;
  figures: ParkFigures;
  previous: ParkFigures | null;
}

export interface ParkFigures {
  tenants: number;
  leasedAreaM2: number | null;
  committedInvestments: number;
  committedInvestment: string | null;
  deals: number;
  tenantsIncludeDemo: boolean;
  committedIncludesDemo: boolean;
  dealsIncludeDemo: boolean;
}

export type ParkStatsPage = Omit<Connection<ParkStatsNode>, never> & {
  currency: string;
  rateDate: string;
  rates: ExchangeRateEntity[];
  period: Period | null;
  previousPeriod: Period | null;
};

export class StatsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly money: MoneyService,
  ) {}

  investmentStats(args: StatsArgs) {
    return this.grouped(INVESTMENTS, INVESTMENT_DIMENSIONS, INVESTMENT_FILTER, args, (row, c) => this.amounts(row, c), change);
  }

  /**
   * Tenancies counted by park, tenant country, tenant sector or status; with `on` (or `current`: today) only those that
   * make current tenants on that day, with `period` those on its last day and, with `compareTo`, on the comparison
   * period's last day too (the comparison periods of every statistic), by the one definition in current-tenants.ts.
   */
  async tenancyStats(args: Pick<StatsArgs, 'filter' | 'groupBy' | 'period' | 'compareTo'> & { on?: string | null; current?: boolean | null }) {
    if (args.on != null && !isDay(args.on)) throw badUserInput('`on` needs a date, YYYY-MM-DD', 'on');
    if (args.on != null && args.period) throw badUserInput('Give `on` or `period`, not both: a period counts on its last day', 'period');
    if (args.on != null && args.compareTo) throw badUserInput('`compareTo` compares periods: give `period` instead of `on`', 'compareTo');
    const byPeriod = Boolean(args.period || args.compareTo);
    const on = byPeriod ? null : (args.on ?? (args.current ? this.clock.today() : null));
    const result = await this.grouped(
      TENANCIES,
      TENANCY_DIMENSIONS,
      TENANCY_FILTER,
      { ...args, currency: 'USD' },
      (row) => ({ count: row?.count ?? 0, tenants: row?.distinct.tenants ?? 0, includesDemo: row?.demo ?? false }),
      (now, then) => tenancyChange(now, then),
      on ? currentTenancySql('t', on) : undefined,
    );
    return { ...result, on: result.period?.to ?? on, follows: on ? [...result.follows, 'on'].sort() : result.follows };
  }

  dealStats(args: StatsArgs) {
    return this.grouped(DEALS, DEAL_DIMENSIONS, DEAL_FILTER, args, (row, c) => ({ ...this.amounts(row, c), parties: row?.sums.parties ?? 0 }), change);
  }

  async parkStats(
    args: PageArgs &
      Omit<StatsArgs, 'groupBy'> & { orderBy?: readonly string[] | null; records?: { eq?: string | null; in?: readonly string[] | null } | null },
  ): Promise<ParkStatsPage> {
    const periods = resolvePeriods(checkPeriod(args.period), args.compareTo, this.clock.today());
    const conversion = await this.conversion(args.currency, args.rateDate);
    const page = await paginate(this.em, Park, () => buildWhere(PARK_FILTER, args.filter), args, listOrder(args.orderBy, PARK_ORDER));
    const ids = page.nodes.map((p) => p.id);
    const verification = args.records?.in ?? (args.records?.eq ? [args.records.eq] : null);
    // Tenants are counted on the period's last day (today without a period), by the one definition.
    const today = this.clock.today();
    const [current, previous] = await Promise.all([
      this.parkFigures(ids, periods.current, periods.current?.to ?? today, verification, conversion),
      periods.previous ? this.parkFigures(ids, periods.previous, periods.previous.to, verification, conversion) : null,
    ]);
    const node = (park: ParkEntity): ParkStatsNode => ({ park, figures: current.get(park.id)!, previous: previous?.get(park.id) ?? null });
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: node(e.node) })),
      nodes: page.nodes.map(node),
      currency: conversion.currency,
      rateDate: conversion.rateDate,
      rates: conversion.rates,
      period: periods.current,
      previousPeriod: periods.previous,
    };
  }

  /**
   * Tenants on record at the end of each time bucket of the period (one statement: a conditional count per bucket),
   * for the parks matching `filter` (and the organizations matching `tenants`), by the one definition of current tenants.
   */
  async tenantSeries(args: {
    filter?: Filter;
    tenants?: Filter;
    records?: { eq?: string | null; in?: readonly string[] | null } | null;
    period: { from: string; to: string };
    grain: TimeGrain;
  }) {
    const period = checkPeriod(args.period)!;
    if (period.from > period.to) throw badUserInput(`The period starts (${period.from}) after it ends (${period.to})`, 'period');
    const keys = bucketsBetween(bucketOf(period.from, args.grain), bucketOf(period.to, args.grain), args.grain);
    if (keys.length > 120) throw badUserInput(`This makes ${keys.length} points; at most 120. Use a coarser grain or a shorter period`, 'grain');
    const ends = keys.map((k) => {
      const last = lastDayOf(k, args.grain);
      return last < period.to ? last : period.to;
    });
    const knex = this.em.getKnex();
    const parks = () => this.em.createQueryBuilder(Park, 'f').select('f.id').where(buildWhere(PARK_FILTER, args.filter)).getKnexQuery();
    // Per organization first (whether it is a tenant at each point), then added up: one pass over the covering index in
    // organization order, where a count(distinct) per point builds one b-tree each (12 points over 50,000 tenancies:
    // 1,080 ms against 263 ms on a loaded machine).
    const query = knex('tenancy as t').groupBy('t.organization_id');
    // Every tenancy has a park: without a park filter the restriction would only make SQLite read the park index and
    // sort the rows for the grouping (274 against 126 ms over 50,000 tenancies, loaded machine).
    if (args.filter && Object.values(args.filter).some((v) => v !== null && v !== undefined)) query.whereIn('t.park_id', parks());
    query.select(
      ends.map((end, i) => {
        const current = currentTenancySql('t', end);
        return knex.raw(`max(case when ${current.sql} then 1 else 0 end) as b${i}`, current.bindings);
      }),
    );
    if (args.tenants && Object.keys(args.tenants).length) {
      query.whereIn(
        't.organization_id',
        this.em.createQueryBuilder(Organization, 'o').select('o.id').where(buildWhere(ORGANIZATION_FILTER, args.tenants)).getKnexQuery(),
      );
    }
    const verification = args.records?.in ?? (args.records?.eq ? [args.records.eq] : null);
    if (verification) query.whereIn('t.verification', verification);
    const [row] = await selectRows(this.em, knex.from(query.as('x')).select(ends.map((_, i) => knex.raw(`coalesce(sum(x.b${i}), 0) as b${i}`))));
    return keys.map((key, i) => ({ key, end: ends[i], label: bucketLabel(key, args.grain), tenants: toNumber(row?.[`b${i}`]) }));
  }

  private async grouped<F, C>(
    subject: Subject,
    table: Record<string, Dimension>,
    spec: FilterSpec,
    args: StatsArgs,
    figures: (row: GroupRow | undefined, c: Conversion) => F,
    changeOf: (now: GroupRow | undefined, then: GroupRow | undefined, c: Conversion) => C,
    condition?: RawCondition,
  ) {
    const names = checkGroupBy(args.groupBy ?? [], table);
    const dimensions = names.map((n) => table[n]);
    const periods = resolvePeriods(checkPeriod(args.period), args.compareTo, this.clock.today());
    const grain = dimensions.find((d) => d.grain)?.grain;
    if (grain && periods.current) bucketsBetween(bucketOf(periods.current.from, grain), bucketOf(periods.current.to, grain), grain);
    const conversion = await this.conversion(args.currency, args.rateDate);
    const where = () => buildWhere<object>(spec, args.filter);
    // Distinct counts (tenants) do not add up across groups: the totals then come from one ungrouped statement.
    const ungrouped = Boolean(subject.distinct && names.length);
    // The filter is checked (a bad one refused with its field's error) whichever way the figures are read.
    where();
    // Investments filtered and grouped by at most two of the filter bar's dimensions are read from the summary.
    const plan =
      subject === INVESTMENTS && !condition
        ? summaryPlan(
            args.filter,
            names,
            dimensions.map((d) => d.grain),
          )
        : null;
    const figuresIn = (period: Period | null) =>
      plan ? summarizedFigures(this.em, plan, dimensions, period) : groupedFigures(this.em, subject, where(), dimensions, period, condition);
    const [current, previous, wholeNow, wholeThen] = await Promise.all([
      figuresIn(periods.current),
      periods.previous ? figuresIn(periods.previous) : Promise.resolve(null),
      ungrouped ? groupedFigures(this.em, subject, where(), [], periods.current, condition) : Promise.resolve(null),
      ungrouped && periods.previous ? groupedFigures(this.em, subject, where(), [], periods.previous, condition) : Promise.resolve(null),
    ]);
    const plans = names.length
      ? planBuckets(
          dimensions.map((d) => d.grain),
          current,
          previous,
          periods,
        )
      : [];
    const labels = await Promise.all(
      dimensions.map((d, i) => {
        const values = [...new Set(plans.map((p) => p.keys[i]).filter((v): v is string => v !== null))];
        return values.length ? Promise.resolve(d.labels(this.em, values)) : Promise.resolve(new Map<string, Label>());
      }),
    );
    const compare = (now: GroupRow | undefined, then: GroupRow | undefined) => (previous ? changeOf(now, then, conversion) : null);
    const totalNow = withWhole(sumRows(current), wholeNow?.[0]);
    const totalThen = previous ? withWhole(sumRows(previous), wholeThen?.[0]) : undefined;
    return {
      currency: conversion.currency,
      rateDate: conversion.rateDate,
      rates: conversion.rates,
      period: periods.current,
      previousPeriod: periods.previous,
      follows: [...followedFilters(args.filter), ...(periods.current ? ['period'] : [])].sort(),
      totals: figures(totalNow, conversion),
      previousTotals: previous ? figures(totalThen, conversion) : null,
      change: compare(totalNow, totalThen),
      buckets: plans.map((p) => ({
        key: p.keys.map((value, i) => ({
          dimension: names[i],
          value,
          label: value === null ? (dimensions[i].nullLabel ?? UNKNOWN_LABEL) : (labels[i].get(value) ?? { en: value, zh: value }),
          partial: value !== null && dimensions[i].grain ? isPartialBucket(value, dimensions[i].grain, periods.current, this.clock.today()) : false,
        })),
        figures: figures(p.current, conversion),
        previous: previous ? figures(p.previous, conversion) : null,
        change: compare(p.current, p.previous),
      })),
    };
  }

  /** Count, valued count, total and average of a group in the requested currency. */
  private amounts(row: GroupRow | undefined, c: Conversion) {
    const count = row?.count ?? 0;
    const valued = row?.valued ?? 0;
    const total = c.convert(row?.usdMinor ?? 0n);
    return {
      count,
      valuedCount: valued,
      total: count > 0 && valued === 0 ? null : fromMinor(total, c.currency),
      average: valued ? fromMinor(divideRounded(total, BigInt(valued)), c.currency) : null,
      includesDemo: row?.demo ?? false,
    };
  }

  private async conversion(currencyArg: string | null | undefined, rateDateArg: string | null | undefined): Promise<Conversion> {
    const currency = (currencyArg ?? 'USD').toUpperCase();
    if (!isCurrencyCode(currency)) throw badUserInput(`"${currencyArg}" is not an ISO 4217 currency code`, 'currency');
    const rateDate = rateDateArg ?? this.clock.today();
    if (currency === 'USD') return { currency, rateDate, rates: [], convert: (usd) => usd };
    const rate = await this.money.rateOn(currency, rateDate);
    if (!rate) throw badUserInput(`There is no exchange rate for ${currency}; add one or ask in USD`, 'currency');
    return { currency, rateDate, rates: [rate], convert: (usd) => convertFromUsdMinor(usd, currency, rate.usdPerUnit) };
  }

  /** Per park: tenants on `day` (the period's end), committed investment and deals in the period; three grouped statements. */
  private async parkFigures(ids: number[], period: Period | null, day: string, verification: readonly string[] | null, c: Conversion) {
    const result = new Map<number, ParkFigures>();
    if (!ids.length) return result;
    const knex = this.em.getKnex();
    const run = (query: Knex.QueryBuilder) => selectRows(this.em, query);
    const scoped = (table: string, alias: string) => {
      const q = knex(`${table} as ${alias}`)
        .whereIn(`${alias}.park_id`, ids)
        .groupBy(`${alias}.park_id`)
        .select(knex.raw(`max(case when ${alias}.verification = 'DEMO' then 1 else 0 end) as dm`));
      if (verification) q.whereIn(`${alias}.verification`, verification);
      return q;
    };
    const tenancies = scoped('tenancy', 't').select(
      't.park_id as p',
      knex.raw('count(distinct t.organization_id) as n'),
      knex.raw('count(t.leased_area_m2) as an'),
      knex.raw('sum(t.leased_area_m2) as a'),
    );
    whereCurrentTenancy(tenancies, 't', day);
    const investments = scoped('investment', 'i')
      .select('i.park_id as p', knex.raw('count(*) as n'), knex.raw('count(i.amount_usd_minor) as v'), knex.raw('sum(i.amount_usd_minor) as t'))
      .whereIn('i.stage', COMMITTED_STAGES);
    const deals = scoped('deal', 'd').select('d.park_id as p', knex.raw('count(*) as n'));
    if (period) {
      investments.whereBetween('i.announced_on', [period.from, period.to]);
      deals.whereBetween('d.signed_on', [period.from, period.to]);
    }
    const [t, i, d] = await Promise.all([run(tenancies), run(investments), run(deals)]);
    const byPark = (rows: Record<string, unknown>[]) => new Map(rows.map((r) => [toNumber(r.p), r]));
    const [tm, im, dm] = [byPark(t), byPark(i), byPark(d)];
    for (const id of ids) {
      const tr = tm.get(id);
      const ir = im.get(id);
      const tenants = toNumber(tr?.n);
      const committed = toNumber(ir?.n);
      result.set(id, {
        tenants,
        leasedAreaM2: tenants > 0 && toNumber(tr?.an) === 0 ? null : toNumber(tr?.a),
        committedInvestments: committed,
        committedInvestment: committed > 0 && toNumber(ir?.v) === 0 ? null : fromMinor(c.convert(toBigInt(ir?.t)), c.currency),
        deals: toNumber(dm.get(id)?.n),
        tenantsIncludeDemo: toNumber(tr?.dm) > 0,
        committedIncludesDemo: toNumber(ir?.dm) > 0,
        dealsIncludeDemo: toNumber(dm.get(id)?.dm) > 0,
      });
    }
    return result;
  }
}

function sumRows(rows: GroupRow[]): GroupRow {
  const total: GroupRow = { keys: [], count: 0, valued: 0, usdMinor: 0n, sums: {}, distinct: {}, demo: false };
  for (const r of rows) {
    total.demo ||= r.demo;
    total.count += r.count;
    total.valued += r.valued;
    total.usdMinor += r.usdMinor;
    for (const [k, v] of Object.entries(r.sums)) total.sums[k] = (total.sums[k] ?? 0) + v;
  }
  // An ungrouped answer is one row: its distinct counts are the selection's (they never add up across groups).
  if (rows.length === 1) total.distinct = rows[0].distinct;
  return total;
}

/** Totals summed over the groups, with the distinct counts and the demo mark of the whole selection. */
function withWhole(summed: GroupRow, whole: GroupRow | undefined): GroupRow {
  if (!whole) return summed;
  return { ...summed, distinct: whole.distinct, demo: whole.demo };
}

/** Change in percent of `then`: 0 from nothing to nothing (no change), null from nothing to something. */
function percent(now: number, then: number): number | null {
  if (then === 0) return now === 0 ? 0 : null;
  return Math.round(((now - then) / then) * 10000) / 100;
}

function change(now: GroupRow | undefined, then: GroupRow | undefined, c: Conversion) {
  const a = c.convert(now?.usdMinor ?? 0n);
  const b = c.convert(then?.usdMinor ?? 0n);
  const countNow = now?.count ?? 0;
  const countThen = then?.count ?? 0;
  return {
    count: countNow - countThen,
    countPercent: percent(countNow, countThen),
    total: fromMinor(a - b, c.currency),
    totalPercent: b === 0n ? (a === 0n ? 0 : null) : percent(Number(a), Number(b)),
  };
}

/** Tenancies and current tenants now against then (distinct tenants: the row's own count, never a sum). */
function tenancyChange(now: GroupRow | undefined, then: GroupRow | undefined) {
  const [countNow, countThen] = [now?.count ?? 0, then?.count ?? 0];
  const [tenantsNow, tenantsThen] = [now?.distinct.tenants ?? 0, then?.distinct.tenants ?? 0];
  return {
    count: countNow - countThen,
    countPercent: percent(countNow, countThen),
    tenants: tenantsNow - tenantsThen,
    tenantsPercent: percent(tenantsNow, tenantsThen),
  };
}

function checkGroupBy(groupBy: readonly string[], table: Record<string, Dimension>): string[] {
  if (groupBy.length > 2) throw badUserInput(`Group by one or two dimensions; got ${groupBy.length}`, 'groupBy');
  if (new Set(groupBy).size !== groupBy.length) throw badUserInput('Each dimension may appear once in groupBy', 'groupBy');
  if (groupBy.filter((g) => table[g]?.grain).length > 1) throw badUserInput('Group by one of YEAR, QUARTER and MONTH, not two', 'groupBy');
  return [...groupBy];
}

function checkPeriod(period: StatsArgs['period']) {
  if (period && (!isDay(period.from) || !isDay(period.to))) throw badUserInput('A period needs two dates, YYYY-MM-DD', 'period');
  return period;
}
