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
import { convertFromUsdMinor, convertToUsdMinor, isCurrencyCode, type MoneyValue } from './money.js';
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
   * Recomputes every stored USD equivalent in `currency` from the current rate table (after a rate is added or
   * edited), in pages so memory stays flat. Returns how many amounts changed.
   */
  async recomputeUsdAmounts(currency: string): Promise<number> {
    this.table = undefined;
    let changed = 0;
    for (const field of MONEY_FIELDS) {
      let lastId = 0;
      for (;;) {
        // One loop over three entity types: each read as rows with an id and money columns (the ORM cannot type a union).
        const entity = field.entity as unknown as EntitySchema<{ id: number } & MoneyColumns>;
        const rows = await this.em.find(entity, { [`${field.prefix}Currency`]: currency, id: { $gt: lastId } }, { orderBy: { id: 'asc' }, limit: 500 });
        if (!rows.length) break;
        for (const row of rows) {
          const minor = row[`${field.prefix}Minor`];
          if (minor == null) continue;
          const usd = await this.toUsdMinor(BigInt(minor as bigint), currency, (row[field.dateProp] as string | null) ?? null);
          const key = `${field.prefix}UsdMinor`;
          if ((row[key] == null ? null : BigInt(row[key] as bigint)) !== usd) {
            row[key] = usd;
            changed++;
          }
        }
        await this.em.flush();
        lastId = rows.at(-1)!.id;
      }
    }
    return changed;
  }
}
