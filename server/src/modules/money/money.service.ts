// Responsible for money on records: reading Money values, the exchange-rate table, and the stored USD equivalents.
import type { EntitySchema } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';
import type { MoneyColumnSet } from '../common/record.props.js';
import { Deal, DEAL_MONEY } from '../deals/deal.entity.js';
import { Investment, INVESTMENT_MONEY } from '../investments/investment.entity.js';
import { Park, PARK_MONEY } from '../parks/park.entity.js';
import { buildWhere } from '../../graphql/filters.js';
import { listOrder, paginate, type PageArgs } from '../../graphql/pagination.js';
import { EXCHANGE_RATE_FILTER, EXCHANGE_RATE_ORDER } from './exchange-rate.filter.js';
import { ExchangeRate, type ExchangeRateEntity } from './exchange-rate.entity.js';
import { loadRateTable, rateOn, type RateTable } from './exchange-rate.repository.js';
import type { RateTableCache } from './rate-cache.js';
import { convertFromUsdMinor, convertToUsdMinor, isCurrencyCode, minorDigits, type MoneyValue } from './money.js';
import { sqlDialect, type SqlDialect } from '../stats/grouped-query.js';
import { withSummaryDelta, type Exec } from '../stats/summary.js';
import { resumeChangeLog, suspendChangeLog, type ChangeLogTable } from '../changes/change-log.js';
import { resumeDataVersion, suspendDataVersion } from '../../db/data-version.js';
import type { Clock } from '../../clock.js';
import { badUserInput } from '../../graphql/errors.js';

/** Every money column group in the schema and the date column that picks its exchange rate. */
export const MONEY_FIELDS = [
  { entity: Park, columns: PARK_MONEY },
  { entity: Investment, columns: INVESTMENT_MONEY },
  { entity: Deal, columns: DEAL_MONEY },
].flatMap(({ entity, columns }) => columns.prefixes.map((prefix) => ({ entity, prefix, dateProp: columns.dateProp })));

type MoneyColumns = Record<string, unknown>;

/** The GraphQL resolvers of an entity's Money fields, one per money column set's prefix. */
export function moneyResolvers<P extends string>(columns: MoneyColumnSet<P>): Record<P, (record: object) => MoneyValue | null> {
  const out = {} as Record<P, (record: object) => MoneyValue | null>;
  for (const prefix of columns.prefixes) {
    out[prefix] = (record) => moneyOf(record, prefix, ((record as MoneyColumns)[columns.dateProp] as string | null | undefined) ?? null);
  }
  return out;
}

/** The Money value stored in `<prefix>Minor/Currency/UsdMinor`, or null when the amount is unknown. */
export function moneyOf(record: object, prefix: string, onDate: string | null): MoneyValue | null {
  const row = record as MoneyColumns;
  const minor = row[`${prefix}Minor`];
  const currency = row[`${prefix}Currency`];
  if (minor == null || typeof currency !== 'string') return null;
  const usd = row[`${prefix}UsdMinor`];
  return { minor: BigInt(minor as bigint), currency, usdMinor: usd == null ? null : BigInt(usd as bigint), onDate };
}

export class MoneyService {
  private table?: Promise<RateTable>;

  /** `clock` gives the default day of `convert`'s rate; `shared`, the rate table shared by the requests of a data version. */
  constructor(
    private readonly em: EntityManager,
    private readonly clock?: Clock,
    private readonly shared?: RateTableCache,
  ) {}

  /**
   * A Money in another currency: itself when already in it, else its stored USD amount at the rate of `currency` on
   * `rateDate` (default today), the statistics' conversion. Null without a USD amount.
   */
  async convert(money: MoneyValue, currencyArg: string, rateDateArg: string | null | undefined) {
    const currency = currencyArg.toUpperCase();
    if (!isCurrencyCode(currency)) throw badUserInput(`"${currencyArg}" is not an ISO 4217 currency code`, 'currency');
    const rateDate = rateDateArg ?? this.clock?.today() ?? new Date().toISOString().slice(0, 10);
    if (money.currency === currency) return { minor: money.minor, currency, rateDate, rate: null, isConverted: false };
    if (money.usdMinor == null) return null;
    if (currency === 'USD') return { minor: money.usdMinor, currency, rateDate, rate: null, isConverted: true };
    const rate = await this.rateOn(currency, rateDate);
    if (!rate) throw badUserInput(`There is no exchange rate for ${currency}; add one or ask in USD`, 'currency');
    return { minor: convertFromUsdMinor(money.usdMinor, currency, rate.usdPerUnit), currency, rateDate, rate, isConverted: true };
  }

