import type { FilterSpec } from '../../graphql/filters.js';
import { ID_ORDER, type OrderKey } from '../../graphql/pagination.js';

/** What ParkFilter's fields mean in SQL. */
export const PARK_FILTER: FilterSpec = {
  id: { kind: 'id', type: 'Park' },
  slug: { kind: 'match', prop: 'slug' },
  search: { kind: 'search', columns: ['name_zh', 'name_en', 'search_name'] },
  kind: { kind: 'match', prop: 'kind' },
  status: { kind: 'match', prop: 'status' },
  verification: { kind: 'match', prop: 'verification' },
  focusSector: { kind: 'someMatch', prop: 'focusSectors', column: 'code' },
  parent: { kind: 'relation', prop: 'parent', spec: () => PARK_FILTER },
  landAreaMu: { kind: 'range', prop: 'landAreaMu' },
  plannedInvestmentUsd: { kind: 'moneyUsd', prop: 'plannedInvestmentUsdMinor' },
};

/** ParkOrder values as sort keys. */
export const PARK_ORDER: Record<string, OrderKey> = {
  ...ID_ORDER,
  NAME_EN_ASC: { prop: 'nameEn', dir: 'asc' },
  NAME_EN_DESC: { prop: 'nameEn', dir: 'desc' },
  NAME_ZH_ASC: { prop: 'nameZh', dir: 'asc' },
  NAME_ZH_DESC: { prop: 'nameZh', dir: 'desc' },
  LAND_AREA_ASC: { prop: 'landAreaMu', dir: 'asc' },
  LAND_AREA_DESC: { prop: 'landAreaMu', dir: 'desc' },
  PLANNED_INVESTMENT_USD_ASC: { prop: 'plannedInvestmentUsdMinor', dir: 'asc', bigint: true },
  PLANNED_INVESTMENT_USD_DESC: { prop: 'plannedInvestmentUsdMinor', dir: 'desc', bigint: true },
};
