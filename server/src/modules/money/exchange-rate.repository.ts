import type { EntityManager } from '@mikro-orm/knex';
import { ExchangeRate, type ExchangeRateEntity } from './exchange-rate.entity.js';

/** The whole rate table, grouped by currency and sorted by date (it has a handful of rows per currency). */
export async function loadRateTable(em: EntityManager): Promise<RateTable> {
  const rates = await em.find(ExchangeRate, {}, { orderBy: { currency: 'asc', validFrom: 'asc' } });
  const table: RateTable = new Map();
  for (const r of rates) table.set(r.currency, [...(table.get(r.currency) ?? []), r]);
  return table;
}

export type RateTable = Map<string, ExchangeRateEntity[]>;

/** The rate in force on `date` (YYYY-MM-DD); before the first rate, the first; no date: the latest. */
export function rateOn(table: RateTable, currency: string, date: string | null): ExchangeRateEntity | null {
  const rates = table.get(currency);
  if (!rates?.length) return null;
  if (!date) return rates.at(-1)!;
  let found = rates[0];
  for (const r of rates) if (r.validFrom <= date) found = r;
  return found;
}