  private rates(): Promise<RateTable> {
    return (this.table ??= this.shared ? this.shared.table(this.em) : loadRateTable(this.em));
  }

  /** The rate used for a Money's USD amount; null for USD itself or a currency without rates. */
  async usdRate(money: MoneyValue): Promise<ExchangeRateEntity | null> {
    if (money.currency === 'USD') return null;
    return rateOn(await this.rates(), money.currency, money.onDate);
  }

  /** The rate of `currency` in force on `date` (YYYY-MM-DD); null for a currency without rates. */
  async rateOn(currency: string, date: string): Promise<ExchangeRateEntity | null> {
    return rateOn(await this.rates(), currency, date);
  }

  /** Minor units → USD cents at the rate of `date`; null when the currency has no rate. */
  async toUsdMinor(minor: bigint, currency: string, date: string | null): Promise<bigint | null> {
    return (await this.usdConverter())(minor, currency, date);
  }

  /** `toUsdMinor` as a synchronous function over the rate table read once: for converting many rows (bulk loads). */
  async usdConverter(): Promise<(minor: bigint, currency: string, date: string | null) => bigint | null> {
    const table = await this.rates();
    return (minor, currency, date) => {
      if (currency === 'USD') return minor;
      const rate = rateOn(table, currency, date);
      return rate ? convertToUsdMinor(minor, currency, rate.usdPerUnit) : null;
    };
  }

  /**
   * Sets a record's money columns from inputs (omitted: unchanged, null: unknown) and recomputes every USD
   * equivalent at the rate of the record's (possibly changed) date.
   */
  async assignAll(record: object, columns: MoneyColumnSet, values: Partial<Record<string, { minor: bigint; currency: string } | null>>) {
    const row = record as MoneyColumns;
    const date = (row[columns.dateProp] as string | null | undefined) ?? null;
    for (const prefix of columns.prefixes) {
      const value = values[prefix];
      const minor = row[`${prefix}Minor`];
      if (value !== undefined) await this.assignMoney(record, prefix, value, date);
      else if (minor != null) await this.assignMoney(record, prefix, { minor: BigInt(minor as bigint), currency: row[`${prefix}Currency`] as string }, date);
    }
  }

  /** Sets `<prefix>Minor/Currency/UsdMinor` on a record from an amount (or clears them). */
  async assignMoney(record: object, prefix: string, value: { minor: bigint; currency: string } | null, date: string | null) {
    const row = record as MoneyColumns;
    row[`${prefix}Minor`] = value?.minor ?? null;
    row[`${prefix}Currency`] = value?.currency ?? null;
    row[`${prefix}UsdMinor`] = value ? await this.toUsdMinor(value.minor, value.currency, date) : null;
  }

  list(args: PageArgs & { filter?: Record<string, unknown> | null; orderBy?: readonly string[] | null }) {
    return paginate(this.em, ExchangeRate, () => buildWhere(EXCHANGE_RATE_FILTER, args.filter), args, listOrder(args.orderBy, EXCHANGE_RATE_ORDER));
  }

  /**
   * Recomputes every stored USD equivalent in `currency` from the current rate table (after a rate is added, edited
   * or deleted), in the caller's transaction when it has one. Set-based: per money column set, one statement lists
   * the rows whose amount changes and one UPDATE computes their new USD minor units in SQL, at the rate in force on
   * each row's date and with `convertToUsdMinor`'s exact rounding, so the statements do not grow with the rows. The
   * row triggers (data version, change feed, statistics summary) are suspended meanwhile: one data-version step, one
   * BULK change row per record type written, the summary moved by the changed rows as a set. Returns how many amounts
   * changed.
   */
  async recomputeUsdAmounts(currency: string): Promise<number> {
    this.table = undefined;
    if (!isCurrencyCode(currency) || currency === 'USD') return 0;
    return this.em.transactional(async (em) => {
      const rates = (await loadRateTable(em)).get(currency) ?? [];
      return repriceCurrency(em, currency, rates);
    });
  }
}

