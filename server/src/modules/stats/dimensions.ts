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
import { selectRows } from '../../db/select-rows.js';
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
function named(table: 'park' | 'event', type: string, column: string, nullLabel?: Label): Dimension {
  return {
    sql: () => column,
    nullLabel,
    value: (key) => toGlobalId(type, key),
    labels: async (em, values) => {
      const ids = values.map((v) => Number(fromGlobalId(v).id));
      // The names alone, as plain rows: loading them as entities cost several times as much (2 ms for a handful).
      const rows = await selectRows<{ id: number; en: string; zh: string; ru: string | null }>(
        em,
        em.getKnex()(table).select('id', 'name_en as en', 'name_zh as zh', 'name_ru as ru').whereIn('id', ids),
      );
      return new Map(rows.map((r) => [toGlobalId(type, Number(r.id)), { en: r.en, zh: r.zh, ...(r.ru ? { ru: r.ru } : {}) }]));
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
  PARK: named('park', 'Park', 'i.park_id'),
  SECTOR: {
    sql: () => 'i.sector_code',
    labels: async (em, values) => {
      const rows = await selectRows<{ code: SectorCode; en: string; zh: string }>(
        em,
        em.getKnex()('sector').select('code', 'name_en as en', 'name_zh as zh').whereIn('code', sectorCodes(values)),
      );
      return new Map(rows.map((r) => [r.code as string, { en: r.en, zh: r.zh, ru: SECTOR_RU[r.code] }]));
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
  PARK: named('park', 'Park', 'd.park_id', { en: 'No park named', zh: '未指明园区', ru: 'Парк не указан' }),
  KIND: { sql: () => 'd.kind', labels: fromTable(DEAL_KIND_LABELS) },
  EVENT: named('event', 'Event', 'd.event_id', { en: 'Not signed at an event', zh: '非活动现场签约', ru: 'Подписано не на мероприятии' }),
  YEAR: calendar('d.signed_on', 'YEAR'),
  QUARTER: calendar('d.signed_on', 'QUARTER'),
  MONTH: calendar('d.signed_on', 'MONTH'),
};

const TENANT_JOIN: [string, string, string] = ['organization as tor', 'tor.id', 't.organization_id'];

export const TENANCY_DIMENSIONS: Record<string, Dimension> = {
  PARK: named('park', 'Park', 't.park_id'),
  COUNTRY: { sql: () => 'tor.country', join: TENANT_JOIN, labels: (_em, values) => new Map(values.map((v) => [v, countryLabel(v)])) },
  // A tenant working in two sectors counts once in each.
  SECTOR: {
    sql: () => 'tos.sector_code',
    join: ['organization_sector as tos', 'tos.organization_id', 't.organization_id'],
    nullLabel: { en: 'No sector recorded', zh: '未记录产业', ru: 'Отрасль не указана' },
    labels: async (em, values) => {
      const rows = await selectRows<{ code: SectorCode; en: string; zh: string }>(
        em,
        em.getKnex()('sector').select('code', 'name_en as en', 'name_zh as zh').whereIn('code', sectorCodes(values)),
      );
      return new Map(rows.map((r) => [r.code as string, { en: r.en, zh: r.zh, ru: SECTOR_RU[r.code] }]));
    },
  },
  STATUS: { sql: () => 't.status', labels: fromTable(TENANCY_STATUS_LABELS) },
};
