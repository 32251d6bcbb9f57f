import type { FilterSpec } from '../../graphql/filters.js';
import { ID_ORDER, type OrderKey } from '../../graphql/pagination.js';

/** What OrganizationFilter's fields mean in SQL. */
export const ORGANIZATION_FILTER: FilterSpec = {
  id: { kind: 'id', type: 'Organization' },
  search: { kind: 'search', columns: ['name_zh', 'name_en', 'search_name'] },
  country: { kind: 'match', prop: 'country' },
  kind: { kind: 'match', prop: 'kind' },
  verification: { kind: 'match', prop: 'verification' },
  sector: { kind: 'someMatch', prop: 'sectors', column: 'code' },
};

/** OrganizationOrder values as sort keys. */
export const ORGANIZATION_ORDER: Record<string, OrderKey> = {
  ...ID_ORDER,
  NAME_EN_ASC: { prop: 'nameEn', dir: 'asc' },
  NAME_EN_DESC: { prop: 'nameEn', dir: 'desc' },
  NAME_ZH_ASC: { prop: 'nameZh', dir: 'asc' },
  NAME_ZH_DESC: { prop: 'nameZh', dir: 'desc' },
  COUNTRY_ASC: { prop: 'country', dir: 'asc' },
  COUNTRY_DESC: { prop: 'country', dir: 'desc' },
};
