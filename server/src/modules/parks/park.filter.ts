import type { FilterSpec } from '../../graphql/filters.js';

/** What ParkFilter's fields mean in SQL. */
export const PARK_FILTER: FilterSpec = {
  id: { kind: 'id', type: 'Park' },
  slug: { kind: 'match', prop: 'slug' },
  search: { kind: 'search', columns: ['name_zh', 'name_en'] },
  kind: { kind: 'match', prop: 'kind' },
  status: { kind: 'match', prop: 'status' },
  verification: { kind: 'match', prop: 'verification' },
  focusSector: { kind: 'someMatch', prop: 'focusSectors', column: 'code' },
  parent: { kind: 'relation', prop: 'parent', spec: () => PARK_FILTER },
  landAreaMu: { kind: 'range', prop: 'landAreaMu' },
  plannedInvestmentUsd: { kind: 'moneyUsd', prop: 'plannedInvestmentUsdMinor' },
};
