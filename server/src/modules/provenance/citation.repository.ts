import type { EntityManager } from '@mikro-orm/knex';
import { Citation, type CitationEntity } from './source.entity.js';

/** Citations (with their sources) of many records of several types in one query; keys are "<Type>:<id>". */
export async function findCitations(em: EntityManager, keys: readonly string[]): Promise<CitationEntity[][]> {
  const byType = new Map<string, number[]>();
  for (const key of keys) {
    const [type, id] = key.split(':');
    byType.set(type, [...(byType.get(type) ?? []), Number(id)]);
  }
  const rows = await em.find(
    Citation,
    { $or: [...byType].map(([subjectType, ids]) => ({ subjectType, subjectId: { $in: ids } })) },
    { orderBy: { subjectType: 'asc', subjectId: 'asc', position: 'asc', id: 'asc' }, populate: ['source'] },
  );
  const grouped = new Map<string, CitationEntity[]>();
  for (const c of rows) {
    const key = `${c.subjectType}:${c.subjectId}`;
    grouped.set(key, [...(grouped.get(key) ?? []), c]);
  }
  return keys.map((k) => grouped.get(k) ?? []);
}