/** A rate as an exact fraction numerator / 10^scale with the trailing zeros of its decimals dropped. */
function exactRate(usdPerUnit: string): { numerator: bigint; scale: number } {
  const [whole, fraction = ''] = usdPerUnit.trim().split('.');
  const digits = fraction.replace(/0+$/, '');
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(digits)) throw new Error(`"${usdPerUnit}" is not a decimal rate`);
  return { numerator: BigInt(whole + digits), scale: digits.length };
}

const INT64_MAX = 2n ** 63n - 1n;

/**
 * The SQL expression of `minorColumn` in `currency` converted to USD minor units at `usdPerUnit`, rounding half away
 * from zero as `convertToUsdMinor` does: usd = minor * numerator / 10^(digits + scale - 2). PostgreSQL multiplies
 * exact numerics; SQLite divides 64-bit integers (truncating toward zero) and rounds by the remainder, exact while
 * |minor| * numerator fits in 64 bits (`limit`: the largest |minor| that does). Exported for its unit test.
 */
export function usdExpression(dialect: SqlDialect, minorColumn: string, currency: string, usdPerUnit: string): { sql: string; limit: bigint | null } {
  const { numerator, scale } = exactRate(usdPerUnit);
  const exponent = minorDigits(currency) + scale - 2;
  if (dialect === 'postgresql') {
    // numerator * 10^-exponent written as an exact decimal literal.
    const factor = exponent <= 0 ? (numerator * 10n ** BigInt(-exponent)).toString() : fromMinorDigits(numerator, exponent);
    return { sql: `cast(round(cast(${minorColumn} as numeric) * ${factor}) as bigint)`, limit: null };
  }
  const multiplier = exponent < 0 ? numerator * 10n ** BigInt(-exponent) : numerator;
  const limit = multiplier === 0n ? INT64_MAX : INT64_MAX / multiplier;
  const top = `(${minorColumn} * ${multiplier})`;
  if (exponent <= 0) return { sql: top, limit };
  const divisor = 10n ** BigInt(exponent);
  return {
    sql: `(${top} / ${divisor} + case when abs(${top} % ${divisor}) * 2 >= ${divisor} then (case when ${top} < 0 then -1 else 1 end) else 0 end)`,
    limit,
  };
}

