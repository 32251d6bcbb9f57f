import type { FilterSpec } from '../../graphql/filters.js';

/** What OrganizationFilter's fields mean in SQL. */
export const ORGANIZATION_FILTER: FilterSpec = {
  id: { kind: 'id', type: 'Organization' },
  search: { kind: 'search', columns: ['name_zh', 'name_en'] },
  country: { kind: 'match', prop: 'country' },
  kind: { kind: 'match', prop: 'kind' },
  verification: { kind: 'match', prop: 'verification' },
  sector: { kind: 'someMatch', prop: 'sectors', column: 'code' },
};
