import type { FilterSpec } from '../../graphql/filters.js';
import { ID_ORDER, type OrderKey } from '../../graphql/pagination.js';

/** What EventFilter's fields mean in SQL. */
export const EVENT_FILTER: FilterSpec = {
  id: { kind: 'id', type: 'Event' },
  search: { kind: 'search', columns: ['name_zh', 'name_en', 'search_name'] },
  verification: { kind: 'match', prop: 'verification' },
  sector: { kind: 'match', prop: 'sector' },
  startsOn: { kind: 'range', prop: 'startsOn' },
  parent: { kind: 'relation', prop: 'parent', spec: () => EVENT_FILTER },
};

/** EventOrder values as sort keys. */
export const EVENT_ORDER: Record<string, OrderKey> = {
  ...ID_ORDER,
  STARTS_ON_ASC: { prop: 'startsOn', dir: 'asc' },
  STARTS_ON_DESC: { prop: 'startsOn', dir: 'desc' },
};
