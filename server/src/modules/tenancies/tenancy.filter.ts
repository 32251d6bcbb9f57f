import type { FilterSpec } from '../../graphql/filters.js';
import { ID_ORDER, type OrderKey } from '../../graphql/pagination.js';
import { ORGANIZATION_FILTER } from '../organizations/organization.filter.js';
import { PARK_FILTER } from '../parks/park.filter.js';

/** What TenancyFilter's fields mean in SQL. */
export const TENANCY_FILTER: FilterSpec = {
  id: { kind: 'id', type: 'Tenancy' },
  verification: { kind: 'match', prop: 'verification' },
  status: { kind: 'match', prop: 'status' },
  signedOn: { kind: 'range', prop: 'signedOn' },
  leasedAreaM2: { kind: 'range', prop: 'leasedAreaM2' },
  organization: { kind: 'relation', prop: 'organization', spec: () => ORGANIZATION_FILTER },
  park: { kind: 'relation', prop: 'park', spec: () => PARK_FILTER },
};

/** TenancyOrder values as sort keys. */
export const TENANCY_ORDER: Record<string, OrderKey> = {
  ...ID_ORDER,
  SIGNED_ON_ASC: { prop: 'signedOn', dir: 'asc' },
  SIGNED_ON_DESC: { prop: 'signedOn', dir: 'desc' },
  LEASED_AREA_ASC: { prop: 'leasedAreaM2', dir: 'asc' },
  LEASED_AREA_DESC: { prop: 'leasedAreaM2', dir: 'desc' },
};
