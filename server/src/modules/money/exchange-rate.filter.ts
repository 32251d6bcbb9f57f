import type { FilterSpec } from '../../graphql/filters.js';
import { ID_ORDER, type OrderKey } from '../../graphql/pagination.js';

/** What ExchangeRateFilter's fields mean in SQL. */
export const EXCHANGE_RATE_FILTER: FilterSpec = {
  currency: { kind: 'match', prop: 'currency' },
  validFrom: { kind: 'range', prop: 'validFrom' },
};

/** ExchangeRateOrder values as sort keys. */
export const EXCHANGE_RATE_ORDER: Record<string, OrderKey> = {
  ...ID_ORDER,
  CURRENCY_ASC: { prop: 'currency', dir: 'asc' },
  CURRENCY_DESC: { prop: 'currency', dir: 'desc' },
  VALID_FROM_ASC: { prop: 'validFrom', dir: 'asc' },
  VALID_FROM_DESC: { prop: 'validFrom', dir: 'desc' },
};
