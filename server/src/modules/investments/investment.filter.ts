import type { FilterSpec } from '../../graphql/filters.js';
import { ID_ORDER, type OrderKey } from '../../graphql/pagination.js';
import { INVESTMENT_STAGES } from '../../domain/vocabulary.js';
import { ORGANIZATION_FILTER } from '../organizations/organization.filter.js';
import { PARK_FILTER } from '../parks/park.filter.js';

/** What InvestmentFilter's fields mean in SQL. */
export const INVESTMENT_FILTER: FilterSpec = {
  id: { kind: 'id', type: 'Investment' },
  verification: { kind: 'match', prop: 'verification' },
  stage: { kind: 'match', prop: 'stage' },
  sector: { kind: 'match', prop: 'sector' },
  amountUsd: { kind: 'moneyUsd', prop: 'amountUsdMinor' },
  announcedOn: { kind: 'range', prop: 'announcedOn' },
  park: { kind: 'relation', prop: 'park', spec: () => PARK_FILTER },
  organization: { kind: 'relation', prop: 'organization', spec: () => ORGANIZATION_FILTER },
};

/** InvestmentOrder values as sort keys. */
export const INVESTMENT_ORDER: Record<string, OrderKey> = {
  ...ID_ORDER,
  AMOUNT_USD_ASC: { prop: 'amountUsdMinor', dir: 'asc', bigint: true },
  AMOUNT_USD_DESC: { prop: 'amountUsdMinor', dir: 'desc', bigint: true },
  ANNOUNCED_ON_ASC: { prop: 'announcedOn', dir: 'asc' },
  ANNOUNCED_ON_DESC: { prop: 'announcedOn', dir: 'desc' },
  STAGE_ASC: { prop: 'stage', dir: 'asc', rank: INVESTMENT_STAGES },
  STAGE_DESC: { prop: 'stage', dir: 'desc', rank: INVESTMENT_STAGES },
};
