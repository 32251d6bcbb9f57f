// Responsible for where records come from: the quotes (citations) that support VERIFIED records.
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/knex';
import { Citation, type CitationEntity } from './source.entity.js';

export class ProvenanceService {
  private readonly citations = new DataLoader<string, CitationEntity[]>((keys) => this.loadCitations(keys));

  constructor(private readonly em: EntityManager) {}

  /** The quotes supporting one record, in the order the seed or officer gave them. */
  citationsOf(subjectType: string, subjectId: number): Promise<CitationEntity[]> {
    return this.citations.load(`${subjectType}:${subjectId}`);
  }

  private async loadCitations(keys: readonly string[]): Promise<CitationEntity[][]> {
    const byType = new Map<string, number[]>();
    for (const key of keys) {
      const [type, id] = key.split(':');
      byType.set(type, [...(byType.get(type) ?? []), Number(id)]);
    }
    const rows = await this.em.find(
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
}
