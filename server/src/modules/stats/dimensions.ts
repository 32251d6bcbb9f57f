// The dimensions investment and deal statistics can be grouped by, as SQL key expressions with bilingual labels.
import type { EntityManager } from '@mikro-orm/knex';
import {
  countryLabel,
  SECTOR_RU,
  DEAL_KIND_LABELS,
  INVESTMENT_STAGE_LABELS,
  ORGANIZATION_KIND_LABELS,
  TENANCY_STATUS_LABELS,
  type Label,
} from '../../domain/labels.js';
import { fromGlobalId, toGlobalId } from '../../graphql/global-id.js';
import { Event } from '../events/event.entity.js';
import { Park } from '../parks/park.entity.js';
import { Sector } from '../sectors/sector.entity.js';
import { SectorCode } from '../../__generated__/resolvers-types.js';
import { timeKeySql, type Dimension } from './grouped-query.js';
import { bucketLabel, type TimeGrain } from './periods.js';

const fromTable = (table: Record<string, Label>) => (_em: EntityManager, values: string[]) => new Map(values.map((v) => [v, table[v] ?? { en: v, zh: v }]));

/** The values that are sector codes (a bucket's key is one, or null). */
function sectorCodes(values: string[]): SectorCode[] {
  const codes: readonly string[] = Object.values(SectorCode);
  return values.filter((v): v is SectorCode => codes.includes(v));
}

/** Records named by global ID, labelled by their Chinese and English names, and Russian where an officer entered one. */
function named(entity: typeof Park | typeof Event, type: string, column: string, nullLabel?: Label): Dimension {
  return {
    sql: () => column,
    nullLabel,
    value: (key) => toGlobalId(type, key),
    labels: async (em, values) => {
      const ids = values.map((v) => Number(fromGlobalId(v).id));
      const where = { id: { $in: ids } };
      const rows: { id: number; nameEn: string; nameZh: string; nameRu?: string | null }[] =
        entity === Park ? await em.find(Park, where) : await em.find(Event, where);
      return new Map(rows.map((r) => [toGlobalId(type, r.id), { en: r.nameEn, zh: r.nameZh, ...(r.nameRu ? { ru: r.nameRu } : {}) }]));
    },
  };
}

function calendar(column: string, grain: TimeGrain): Dimension {
  return {
    sql: (dialect) => timeKeySql(column, grain, dialect),
    grain,
    column,
    nullLabel: { en: 'Date unknown', zh: '日期不详', ru: 'Дата неизвестна' },
    labels: (_em, values) => new Map(values.map((v) => [v, bucketLabel(v, grain)])),
  };
}

const INVESTOR_JOIN: [string, string, string] = ['organization as io', 'io.id', 'i.organization_id'];

export const INVESTMENT_DIMENSIONS: Record<string, Dimension> = {
  PARK: named(Park, 'Park', 'i.park_id'),
  SECTOR: {
    sql: () => 'i.sector_code',
    labels: async (em, values) => {
      const rows = await em.find(Sector, { code: { $in: sectorCodes(values) } });
      return new Map(rows.map((r) => [r.code as string, { en: r.nameEn, zh: r.nameZh, ru: SECTOR_RU[r.code] }]));
    },
  },
  SOURCE_COUNTRY: { sql: () => 'io.country', join: INVESTOR_JOIN, labels: (_em, values) => new Map(values.map((v) => [v, countryLabel(v)])) },
  STAGE: { sql: () => 'i.stage', labels: fromTable(INVESTMENT_STAGE_LABELS) },
  ORGANIZATION_KIND: { sql: () => 'io.kind', join: INVESTOR_JOIN, labels: fromTable(ORGANIZATION_KIND_LABELS) },
  YEAR: calendar('i.announced_on', 'YEAR'),
  QUARTER: calendar('i.announced_on', 'QUARTER'),
  MONTH: calendar('i.announced_on', 'MONTH'),
};

export const DEAL_DIMENSIONS: Record<string, Dimension> = {
  PARK: named(Park, 'Park', 'd.park_id', { en: 'No park named', zh: '未指明园区', ru: 'Парк не указан' }),
  KIND: { sql: () => 'd.kind', labels: fromTable(DEAL_KIND_LABELS) },
  EVENT: named(Event, 'Event', 'd.event_id', { en: 'Not signed at an event', zh: '非活动现场签约', ru: 'Подписано не на мероприятии' }),
  YEAR: calendar('d.signed_on', 'YEAR'),
  QUARTER: calendar('d.signed_on', 'QUARTER'),
  MONTH: calendar('d.signed_on', 'MONTH'),
};

const TENANT_JOIN: [string, string, string] = ['organization as tor', 'tor.id', 't.organization_id'];

export const TENANCY_DIMENSIONS: Record<string, Dimension> = {
  PARK: named(Park, 'Park', 't.park_id'),
  COUNTRY: { sql: () => 'tor.country', join: TENANT_JOIN, labels: (_em, values) => new Map(values.map((v) => [v, countryLabel(v)])) },
  // A tenant working in two sectors counts once in each.
  SECTOR: {
    sql: () => 'tos.sector_code',
    join: ['organization_sector as tos', 'tos.organization_id', 't.organization_id'],
    nullLabel: { en: 'No sector recorded', zh: '未记录产业', ru: 'Отрасль не указана' },
    labels: async (em, values) => {
      const rows = await em.find(Sector, { code: { $in: sectorCodes(values) } });
      return new Map(rows.map((r) => [r.code as string, { en: r.nameEn, zh: r.nameZh, ru: SECTOR_RU[r.code] }]));
    },
  },
  STATUS: { sql: () => 't.status', labels: fromTable(TENANCY_STATUS_LABELS) },
};
