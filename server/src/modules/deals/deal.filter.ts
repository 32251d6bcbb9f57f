import type { FilterSpec } from '../../graphql/filters.js';
import { ID_ORDER, type OrderKey } from '../../graphql/pagination.js';
import { ORGANIZATION_FILTER } from '../organizations/organization.filter.js';
import { PARK_FILTER } from '../parks/park.filter.js';

/** What DealFilter's fields mean in SQL. */
export const DEAL_FILTER: FilterSpec = {
  id: { kind: 'id', type: 'Deal' },
  search: { kind: 'search', columns: ['title_zh', 'title_en', 'search_name'] },
  verification: { kind: 'match', prop: 'verification' },
  kind: { kind: 'match', prop: 'kind' },
  signedOn: { kind: 'range', prop: 'signedOn' },
  valueUsd: { kind: 'moneyUsd', prop: 'valueUsdMinor' },
  park: { kind: 'relation', prop: 'park', spec: () => PARK_FILTER },
  party: { kind: 'some', prop: 'parties', via: 'organization', spec: () => ORGANIZATION_FILTER },
};

/** DealOrder values as sort keys. */
export const DEAL_ORDER: Record<string, OrderKey> = {
  ...ID_ORDER,
  SIGNED_ON_ASC: { prop: 'signedOn', dir: 'asc' },
  SIGNED_ON_DESC: { prop: 'signedOn', dir: 'desc' },
  VALUE_USD_ASC: { prop: 'valueUsdMinor', dir: 'asc', bigint: true },
  VALUE_USD_DESC: { prop: 'valueUsdMinor', dir: 'desc', bigint: true },
};
