import type { FilterSpec } from '../../graphql/filters.js';
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