/** numerator / 10^digits as a decimal literal ("138", 3 → "0.138"). */
function fromMinorDigits(numerator: bigint, digits: number): string {
  const text = numerator.toString().padStart(digits + 1, '0');
  return `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The SQL expression of a money column set's USD minor units at the rate in force on the row's date (`rateOn`: the
 * latest rate whose validFrom is on or before it; before the first rate, the first; no date, the latest), or null
 * without rates; `fits` (SQLite), the condition that the row's amount converts exactly in 64 bits at its rate.
 */
function usdOnDate(dialect: SqlDialect, minorColumn: string, dateColumn: string, currency: string, rates: readonly ExchangeRateEntity[]) {
  if (!rates.length) return { sql: 'null', fits: null };
  const parts = rates.map((r) => ({ from: r.validFrom, ...usdExpression(dialect, minorColumn, currency, r.usdPerUnit) }));
  for (const p of parts) if (!DAY.test(p.from)) throw new Error(`"${p.from}" is not a day`);
  const byDate = (value: (p: (typeof parts)[number]) => string) => {
    const dated = parts
      .slice(1)
      .reverse()
      .map((p) => `when ${dateColumn} >= '${p.from}' then ${value(p)}`)
      .join(' ');
    return `case when ${dateColumn} is null then ${value(parts.at(-1)!)} ${dated} else ${value(parts[0])} end`;
  };
  const fits = dialect === 'sqlite' ? byDate((p) => `(case when abs(${minorColumn}) <= ${p.limit} then 1 else 0 end)`) : null;
  return { sql: byDate((p) => p.sql), fits };
}

/** Re-prices `currency`'s stored USD amounts in every money column set, in `em`'s transaction (see recomputeUsdAmounts). */
async function repriceCurrency(em: EntityManager, currency: string, rates: readonly ExchangeRateEntity[]): Promise<number> {
  const dialect = sqlDialect(em);
  const conn = em.getConnection();
  const ctx: unknown = em.getTransactionContext();
  const exec: Exec = (sql) => conn.execute(sql, [], 'run', ctx);
  const count = async (sql: string) => Number((await conn.execute<{ n: number | string }[]>(sql, [], 'all', ctx))[0]?.n ?? 0);
  const distinct = dialect === 'postgresql' ? 'is distinct from' : 'is not';
  // Set by the database for every changed row: the version step and the time the ORM would write.
  const now = dialect === 'postgresql' ? 'now()' : String(Date.now());
  const ids = 'reprice_ids';
  let changed = 0;
  const written = new Set<ChangeLogTable>();
  let suspended = false;
  const fields = MONEY_FIELDS.map((field) => {
    const meta = em.getMetadata().get(field.entity.meta.className);
    const column = (prop: string) => meta.properties[prop].fieldNames[0];
    const [minor, usd, cur, date] = [`${field.prefix}Minor`, `${field.prefix}UsdMinor`, `${field.prefix}Currency`, field.dateProp].map(column);
    return { field, table: meta.tableName as ChangeLogTable, minor, usd, cur, target: usdOnDate(dialect, minor, date, currency, rates) };
  });
  // SQLite: amounts too large for 64-bit arithmetic at their rate (none a form accepts; possible at a rate with many
  // digits) are converted first, row by row through the ORM, while the row triggers still run.
  for (const { field, table, cur, target } of fields) {
    if (!target.fits) continue;
    const over = await conn.execute<{ id: number }[]>(`select id from ${table} where ${cur} = '${currency}' and ${target.fits} = 0`, [], 'all', ctx);
    if (over.length)
      changed += await repriceRows(
        em,
        field,
        currency,
        over.map((r) => Number(r.id)),
      );
  }
  for (const { field, table, usd, cur, target } of fields) {
    const exact = target.fits ? ` and ${target.fits} = 1` : '';
    await exec(`drop table if exists ${ids}`);
    await exec(`create temporary table ${ids} as select id from ${table} where ${cur} = '${currency}'${exact} and ${usd} ${distinct} ${target.sql}`);
    const n = await count(`select count(*) as n from ${ids}`);
    if (n) {
      if (!suspended) {
        await suspendDataVersion(exec, dialect);
        await suspendChangeLog(exec, dialect);
        suspended = true;
      }
      const update = () => exec(`update ${table} set ${usd} = ${target.sql}, version = version + 1, updated_at = ${now} where id in (select id from ${ids})`);
      if (table === 'investment' && field.prefix === 'amount') await withSummaryDelta(exec, dialect, ids, update);
      else await update();
      written.add(table);
      changed += n;
    }
    await exec(`drop table ${ids}`);
  }
  if (suspended) {
    await resumeChangeLog(exec, dialect, [...written]);
    await resumeDataVersion(exec, dialect);
  }
  return changed;
}

/** The given rows of `currency` converted by `convertToUsdMinor` through the ORM (SQLite's amounts too large for SQL). */
async function repriceRows(em: EntityManager, field: (typeof MONEY_FIELDS)[number], currency: string, ids: number[]): Promise<number> {
  const entity = field.entity as unknown as EntitySchema<{ id: number } & MoneyColumns>;
  const rows = await em.find(entity, { id: { $in: ids } });
  const convert = await new MoneyService(em).usdConverter();
  let changed = 0;
  for (const row of rows) {
    const usd = convert(BigInt(row[`${field.prefix}Minor`] as bigint), currency, (row[field.dateProp] as string | null) ?? null);
    const key = `${field.prefix}UsdMinor`;
    if ((row[key] == null ? null : BigInt(row[key] as bigint)) !== usd) {
      row[key] = usd;
      changed++;
    }
  }
  await em.flush();
  return changed;
}
